"""The transfer ledger: how many distinct individuals each transfer exported, per calendar year.

``add_batch`` reads an export file, hashes each row's identifier with the HMAC key, and stores
the hashes of the transfer-year that were not seen before. Distinct counts over any number of
batches are then row counts of ``ledger_subject``: the same person in two batches of one year
counts once, and once again in a new year (the law counts per calendar year). A person counts
as a sensitive-PI individual when any of their exported rows has a value in a sensitive column.
Raw identifiers never reach the database; the key never does either.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Integer, func, insert, select, update
from sqlalchemy.orm import Session

from piplkit.register.audit import record_event
from piplkit.register.errors import InvalidInputError
from piplkit.register.models import (
    Dataset,
    LedgerBatch,
    LedgerKey,
    LedgerSubject,
    Recipient,
    Transfer,
)
from piplkit.register.pseudonym import (
    LedgerKeyError,
    key_fingerprint,
    normalise_identifier,
    subject_hash,
)
from piplkit.register.repository import transfers

#: Hashes per IN (...) query / insert statement: well under SQLite's variable limit.
_CHUNK = 500


@dataclass(slots=True)
class BatchRows:
    """What a file held, reduced to hashes: {hash: sensitive} plus counts for the report."""

    subjects: dict[str, bool] = field(default_factory=dict)
    rows: int = 0
    rows_without_id: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class BatchResult:
    transfer: str
    year: int
    batch_id: int
    id_column: str
    rows: int
    rows_without_id: int
    individuals: int
    new_individuals: int
    sensitive_individuals: int
    year_individuals: int
    year_sensitive_individuals: int
    sensitive_columns: tuple[str, ...]
    warnings: tuple[str, ...]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_export(path: Path) -> tuple[list[str], Iterator[list[str | None]], list[str]]:
    """Columns, rows and reader warnings of an export file, through ``piplkit.scan``'s readers."""
    from piplkit.scan.sources import kind_of, open_source
    from piplkit.scan.tables import ReadError, Table

    kind = kind_of(path)
    if kind not in {"csv", "tsv", "xlsx", "json", "jsonl", "parquet"}:
        raise InvalidInputError(
            f"{path}: not a CSV, TSV, XLSX, JSON, JSONL or Parquet file (by its extension)"
        )
    try:
        opened = [t for t in open_source(path, kind, sampling=False) if isinstance(t, Table)]
    except ReadError as exc:
        raise InvalidInputError(f"{path}: {exc}") from None
    if not opened:
        raise InvalidInputError(f"{path}: holds no table of records")
    if len(opened) > 1:
        names = ", ".join(repr(t.name) for t in opened)
        raise InvalidInputError(
            f"{path}: has several sheets ({names}); export one sheet per file for the ledger"
        )
    table = opened[0]

    def rows() -> Iterator[list[str | None]]:
        try:
            for batch in table.read(None):
                yield from batch
        except ReadError as exc:
            raise InvalidInputError(f"{path}: {exc}") from None

    return list(table.columns), rows(), table.warnings


def hash_rows(
    columns: Sequence[str],
    rows: Iterable[Sequence[str | None]],
    *,
    key: bytes,
    id_column: str,
    sensitive_columns: Sequence[str],
    source: str,
) -> BatchRows:
    """Hash each row's identifier; mark the person sensitive when a sensitive column has a value."""
    missing = [c for c in [id_column, *sensitive_columns] if c not in columns]
    if missing:
        raise InvalidInputError(
            f"{source}: no column(s) {', '.join(repr(c) for c in missing)}; the file has "
            f"{', '.join(repr(c) for c in columns)}"
        )
    id_index = columns.index(id_column)
    sensitive_index = [columns.index(c) for c in sensitive_columns]
    out = BatchRows()
    for row in rows:
        out.rows += 1
        ident = normalise_identifier(row[id_index] if id_index < len(row) else None)
        if ident is None:
            out.rows_without_id += 1
            continue
        digest = subject_hash(key, ident)
        sensitive = any(
            i < len(row) and row[i] is not None and str(row[i]).strip() for i in sensitive_index
        )
        out.subjects[digest] = out.subjects.get(digest, False) or sensitive
    return out


