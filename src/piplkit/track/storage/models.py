"""Tables of the regulatory tracker: documents, developments, review items and accepted events.

They share the register's metadata (migration ``0004_track``) and so its hash-chained audit
trail. A development is the stored form of :class:`piplkit.track.model.Development`; what it
implies for the law knowledge base (a status event of a known instrument, a new instrument
record) becomes a :class:`TrackReview` item and is written as an
:class:`InstrumentStatusEvent` / :class:`TrackedInstrument` only when a person accepts it. The
shipped law YAML is never edited at run time.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from piplkit.map.register.models import NAME_LENGTH, Base, enum_column, utcnow

HASH_LENGTH = 64
KEY_LENGTH = 160


class DevelopmentKind(StrEnum):
    LEGISLATION = "legislation"
    ENFORCEMENT = "enforcement"
    JUDICIAL = "judicial"
    INDUSTRY = "industry"
    OTHER = "other"


class ReviewKind(StrEnum):
    STATUS_EVENT = "status_event"
    NEW_INSTRUMENT = "new_instrument"


class ReviewState(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class TrackDocument(Base):
    """One ingested update document, identified by the SHA-256 of its bytes."""

    __tablename__ = "track_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(HASH_LENGTH), unique=True)
    filename: Mapped[str] = mapped_column(Text)
    layout: Mapped[str] = mapped_column(String(20))
    published: Mapped[dt.date | None] = mapped_column(Date)
    sources: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    developments: Mapped[list[TrackDevelopment]] = relationship(
        back_populates="document", order_by="TrackDevelopment.position"
    )


class TrackDevelopment(Base):
    """One development of a document; ``name`` is a stable key (document hash + item key)."""

    __tablename__ = "track_development"
    __table_args__ = (
        UniqueConstraint("document_id", "item_key"),
        Index("ix_track_development_date_kind", "date", "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(KEY_LENGTH), unique=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("track_document.id", ondelete="CASCADE"), index=True
    )
    item_key: Mapped[str] = mapped_column(String(HASH_LENGTH))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date)
    #: the extracted date as written (``2022-12`` when only the month is known); ``date`` holds
    #: its first day, for sorting and filtering
    date_text: Mapped[str | None] = mapped_column(String(10))
    kind: Mapped[DevelopmentKind] = mapped_column(
        enum_column(DevelopmentKind, "development_kind"), default=DevelopmentKind.OTHER
    )
    authorities: Mapped[list[str]] = mapped_column(JSON, default=list)
    instruments: Mapped[list[Any]] = mapped_column(JSON, default=list)
    instrument_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    penalty_cny: Mapped[float | None] = mapped_column(Float)
    footnotes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    sources: Mapped[list[str]] = mapped_column(JSON, default=list)
    summary: Mapped[str] = mapped_column(Text, default="")
    section: Mapped[str | None] = mapped_column(Text)
    warnings: Mapped[list[str]] = mapped_column(JSON, default=list)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    document: Mapped[TrackDocument] = relationship(back_populates="developments")


class TrackReview(Base):
    """A change to the law knowledge base a development implies, waiting for a person's decision.

    ``name`` says what would change (``status:pipl:in_force:2021-11-01``, ``instrument:slug``)
    and is unique, so the same implication read in several documents is reviewed once.
    """

    __tablename__ = "track_review"
    __table_args__ = (Index("ix_track_review_state", "state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(KEY_LENGTH), unique=True)
    kind: Mapped[ReviewKind] = mapped_column(enum_column(ReviewKind, "review_kind"))
    state: Mapped[ReviewState] = mapped_column(
        enum_column(ReviewState, "review_state"), default=ReviewState.PENDING
    )
    development_id: Mapped[int | None] = mapped_column(
        ForeignKey("track_development.id", ondelete="SET NULL"), index=True
    )
    instrument_id: Mapped[str] = mapped_column(String(NAME_LENGTH))
    proposal: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    decided_by: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    note: Mapped[str | None] = mapped_column(Text)

    development: Mapped[TrackDevelopment | None] = relationship()


class TrackedInstrument(Base):
    """An instrument the knowledge base did not know, recorded when its proposal was accepted."""

    __tablename__ = "tracked_instrument"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    title: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(5), default="en")
    issuers: Mapped[list[str]] = mapped_column(JSON, default=list)
    effective: Mapped[dt.date | None] = mapped_column(Date)
    review_id: Mapped[int | None] = mapped_column(
        ForeignKey("track_review.id", ondelete="SET NULL")
    )
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class InstrumentStatusEvent(Base):
    """An accepted status change of an instrument (known or tracked), with its evidence."""

    __tablename__ = "instrument_status_event"
    __table_args__ = (UniqueConstraint("instrument_id", "status", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(KEY_LENGTH), unique=True)
    instrument_id: Mapped[str] = mapped_column(String(NAME_LENGTH), index=True)
    status: Mapped[str] = mapped_column(String(40))
    date: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    review_id: Mapped[int | None] = mapped_column(
        ForeignKey("track_review.id", ondelete="SET NULL")
    )
    development_id: Mapped[int | None] = mapped_column(
        ForeignKey("track_development.id", ondelete="SET NULL")
    )
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
