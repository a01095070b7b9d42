"""Repositories: create, read, update, delete register entities by name, inside a session.

One generic repository handles what every entity shares (lookup by name, pagination, conflicts);
small subclasses say how an entity's references (by name) map to rows. Functions never commit:
the caller's ``Register.write()`` block decides the transaction, so a multi-step import is
all-or-nothing. The REST API and the web UI can call these directly with pydantic input.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, ClassVar, Generic, TypeVar

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from piplkit.map.register.errors import ConflictError, NotFoundError
from piplkit.map.register.models import (
    Base,
    ComplianceRecord,
    Dataset,
    DatasetColumn,
    Organisation,
    ProcessingActivity,
    Recipient,
    Rectification,
    System,
    Transfer,
)
from piplkit.map.register.schemas import (
    ActivityIn,
    ColumnIn,
    DatasetIn,
    OrganisationIn,
    RecipientIn,
    RecordIn,
    RectificationIn,
    SystemIn,
    TransferIn,
    validate,
)

M = TypeVar("M", bound=Base)
S = TypeVar("S", bound=BaseModel)

_STAMPS = ("created_at", "updated_at")


def as_utc(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite returns naive datetimes for what was stored as UTC; make them aware."""
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Repository(Generic[M, S]):
    """Shared behaviour of named entities."""

    model: type[M]
    schema: type[S]
    label: str
    plural: str = ""
    #: field in the schema → (model relationship attribute, repository of the referred entity)
    refs: ClassVar[dict[str, tuple[str, str]]] = {}
    #: schema fields handled by the subclass, not copied onto the model
    special: ClassVar[frozenset[str]] = frozenset()

    @property
    def label_plural(self) -> str:
        return self.plural or f"{self.label}s"

    # --- reading ---------------------------------------------------------------------------
    def find(self, session: Session, name: str) -> M | None:
        stmt = select(self.model).where(self.model.name == name)  # type: ignore[attr-defined]
        return session.scalars(stmt).one_or_none()

    def get(self, session: Session, name: str) -> M:
        obj = self.find(session, name)
        if obj is None:
            raise NotFoundError(f"no {self.label} named {name!r}")
        return obj

    def list(self, session: Session, *, offset: int = 0, limit: int | None = None) -> list[M]:
        stmt = select(self.model).order_by(self.model.name).offset(offset)  # type: ignore[attr-defined]
        if limit is not None:
            stmt = stmt.limit(limit)
        return list(session.scalars(stmt))

    def count(self, session: Session) -> int:
        return int(session.scalar(select(func.count()).select_from(self.model)) or 0)

    def dump(self, obj: M) -> S:
        data: dict[str, Any] = {}
        for field in self.schema.model_fields:
            if field in self.refs:
                related = getattr(obj, self.refs[field][0])
                data[field] = related.name if related is not None else None
            elif field in _STAMPS:
                data[field] = as_utc(getattr(obj, field))
            elif field not in self.special:
                data[field] = getattr(obj, field)
        data.update(self.dump_special(obj))
        return self.schema.model_validate(data)

    def dump_special(self, obj: M) -> dict[str, Any]:
        return {}

    # --- writing ---------------------------------------------------------------------------
    def create(self, session: Session, data: S) -> M:
        name = data.name  # type: ignore[attr-defined]
        if self.find(session, name) is not None:
            raise ConflictError(f"a {self.label} named {name!r} already exists")
        obj = self.model()
        self._apply(session, obj, data)
        session.add(obj)
        session.flush()
        return obj

    def upsert(self, session: Session, data: S) -> tuple[M, bool]:
        """Create, or overwrite every field of the existing entity; True when created."""
        obj = self.find(session, data.name)  # type: ignore[attr-defined]
        if obj is None:
            return self.create(session, data), True
        self._apply(session, obj, data)
        session.flush()
        return obj, False

    def update(self, session: Session, name: str, changes: dict[str, Any]) -> M:
        """Change some fields; the merged entity is validated as a whole."""
        obj = self.get(session, name)
        current = self.dump(obj).model_dump()
        merged = {**current, **changes}
        for stamp in _STAMPS:
            merged.pop(stamp, None)
        data = validate(self.schema, merged, f"{self.label} {name!r}")
        new_name = data.name  # type: ignore[attr-defined]
        if new_name != name and self.find(session, new_name) is not None:
            raise ConflictError(f"a {self.label} named {new_name!r} already exists")
        self._apply(session, obj, data)
        session.flush()
        return obj

    def delete(self, session: Session, name: str) -> None:
        obj = self.get(session, name)
        self.check_unreferenced(session, obj)
        session.delete(obj)
        session.flush()

    def check_unreferenced(self, session: Session, obj: M) -> None:
        return None

    def _apply(self, session: Session, obj: M, data: S) -> None:
        # Looking up references must not flush a half-built entity.
        with session.no_autoflush:
            self._apply_fields(session, obj, data)

    def _apply_fields(self, session: Session, obj: M, data: S) -> None:
        fields = data.model_dump()
        for field, value in fields.items():
            if field in self.special:
                continue
            if field in self.refs:
                attr, repo_key = self.refs[field]
                target = REPOSITORIES[repo_key].get(session, value) if value is not None else None
                setattr(obj, attr, target)
            elif field in _STAMPS:
                if value is not None:
                    setattr(obj, field, value)
            else:
                setattr(obj, field, getattr(data, field))
        self.apply_special(session, obj, data)

    def apply_special(self, session: Session, obj: M, data: S) -> None:
        return None


