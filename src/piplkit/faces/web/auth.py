"""Browser sign-in: session cookie, CSRF tokens, and the role check of every page.

The cookie holds a random session token (HttpOnly, SameSite=Lax, Secure over https); the
database holds its SHA-256. Each form carries a CSRF token derived from the session token with
HMAC, so it needs no storage and changes with every sign-in. The sign-in form itself uses a
double-submit cookie, since there is no session yet.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any

from fastapi import Depends, Request

from piplkit.platform.auth.models import Role
from piplkit.platform.auth.service import Principal, resolve_web_session
from piplkit.platform.service.access import PUBLIC, ROLE_KEY
from piplkit.platform.service.backend import backend
from piplkit.platform.service.settings import Settings

SESSION_COOKIE = "piplkit_session"
LOGIN_CSRF_COOKIE = "piplkit_login_csrf"
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"
#: Fields one form post may carry (Starlette's default is 1000): the dataset form's column
#: editor posts up to five per column for up to 500 columns. The body limit bounds the bytes.
FORM_FIELDS = 4000


class LoginRequired(Exception):
    """No valid session: the page redirects to the sign-in form."""


class Forbidden(Exception):
    """Signed in, but the role (or the CSRF token) does not allow this request."""


def csrf_token(session_token: str) -> str:
    return hmac.new(session_token.encode(), b"piplkit-csrf", hashlib.sha256).hexdigest()


def new_login_nonce() -> str:
    return secrets.token_urlsafe(24)


def secure_cookies(request: Request) -> bool:
    settings: Settings = request.app.state.settings
    return settings.secure_cookies or request.url.scheme == "https"


def session_principal(request: Request) -> Principal | None:
    raw = request.cookies.get(SESSION_COOKIE, "")
    if not raw:
        return None
    with backend(request).read() as session:
        principal = resolve_web_session(session, raw)
    if principal is not None:
        request.state.principal = principal
        request.state.csrf = csrf_token(raw)
    return principal


def page_user(role: Role) -> Any:
    """Dependency: the signed-in user, who must hold ``role``."""

    def check(request: Request) -> Principal:
        principal = session_principal(request)
        if principal is None:
            raise LoginRequired
        if not principal.allows(role):
            raise Forbidden
        return principal

    return check


async def _form(request: Request) -> dict[str, str]:
    """The posted fields; a field sent several times (a group of checkboxes) arrives as one
    comma-separated string, the form the list fields take."""
    form = await request.form(max_fields=FORM_FIELDS)
    out: dict[str, str] = {}
    for key in form:
        values = [v for v in form.getlist(key) if isinstance(v, str)]
        if values:
            out[key] = ",".join(values)
    return out


def form_user(role: Role) -> Any:
    """Dependency for form posts: signed in with ``role`` and a matching CSRF token."""
    needs = page_user(role)

    async def check(request: Request, form: dict[str, str] = Depends(_form)) -> dict[str, Any]:  # noqa: B008
        principal = needs(request)
        sent = form.get(CSRF_FIELD) or request.headers.get(CSRF_HEADER, "")
        if not hmac.compare_digest(sent, request.state.csrf):
            raise Forbidden
        return {"principal": principal, "form": form}

    return check


def page(role: Role | None) -> dict[str, Any]:
    """Route keyword arguments for a web page: hidden from OpenAPI, marked with its role."""
    return {
        "include_in_schema": False,
        "openapi_extra": {ROLE_KEY: role.value if role else PUBLIC},
    }
