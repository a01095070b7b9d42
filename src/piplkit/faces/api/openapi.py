"""The OpenAPI document, with the error responses every operation can really give.

FastAPI documents a 422 of its own shape (``HTTPValidationError``) and nothing else, so clients
and schemathesis saw undocumented 401s, 404s and 409s and an error body the server never sends.
Here each operation gets the statuses it can answer with, all in the one published shape
(``Error``, :class:`piplkit.faces.api.errors.ErrorBody`), derived from what the operation is:

* 422 and 500: every operation (a URL holding NUL is refused with 422 everywhere);
* 401 and 403: operations that need a role (``x-required-role`` other than ``public``);
* 404: operations with parameters or a body (a named entity, or a referenced one, may not exist);
* 400: operations with a body (it may not parse);
* 409 and 413: operations that change something (the body size limit applies to them);
* 503: operations that declare it (the HMAC key or the PDF renderer missing).
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from piplkit.faces.api.errors import ErrorBody, ErrorItem
from piplkit.platform.service.access import PUBLIC, ROLE_KEY

ERROR_REF = "#/components/schemas/Error"
DESCRIPTIONS = {
    400: "The body could not be parsed",
    401: "No token, or an unknown, expired or revoked one",
    403: "The token's role may not do this",
    404: "No such entity (or a referenced one does not exist)",
    409: "Conflicts with the register (name taken, still referenced, state)",
    413: "The body is larger than the limit",
    422: "A field is missing, unknown or invalid",
    500: "Unexpected error; the log names it by the request id given",
    503: "A server resource is missing (HMAC key, PDF renderer)",
}
#: Responses for routes to declare with ``responses=`` when they can answer 503.
UNAVAILABLE: dict[int | str, dict[str, Any]] = {503: {"model": ErrorBody}}
_CHANGES = {"post", "put", "patch", "delete"}


def error_response(status: int) -> dict[str, Any]:
    return {
        "description": DESCRIPTIONS.get(status, "Error"),
        "content": {"application/json": {"schema": {"$ref": ERROR_REF}}},
    }


def statuses(method: str, operation: dict[str, Any]) -> set[int]:
    """The error statuses an operation can answer with (see the module docstring)."""
    found = {422, 500}
    if operation.get("parameters") or "requestBody" in operation:
        found.add(404)
    if "requestBody" in operation:
        found.add(400)
    if method in _CHANGES:
        found |= {409, 413}
    if operation.get(ROLE_KEY, PUBLIC) != PUBLIC:
        found |= {401, 403}
    return found


def document_errors(schema: dict[str, Any]) -> dict[str, Any]:
    """Add the error responses to every operation of ``schema`` (in place) and return it."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components["Error"] = ErrorBody.model_json_schema(ref_template="#/components/schemas/{model}")
    components["Error"].pop("$defs", None)
    components["ErrorItem"] = ErrorItem.model_json_schema()
    for name in ("HTTPValidationError", "ValidationError", "ErrorBody"):
        components.pop(name, None)
    for path_item in schema.get("paths", {}).values():
        for method, operation in path_item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            responses = operation["responses"]
            declared = {int(s) for s in responses if s[0] in "45"}
            for status in sorted(statuses(method, operation) | declared):
                responses[str(status)] = error_response(status)
    return schema


def install(app: FastAPI) -> None:
    """Serve the OpenAPI document with :func:`document_errors` applied (built once)."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = document_errors(generate())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
