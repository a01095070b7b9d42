"""Rights requests (DSR): intake, identity verification, states, deadlines and overdue alerts.

Every function takes a session of ``Register.write()`` (or ``read()`` for queries), so the REST
API, the web form and the CLI share one behaviour. Intake is idempotent by request id: sending
the same request twice (a retry after a timeout, a double click) returns the first record; the
same id with different content is a conflict, never a silent overwrite. Write functions take
the audit chain lock first, which serialises writers and keeps SQLite from failing with
"database is locked" under concurrency.

States: received → verifying → in_progress → completed | refused (with the reason PIPL Art. 50
requires) → closed. A withdrawal-of-consent request withdraws the consents as soon as the
requester's identity is verified (withdrawal takes effect at once).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from piplkit.assess.rules.response_deadlines import china_date, request_deadline
from piplkit.inputs.scalars import Instant
from piplkit.inputs.text import Line, line, text
from piplkit.map.register import chain
from piplkit.map.register.errors import ConflictError, InvalidInputError, NotFoundError
from piplkit.map.register.models import AuditEvent
from piplkit.respond.enums import RequestKind, RequestState
from piplkit.respond.fingerprint import canonical_digest
from piplkit.respond.identifiers import IdentifierType, IdentifierValue, identify
from piplkit.respond.models import RightsRequest
from piplkit.respond.redact import redact
from piplkit.respond.screen import new_reference, reference
from piplkit.respond.settings import dsr_target
from piplkit.respond.timeutil import to_utc

OPEN_STATES = frozenset({RequestState.RECEIVED, RequestState.VERIFYING, RequestState.IN_PROGRESS})
TRANSITIONS: dict[RequestState, frozenset[RequestState]] = {
    RequestState.RECEIVED: frozenset(
        {RequestState.VERIFYING, RequestState.IN_PROGRESS, RequestState.REFUSED}
    ),
    RequestState.VERIFYING: frozenset({RequestState.IN_PROGRESS, RequestState.REFUSED}),
    RequestState.IN_PROGRESS: frozenset({RequestState.COMPLETED, RequestState.REFUSED}),
    RequestState.COMPLETED: frozenset({RequestState.CLOSED}),
    RequestState.REFUSED: frozenset({RequestState.CLOSED}),
    RequestState.CLOSED: frozenset(),
}
#: Close relatives (Civil Code Art. 1045(2)) who may act for a deceased person (PIPL Art. 49).
RELATIONS = (
    "spouse",
    "parent",
    "child",
    "sibling",
    "grandparent",
    "grandchild",
)
#: The rights Art. 49 lets close relatives exercise: access, copy, correction, deletion.
NEXT_OF_KIN_RIGHTS = ("access", "copy", "correction", "deletion")
CHANNELS = ("cli", "api", "web", "email", "post", "phone")
#: Request ids are the audit trail's keys of a request: letters, digits and ``- _ . :``, and
#: never an identifier of the person (:mod:`piplkit.respond.screen`).
RequestId = Annotated[str, reference(min_length=1, max_length=100)]
ScopeItem = Annotated[str, reference(max_length=100)]
Note = Annotated[str, text(max_length=4000)]
OrganisationName = Annotated[str, line(min_length=1, max_length=200)]


class RequestIn(BaseModel):
    """A rights request as submitted (API JSON, web form, CLI options)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    request_id: RequestId | None = None
    kind: RequestKind
    identifier_type: IdentifierType
    identifier: IdentifierValue
    requester_identifier_type: IdentifierType | None = None
    requester_identifier: IdentifierValue | None = None
    relation: Line | None = None
    scope: list[ScopeItem] = Field(default_factory=list, max_length=50)
    note: Note | None = None
    channel: Line = "cli"
    #: Name of an organisation in the register that the request is addressed to.
    organisation: OrganisationName | None = None
    received_at: Instant | None = None

    @field_validator("request_id")
    @classmethod
    def _printable_id(cls, value: str | None) -> str | None:
        if value is not None and not all(c.isalnum() or c in "-_.:" for c in value):
            raise ValueError("use letters, digits and - _ . : only")
        return value

    @field_validator("received_at")
    @classmethod
    def _aware(cls, value: dt.datetime | None) -> dt.datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("needs a time zone, e.g. 2025-09-30T10:00:00+08:00")
        return value

    @field_validator("channel")
    @classmethod
    def _channel(cls, value: str) -> str:
        if value not in CHANNELS:
            raise ValueError(f"one of {', '.join(CHANNELS)}")
        return value


def parse_request(payload: dict[str, Any] | RequestIn) -> RequestIn:
    """Validate a submission; one error naming every bad field (never echoing values)."""
    if isinstance(payload, RequestIn):
        return payload
    if not isinstance(payload, dict):
        raise InvalidInputError("a request must be a JSON object")
    try:
        return RequestIn.model_validate(payload)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err["loc"]) or "request"
            message = err["msg"]
            if err["type"] == "enum":
                message = f"unknown value; use one of {', '.join(k.value for k in RequestKind)}"
            problems.append(f"{where}: {message}")
        raise InvalidInputError("invalid request: " + "; ".join(problems)) from None