def check_key(session: Session, key: bytes) -> None:
    """Remember the key's fingerprint on first use; refuse any other key afterwards."""
    fingerprint = key_fingerprint(key)
    known = session.scalars(select(LedgerKey)).all()
    if not known:
        session.add(LedgerKey(fingerprint=fingerprint))
        session.flush()
        return
    if all(k.fingerprint != fingerprint for k in known):
        raise LedgerKeyError(
            "this HMAC key is not the key the ledger was started with; hashes would not match "
            "earlier batches and everyone would be counted again. Use the original key."
        )


def register_sensitive_columns(transfer: Transfer, columns: Sequence[str]) -> list[str]:
    """File columns that the register marks sensitive in the transfer's dataset."""
    marked = {c.name for c in transfer.dataset.columns if c.sensitive}
    return [c for c in columns if c in marked]


#: PI types that identify a person, most specific first: the ledger's default id column.
IDENTIFYING_TYPES = ("cn_resident_id", "passport", "hk_macau_permit", "cn_mobile", "email")


def choose_id_column(transfer: Transfer, columns: Sequence[str], source: str) -> str:
    """The file column the register's dataset types as the most specific personal identifier."""
    typed = {c.name: c.pi_type for c in transfer.dataset.columns if c.pi_type}
    for type_id in IDENTIFYING_TYPES:
        for name in columns:
            if typed.get(name) == type_id:
                return name
    raise InvalidInputError(
        f"{source}: say which column identifies a person with --id-column (the register's "
        f"dataset {transfer.dataset.name!r} types none of the file's columns "
        f"{', '.join(repr(c) for c in columns)} as an identifier)"
    )


