"""Audit-trail endpoints (admin only): verify the hash chain, read the head and the log.

The log shows who changed what and when; its ``changes`` hold what the register holds, which
for respond records is masked previews and keyed hashes only.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from piplkit.faces.api.security import guard
from piplkit.platform.auth.models import Role
from piplkit.platform.service.audit import parse_anchor, report_dict
from piplkit.platform.service.backend import backend
from piplkit.respond.verify import audit_log, chain_head, entry_dict, verify_chain

router = APIRouter(prefix="/audit", tags=["audit"])


@router.get(
    "/verify",
    summary="Check the hash chain; name every edited, deleted or reordered entry",
    **guard(Role.ADMIN),
)
def verify(
    request: Request,
    anchors: Annotated[
        list[str] | None,
        Query(alias="anchor", description="ID:HASH copied earlier from /audit/head; repeat."),
    ] = None,
) -> dict[str, Any]:
    parsed = [parse_anchor(a) for a in anchors or []]
    with backend(request).read() as session:
        return report_dict(verify_chain(session, parsed))


@router.get("/head", summary="ID:HASH of the last entry, to keep elsewhere", **guard(Role.ADMIN))
def head(request: Request) -> dict[str, Any]:
    with backend(request).read() as session:
        found = chain_head(session)
    return {**asdict(found), "anchor": f"{found.last_id}:{found.last_hash}"}


@router.get("/log", summary="The latest audit entries, newest first", **guard(Role.ADMIN))
def log(
    request: Request,
    entity: Annotated[str | None, Query(max_length=60)] = None,
    key: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
) -> list[dict[str, Any]]:
    with backend(request).read() as session:
        return [
            entry_dict(e) for e in audit_log(session, entity=entity, entity_key=key, limit=limit)
        ]
