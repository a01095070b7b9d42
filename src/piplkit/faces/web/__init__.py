"""The web UI: server-rendered pages (Jinja2 + htmx) over the register, in Chinese and English.

:func:`piplkit.faces.server.create_app` installs it (:func:`piplkit.faces.web.app.install`) on the
REST API's application: one FastAPI application serving the web UI at ``/``, the API at
``/api/v1`` and its documentation at ``/docs``; ``piplkit serve`` runs it with uvicorn.
"""
