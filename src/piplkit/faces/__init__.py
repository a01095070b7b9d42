"""Faces: the three interfaces over the service layer: the command line (``cli``), the REST API
(``api``) and the web UI (``web``). None borrows another's internals."""
