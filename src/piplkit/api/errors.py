"""Errors as JSON: ``{"error": code, "detail": message}`` with the right 4xx status.

Register errors keep their one-line messages (they name the entity and field). Validation
errors name the first bad field. Unexpected errors answer 500 without details and are logged
by type only, since exception messages may quote input that holds personal information.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from piplkit.register.errors import (
    ConflictError,
    InvalidInputError,
    NotFoundError,
    RegisterError,
)

log = logging.getLogger("piplkit.api")

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


def problem(status: int, detail: str, **extra: Any) -> JSONResponse:
    headers = extra.pop("headers", None)
    body = {"error": _CODES.get(status, "error"), "detail": detail, **extra}
    return JSONResponse(body, status_code=status, headers=headers)


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


def install(app: FastAPI) -> None:
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
        return problem(422, str(exc))

    @app.exception_handler(RegisterError)
    async def on_register(_request: Request, exc: RegisterError) -> JSONResponse:
        log.warning("register error (%s)", type(exc).__name__)
        return problem(400, str(exc))

    @app.exception_handler(Exception)
    async def on_crash(request: Request, exc: Exception) -> JSONResponse:
        route = getattr(request.scope.get("route"), "path", "?")
        log.error("internal error %s in %s %s", type(exc).__name__, request.method, route)
        return problem(500, "internal error; the server log names the failing route")
