"""Who a caller is and what a route needs: API tokens and the role marker every route carries.

Both HTTP faces mark each route with the least role it needs under :data:`ROLE_KEY` in its
OpenAPI entry (:data:`PUBLIC` for none); the security tests read that marker from the app's
routes. :func:`token_principal` resolves an ``Authorization: Bearer`` token for the API and for
the web's token sign-in alike.
"""

from __future__ import annotations

import logging

from piplkit.map.register.errors import RegisterError
from piplkit.platform.auth import tokens
from piplkit.platform.auth.service import Principal, authenticate_token
from piplkit.platform.service.backend import HasApp, backend

PUBLIC = "public"
ROLE_KEY = "x-required-role"
#: the narrower token scopes (besides ``full``) a route admits, e.g. ``["calendar:read"]``;
#: a route without it admits full-scope tokens only (the security tests read it)
SCOPES_KEY = "x-token-scopes"
log = logging.getLogger("piplkit.faces.api")


def token_principal(request: HasApp, raw: str) -> Principal | None:
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
