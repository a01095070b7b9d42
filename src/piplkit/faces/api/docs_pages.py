"""The API's interactive documentation served by piplkit itself: Swagger UI and ReDoc.

FastAPI's default pages load Swagger UI and ReDoc from a CDN, so on the isolated networks piplkit
runs on they are blank. The two bundles come from the ``fastapi-offline`` package (which ships
Swagger UI, Apache-2.0, and ReDoc, MIT) and are served under :data:`ASSETS`. The pages are ours:
they start Swagger UI from a script file instead of an inline one, so both pages run under a
Content-Security-Policy that allows scripts from this origin only (:data:`DOCS_CSP`).
"""

from __future__ import annotations

from html import escape
from importlib import resources

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from piplkit.faces.api.security import guard

#: Where the bundled assets are served.
ASSETS = "/api-docs/assets"
#: Our start-up script for Swagger UI.
INIT = "/api-docs/init"
#: ReDoc builds its search index in a web worker made from a blob URL.
DOCS_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; worker-src 'self' blob:; font-src 'self' data:; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
DOCS_PATHS = ("/docs", "/redoc")


def _page(title: str, head: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f'<link rel="icon" type="image/png" href="{ASSETS}/favicon.png">\n{head}</head>\n'
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def install(app: FastAPI, openapi_url: str, title: str) -> None:
    """Serve /docs and /redoc from this server; the app must be made with docs_url=None."""
    bundled = resources.files("fastapi_offline") / "static"
    app.mount(ASSETS, StaticFiles(directory=str(bundled)), name="api-docs-assets")
    ours = resources.files("piplkit.faces.api") / "static"
    app.mount(INIT, StaticFiles(directory=str(ours)), name="api-docs-init")
    spec = escape(openapi_url, quote=True)

    @app.get("/docs", include_in_schema=False, **guard(None))
    def swagger_ui() -> HTMLResponse:
        head = f'<link rel="stylesheet" href="{ASSETS}/swagger-ui.css">\n'
        body = (
            f'<div id="swagger-ui" data-openapi="{spec}"></div>\n'
            f'<script src="{ASSETS}/swagger-ui-bundle.js"></script>\n'
            f'<script src="{INIT}/swagger-init.js"></script>'
        )
        return HTMLResponse(_page(f"{title} — API", head, body), headers=_headers())

    @app.get("/redoc", include_in_schema=False, **guard(None))
    def redoc() -> HTMLResponse:
        body = (
            f'<redoc spec-url="{spec}"></redoc>\n'
            f'<script src="{ASSETS}/redoc.standalone.js"></script>'
        )
        return HTMLResponse(_page(f"{title} — API reference", "", body), headers=_headers())


def _headers() -> dict[str, str]:
    return {"Content-Security-Policy": DOCS_CSP, "X-Frame-Options": "DENY"}
