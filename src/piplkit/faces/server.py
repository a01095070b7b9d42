"""One application for ``piplkit serve``: the REST API with the web UI installed on it.

The assembly is its own module so that neither face imports the other: the web pages build on the
service layer only, and this module alone knows both. It also routes errors by path: under the
API's prefix and its documentation they get the API's JSON problem answers, elsewhere the web's
HTML error pages.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from piplkit.faces.api import DOCS_PATHS, PREFIX, create_api, problem
from piplkit.faces.web.app import STREAMED, install
from piplkit.faces.web.render import language, render
from piplkit.map.register.errors import NotFoundError
from piplkit.map.register.store import Register
from piplkit.platform.service.i18n import translate
from piplkit.platform.service.settings import Settings


def create_app(register: Register, settings: Settings | None = None) -> FastAPI:
    app = create_api(register, settings, streamed=STREAMED)
    install(app)
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

    return app


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
