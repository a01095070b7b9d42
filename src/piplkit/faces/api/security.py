"""Bearer-token authentication and role checks for API routes.

Every route declares the least role it needs through :func:`guard`, which adds both the check
and an ``x-required-role`` entry to the OpenAPI operation; the security tests read that entry
from the app's routes, so a new endpoint is tested without anyone listing it.
"""

from __future__ import annotations

from typing import Any

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from piplkit.platform.auth.models import Role
from piplkit.platform.auth.service import Principal
from piplkit.platform.service.access import PUBLIC, ROLE_KEY, token_principal

_bearer = HTTPBearer(auto_error=False, description="An API token from `piplkit user token create`.")


def _authenticate(request: Request, credentials: HTTPAuthorizationCredentials | None) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HTTPException(
            401,
            "authentication required: send 'Authorization: Bearer <token>' "
            "(create a token with `piplkit user token create NAME`)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    principal = token_principal(request, credentials.credentials)
    if principal is None:
        raise HTTPException(
            401, "invalid, expired or revoked API token", headers={"WWW-Authenticate": "Bearer"}
        )
    return principal


def require(role: Role) -> Any:
    """A dependency that authenticates the caller and checks ``role``."""

    def check(
        request: Request,
        credentials: HTTPAuthorizationCredentials | None = Depends(_bearer),  # noqa: B008
    ) -> Principal:
        principal = _authenticate(request, credentials)
        if not principal.allows(role):
            raise HTTPException(
                403, f"this needs the {role.value} role; {principal.name!r} is {principal.role}"
            )
        request.state.principal = principal
        return principal

    return check


def guard(role: Role | None) -> dict[str, Any]:
    """Route keyword arguments: the role check (None: public) and its OpenAPI marker."""
    if role is None:
        return {"openapi_extra": {ROLE_KEY: PUBLIC}}
    return {"dependencies": [Depends(require(role))], "openapi_extra": {ROLE_KEY: role.value}}


def current(request: Request) -> Principal:
    """The authenticated caller (set by the route's guard)."""
    principal: Principal = request.state.principal
    return principal
