"""Where a person's data is: the transfer ledger, the register's datasets and their sources.

Everything is matched by keyed hash, never by the raw identifier: the ledger already stores
HMACs of exported identifiers, and a dataset's source file (when it is a readable local table)
is read, its identifier column normalised and hashed with the same key, and compared. The
result is counts and names only — which datasets, how many rows, which transfers in which
years — so it can go into a report or a log without exposing anyone.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from piplkit.map.register.errors import InvalidInputError
from piplkit.map.register.ledger_files import read_export
from piplkit.map.register.models import (
    Dataset,
    DatasetColumn,
    LedgerSubject,
    ProcessingActivity,
    Recipient,
    Transfer,
)
from piplkit.map.register.pseudonym import normalise_identifier, subject_hash
from piplkit.respond.models import ConsentRecord, RightsRequest

_TABLE_SUFFIXES = {".csv", ".tsv", ".xlsx", ".json", ".jsonl", ".parquet"}


@dataclass(frozen=True, slots=True)
class LedgerHit:
    transfer: str
    dataset: str
    recipient: str
    country: str
    year: int
    sensitive: bool


@dataclass(frozen=True, slots=True)
class DatasetHit:
    dataset: str
    system: str | None
    column: str
    columns: list[str]
    activities: list[str]
    rows_matched: int | None  # None: the source could not be searched
    searched: str  # how: "source file", or why not


@dataclass(slots=True)
class Location:
    subject_hash: str
    identifier_type: str
    ledger: list[LedgerHit] = field(default_factory=list)
    datasets: list[DatasetHit] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    consents: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _ledger_hits(session: Session, digest: str) -> list[LedgerHit]:
    stmt = (
        select(LedgerSubject, Transfer, Dataset, Recipient)
        .join(Transfer, LedgerSubject.transfer_id == Transfer.id)
        .join(Dataset, Transfer.dataset_id == Dataset.id)
        .join(Recipient, Transfer.recipient_id == Recipient.id)
        .where(LedgerSubject.subject_hash == digest)
        .order_by(Transfer.name, LedgerSubject.year)
    )
    return [
        LedgerHit(t.name, d.name, r.name, r.country, int(s.year), bool(s.sensitive))
        for s, t, d, r in session.execute(stmt)
    ]


def _search_source(
    source: str | None, column: str, digest: str, key: bytes, base: Path | None
) -> tuple[int | None, str]:
    if not source:
        return None, "no source recorded"
    path = Path(source)
    if not path.is_absolute() and base is not None:
        path = base / path
    if path.suffix.lower() not in _TABLE_SUFFIXES or not path.is_file():
        return None, "source is not a readable local table"
    try:
        columns, rows, _ = read_export(path)
    except InvalidInputError as exc:
        return None, f"source unreadable ({str(exc).split(': ', 1)[-1][:120]})"
    if column not in columns:
        return None, f"source has no column {column!r}"
    index = columns.index(column)
    matched = 0
    try:
        for row in rows:
            value = normalise_identifier(row[index] if index < len(row) else None)
            if value is not None and subject_hash(key, value) == digest:
                matched += 1
    except InvalidInputError as exc:
        return None, f"source unreadable ({str(exc).split(': ', 1)[-1][:120]})"
    return matched, "source file"


def locate(
    session: Session,
    digest: str,
    identifier_type: str,
    *,
    key: bytes,
    search_sources: bool = True,
    base: Path | None = None,
) -> Location:
    """Every place the register knows of that holds (or may hold) the person's data."""
    out = Location(digest, identifier_type, ledger=_ledger_hits(session, digest))
    stmt = (
        select(DatasetColumn, Dataset)
        .join(Dataset, DatasetColumn.dataset_id == Dataset.id)
        .where(DatasetColumn.pi_type == identifier_type)
        .order_by(Dataset.name, DatasetColumn.position)
    )
    for column, dataset in session.execute(stmt):
        activities = [
            a.name
            for a in session.scalars(
                select(ProcessingActivity).where(ProcessingActivity.datasets.contains(dataset))
            )
        ]
        if search_sources:
            rows, how = _search_source(dataset.source, column.name, digest, key, base)
        else:
            rows, how = None, "not searched"
        out.datasets.append(
            DatasetHit(
                dataset.name,
                dataset.system.name if dataset.system else None,
                column.name,
                [c.name for c in dataset.columns],
                activities,
                rows,
                how,
            )
        )
    out.requests = list(
        session.scalars(
            select(RightsRequest.name)
            .where(RightsRequest.subject_hash == digest)
            .order_by(RightsRequest.id)
        )
    )
    out.consents = list(
        session.scalars(
            select(ConsentRecord.name)
            .where(ConsentRecord.subject_hash == digest)
            .order_by(ConsentRecord.id)
        )
    )
    return out
