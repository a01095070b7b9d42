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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Integer, func, insert, select, update
from sqlalchemy.orm import Session

from piplkit.map.register.audit import record_event
from piplkit.map.register.errors import InvalidInputError
from piplkit.map.register.ledger_files import file_sha256, read_export
from piplkit.map.register.models import (
    LedgerBatch,
    LedgerKey,
    LedgerSubject,
    Transfer,
)
from piplkit.map.register.pseudonym import (
    LedgerKeyError,
    key_fingerprint,
    normalise_identifier,
    subject_hash,
)
from piplkit.map.register.repository import transfers

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
            f"{path}: no row has a value in {id_column!r} ({hashed.rows:,} row(s) read)"
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