@dataclass(frozen=True, slots=True)
class Submitted:
    request: RightsRequest
    created: bool


def _check_scope(req: RequestIn) -> list[str]:
    scope = list(dict.fromkeys(s for s in req.scope if s))
    if req.kind == RequestKind.NEXT_OF_KIN:
        bad = [s for s in scope if s not in NEXT_OF_KIN_RIGHTS]
        if bad:
            raise InvalidInputError(
                f"scope: close relatives may exercise {', '.join(NEXT_OF_KIN_RIGHTS)} "
                f"(PIPL Art. 49), not {', '.join(bad)}"
            )
        return scope or list(NEXT_OF_KIN_RIGHTS)
    return scope


def submit(
    session: Session,
    payload: dict[str, Any] | RequestIn,
    *,
    key: bytes,
    now: dt.datetime | None = None,
) -> Submitted:
    """Record a request (or return the one already recorded under its id)."""
    chain.lock(session)
    req = parse_request(payload)
    now = to_utc(now or dt.datetime.now(dt.UTC))
    received = to_utc(req.received_at or now)
    subject = identify(
        req.identifier_type, req.identifier, key=key, field="identifier", as_of=china_date(now)
    )
    requester = None
    if req.kind == RequestKind.NEXT_OF_KIN:
        if not req.requester_identifier_type or not req.requester_identifier:
            raise InvalidInputError(
                "requester_identifier: a next-of-kin request names the close relative making it"
            )
        if req.relation not in RELATIONS:
            raise InvalidInputError(f"relation: one of {', '.join(RELATIONS)} (PIPL Art. 49)")
        requester = identify(
            req.requester_identifier_type,
            req.requester_identifier,
            key=key,
            field="requester_identifier",
        )
    elif req.relation is not None or req.requester_identifier is not None:
        raise InvalidInputError("relation/requester_identifier: only for next_of_kin requests")
    scope = _check_scope(req)
    organisation = _organisation(session, req.organisation)
    note = redact(req.note, field="note")
    fingerprint = canonical_digest(
        {
            "kind": req.kind.value,
            "subject": subject.hash,
            "requester": requester.hash if requester else None,
            "relation": req.relation,
            "scope": scope,
            "note": note,
            **({"organisation": organisation} if organisation else {}),
        }
    )
    name = req.request_id or new_reference("dsr")
    existing = session.scalar(select(RightsRequest).where(RightsRequest.name == name))
    if existing is not None:
        if existing.fingerprint != fingerprint:
            raise ConflictError(
                f"request id {name!r} is already used by a different request; "
                "use a new id for a new request"
            )
        return Submitted(existing, False)
    try:
        deadline = request_deadline(received, dsr_target(session))
    except LookupError as exc:  # received before the law data begins (PIPL, 2021-11-01)
        raise InvalidInputError(f"received_at: {exc}") from None
    record = RightsRequest(
        name=name,
        fingerprint=fingerprint,
        kind=req.kind,
        state=RequestState.RECEIVED,
        channel=req.channel,
        organisation=organisation,
        subject_hash=subject.hash,
        identifier_type=subject.type,
        identifier_masked=subject.masked,
        requester_hash=requester.hash if requester else None,
        requester_masked=requester.masked if requester else None,
        relation=req.relation,
        scope=scope,
        note_masked=note,
        received_at=received,
        due_on=deadline.due_on,
        deadline_basis=deadline.basis,
        deadline_note=deadline.note,
    )
    session.add(record)
    session.flush()
    return Submitted(record, True)


def _organisation(session: Session, name: str | None) -> str | None:
    """The register's name for the organisation, or an error naming the field."""
    if name is None:
        return None
    from piplkit.map.register.repository import organisations

    found = organisations.find(session, name)
    if found is None:
        raise InvalidInputError(f"organisation: no organisation named {name!r} in the register")
    return str(found.name)


def get(session: Session, request_id: str) -> RightsRequest:
    found = session.scalar(select(RightsRequest).where(RightsRequest.name == request_id))
    if found is None:
        raise NotFoundError(f"no rights request {request_id!r}")
    return found


def _move(record: RightsRequest, to: RequestState) -> None:
    if to not in TRANSITIONS[record.state]:
        allowed = ", ".join(s.value for s in TRANSITIONS[record.state]) or "none (closed)"
        raise ConflictError(
            f"request {record.name!r} is {record.state.value}; it can go to {allowed}, "
            f"not {to.value}"
        )
    record.state = to


def start_verification(session: Session, request_id: str) -> RightsRequest:
    chain.lock(session)
    record = get(session, request_id)
    _move(record, RequestState.VERIFYING)
    session.flush()
    return record


