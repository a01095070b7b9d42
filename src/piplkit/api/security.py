"""Bearer-token authentication and role checks for API routes.

Every route declares the least role it needs through :func:`guard`, which adds both the check
and an ``x-required-role`` entry to the OpenAPI operation; the security tests read that entry
from the app's routes, so a new endpoint is tested without anyone listing it.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from piplkit.api.backend import Backend
from piplkit.auth import tokens
from piplkit.auth.models import Role
from piplkit.auth.service import Principal, authenticate_token
from piplkit.register.errors import RegisterError

PUBLIC = "public"
ROLE_KEY = "x-required-role"
log = logging.getLogger("piplkit.api")

_bearer = HTTPBearer(auto_error=False, description="An API token from `piplkit user token create`.")


def backend(request: Request) -> Backend:
    found: Backend = request.app.state.backend
    return found


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


def token_principal(request: Request, raw: str) -> Principal | None:
    """Who a live API token acts for (None: unknown, expired, revoked, user inactive); notes
    the use when the last one recorded is a minute old or more."""
    now = tokens.now_utc()
    with backend(request).read() as session:
        use = authenticate_token(session, raw, now)
    if use is None:
        return None
    if use.stale:
        try:
            with backend(request).write(f"api:{use.principal.name}") as session:
                tokens.touch(session, use.token_id, now)
        except RegisterError as exc:  # bookkeeping only: the request goes on
            log.warning("could not record an API token's use (%s)", type(exc).__name__)
    return use.principal


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
