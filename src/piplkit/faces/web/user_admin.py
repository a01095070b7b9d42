"""Users and API tokens, managed by admins: list, create, change a role, disable or enable a
user; list every token, issue one for any user (its text shown once), revoke one.

Admins only, each change a CSRF-checked form post written in an audited transaction with the
actor ``web:<admin>`` (the trail redacts password and token digests). The rules are the auth
service's (:mod:`piplkit.platform.auth.service`), the same the API and the CLI apply: the last
active
admin cannot be demoted or disabled, disabling a user ends their sessions and revokes their
tokens. One more rule is the page's own: an admin does not demote or disable themselves here,
so a slip of the mouse cannot lock them out; another admin, or the CLI, can.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from piplkit.faces.web.auth import form_user, page, page_user
from piplkit.faces.web.clock import china_instant
from piplkit.faces.web.pages import see_other
from piplkit.faces.web.render import language, render
from piplkit.map.register.errors import ConflictError, InvalidInputError
from piplkit.platform.auth import service
from piplkit.platform.auth.models import Role, TokenScope
from piplkit.platform.auth.passwords import password_problem
from piplkit.platform.auth.service import Principal, TokenInfo
from piplkit.platform.service.backend import actor, backend
from piplkit.platform.service.i18n import Lang, translate
from piplkit.platform.service.settings import MAX_OFFSET

router = APIRouter()
Admin = Annotated[Principal, Depends(page_user(Role.ADMIN))]
AdminForm = Annotated[dict[str, Any], Depends(form_user(Role.ADMIN))]
USERS_SHOWN = 200
TOKENS_PAGE = 50
STATE_CLASS = {"active": "ok", "expired": "grey", "revoked": "bad"}
NOTICES = ("created", "role", "disabled", "enabled", "revoked")


def _token_rows(infos: list[TokenInfo]) -> list[dict[str, Any]]:
    return [
        {
            "id": i.id,
            "user": i.user,
            "label": i.label or "",
            "scope": i.scope.value,
            "created": china_instant(i.created_at),
            "expires": china_instant(i.expires_at),
            "last_used": china_instant(i.last_used_at),
            "revoked": china_instant(i.revoked_at),
            "state": i.state.value,
        }
        for i in infos
    ]


def _offset(value: str) -> int:
    return int(value) if value.isdigit() and int(value) <= MAX_OFFSET else 0


def _users_page(request: Request, who: Principal, status: int = 200, **extra: Any) -> HTMLResponse:
    params = request.query_params
    owner = params.get("user", "").strip()[:200] or None
    offset = _offset(params.get("offset", ""))
    with backend(request).read() as session:
        users = [
            {
                "name": u.name,
                "role": u.role.value,
                "active": u.active,
                "password": u.password_hash is not None,
                "tokens": service.live_token_count(u),
                "created": china_instant(u.created_at),
            }
            for u in service.list_users(session, limit=USERS_SHOWN)
        ]
        user_total = service.count_users(session)
        if owner is not None and service.find_user(session, owner) is None:
            owner = None
        infos = service.list_tokens(session, who, user=owner, offset=offset, limit=TOKENS_PAGE)
        token_total = service.count_tokens(session, who, user=owner)
    policy = request.app.state.settings.token_policy
    defaults: dict[str, Any] = {
        "errors": {},
        "notice": None,
        "new_token": None,
        "new_token_user": "",
        "values": {},
    }
    return render(
        request,
        "users.html",
        status=status,
        users=users,
        user_total=user_total,
        roles=[r.value for r in Role],
        scopes=[s.value for s in TokenScope],
        tokens=_token_rows(infos),
        token_total=token_total,
        token_owner=owner or "",
        offset=offset,
        limit=TOKENS_PAGE,
        state_class=STATE_CLASS,
        default_days=policy.default.days,
        max_days=policy.maximum.days,
        **{**defaults, **extra},
    )


@router.get("/users", response_class=HTMLResponse, **page(Role.ADMIN))
def users(request: Request, who: Admin, done: str | None = None) -> Response:
    notice = f"users.done_{done}" if done in NOTICES else None
    return _users_page(request, who, notice=notice)


def _done(what: str) -> Response:
    return see_other(f"/users?done={quote(what)}")


@router.post("/users/create", **page(Role.ADMIN))
def create_user(request: Request, ctx: AdminForm) -> Response:
    """A new user; without a password the account signs in with API tokens only."""
    who: Principal = ctx["principal"]
    form: dict[str, str] = ctx["form"]
    lang = language(request)
    name, role = form.get("name", "").strip(), form.get("role", "")
    password = form.get("password", "")
    values = {"name": name, "role": role}
    errors = _user_problems(name, role, password, form.get("confirm", ""), lang)
    if errors:
        return _users_page(request, who, status=422, errors=errors, values=values)
    try:
        with backend(request).write(actor("web", who)) as session:
            service.add_user(session, name, role, password or None)
    except ConflictError:
        errors = {"name": translate(lang, "users.exists")}
        return _users_page(request, who, status=409, errors=errors, values=values)
    return _done("created")


def _user_problems(name: str, role: str, password: str, confirm: str, lang: Lang) -> dict[str, str]:
    """What is wrong with a new user's fields, by field, in the page's language."""
    errors: dict[str, str] = {}
    try:
        service.check_name(name)
    except InvalidInputError:
        errors["name"] = translate(lang, "users.bad_name")
    if role not in {r.value for r in Role}:
        errors["role"] = translate(lang, "err.choice")
    if password:
        weak = password_problem(password, [name])
        if weak is not None:
            errors["password"] = weak.text(lang)
        elif password != confirm:
            errors["confirm"] = translate(lang, "account.mismatch")
    return errors


def _change(
    request: Request, ctx: dict[str, Any], *, role: str | None, active: bool | None
) -> Response | None:
    """Apply a role or activity change; a page with the reason when refused, else None."""
    who: Principal = ctx["principal"]
    name = ctx["form"].get("name", "")
    lang = language(request)
    if name == who.name and (active is False or (role is not None and role != Role.ADMIN)):
        message = translate(lang, "users.not_yourself")
        return _users_page(request, who, status=409, errors={"_form": message})
    try:
        with backend(request).write(actor("web", who)) as session:
            service.update_user(session, name, role=role, active=active)
    except ConflictError:
        message = translate(lang, "users.last_admin", name=name)
        return _users_page(request, who, status=409, errors={"_form": message})
    except InvalidInputError:
        return _users_page(
            request, who, status=422, errors={"_form": translate(lang, "err.choice")}
        )
    return None


@router.post("/users/role", **page(Role.ADMIN))
def change_role(request: Request, ctx: AdminForm) -> Response:
    refused = _change(request, ctx, role=ctx["form"].get("role", ""), active=None)
    return refused or _done("role")


@router.post("/users/active", **page(Role.ADMIN))
def set_active(request: Request, ctx: AdminForm) -> Response:
    """Disable (ends the user's sessions and revokes their tokens) or enable a user."""
    active = ctx["form"].get("active") == "true"
    refused = _change(request, ctx, role=None, active=active)
    return refused or _done("enabled" if active else "disabled")


@router.post("/users/tokens/create", **page(Role.ADMIN))
def create_token(request: Request, ctx: AdminForm) -> Response:
    """Issue a token for any user; its text is on the answering page only, never again."""
    who: Principal = ctx["principal"]
    form: dict[str, str] = ctx["form"]
    lang = language(request)
    owner, label = form.get("user", ""), form.get("label", "").strip()
    days_text = form.get("days", "").strip()
    scope = form.get("scope", "").strip() or TokenScope.FULL.value
    policy = request.app.state.settings.token_policy
    values = {"token_user": owner, "label": label, "days": days_text, "scope": scope}
    days = int(days_text) if days_text.isdigit() and len(days_text) < 7 else None
    if days_text and days is None:
        message = translate(lang, "account.bad_days", max=policy.maximum.days)
        return _users_page(request, who, status=422, errors={"days": message}, values=values)
    try:
        with backend(request).write(actor("web", who)) as session:
            if service.find_user(session, owner) is None:
                raise LookupError(owner)
            raw, _info = service.create_token(
                session, owner, label=label or None, days=days, policy=policy, scope=scope
            )
    except LookupError:
        message = translate(lang, "users.no_such_user")
        return _users_page(request, who, status=422, errors={"token_user": message}, values=values)
    except InvalidInputError as exc:
        text = str(exc)
        field = "days" if "expires_days" in text else "scope" if "scope" in text else "label"
        message = (
            translate(lang, "account.bad_days", max=policy.maximum.days)
            if field == "days"
            else translate(lang, f"account.bad_{field}")
        )
        return _users_page(request, who, status=422, errors={field: message}, values=values)
    return _users_page(request, who, new_token=raw, new_token_user=owner)


@router.post("/users/tokens/revoke", **page(Role.ADMIN))
def revoke_token(request: Request, ctx: AdminForm) -> Response:
    who: Principal = ctx["principal"]
    token_id = ctx["form"].get("token", "")
    if not token_id.isdigit() or len(token_id) > 10:
        message = translate(language(request), "users.no_such_token")
        return _users_page(request, who, status=422, errors={"_form": message})
    with backend(request).write(actor("web", who)) as session:
        service.revoke_token(session, int(token_id), who)  # unknown id: NotFoundError → 404
    return _done("revoked")
