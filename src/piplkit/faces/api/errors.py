"""Errors as JSON in one published shape (:class:`ErrorBody`) with the right status.

Register errors keep their one-line messages (they name the entity and field). Validation
errors name the first bad field. Unexpected errors answer 500 with a request id and are logged
by exception type, route template and that id only: no traceback, no message, since exception
messages and tracebacks (with their local variables in some log setups) may quote input that
holds personal information. :class:`CatchAll` turns them into responses *inside* the
application, so the server neither prints a traceback nor drops the keep-alive connection.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from piplkit.map.register.errors import (
    ConflictError,
    InvalidInputError,
    NotFoundError,
    RegisterError,
)
from piplkit.platform.service.keys import KeyUnavailableError

log = logging.getLogger("piplkit.faces.api")

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_input",
    429: "too_many_requests",
    500: "internal_error",
    503: "service_unavailable",
}


_CODE_LIST = ", ".join(sorted(set(_CODES.values())))


class ErrorItem(BaseModel):
    """One validation problem."""

    model_config = ConfigDict(extra="forbid")
    field: str = Field(description="Where: body.name, query.limit, path.name, or a field name.")
    message: str


class ErrorBody(BaseModel):
    """Every error response of the API."""

    model_config = ConfigDict(extra="forbid", title="Error")
    error: str = Field(description=f"Machine-readable code: {_CODE_LIST}.")
    detail: str = Field(description="One line for people; names the field, never its value.")
    errors: list[ErrorItem] | None = Field(
        default=None, description="Validation failures: every bad field."
    )
    request_id: str | None = Field(
        default=None, description="On 500: the id the server log names this failure by."
    )


def problem(status: int, detail: str, **extra: Any) -> JSONResponse:
    headers = extra.pop("headers", None)
    body = {"error": _CODES.get(status, "error"), "detail": detail, **extra}
    return JSONResponse(body, status_code=status, headers=headers)


def _field_items(message: str) -> list[dict[str, str]] | None:
    """``field: problem`` (after an optional ``invalid request: `` prefix) as one error item."""
    text = message.split(": ", 1)[1] if message.startswith("invalid ") else message
    field, sep, rest = text.partition(": ")
    if sep and field and " " not in field:
        return [{"field": field, "message": rest}]
    return None


def _location(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path", "header", "cookie"):
        where = parts[0]
        rest = ".".join(parts[1:])
        return f"{where}.{rest}" if rest else where
    return ".".join(parts)


def describe(errors: list[Any]) -> tuple[int, str, list[dict[str, str]]]:
    """Status, one-line message and a list of ``{field, message}`` for a validation failure."""
    items = []
    for err in errors:
        items.append({"field": _location(tuple(err.get("loc", ()))), "message": str(err["msg"])})
    first = errors[0] if errors else {}
    if first.get("type") == "json_invalid":
        ctx = first.get("ctx", {}) or {}
        return 400, f"request body is not valid JSON ({ctx.get('error', 'syntax error')})", items
    head = items[0] if items else {"field": "request", "message": "invalid"}
    message = f"{head['field']}: {head['message']}"
    if first.get("type") == "missing":
        message = f"{head['field']}: required field is missing"
    elif first.get("type") == "extra_forbidden":
        message = f"{head['field']}: unknown field"
    if len(items) > 1:
        message += f" (and {len(items) - 1} more problem(s))"
    return 422, message, items


def install(app: FastAPI, prefix: str = "") -> None:
    @app.exception_handler(RequestValidationError)
    async def on_validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        status, message, items = describe(list(exc.errors()))
        return problem(status, message, errors=items)

    @app.exception_handler(StarletteHTTPException)
    async def on_http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = "no such endpoint"
        return problem(exc.status_code, detail, headers=getattr(exc, "headers", None))

    @app.exception_handler(NotFoundError)
    async def on_not_found(_request: Request, exc: NotFoundError) -> JSONResponse:
        return problem(404, str(exc))

    @app.exception_handler(ConflictError)
    async def on_conflict(_request: Request, exc: ConflictError) -> JSONResponse:
        return problem(409, str(exc))

    @app.exception_handler(InvalidInputError)
    async def on_invalid(_request: Request, exc: InvalidInputError) -> JSONResponse:
        items = _field_items(str(exc))
        return problem(422, str(exc), **({"errors": items} if items else {}))

    @app.exception_handler(KeyUnavailableError)
    async def on_no_key(_request: Request, exc: KeyUnavailableError) -> JSONResponse:
        return problem(503, str(exc))

    @app.exception_handler(RegisterError)
    async def on_register(_request: Request, exc: RegisterError) -> JSONResponse:
        log.warning("register error (%s)", type(exc).__name__)
        return problem(400, str(exc))

    @app.exception_handler(Exception)
    async def on_crash(request: Request, exc: Exception) -> JSONResponse:
        """Last resort for a failure in a middleware outside :class:`CatchAll`."""
        return _internal_error(request.scope, exc, prefix)

    # the first middleware added is the innermost: it sees every route's and dependency's errors
    app.add_middleware(CatchAll, prefix=prefix)


Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def route_template(scope: Scope, prefix: str = "") -> str:
    """The matched route's template (``/api/v1/datasets/{name}``), never the concrete path.

    Routes of included routers report their path without the ``prefix`` they are mounted at.
    """
    route = str(getattr(scope.get("route"), "path", "-"))
    if prefix and str(scope.get("path", "")).startswith(prefix) and not route.startswith(prefix):
        route = prefix + route
    return route


def _internal_error(scope: Scope, exc: BaseException, prefix: str = "") -> JSONResponse:
    request_id = uuid.uuid4().hex[:16]
    log.error(
        "internal error %s in %s %s (request %s)",
        type(exc).__name__,
        scope.get("method", "?"),
        route_template(scope, prefix),
        request_id,
    )
    return problem(
        500,
        f"internal error; the server log names it by request id {request_id}",
        request_id=request_id,
        headers={"X-Request-ID": request_id},
    )


class CatchAll:
    """ASGI middleware: an unexpected exception becomes a logged 500 in the published shape.

    The exception is not re-raised: re-raising (what Starlette's own error middleware does) makes
    the server print a full traceback and close the keep-alive connection, so the client's next
    request on it fails too.
    """

    def __init__(self, app: ASGIApp, prefix: str = "") -> None:
        self.app = app
        self.prefix = prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception as exc:
            response = _internal_error(scope, exc, self.prefix)
            if not started:  # otherwise the server ends the half-sent response
                await response(scope, receive, send)