def dump_records(records: Sequence[ComplianceRecord]) -> list[RecordIn]:
    return [
        RecordIn(
            kind=r.kind,
            done_on=r.done_on,
            performed_by=r.performed_by,
            reference=r.reference,
            note=r.note,
        )
        for r in sorted(records, key=lambda r: (r.kind.value, r.done_on))
    ]


def set_records(owner: Organisation | System, records: Sequence[RecordIn]) -> None:
    """Make the owner's records exactly ``records``: keep matching rows, add new, drop missing."""
    existing = {(r.kind, r.done_on): r for r in owner.records}
    kept: list[ComplianceRecord] = []
    for rec in records:
        row = existing.pop((rec.kind, rec.done_on), None) or ComplianceRecord(
            kind=rec.kind, done_on=rec.done_on
        )
        row.performed_by = rec.performed_by
        row.reference = rec.reference
        row.note = rec.note
        kept.append(row)
    owner.records = kept


class OrganisationRepository(Repository[Organisation, OrganisationIn]):
    model = Organisation
    schema = OrganisationIn
    label = "organisation"
    special = frozenset({"records"})

    def dump_special(self, obj: Organisation) -> dict[str, Any]:
        return {"records": dump_records(obj.records)}

    def apply_special(self, session: Session, obj: Organisation, data: OrganisationIn) -> None:
        set_records(obj, data.records)


class SystemRepository(Repository[System, SystemIn]):
    model = System
    schema = SystemIn
    label = "system"
    refs: ClassVar[dict[str, tuple[str, str]]] = {"organisation": ("organisation", "organisation")}
    special = frozenset({"records", "rectifications"})

    def dump_special(self, obj: System) -> dict[str, Any]:
        return {
            "records": dump_records(obj.records),
            "rectifications": [
                RectificationIn(
                    title=r.title,
                    found_on=r.found_on,
                    due_on=r.due_on,
                    closed_on=r.closed_on,
                    source=r.source,
                    note=r.note,
                )
                for r in obj.rectifications
            ],
        }

    def apply_special(self, session: Session, obj: System, data: SystemIn) -> None:
        set_records(obj, data.records)
        existing = {r.title: r for r in obj.rectifications}
        kept: list[Rectification] = []
        for item in data.rectifications:
            row = existing.pop(item.title, None) or Rectification(title=item.title)
            for field in ("found_on", "due_on", "closed_on", "source", "note"):
                setattr(row, field, getattr(item, field))
            kept.append(row)
        obj.rectifications = sorted(kept, key=lambda r: r.title)


class DatasetRepository(Repository[Dataset, DatasetIn]):
    model = Dataset
    schema = DatasetIn
    label = "dataset"
    refs: ClassVar[dict[str, tuple[str, str]]] = {"system": ("system", "system")}
    special = frozenset({"columns"})

    def dump_special(self, obj: Dataset) -> dict[str, Any]:
        return {
            "columns": [
                ColumnIn(
                    name=c.name,
                    pi_type=c.pi_type,
                    sensitive=c.sensitive,
                    confidence=c.confidence,
                    matches=c.matches,
                    sampled=c.sampled,
                    examples_masked=list(c.examples_masked or []),
                )
                for c in obj.columns
            ]
        }

    def apply_special(self, session: Session, obj: Dataset, data: DatasetIn) -> None:
        set_columns(session, obj, data.columns)

    def check_unreferenced(self, session: Session, obj: Dataset) -> None:
        users = session.scalars(select(Transfer.name).where(Transfer.dataset_id == obj.id)).all()
        if users:
            raise ConflictError(
                f"dataset {obj.name!r} is used by transfer(s) {', '.join(sorted(users))}; "
                "delete or change those first"
            )


