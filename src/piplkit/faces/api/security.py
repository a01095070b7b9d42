"""Bearer-token authentication and role checks for API routes.

Every route declares the least role it needs through :func:`guard`, which adds both the check
and an ``x-required-role`` entry to the OpenAPI operation; the security tests read that entry
from the app's routes, so a new endpoint is tested without anyone listing it.
"""

from __future__ import annotations

from typing import Any

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from piplkit.platform.auth.models import Role, TokenScope
from piplkit.platform.auth.service import Principal
from piplkit.platform.service.access import PUBLIC, ROLE_KEY, SCOPES_KEY, token_principal

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


def require(role: Role, scopes: tuple[TokenScope, ...] = ()) -> Any:
    """A dependency that authenticates the caller and checks ``role`` and the token's scope
    (a full-scope token, or one of ``scopes``)."""

    def check(
        request: Request,
        credentials: HTTPAuthorizationCredentials | None = Depends(_bearer),  # noqa: B008
    ) -> Principal:
        principal = _authenticate(request, credentials)
        if not principal.may_use(scopes):
            raise HTTPException(
                403,
                f"this token's scope is {principal.scope.value}: it may not be used here "
                "(create a full-scope token for this)",
            )
        if not principal.allows(role):
            raise HTTPException(
                403, f"this needs the {role.value} role; {principal.name!r} is {principal.role}"
            )
        request.state.principal = principal
        return principal

    return check


def guard(role: Role | None, scopes: tuple[TokenScope, ...] = ()) -> dict[str, Any]:
    """Route keyword arguments: the role check (None: public), the narrower token scopes the
    route admits besides ``full`` (none: full-scope tokens only), and their OpenAPI markers."""
    if role is None:
        return {"openapi_extra": {ROLE_KEY: PUBLIC}}
    extra: dict[str, Any] = {ROLE_KEY: role.value}
    if scopes:
        extra[SCOPES_KEY] = [s.value for s in scopes]
    return {"dependencies": [Depends(require(role, scopes))], "openapi_extra": extra}


def current(request: Request) -> Principal:
    """The authenticated caller (set by the route's guard)."""
    principal: Principal = request.state.principal
    return principal
