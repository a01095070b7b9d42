"""Sign-in and sign-out, and the throttle every password check in the web UI goes through.

A password is verified only after :meth:`LoginThrottle.begin` has counted the attempt against
the client address and the account name in one locked step; a correct password gives the
attempt back. So however many guesses arrive at once, at most ``login_failure_limit`` of them
reach argon2 per window, and a refused guess gets 429 with ``Retry-After``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from piplkit.faces.web.auth import (
    CSRF_FIELD,
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    form_user,
    new_login_nonce,
    page,
    secure_cookies,
)
from piplkit.faces.web.pages import safe_next, see_other
from piplkit.faces.web.ratelimit import Attempt, LoginThrottle, Verdict
from piplkit.faces.web.render import language, render
from piplkit.platform.auth.models import Role
from piplkit.platform.auth.service import authenticate_password, end_web_session, start_web_session
from piplkit.platform.service.backend import actor, backend
from piplkit.platform.service.i18n import Lang, translate

router = APIRouter()
ViewerForm = Annotated[dict[str, Any], Depends(form_user(Role.VIEWER))]


def login_throttle(request: Request) -> LoginThrottle:
    """The app's throttle of password checks, made on first use from the server settings."""
    state = request.app.state
    found: LoginThrottle | None = getattr(state, "login_throttle", None)
    if found is None:
        settings = state.settings
        found = LoginThrottle(
            settings.login_failure_limit, settings.login_failure_window.total_seconds()
        )
        state.login_throttle = found
    return found


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def begin_password_check(request: Request, account: str) -> Attempt | Verdict:
    """Count a password check for this client and ``account`` before it runs: an
    :class:`Attempt` to go ahead with, or the refusing :class:`Verdict`."""
    return login_throttle(request).begin(client_address(request), account)


def throttled_message(lang: Lang, verdict: Verdict) -> str:
    minutes = max(1, (verdict.retry_after + 59) // 60)
    return translate(lang, "login.throttled", minutes=minutes)


def set_session_cookie(request: Request, response: Response, token: str) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        token,
        httponly=True,
        samesite="lax",
        secure=secure_cookies(request),
        max_age=int(request.app.state.settings.session_lifetime.total_seconds()),
    )


def _login_page(
    request: Request, next_url: str, error: str | None, name: str = "", status: int = 200
) -> Response:
    nonce = new_login_nonce()
    response = render(
        request,
        "login.html",
        status=status,
        nonce=nonce,
        next=safe_next(next_url),
        error=error,
        name=name,
    )
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        nonce,
        httponly=True,
        samesite="lax",
        secure=secure_cookies(request),
        max_age=3600,
    )
    return response


@router.get("/login", **page(None))
def login_form(request: Request, next: str = "/") -> Response:
    return _login_page(request, next, None)


@router.post("/login", **page(None))
async def login(request: Request) -> Response:
    form = await request.form()
    values = {k: v for k, v in form.items() if isinstance(v, str)}
    lang = language(request)
    next_url = values.get("next", "/")
    nonce = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not nonce or values.get(CSRF_FIELD) != nonce:
        return _login_page(request, next_url, translate(lang, "login.expired"), status=400)
    name = values.get("name", "")[:200]
    password = values.get("password", "")[:1024]
    attempt = begin_password_check(request, name)
    if isinstance(attempt, Verdict):
        message = throttled_message(lang, attempt)
        response = _login_page(request, next_url, message, name, status=429)
        response.headers["Retry-After"] = str(attempt.retry_after)
        return response

    def sign_in() -> str | None:
        with backend(request).write(f"web:{name.strip() or '?'}") as session:
            principal = authenticate_password(session, name, password)
            if principal is None:
                return None
            return start_web_session(
                session, principal.name, request.app.state.settings.session_lifetime
            )

    token = await run_in_threadpool(sign_in)
    if token is None:
        return _login_page(request, next_url, translate(lang, "login.failed"), name, status=401)
    attempt.succeeded()
    response = see_other(safe_next(values.get("next")))
    set_session_cookie(request, response, token)
    response.delete_cookie(LOGIN_CSRF_COOKIE)
    return response


@router.post("/logout", **page(Role.VIEWER))
def logout(request: Request, ctx: ViewerForm) -> Response:
    raw = request.cookies.get(SESSION_COOKIE, "")
    with backend(request).write(actor("web", ctx["principal"])) as session:
        end_web_session(session, raw)
    response = see_other("/login")
    response.delete_cookie(SESSION_COOKIE)
    return response
