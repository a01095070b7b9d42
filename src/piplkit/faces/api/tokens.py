"""API tokens over the API: list the ones you may see, revoke one.

Everyone sees their own tokens; admins see everyone's and may narrow to one user. The owner
or an admin may revoke a token (a leaked token can revoke itself); a token the caller may not
manage answers 404 like a missing one. Issuing is ``POST /users/{name}/tokens`` (admin).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request

from piplkit.faces.api.security import current, guard
from piplkit.platform.auth import service
from piplkit.platform.auth.models import Role
from piplkit.platform.auth.tokens import MAX_ID
from piplkit.platform.service.backend import actor, backend

router = APIRouter(tags=["users"])


@router.get("/tokens", summary="API tokens: yours, or (admins) everyone's", **guard(Role.VIEWER))
def list_tokens(
    request: Request,
    user: Annotated[str | None, Query(max_length=200, description="Only this user's.")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
) -> dict[str, Any]:
    who = current(request)
    if user not in (None, who.name) and not who.allows(Role.ADMIN):
        raise HTTPException(403, "only admins may list other users' tokens")
    with backend(request).read() as session:
        items = service.list_tokens(session, who, user=user, offset=offset, limit=limit)
        total = service.count_tokens(session, who, user=user)
    return {
        "items": [i.as_dict() for i in items],
        "total": total,
        "limit": limit,
        "offset": offset,
    }


@router.post(
    "/tokens/{token_id}/revoke",
    summary="Revoke an API token (its owner or an admin)",
    **guard(Role.VIEWER),
)
def revoke_token(
    request: Request, token_id: Annotated[int, Path(ge=1, le=MAX_ID)]
) -> dict[str, Any]:
    who = current(request)
    with backend(request).write(actor("api", who)) as session:
        info = service.revoke_token(session, token_id, who)
    return info.as_dict()