def add_batch(
    session: Session,
    transfer_name: str,
    path: Path,
    *,
    key: bytes,
    id_column: str | None = None,
    sensitive_columns: Sequence[str] = (),
    year: int | None = None,
    use_register_sensitivity: bool = True,
) -> BatchResult:
    """Record one export batch of ``transfer_name`` from ``path`` (inside a write transaction)."""
    transfer = transfers.get(session, transfer_name)
    year = year if year is not None else dt.date.today().year
    if not 1900 <= year <= 9999:
        raise InvalidInputError(f"year {year} is not a calendar year")
    check_key(session, key)
    sha = file_sha256(path)
    earlier = session.scalars(
        select(LedgerBatch).where(
            LedgerBatch.transfer_id == transfer.id,
            LedgerBatch.year == year,
            LedgerBatch.source_sha256 == sha,
        )
    ).first()
    if earlier is not None:
        raise InvalidInputError(
            f"{path}: this exact file was already recorded for {transfer_name!r} in {year} "
            f"(batch {earlier.id}, {earlier.recorded_at:%Y-%m-%d})"
        )
    columns, rows, warnings = read_export(path)
    if id_column is None:
        id_column = choose_id_column(transfer, columns, str(path))
    sensitive = list(dict.fromkeys(sensitive_columns))
    if use_register_sensitivity:
        for name in register_sensitive_columns(transfer, columns):
            if name not in sensitive:
                sensitive.append(name)
    hashed = hash_rows(
        columns,
        rows,
        key=key,
        id_column=id_column,
        sensitive_columns=sensitive,
        source=str(path),
    )
    hashed.warnings.extend(warnings)
    earlier_ids = set(
        session.scalars(
            select(LedgerBatch.id_column).where(LedgerBatch.transfer_id == transfer.id).distinct()
        )
    )
    if earlier_ids - {id_column}:
        hashed.warnings.append(
            f"earlier batches of {transfer_name!r} identified people by "
            f"{', '.join(repr(c) for c in sorted(earlier_ids))}, this one by {id_column!r}: "
            "counts stay distinct only when these columns hold the same identifier"
        )
    if not hashed.subjects:
        raise InvalidInputError(
            f"{path}: no row has a value in {id_column!r} ({hashed.rows} row(s) read)"
        )
    batch = LedgerBatch(
        transfer=transfer,
        year=year,
        source_name=path.name,
        source_sha256=sha,
        id_column=id_column,
        sensitive_columns=sensitive,
        rows=hashed.rows,
        rows_without_id=hashed.rows_without_id,
        individuals=len(hashed.subjects),
        new_individuals=0,
        sensitive_individuals=sum(hashed.subjects.values()),
        actor=str(session.info.get("actor") or "unknown"),
    )
    session.add(batch)
    session.flush()
    batch.new_individuals = _store_subjects(session, transfer.id, year, batch.id, hashed.subjects)
    session.flush()
    totals = year_totals(session, transfer.id, year)
    record_event(
        session,
        "ledger_add",
        "ledger_batch",
        f"{transfer_name}/{year}",
        {
            "batch": batch.id,
            "source": path.name,
            "rows": hashed.rows,
            "individuals": batch.individuals,
            "new_individuals": batch.new_individuals,
            "sensitive_individuals": batch.sensitive_individuals,
        },
    )
    return BatchResult(
        transfer=transfer_name,
        year=year,
        batch_id=batch.id,
        id_column=id_column,
        rows=hashed.rows,
        rows_without_id=hashed.rows_without_id,
        individuals=batch.individuals,
        new_individuals=batch.new_individuals,
        sensitive_individuals=batch.sensitive_individuals,
        year_individuals=totals[0],
        year_sensitive_individuals=totals[1],
        sensitive_columns=tuple(sensitive),
        warnings=tuple(hashed.warnings),
    )


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _store_subjects(
    session: Session, transfer_id: int, year: int, batch_id: int, subjects: dict[str, bool]
) -> int:
    """Insert unseen hashes, upgrade seen ones to sensitive; returns how many were new."""
    hashes = sorted(subjects)
    seen: dict[str, bool] = {}
    for chunk in _chunks(hashes):
        stmt = select(LedgerSubject.subject_hash, LedgerSubject.sensitive).where(
            LedgerSubject.transfer_id == transfer_id,
            LedgerSubject.year == year,
            LedgerSubject.subject_hash.in_(chunk),
        )
        seen.update({h: bool(s) for h, s in session.execute(stmt)})
    new = [h for h in hashes if h not in seen]
    for chunk in _chunks(new):
        session.execute(
            insert(LedgerSubject),
            [
                {
                    "transfer_id": transfer_id,
                    "year": year,
                    "subject_hash": h,
                    "sensitive": subjects[h],
                    "first_batch_id": batch_id,
                }
                for h in chunk
            ],
        )
    upgrade = [h for h, was in seen.items() if subjects[h] and not was]
    for chunk in _chunks(upgrade):
        session.execute(
            update(LedgerSubject)
            .where(
                LedgerSubject.transfer_id == transfer_id,
                LedgerSubject.year == year,
                LedgerSubject.subject_hash.in_(chunk),
            )
            .values(sensitive=True)
        )
    return len(new)


def year_totals(session: Session, transfer_id: int, year: int) -> tuple[int, int]:
    """Distinct individuals and sensitive-PI individuals of one transfer in one year."""
    stmt = select(
        func.count(),
        func.coalesce(func.sum(func.cast(LedgerSubject.sensitive, Integer)), 0),
    ).where(LedgerSubject.transfer_id == transfer_id, LedgerSubject.year == year)
    total, sensitive = session.execute(stmt).one()
    return int(total), int(sensitive)


@dataclass(frozen=True, slots=True)
class VolumeRow:
    transfer: str
    year: int
    individuals: int
    sensitive_individuals: int
    batches: int


