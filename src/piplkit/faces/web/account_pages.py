"""The account page: change one's password, and list, create and revoke API tokens.

Everyone signed in sees and manages their own tokens; admins see and may revoke everyone's
(who may do what is decided in :mod:`piplkit.platform.auth.service`). A new token is shown once, on
the
page that answers the form, never again. Changing the password asks for the current one, and
that check goes through the same throttle as the sign-in form; the change signs out every
other browser, revokes every API token of the user, and gives this browser a fresh session.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from piplkit.faces.web.auth import form_user, page, page_user
from piplkit.faces.web.login import (
    begin_password_check,
    set_session_cookie,
    throttled_message,
)
from piplkit.faces.web.pages import see_other
from piplkit.faces.web.ratelimit import Verdict
from piplkit.faces.web.render import language, render
from piplkit.map.register.errors import InvalidInputError
from piplkit.platform.auth import service
from piplkit.platform.auth.models import Role, TokenScope
from piplkit.platform.auth.passwords import password_problem
from piplkit.platform.auth.service import Principal, TokenInfo
from piplkit.platform.service.backend import actor, backend
from piplkit.platform.service.i18n import translate

router = APIRouter()
Viewer = Annotated[Principal, Depends(page_user(Role.VIEWER))]
ViewerForm = Annotated[dict[str, Any], Depends(form_user(Role.VIEWER))]
STATE_CLASS = {"active": "ok", "expired": "grey", "revoked": "bad"}
NOTICES = ("password", "revoked")
SHOWN = 200


def _stamp(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else ""


def _rows(infos: list[TokenInfo]) -> list[dict[str, Any]]:
    return [
        {
            "id": i.id,
            "user": i.user,
            "label": i.label or "",
            "scope": i.scope.value,
            "created": _stamp(i.created_at),
            "expires": _stamp(i.expires_at),
            "last_used": _stamp(i.last_used_at),
            "revoked": _stamp(i.revoked_at),
            "state": i.state.value,
        }
        for i in infos
    ]


def _account_page(
    request: Request, principal: Principal, status: int = 200, **extra: Any
) -> Response:
    with backend(request).read() as session:
        infos = service.list_tokens(session, principal, limit=SHOWN)
        total = service.count_tokens(session, principal)
    policy = request.app.state.settings.token_policy
    extra.setdefault("errors", {})
    return render(
        request,
        "account.html",
        status=status,
        rows=_rows(infos),
        total=total,
        shown=len(infos),
        all_users=principal.allows(Role.ADMIN),
        state_class=STATE_CLASS,
        default_days=policy.default.days,
        max_days=policy.maximum.days,
        notice=extra.pop("notice", None),
        new_token=extra.pop("new_token", None),
        label=extra.pop("label", ""),
        days=extra.pop("days", ""),
        scope=extra.pop("scope", TokenScope.FULL.value),
        scopes=[s.value for s in TokenScope],
        **extra,
    )


@router.get("/account", **page(Role.VIEWER))
def account(request: Request, who: Viewer, done: str | None = None) -> Response:
    notice = f"account.done_{done}" if done in NOTICES else None
    return _account_page(request, who, notice=notice)


@router.post("/account/password", **page(Role.VIEWER))
async def change_password(request: Request, ctx: ViewerForm) -> Response:
    who: Principal = ctx["principal"]
    form: dict[str, str] = ctx["form"]
    lang = language(request)
    current = form.get("current", "")[:1024]
    new = form.get("new", "")
    if new != form.get("confirm", ""):
        errors = {"confirm": translate(lang, "account.mismatch")}
        return _account_page(request, who, status=422, errors=errors)
    problem = password_problem(new, [who.name])
    if problem is not None:
        return _account_page(request, who, status=422, errors={"new": problem.text(lang)})
    attempt = begin_password_check(request, who.name)
    if isinstance(attempt, Verdict):
        errors = {"current": throttled_message(lang, attempt)}
        response = _account_page(request, who, status=429, errors=errors)
        response.headers["Retry-After"] = str(attempt.retry_after)
        return response

    def change() -> str | None:
        lifetime = request.app.state.settings.session_lifetime
        with backend(request).write(actor("web", who)) as session:
            if service.authenticate_password(session, who.name, current) is None:
                return None
            service.set_password(session, who.name, new)
            return service.start_web_session(session, who.name, lifetime)

    token = await run_in_threadpool(change)
    if token is None:
        errors = {"current": translate(lang, "account.wrong_current")}
        return _account_page(request, who, status=401, errors=errors)
    attempt.succeeded()
    response = see_other("/account?done=password")
    set_session_cookie(request, response, token)
    return response


@router.post("/account/tokens", **page(Role.VIEWER))
def create_token(request: Request, ctx: ViewerForm) -> Response:
    who: Principal = ctx["principal"]
    form: dict[str, str] = ctx["form"]
    label = form.get("label", "").strip()
    days_text = form.get("days", "").strip()
    scope = form.get("scope", "").strip() or TokenScope.FULL.value
    try:
        days = int(days_text) if days_text else None
    except ValueError:
        days = 0  # refused below with the policy's message
    policy = request.app.state.settings.token_policy
    try:
        with backend(request).write(actor("web", who)) as session:
            raw, _info = service.create_token(
                session, who.name, label=label or None, days=days, policy=policy, scope=scope
            )
    except InvalidInputError as exc:
        text = str(exc)
        field = "days" if "expires_days" in text else "scope" if "scope" in text else "label"
        message = _token_error(language(request), field, policy.maximum.days)
        return _account_page(
            request,
            who,
            status=422,
            errors={field: message},
            label=label,
            days=days_text,
            scope=TokenScope.FULL.value,
        )
    return _account_page(request, who, new_token=raw)


def _token_error(lang: Any, field: str, max_days: int) -> str:
    if field == "days":
        return translate(lang, "account.bad_days", max=max_days)
    if field == "scope":
        return translate(lang, "account.bad_scope")
    return translate(lang, "account.bad_label")


@router.post("/account/tokens/{token_id}/revoke", **page(Role.VIEWER))
def revoke_token(request: Request, token_id: int, ctx: ViewerForm) -> Response:
    who: Principal = ctx["principal"]
    with backend(request).write(actor("web", who)) as session:
        service.revoke_token(session, token_id, who)
    return see_other("/account?done=revoked")
