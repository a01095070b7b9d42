"""One application for ``piplkit serve``: the REST API plus the web pages and static files.

Adds what browsers need on top of the API: redirects to the sign-in page, HTML error pages,
and security headers (a strict Content-Security-Policy: scripts only from this origin).
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from importlib import resources

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from piplkit.faces.api import DOCS_PATHS, PREFIX, create_api, problem
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
from piplkit.map.register.errors import NotFoundError
from piplkit.map.register.store import Register
from piplkit.platform.service.i18n import translate
from piplkit.platform.service.settings import Settings

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


def _is_api(request: Request) -> bool:
    path = request.url.path
    return path.startswith((PREFIX, "/api-docs/")) or path in DOCS_PATHS


async def _delegate(
    handler: Callable[[Request, Exception], Response | Awaitable[Response]],
    request: Request,
    exc: Exception,
) -> Response:
    """Answer as the API's own handler for ``exc`` does (Starlette allows a handler to be
    plain or async; the API's are async)."""
    answer = handler(request, exc)
    return await answer if inspect.isawaitable(answer) else answer


def create_app(register: Register, settings: Settings | None = None) -> FastAPI:
    app = create_api(register, settings, streamed=frozenset({app_pages.CHECK_PATH}))
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

    api_not_found = app.exception_handlers[NotFoundError]
    api_http = app.exception_handlers[StarletteHTTPException]

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> Response:
        if _is_api(request):
            return await _delegate(api_not_found, request, exc)
        return render(request, "error.html", status=404, message=str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _is_api(request) or request.url.path.startswith("/static"):
            return await _delegate(api_http, request, exc)
        if exc.status_code == 404:
            message = translate(language(request), "err.not_found_page")
            return render(request, "error.html", status=404, message=message)
        return problem(exc.status_code, str(exc.detail))

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

    return app


def _quote(path: str) -> str:
    from urllib.parse import quote

    return quote(path, safe="/")