def volumes(session: Session, transfer_name: str | None = None) -> list[VolumeRow]:
    """Per transfer and calendar year: distinct individuals, sensitive ones, batch count."""
    subjects = (
        select(
            LedgerSubject.transfer_id,
            LedgerSubject.year,
            func.count().label("individuals"),
            func.sum(func.cast(LedgerSubject.sensitive, Integer)).label("sensitive"),
        )
        .group_by(LedgerSubject.transfer_id, LedgerSubject.year)
        .subquery()
    )
    batches = (
        select(LedgerBatch.transfer_id, LedgerBatch.year, func.count().label("batches"))
        .group_by(LedgerBatch.transfer_id, LedgerBatch.year)
        .subquery()
    )
    stmt = (
        select(
            Transfer.name,
            subjects.c.year,
            subjects.c.individuals,
            subjects.c.sensitive,
            func.coalesce(batches.c.batches, 0),
        )
        .join(subjects, subjects.c.transfer_id == Transfer.id)
        .outerjoin(
            batches,
            (batches.c.transfer_id == subjects.c.transfer_id) & (batches.c.year == subjects.c.year),
        )
        .order_by(Transfer.name, subjects.c.year)
    )
    if transfer_name is not None:
        transfers.get(session, transfer_name)
        stmt = stmt.where(Transfer.name == transfer_name)
    return [
        VolumeRow(name, int(year), int(n), int(s or 0), int(b))
        for name, year, n, s, b in session.execute(stmt)
    ]


def transfer_volumes(session: Session) -> dict[str, list[dict[str, int]]]:
    """Every transfer's yearly volumes in the assessment profile shape (issue 3).

    ``{"CRM to HQ": [{"year": 2024, "individuals": 50000, "sensitive_individuals": 0}]}``;
    transfers without batches map to an empty list.
    """
    out: dict[str, list[dict[str, int]]] = {
        name: [] for name in session.scalars(select(Transfer.name).order_by(Transfer.name))
    }
    for row in volumes(session):
        out[row.transfer].append(
            {
                "year": row.year,
                "individuals": row.individuals,
                "sensitive_individuals": row.sensitive_individuals,
            }
        )
    return out


_MECHANISM_DATE_FIELD = {
    "standard_contract": "contract_effective_on",
    "security_assessment": "assessment_result_issued_on",
    "certification": "certified_on",
}


def profile_transfers(session: Session) -> list[dict[str, Any]]:
    """Cross-border transfers (recipient outside mainland China) as profile ``transfers``."""
    counts = transfer_volumes(session)
    stmt = (
        select(Transfer)
        .join(Recipient, Transfer.recipient_id == Recipient.id)
        .join(Dataset, Transfer.dataset_id == Dataset.id)
        .where(Recipient.country != "CN")
        .order_by(Transfer.name)
    )
    out: list[dict[str, Any]] = []
    for t in session.scalars(stmt):
        entry: dict[str, Any] = {
            "name": t.name,
            "recipient": {"name": t.recipient.name, "country": t.recipient.country},
            "purpose": t.purpose.value,
            "important_data": bool(t.important_data) or t.dataset.grade.value != "general",
            "volumes": counts.get(t.name, []),
        }
        if t.dataset.important_notified_on is not None:
            # notified as important data by the authority (2024 Provisions Art. 2); no date
            # leaves it unstated, which the rules read the stricter way
            entry["important_data_notified"] = True
        date_field = _MECHANISM_DATE_FIELD.get(t.mechanism.value)
        if date_field and t.mechanism_effective_on is not None:
            entry[date_field] = t.mechanism_effective_on.isoformat()
        out.append(entry)
    return out


def batches(session: Session, transfer_name: str | None = None) -> list[LedgerBatch]:
    stmt = (
        select(LedgerBatch).join(Transfer).order_by(Transfer.name, LedgerBatch.year, LedgerBatch.id)
    )
    if transfer_name is not None:
        transfers.get(session, transfer_name)
        stmt = stmt.where(Transfer.name == transfer_name)
    return list(session.scalars(stmt))
