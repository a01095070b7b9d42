"""What browsers need, installed on the API's application (:mod:`piplkit.faces.server`): the web
pages and static files, redirects to the sign-in page, the forbidden page, and security headers (a
strict Content-Security-Policy: scripts only from this origin).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from importlib import resources

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from piplkit.faces.web import (
    account_pages,
    app_pages,
    audit_pages,
    calendar_pages,
    consent_pages,
    entity_forms,
    incident_form,
    login,
    organisation_forms,
    pages,
    public_request,
    respond_pages,
    security_forms,
    track_pages,
    user_admin,
)
from piplkit.faces.web.auth import Forbidden, LoginRequired
from piplkit.faces.web.render import language, render
from piplkit.platform.service.i18n import translate

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


#: The web pages whose handlers stream their uploads (the API's body limit lets them through).
STREAMED = frozenset({app_pages.CHECK_PATH})


def install(app: FastAPI) -> None:
    """Add the web UI to ``app`` (the API's application, built with ``streamed=STREAMED``)."""
    static = resources.files("piplkit.faces.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(login.router)
    app.include_router(account_pages.router)
    app.include_router(pages.router)
    app.include_router(entity_forms.router)
    app.include_router(respond_pages.router)
    app.include_router(incident_form.router)
    app.include_router(consent_pages.router)
    app.include_router(public_request.router)
    app.include_router(track_pages.router)
    for security_router in (
        calendar_pages.router,
        security_forms.router,
        organisation_forms.router,
    ):
        app.include_router(security_router)
    app.include_router(app_pages.router)
    app.include_router(audit_pages.router)
    app.include_router(user_admin.router)

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, _exc: LoginRequired) -> Response:
        if request.method != "GET" or request.headers.get("hx-request"):
            return Response(status_code=401, headers={"HX-Redirect": "/login"})
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={_quote(target)}", status_code=303)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, _exc: Forbidden) -> Response:
        message = translate(language(request), "err.forbidden")
        return render(request, "error.html", status=403, message=message)

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Frame-Options", "DENY")
        if not request.url.path.startswith(("/static", "/api-docs/")):
            response.headers.setdefault("Cache-Control", "no-store")
        return response


def _quote(path: str) -> str:
    from urllib.parse import quote

    return quote(path, safe="/")
