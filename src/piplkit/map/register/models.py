"""The register's tables as SQLAlchemy 2 typed models.

Every entity a person names (organisation, system, dataset, activity, recipient, transfer) has a
unique ``name``: exports, imports and the CLI refer to entities by name, so a register moves
between databases without renumbering. Enumerations are stored as short strings with CHECK
constraints (portable between SQLite and PostgreSQL). The migrations in ``migrations/`` must
describe exactly these tables; a test runs Alembic autogenerate to prove it.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from piplkit.map.register.enums import (
    Grade,
    HarmDegree,
    HarmObject,
    LegalBasis,
    RecipientRole,
    RecordKind,
    Sensitivity,
    TransferMechanism,
    TransferPurpose,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

NAME_LENGTH = 200


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def enum_column(enum: type[StrEnum], name: str) -> Enum:
    """A portable enum: VARCHAR plus a named CHECK constraint, storing the enum's values."""
    return Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=40,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}  # noqa: RUF012


class Timestamped:
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, server_default=func.now()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow, server_default=func.now()
    )


class Organisation(Timestamped, Base):
    """The personal-information handler (or a group company) whose processing is registered."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    uscc: Mapped[str | None] = mapped_column(String(18))
    country: Mapped[str] = mapped_column(String(2), default="CN")
    contact: Mapped[str | None] = mapped_column(Text)
    ciio: Mapped[bool] = mapped_column(Boolean, default=False)
    individuals_processed: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str | None] = mapped_column(Text)
    #: Security and data duties (migration 0008): the day the operator was notified it runs
    #: critical information infrastructure (CII Regulations Art. 10), important-data handler
    #: status with its data security officer (a post, not a person's name) and body (DSL
    #: Art. 27, NDSMR Art. 30), and the facts that start the PI officer and FRT clocks.
    ciio_designated_on: Mapped[dt.date | None] = mapped_column(Date)
    important_data_handler: Mapped[bool] = mapped_column(Boolean, default=False)
    data_security_officer: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    data_security_body: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    officer_threshold_reached_on: Mapped[dt.date | None] = mapped_column(Date)
    face_individuals: Mapped[int | None] = mapped_column(Integer)
    face_threshold_reached_on: Mapped[dt.date | None] = mapped_column(Date)
    processes_minors: Mapped[bool] = mapped_column(Boolean, default=False)

    systems: Mapped[list[System]] = relationship(back_populates="organisation")
    records: Mapped[list[ComplianceRecord]] = relationship(
        back_populates="organisation",
        cascade="all, delete-orphan",
        order_by="(ComplianceRecord.kind, ComplianceRecord.done_on)",
    )


class System(Timestamped, Base):
    """An application, database or service where PI lives, with its MLPS and CII status.

    MLPS (migration 0008): the level (1-5) and the GB/T 22240-2020 elements it was graded from
    (object harmed × degree of harm, for business information and for the system service),
    the rationale, expert review, go-live, filing with the public security organ and its
    number; CII: whether the protection department designated the system critical
    information infrastructure, and when.
    """

    __tablename__ = "system"
    __table_args__ = (CheckConstraint("mlps_level BETWEEN 1 AND 5", name="mlps_level_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    owner: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    location: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    description: Mapped[str | None] = mapped_column(Text)
    mlps_level: Mapped[int | None] = mapped_column(Integer)
    mlps_business_object: Mapped[HarmObject | None] = mapped_column(
        enum_column(HarmObject, "mlps_business_object")
    )
    mlps_business_degree: Mapped[HarmDegree | None] = mapped_column(
        enum_column(HarmDegree, "mlps_business_degree")
    )
    mlps_service_object: Mapped[HarmObject | None] = mapped_column(
        enum_column(HarmObject, "mlps_service_object")
    )
    mlps_service_degree: Mapped[HarmDegree | None] = mapped_column(
        enum_column(HarmDegree, "mlps_service_degree")
    )
    mlps_rationale: Mapped[str | None] = mapped_column(Text)
    mlps_graded_on: Mapped[dt.date | None] = mapped_column(Date)
    mlps_expert_reviewed_on: Mapped[dt.date | None] = mapped_column(Date)
    live_on: Mapped[dt.date | None] = mapped_column(Date)
    mlps_filed_on: Mapped[dt.date | None] = mapped_column(Date)
    mlps_filing_number: Mapped[str | None] = mapped_column(String(100))
    mlps_filing_authority: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    sector: Mapped[str | None] = mapped_column(String(40))
    cii: Mapped[bool] = mapped_column(Boolean, default=False)
    cii_designated_on: Mapped[dt.date | None] = mapped_column(Date)
    cii_protection_department: Mapped[str | None] = mapped_column(String(NAME_LENGTH))

    organisation: Mapped[Organisation | None] = relationship(back_populates="systems")
    datasets: Mapped[list[Dataset]] = relationship(back_populates="system")
    rectifications: Mapped[list[Rectification]] = relationship(
        back_populates="system",
        cascade="all, delete-orphan",
        order_by="Rectification.title",
    )
    records: Mapped[list[ComplianceRecord]] = relationship(
        back_populates="system",
        cascade="all, delete-orphan",
        order_by="(ComplianceRecord.kind, ComplianceRecord.done_on)",
    )


class Rectification(Base):
    """An MLPS rectification item (整改, MLPS Measures 2007 Art. 14 para. 3) of a system.

    The Measures require a rectification plan where a test or self-inspection finds the level's
    requirements unmet, and set no period: ``due_on`` is the organisation's plan or the date a
    public security notice set.
    """

    __tablename__ = "mlps_rectification"
    __table_args__ = (UniqueConstraint("system_id", "title"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    system_id: Mapped[int] = mapped_column(ForeignKey("system.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(NAME_LENGTH))
    found_on: Mapped[dt.date | None] = mapped_column(Date)
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)

    system: Mapped[System] = relationship(back_populates="rectifications")


class ComplianceRecord(Base):
    """A duty done on a date (a test, an audit, a report, a filing): see ``RecordKind``.

    Exactly one of organisation and system: the record belongs to whoever the duty binds.
    """

    __tablename__ = "compliance_record"
    __table_args__ = (
        CheckConstraint("(organisation_id IS NULL) <> (system_id IS NULL)", name="one_subject"),
        Index("ix_compliance_record_kind_done", "kind", "done_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    system_id: Mapped[int | None] = mapped_column(
        ForeignKey("system.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[RecordKind] = mapped_column(enum_column(RecordKind, "record_kind"))
    done_on: Mapped[dt.date] = mapped_column(Date)
    performed_by: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    reference: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    note: Mapped[str | None] = mapped_column(Text)

    organisation: Mapped[Organisation | None] = relationship(back_populates="records")
    system: Mapped[System | None] = relationship(back_populates="records")


class Dataset(Timestamped, Base):
    """A table, file or collection with its columns and what PI they hold."""

    __tablename__ = "dataset"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    system_id: Mapped[int | None] = mapped_column(
        ForeignKey("system.id", ondelete="SET NULL"), index=True
    )
    source: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(String(40))
    rows: Mapped[int | None] = mapped_column(Integer)
    grade: Mapped[Grade] = mapped_column(enum_column(Grade, "grade"), default=Grade.GENERAL)
    sensitivity: Mapped[Sensitivity] = mapped_column(
        enum_column(Sensitivity, "sensitivity"), default=Sensitivity.NONE
    )
    scanned_on: Mapped[dt.date | None] = mapped_column(Date)
    description: Mapped[str | None] = mapped_column(Text)
    #: What the last scan saw: PI categories (GB/T 35273-2020 Annex A ids), records of minors,
    #: and the grading (basis, reasons, facts that could raise the grade; GB/T 43697-2024).
    categories: Mapped[list[str] | None] = mapped_column(JSON, default=list)
    minors: Mapped[int | None] = mapped_column(Integer)
    grading: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: A grade set by hand carries why and when (migration 0008); important data is
    #: identified and declared by the handler, then confirmed by the region or department that
    #: notifies it or publishes it (NDSMR Art. 29), from a catalogue (DSL Art. 21).
    grade_reason: Mapped[str | None] = mapped_column(Text)
    grade_set_on: Mapped[dt.date | None] = mapped_column(Date)
    important_identified_on: Mapped[dt.date | None] = mapped_column(Date)
    important_declared_on: Mapped[dt.date | None] = mapped_column(Date)
    important_notified_on: Mapped[dt.date | None] = mapped_column(Date)
    important_catalogue: Mapped[str | None] = mapped_column(String(NAME_LENGTH))

    system: Mapped[System | None] = relationship(back_populates="datasets")
    columns: Mapped[list[DatasetColumn]] = relationship(
        back_populates="dataset",
        cascade="all, delete-orphan",
        order_by="DatasetColumn.position",
    )


class DatasetColumn(Base):
    """One column of a dataset; ``pi_type`` is a catalogue id (``law/data/pi_types.yaml``)."""

    __tablename__ = "dataset_column"
    __table_args__ = (UniqueConstraint("dataset_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    pi_type: Mapped[str | None] = mapped_column(String(60))
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    confidence: Mapped[float | None]
    matches: Mapped[int | None] = mapped_column(Integer)
    sampled: Mapped[int | None] = mapped_column(Integer)
    examples_masked: Mapped[list[str]] = mapped_column(JSON, default=list)

    dataset: Mapped[Dataset] = relationship(back_populates="columns")


class ProcessingActivity(Timestamped, Base):
    """A record of processing: purpose, lawful basis (PIPL Art. 13), PI, retention, consents."""

    __tablename__ = "processing_activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    purpose: Mapped[str] = mapped_column(Text)
    legal_basis: Mapped[LegalBasis] = mapped_column(enum_column(LegalBasis, "legal_basis"))
    pi_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    sensitive_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    individuals_count: Mapped[int | None] = mapped_column(Integer)
    retention: Mapped[str | None] = mapped_column(Text)
    retention_days: Mapped[int | None] = mapped_column(Integer)
    separate_consents: Mapped[list[str]] = mapped_column(JSON, default=list)
    automated_decision_making: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str | None] = mapped_column(Text)

    organisation: Mapped[Organisation | None] = relationship()
    datasets: Mapped[list[Dataset]] = relationship(
        secondary="activity_dataset", order_by="Dataset.name"
    )


class ActivityDataset(Base):
    """Which datasets a processing activity uses."""

    __tablename__ = "activity_dataset"

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("processing_activity.id", ondelete="CASCADE"), primary_key=True
    )
    dataset_id: Mapped[int] = mapped_column(
        ForeignKey("dataset.id", ondelete="CASCADE"), primary_key=True
    )


class Recipient(Timestamped, Base):
    """Whoever receives PI: a third party, an entrusted processor or a joint handler."""

    __tablename__ = "recipient"
    __table_args__ = (CheckConstraint("length(country) = 2", name="country_iso2"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    role: Mapped[RecipientRole] = mapped_column(enum_column(RecipientRole, "recipient_role"))
    country: Mapped[str] = mapped_column(String(2))
    contact: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)

    transfers: Mapped[list[Transfer]] = relationship(back_populates="recipient")


class Transfer(Timestamped, Base):
    """A provision of a dataset to a recipient: purpose, route and its filing references."""

    __tablename__ = "transfer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    dataset_id: Mapped[int] = mapped_column(
        ForeignKey("dataset.id", ondelete="RESTRICT"), index=True
    )
    recipient_id: Mapped[int] = mapped_column(
        ForeignKey("recipient.id", ondelete="RESTRICT"), index=True
    )
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("processing_activity.id", ondelete="SET NULL"), index=True
    )
    purpose: Mapped[TransferPurpose] = mapped_column(
        enum_column(TransferPurpose, "transfer_purpose"), default=TransferPurpose.OTHER
    )
    purpose_description: Mapped[str | None] = mapped_column(Text)
    mechanism: Mapped[TransferMechanism] = mapped_column(
        enum_column(TransferMechanism, "transfer_mechanism"), default=TransferMechanism.UNDECIDED
    )
    filing_references: Mapped[list[str]] = mapped_column(JSON, default=list)
    mechanism_effective_on: Mapped[dt.date | None] = mapped_column(Date)
    important_data: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str | None] = mapped_column(Text)
    #: The PI types (catalogue ids) this recipient receives, where it is not every PI type of
    #: the dataset: an SDK embedded in an app receives only what it collects (the app's
    #: sharing list names it per recipient). None means "the dataset's PI".
    pi_categories: Mapped[list[str] | None] = mapped_column(JSON)

    dataset: Mapped[Dataset] = relationship()
    recipient: Mapped[Recipient] = relationship(back_populates="transfers")
    activity: Mapped[ProcessingActivity | None] = relationship()


class LedgerBatch(Base):
    """One recorded export batch of a transfer: what the file held, counted, never its values."""

    __tablename__ = "ledger_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    transfer_id: Mapped[int] = mapped_column(
        ForeignKey("transfer.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    source_name: Mapped[str] = mapped_column(Text)
    source_sha256: Mapped[str] = mapped_column(String(64))
    id_column: Mapped[str] = mapped_column(String(NAME_LENGTH))
    sensitive_columns: Mapped[list[str]] = mapped_column(JSON, default=list)
    rows: Mapped[int] = mapped_column(Integer)
    rows_without_id: Mapped[int] = mapped_column(Integer, default=0)
    individuals: Mapped[int] = mapped_column(Integer)
    new_individuals: Mapped[int] = mapped_column(Integer)
    sensitive_individuals: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(NAME_LENGTH))

    transfer: Mapped[Transfer] = relationship()


class LedgerSubject(Base):
    """A keyed hash of one exported individual, once per transfer and calendar year.

    Distinct counts over any number of batches are row counts here. The hash is a pseudonym:
    without the key (kept outside the database) it cannot be linked back to a person.
    """

    __tablename__ = "ledger_subject"

    transfer_id: Mapped[int] = mapped_column(
        ForeignKey("transfer.id", ondelete="CASCADE"), primary_key=True
    )
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    first_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("ledger_batch.id", ondelete="SET NULL")
    )


class LedgerKey(Base):
    """A fingerprint of the HMAC key in use, so a different key fails instead of double-counting."""

    __tablename__ = "ledger_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditEvent(Base):
    """Append-only trail of every change: who, when, what (database triggers refuse edits).

    ``prev_hash``/``hash`` are left empty here; the hash chain (issue 5) fills them.
    """

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(NAME_LENGTH))
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(60))
    entity_key: Mapped[str | None] = mapped_column(Text)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


#: Tables whose rows are register entities named by ``name``, in dependency order.
NAMED_ENTITIES: tuple[type[Base], ...] = (
    Organisation,
    System,
    Dataset,
    ProcessingActivity,
    Recipient,
    Transfer,
)
