"""Tables of rights requests, consents, incidents, settings and the audit chain head.

They share the register's metadata (one Alembic history, migration ``0003_respond``) and so
its audit hook: every change here lands in the hash-chained ``audit_event`` trail. Because that
trail can never be edited, these tables never hold raw personal information: people are keyed
hashes (HMAC of a normalised identifier, :mod:`piplkit.map.register.pseudonym`) plus masked
previews, and free text is masked before it is stored.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from piplkit.map.register.models import NAME_LENGTH, Base, Timestamped, enum_column
from piplkit.respond.enums import (
    IncidentGrade,
    IncidentKind,
    IncidentStatus,
    OperatorType,
    PurposeKind,
    RequestKind,
    RequestState,
)

HASH_LENGTH = 64
KEY_LENGTH = 100


class AuditChainHead(Base):
    """The one row naming the last chained audit entry (id, hash, count).

    Writers lock this row (``SELECT … FOR UPDATE`` / a write on SQLite) before appending, so two
    transactions can never both extend the same entry and fork the chain; ``audit verify``
    compares the table's tail with it to notice entries cut off the end.
    """

    __tablename__ = "audit_chain"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(HASH_LENGTH))
    entries: Mapped[int] = mapped_column(Integer, default=0)


class RespondSetting(Timestamped, Base):
    """An organisation setting (e.g. its target for answering requests where the law has none)."""

    __tablename__ = "respond_setting"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class RightsRequest(Timestamped, Base):
    """One individual's rights request, from receipt to closing; ``name`` is the request id."""

    __tablename__ = "dsr_request"
    __table_args__ = (Index("ix_dsr_request_state_due", "state", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(KEY_LENGTH), unique=True)
    fingerprint: Mapped[str] = mapped_column(String(HASH_LENGTH))
    kind: Mapped[RequestKind] = mapped_column(enum_column(RequestKind, "request_kind"))
    state: Mapped[RequestState] = mapped_column(
        enum_column(RequestState, "request_state"), default=RequestState.RECEIVED
    )
    channel: Mapped[str] = mapped_column(String(20))
    #: The organisation (register name) the request was addressed to, when known: the public
    #: form is per organisation, API and CLI callers may name one.
    organisation: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    subject_hash: Mapped[str] = mapped_column(String(HASH_LENGTH), index=True)
    identifier_type: Mapped[str] = mapped_column(String(40))
    identifier_masked: Mapped[str] = mapped_column(String(KEY_LENGTH))
    requester_hash: Mapped[str | None] = mapped_column(String(HASH_LENGTH))
    requester_masked: Mapped[str | None] = mapped_column(String(KEY_LENGTH))
    relation: Mapped[str | None] = mapped_column(String(40))
    scope: Mapped[list[str]] = mapped_column(JSON, default=list)
    note_masked: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    deadline_basis: Mapped[str] = mapped_column(String(30))
    deadline_note: Mapped[str] = mapped_column(Text)
    verified_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    verification_method: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    refusal_reason: Mapped[str | None] = mapped_column(Text)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class ConsentRecord(Timestamped, Base):
    """One consent: who (keyed hash), for which purpose, under which notice text (its hash)."""

    __tablename__ = "consent_record"
    __table_args__ = (Index("ix_consent_record_subject_purpose", "subject_hash", "purpose"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(KEY_LENGTH), unique=True)
    fingerprint: Mapped[str] = mapped_column(String(HASH_LENGTH))
    subject_hash: Mapped[str] = mapped_column(String(HASH_LENGTH))
    identifier_type: Mapped[str] = mapped_column(String(40))
    identifier_masked: Mapped[str] = mapped_column(String(KEY_LENGTH))
    purpose: Mapped[str] = mapped_column(String(NAME_LENGTH))
    purpose_kind: Mapped[PurposeKind] = mapped_column(
        enum_column(PurposeKind, "purpose_kind"), default=PurposeKind.GENERAL
    )
    pi_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    notice_version: Mapped[str] = mapped_column(String(KEY_LENGTH))
    notice_hash: Mapped[str] = mapped_column(String(HASH_LENGTH))
    separate: Mapped[bool] = mapped_column(Boolean, default=False)
    minor: Mapped[bool] = mapped_column(Boolean, default=False)
    guardian_hash: Mapped[str | None] = mapped_column(String(HASH_LENGTH))
    guardian_masked: Mapped[str | None] = mapped_column(String(KEY_LENGTH))
    channel: Mapped[str] = mapped_column(String(20))
    given_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    withdrawal_ref: Mapped[str | None] = mapped_column(String(KEY_LENGTH))


class Incident(Timestamped, Base):
    """A security incident involving PI: grade, reporting deadlines and what was done."""

    __tablename__ = "incident"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(KEY_LENGTH), unique=True)
    fingerprint: Mapped[str] = mapped_column(String(HASH_LENGTH))
    title: Mapped[str] = mapped_column(String(NAME_LENGTH))
    kind: Mapped[IncidentKind] = mapped_column(enum_column(IncidentKind, "incident_kind"))
    operator_type: Mapped[OperatorType] = mapped_column(
        enum_column(OperatorType, "operator_type"), default=OperatorType.OTHER
    )
    status: Mapped[IncidentStatus] = mapped_column(
        enum_column(IncidentStatus, "incident_status"), default=IncidentStatus.OPEN
    )
    discovered_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    occurred_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    individuals_affected: Mapped[int | None] = mapped_column(Integer)
    sensitive_individuals: Mapped[int | None] = mapped_column(Integer)
    assessed_grade: Mapped[IncidentGrade | None] = mapped_column(
        enum_column(IncidentGrade, "assessed_grade")
    )
    assessment_reason: Mapped[str | None] = mapped_column(Text)
    grade: Mapped[IncidentGrade] = mapped_column(enum_column(IncidentGrade, "incident_grade"))
    systems: Mapped[list[str]] = mapped_column(JSON, default=list)
    pi_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    description_masked: Mapped[str | None] = mapped_column(Text)
    cause_masked: Mapped[str | None] = mapped_column(Text)
    measures_masked: Mapped[str | None] = mapped_column(Text)
    reported_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    authority_notified_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    individuals_notified_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    handling_ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    summary_reported_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