def verify_identity(
    session: Session,
    request_id: str,
    method: str,
    *,
    now: dt.datetime | None = None,
) -> RightsRequest:
    """Record how the requester's identity was checked; the request moves to in_progress.

    A withdrawal-of-consent request is carried out at once: its consents (all purposes, or
    those in ``scope``) are withdrawn and the request completes.
    """
    chain.lock(session)
    if not method or not method.strip():
        raise InvalidInputError("method: say how the identity was verified")
    masked = redact(method.strip()[:200], field="method", multiline=False)
    record = get(session, request_id)
    now = to_utc(now or dt.datetime.now(dt.UTC))
    _move(record, RequestState.IN_PROGRESS)
    record.verified_at = now
    record.verification_method = masked
    if record.kind == RequestKind.WITHDRAW_CONSENT:
        from piplkit.respond.consent import withdraw_for_subject

        withdraw_for_subject(
            session, record.subject_hash, purposes=record.scope or None, at=now, ref=record.name
        )
        _move(record, RequestState.COMPLETED)
        record.completed_at = now
    session.flush()
    return record


def complete(session: Session, request_id: str, *, now: dt.datetime | None = None) -> RightsRequest:
    chain.lock(session)
    record = get(session, request_id)
    _move(record, RequestState.COMPLETED)
    record.completed_at = to_utc(now or dt.datetime.now(dt.UTC))
    session.flush()
    return record


def refuse(
    session: Session, request_id: str, reason: str, *, now: dt.datetime | None = None
) -> RightsRequest:
    """Refuse with the reason PIPL Art. 50 requires the handler to give."""
    chain.lock(session)
    if not reason or not reason.strip():
        raise InvalidInputError("reason: a refusal must state its reason (PIPL Art. 50)")
    record = get(session, request_id)
    _move(record, RequestState.REFUSED)
    record.refusal_reason = redact(reason, field="reason")
    record.completed_at = to_utc(now or dt.datetime.now(dt.UTC))
    session.flush()
    return record


def close(session: Session, request_id: str, *, now: dt.datetime | None = None) -> RightsRequest:
    chain.lock(session)
    record = get(session, request_id)
    _move(record, RequestState.CLOSED)
    record.closed_at = to_utc(now or dt.datetime.now(dt.UTC))
    session.flush()
    return record


def list_requests(session: Session, state: RequestState | None = None) -> list[RightsRequest]:
    stmt = select(RightsRequest).order_by(RightsRequest.received_at, RightsRequest.id)
    if state is not None:
        stmt = stmt.where(RightsRequest.state == state)
    return list(session.scalars(stmt))


@dataclass(frozen=True, slots=True)
class Alert:
    request: RightsRequest
    level: str  # overdue | due_today | no_deadline
    days: int | None


def alerts(session: Session, today: dt.date | None = None) -> list[Alert]:
    """Open requests past their deadline, due today, or with no deadline at all."""
    today = today or china_date(dt.datetime.now(dt.UTC))
    out: list[Alert] = []
    stmt = select(RightsRequest).where(RightsRequest.state.in_(list(OPEN_STATES)))
    for record in session.scalars(stmt.order_by(RightsRequest.due_on, RightsRequest.id)):
        if record.due_on is None:
            out.append(Alert(record, "no_deadline", None))
        elif today > record.due_on:
            out.append(Alert(record, "overdue", (today - record.due_on).days))
        elif today == record.due_on:
            out.append(Alert(record, "due_today", 0))
    return out


def history(session: Session, request_id: str) -> list[AuditEvent]:
    """The request's audit entries, oldest first (who moved it, when, what changed)."""
    get(session, request_id)
    stmt = (
        select(AuditEvent)
        .where(AuditEvent.entity == "dsr_request", AuditEvent.entity_key == request_id)
        .order_by(AuditEvent.id)
    )
    return list(session.scalars(stmt))


def to_dict(record: RightsRequest) -> dict[str, Any]:
    """The request as JSON-ready data: masked previews and hashes only."""

    def iso(value: dt.datetime | dt.date | None) -> str | None:
        return value.isoformat() if value is not None else None

    return {
        "request_id": record.name,
        "kind": record.kind.value,
        "state": record.state.value,
        "channel": record.channel,
        "organisation": record.organisation,
        "identifier_type": record.identifier_type,
        "identifier": record.identifier_masked,
        "subject_hash": record.subject_hash,
        "requester": record.requester_masked,
        "relation": record.relation,
        "scope": list(record.scope or []),
        "note": record.note_masked,
        "received_at": iso(record.received_at),
        "due_on": iso(record.due_on),
        "deadline_basis": record.deadline_basis,
        "deadline_note": record.deadline_note,
        "verified_at": iso(record.verified_at),
        "verification_method": record.verification_method,
        "completed_at": iso(record.completed_at),
        "refusal_reason": record.refusal_reason,
        "closed_at": iso(record.closed_at),
    }
