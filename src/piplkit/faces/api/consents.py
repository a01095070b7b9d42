"""Consent-ledger endpoints: record, withdraw, and "may we process X for P at T?" with proof.

Identifiers travel in POST bodies only (a check is a POST for that reason, though it writes
nothing): paths and queries end up in logs. The decision's proof names the consent record,
the notice hash and the audit entry that committed it, never the person.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from piplkit.faces.api.openapi import UNAVAILABLE
from piplkit.faces.api.respond_deps import aware
from piplkit.faces.api.security import current, guard
from piplkit.inputs.scalars import Instant
from piplkit.inputs.text import line
from piplkit.platform.auth.models import Role
from piplkit.platform.service.backend import actor, backend
from piplkit.platform.service.keys import hmac_key
from piplkit.platform.service.respond_entities import CONSENT
from piplkit.respond import consent
from piplkit.respond.identifiers import IdentifierType, IdentifierValue, identify

router = APIRouter(prefix="/consents", tags=["consents"])


Purpose = Annotated[str, line(min_length=1, max_length=200)]
Category = Annotated[str, line(min_length=1, max_length=60)]


class WithdrawIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    identifier_type: IdentifierType
    identifier: IdentifierValue
    purposes: list[Purpose] = Field(default_factory=list, max_length=50)
    at: Instant | None = None


class CheckIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    identifier_type: IdentifierType
    identifier: IdentifierValue
    category: Category = Field(description="PI category, e.g. cn_mobile.")
    purpose: Purpose
    at: Instant | None = Field(default=None, description="Default: now.")


@router.post(
    "",
    summary="Record a consent (same consent_id again: the first record, 200)",
    status_code=201,
    responses=UNAVAILABLE,
    **guard(Role.EDITOR),
)
def record(request: Request, response: Response, body: consent.ConsentIn) -> dict[str, Any]:
    who = current(request)
    if "channel" not in body.model_fields_set:
        body = body.model_copy(update={"channel": "api"})
    key = hmac_key(request)
    with backend(request).write(actor("api", who)) as session:
        saved, created = consent.record_consent(session, body, key=key)
        data = CONSENT.serialize(saved)
    if not created:
        response.status_code = 200
    return {**data, "created": created}


@router.post(
    "/withdraw",
    summary="Withdraw a person's consents (all, or some purposes), effective at once",
    responses=UNAVAILABLE,
    **guard(Role.EDITOR),
)
def withdraw(request: Request, body: WithdrawIn) -> dict[str, Any]:
    who = current(request)
    key = hmac_key(request)
    with backend(request).write(actor("api", who)) as session:
        records = consent.withdraw(
            session,
            body.identifier_type,
            body.identifier,
            key=key,
            purposes=body.purposes or None,
            at=aware(body.at, "at"),
        )
        return {"withdrawn": [CONSENT.serialize(r) for r in records]}


@router.post(
    "/check",
    summary="May we process CATEGORY for PURPOSE at AT? The answer with its proof",
    responses=UNAVAILABLE,
    **guard(Role.VIEWER),
)
def check(request: Request, body: CheckIn) -> dict[str, Any]:
    key = hmac_key(request)
    subject = identify(body.identifier_type, body.identifier, key=key)
    when = aware(body.at, "at") or dt.datetime.now(dt.UTC)
    with backend(request).read() as session:
        decision = consent.may_process(
            session,
            subject_hash=subject.hash,
            category=body.category,
            purpose=body.purpose,
            at=when,
        )
    return {"identifier": subject.masked, "at": when.isoformat(), **decision.to_dict()}
