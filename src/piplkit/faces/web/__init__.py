"""The web UI: server-rendered pages (Jinja2 + htmx) over the register, in Chinese and English.

``create_app(register)`` returns one FastAPI application serving the web UI at ``/``, the REST
API at ``/api/v1`` and its documentation at ``/docs``; ``piplkit serve`` runs it with uvicorn.
"""

from piplkit.faces.web.app import create_app

__all__ = ["create_app"]
