"""User management (admin only), the caller's own identity, and the audit trail.

API tokens are listed and revoked through :mod:`piplkit.faces.api.tokens`, included here so the user
and token routes share one router; issuing a token for a user is an admin's job (a token cannot
mint new tokens that would outlive its own revocation).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, select

from piplkit.faces.api import tokens
from piplkit.faces.api.security import current, guard
from piplkit.map.register.models import AuditEvent
from piplkit.map.register.repository import as_utc
from piplkit.platform.auth import service
from piplkit.platform.auth.models import Role, TokenScope, User
from piplkit.platform.service.backend import actor, backend
from piplkit.platform.service.settings import MAX_OFFSET

router = APIRouter(tags=["users"])
router.include_router(tokens.router)


class UserIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=200)
    role: Role = Role.VIEWER
    password: str | None = Field(default=None, description="Omit for a token-only account.")


class UserPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: Role | None = None
    active: bool | None = None
    password: str | None = None


class TokenIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str | None = Field(default=None, max_length=200)
    expires_days: int | None = Field(
        default=None,
        ge=1,
        le=36_500,
        description="Lifetime in days; omitted: the server's default. Never over its maximum.",
    )
    scope: TokenScope = Field(
        default=TokenScope.FULL,
        description="full: all the user's role allows; calendar:read: the calendar and its "
        "iCalendar feed only (such a token may sit in a calendar program's URL).",
    )


def _user(u: User) -> dict[str, Any]:
    return {
        "name": u.name,
        "role": Role(u.role).value,
        "active": u.active,
        "has_password": u.password_hash is not None,
        "tokens": service.live_token_count(u),
        "created_at": as_utc(u.created_at).isoformat() if u.created_at else None,  # type: ignore[union-attr]
    }


@router.get("/me", summary="Who the token belongs to", **guard(Role.VIEWER))
def me(request: Request) -> dict[str, str]:
    who = current(request)
    return {"name": who.name, "role": who.role.value}


@router.get("/users", summary="List users", **guard(Role.ADMIN))
def list_users(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> dict[str, Any]:
    with backend(request).read() as session:
        items = [_user(u) for u in service.list_users(session, offset=offset, limit=limit)]
        total = service.count_users(session)
    return {"items": items, "total": total, "limit": limit, "offset": offset}


@router.post("/users", summary="Create a user", status_code=201, **guard(Role.ADMIN))
def create_user(request: Request, data: UserIn) -> dict[str, Any]:
    who = current(request)
    with backend(request).write(actor("api", who)) as session:
        return _user(service.add_user(session, data.name, data.role, data.password))


@router.patch("/users/{name}", summary="Change role, activity or password", **guard(Role.ADMIN))
def update_user(request: Request, name: str, data: UserPatch) -> dict[str, Any]:
    who = current(request)
    with backend(request).write(actor("api", who)) as session:
        if data.password is not None:
            service.set_password(session, name, data.password)
        user = service.update_user(session, name, role=data.role, active=data.active)
        return _user(user)


@router.delete(
    "/users/{name}",
    summary="Remove a user",
    status_code=204,
    response_class=Response,
    **guard(Role.ADMIN),
)
def delete_user(request: Request, name: str) -> Response:
    who = current(request)
    with backend(request).write(actor("api", who)) as session:
        service.remove_user(session, name)
    return Response(status_code=204)


@router.post(
    "/users/{name}/tokens",
    summary="Issue an API token (returned once)",
    status_code=201,
    **guard(Role.ADMIN),
)
def create_token(request: Request, name: str, data: TokenIn) -> dict[str, Any]:
    who = current(request)
    policy = request.app.state.settings.token_policy
    with backend(request).write(actor("api", who)) as session:
        raw, info = service.create_token(
            session,
            name,
            label=data.label,
            days=data.expires_days,
            policy=policy,
            scope=data.scope,
        )
    return {**info.as_dict(), "token": raw, "note": "shown once; only its SHA-256 is stored"}


@router.get("/audit", summary="The audit trail, newest first", **guard(Role.ADMIN))
def audit(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    entity: Annotated[str | None, Query(max_length=60)] = None,
) -> dict[str, Any]:
    stmt = select(AuditEvent)
    count = select(func.count()).select_from(AuditEvent)
    if entity:
        stmt = stmt.where(AuditEvent.entity == entity)
        count = count.where(AuditEvent.entity == entity)
    stmt = stmt.order_by(AuditEvent.id.desc()).offset(offset).limit(limit)
    with backend(request).read() as session:
        items = [
            {
                "at": as_utc(e.at).isoformat(),  # type: ignore[union-attr]
                "actor": e.actor,
                "action": e.action,
                "entity": e.entity,
                "entity_key": e.entity_key,
                "changes": e.changes,
            }
            for e in session.scalars(stmt)
        ]
        total = int(session.scalar(count) or 0)
    return {"items": items, "total": total, "limit": limit, "offset": offset}