def set_columns(session: Session, dataset: Dataset, columns: Sequence[ColumnIn]) -> None:
    """Make the dataset's columns exactly ``columns``: update by name, add new, drop missing."""
    names = [c.name for c in columns]
    if len(names) != len(set(names)):
        dupes = sorted({n for n in names if names.count(n) > 1})
        raise ConflictError(f"dataset {dataset.name!r} lists column(s) twice: {', '.join(dupes)}")
    existing = {c.name: c for c in dataset.columns}
    kept: list[DatasetColumn] = []
    for position, col in enumerate(columns):
        row = existing.pop(col.name, None) or DatasetColumn(name=col.name)
        row.position = position
        row.pi_type = col.pi_type
        row.sensitive = col.sensitive
        row.confidence = col.confidence
        row.matches = col.matches
        row.sampled = col.sampled
        row.examples_masked = list(col.examples_masked)
        kept.append(row)
    dataset.columns = kept
    if existing:
        session.flush()


class ActivityRepository(Repository[ProcessingActivity, ActivityIn]):
    model = ProcessingActivity
    schema = ActivityIn
    label = "processing activity"
    plural = "processing activities"
    refs: ClassVar[dict[str, tuple[str, str]]] = {"organisation": ("organisation", "organisation")}
    special = frozenset({"datasets", "pi_categories", "sensitive_categories", "separate_consents"})

    def dump_special(self, obj: ProcessingActivity) -> dict[str, Any]:
        return {
            "datasets": [d.name for d in obj.datasets],
            "pi_categories": list(obj.pi_categories or []),
            "sensitive_categories": list(obj.sensitive_categories or []),
            "separate_consents": list(obj.separate_consents or []),
        }

    def apply_special(self, session: Session, obj: ProcessingActivity, data: ActivityIn) -> None:
        obj.pi_categories = list(dict.fromkeys(data.pi_categories))
        obj.sensitive_categories = [c.value for c in dict.fromkeys(data.sensitive_categories)]
        obj.separate_consents = [c.value for c in dict.fromkeys(data.separate_consents)]
        datasets = REPOSITORIES["dataset"]
        obj.datasets = [datasets.get(session, n) for n in dict.fromkeys(data.datasets)]


class RecipientRepository(Repository[Recipient, RecipientIn]):
    model = Recipient
    schema = RecipientIn
    label = "recipient"

    def check_unreferenced(self, session: Session, obj: Recipient) -> None:
        users = session.scalars(select(Transfer.name).where(Transfer.recipient_id == obj.id)).all()
        if users:
            raise ConflictError(
                f"recipient {obj.name!r} is used by transfer(s) {', '.join(sorted(users))}; "
                "delete or change those first"
            )


class TransferRepository(Repository[Transfer, TransferIn]):
    model = Transfer
    schema = TransferIn
    label = "transfer"
    refs: ClassVar[dict[str, tuple[str, str]]] = {
        "dataset": ("dataset", "dataset"),
        "recipient": ("recipient", "recipient"),
        "activity": ("activity", "activity"),
    }
    special = frozenset({"filing_references"})

    def dump_special(self, obj: Transfer) -> dict[str, Any]:
        return {"filing_references": list(obj.filing_references or [])}

    def apply_special(self, session: Session, obj: Transfer, data: TransferIn) -> None:
        obj.filing_references = list(dict.fromkeys(data.filing_references))


#: Repositories by entity key, in dependency order (referenced entities first).
REPOSITORIES: dict[str, Repository[Any, Any]] = {
    "organisation": OrganisationRepository(),
    "system": SystemRepository(),
    "dataset": DatasetRepository(),
    "activity": ActivityRepository(),
    "recipient": RecipientRepository(),
    "transfer": TransferRepository(),
}

organisations = REPOSITORIES["organisation"]
systems = REPOSITORIES["system"]
datasets = REPOSITORIES["dataset"]
activities = REPOSITORIES["activity"]
recipients = REPOSITORIES["recipient"]
transfers = REPOSITORIES["transfer"]
