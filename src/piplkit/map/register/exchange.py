"""Whole-register export and import as one JSON document (lossless round trip).

Entities are written by name in dependency order, with their timestamps; the ledger travels as
batches plus the keyed hashes of each transfer-year and the key fingerprint, so counts continue
correctly after a move. Import validates everything and runs in the caller's transaction: any
error leaves the target register unchanged. The audit trail stays with its database (it is
append-only); an import is itself recorded there.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from piplkit.map.register.audit import record_event
from piplkit.map.register.errors import ConflictError, InvalidInputError, RegisterError
from piplkit.map.register.models import LedgerBatch, LedgerKey, LedgerSubject, Transfer
from piplkit.map.register.repository import REPOSITORIES, as_utc, transfers
from piplkit.map.register.schemas import Name, validate

FORMAT = "piplkit-register"
#: 2 added MLPS/CII facts, rectifications and records to systems and organisations, and the
#: important-data fields to datasets (migration 0008); version 1 documents, which lack them,
#: still import (every new field has a default).
VERSION = 2
READABLE_VERSIONS = (1, 2)
#: Top-level key in the document → repository key, in the order entities must be created.
SECTIONS = {
    "organisations": "organisation",
    "systems": "system",
    "datasets": "dataset",
    "activities": "activity",
    "recipients": "recipient",
    "transfers": "transfer",
}
Hash = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class BatchDoc(_Strict):
    ref: int
    transfer: Name
    year: int = Field(ge=1900, le=9999)
    recorded_at: dt.datetime
    source_name: str
    source_sha256: Hash
    id_column: Name
    sensitive_columns: list[str] = Field(default_factory=list)
    rows: int = Field(ge=0)
    rows_without_id: int = Field(ge=0)
    individuals: int = Field(ge=0)
    new_individuals: int = Field(ge=0)
    sensitive_individuals: int = Field(ge=0)
    actor: str


class SubjectGroupDoc(_Strict):
    transfer: Name
    year: int = Field(ge=1900, le=9999)
    #: ``[hash, sensitive, batch ref or null]`` sorted by hash
    subjects: list[tuple[Hash, bool, int | None]]


class LedgerDoc(_Strict):
    key_fingerprints: list[Hash] = Field(default_factory=list)
    batches: list[BatchDoc] = Field(default_factory=list)
    subjects: list[SubjectGroupDoc] = Field(default_factory=list)


def export_register(session: Session) -> dict[str, Any]:
    """The whole register as JSON-ready data."""
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    for section, key in SECTIONS.items():
        repo = REPOSITORIES[key]
        # sorted in Python: database collations order names differently
        items = sorted(repo.list(session), key=lambda obj: obj.name)
        doc[section] = [repo.dump(obj).model_dump(mode="json") for obj in items]
    doc["ledger"] = _export_ledger(session).model_dump(mode="json")
    return doc


def _export_ledger(session: Session) -> LedgerDoc:
    keys = sorted(session.scalars(select(LedgerKey.fingerprint)))
    rows = session.execute(
        select(LedgerBatch, Transfer.name)
        .join(Transfer, LedgerBatch.transfer_id == Transfer.id)
        .order_by(Transfer.name, LedgerBatch.year, LedgerBatch.recorded_at, LedgerBatch.id)
    ).all()
    rows = sorted(rows, key=lambda r: (r[1], r[0].year, as_utc(r[0].recorded_at), r[0].id))
    refs: dict[int, int] = {}
    batches: list[BatchDoc] = []
    for ref, (batch, transfer_name) in enumerate(rows, start=1):
        refs[batch.id] = ref
        recorded = as_utc(batch.recorded_at)
        assert recorded is not None
        batches.append(
            BatchDoc(
                ref=ref,
                transfer=transfer_name,
                year=batch.year,
                recorded_at=recorded,
                source_name=batch.source_name,
                source_sha256=batch.source_sha256,
                id_column=batch.id_column,
                sensitive_columns=list(batch.sensitive_columns or []),
                rows=batch.rows,
                rows_without_id=batch.rows_without_id,
                individuals=batch.individuals,
                new_individuals=batch.new_individuals,
                sensitive_individuals=batch.sensitive_individuals,
                actor=batch.actor,
            )
        )
    groups: dict[tuple[str, int], list[tuple[str, bool, int | None]]] = {}
    subject_rows = session.execute(
        select(
            Transfer.name,
            LedgerSubject.year,
            LedgerSubject.subject_hash,
            LedgerSubject.sensitive,
            LedgerSubject.first_batch_id,
        )
        .join(Transfer, LedgerSubject.transfer_id == Transfer.id)
        .order_by(Transfer.name, LedgerSubject.year, LedgerSubject.subject_hash)
    )
    for name, year, digest, sensitive, batch_id in subject_rows:
        first_ref = refs.get(batch_id) if batch_id is not None else None
        groups.setdefault((name, year), []).append((digest, bool(sensitive), first_ref))
    return LedgerDoc(
        key_fingerprints=keys,
        batches=batches,
        subjects=[
            SubjectGroupDoc(transfer=t, year=y, subjects=s) for (t, y), s in sorted(groups.items())
        ],
    )


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def load_document(path: Path) -> dict[str, Any]:
    """Read a register export; errors name the file and what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidInputError(f"{path}: cannot read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise InvalidInputError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    if not isinstance(data, dict):
        raise InvalidInputError(f"{path}: expected a JSON object (a piplkit register export)")
    return data


def is_empty(session: Session) -> bool:
    return all(REPOSITORIES[k].count(session) == 0 for k in SECTIONS.values()) and not (
        session.scalar(select(LedgerKey.id).limit(1))
    )


def clear_register(session: Session) -> None:
    """Delete every entity and the ledger (audited); the audit trail itself stays."""
    session.execute(delete(LedgerSubject))
    session.execute(delete(LedgerBatch))
    session.execute(delete(LedgerKey))
    record_event(session, "clear", "ledger", None, {})
    for key in reversed(list(SECTIONS.values())):
        repo = REPOSITORIES[key]
        for obj in repo.list(session):
            session.delete(obj)
        session.flush()


def import_register(
    session: Session, doc: dict[str, Any], *, replace: bool = False
) -> dict[str, int]:
    """Load an export into this register (inside the caller's transaction); returns counts."""
    if doc.get("format") != FORMAT:
        raise InvalidInputError(f"format: expected {FORMAT!r} (got {doc.get('format')!r})")
    if doc.get("version") not in READABLE_VERSIONS:
        readable = " or ".join(str(v) for v in READABLE_VERSIONS)
        raise InvalidInputError(
            f"version: this piplkit reads version {readable} (got {doc.get('version')!r})"
        )
    unknown = sorted(set(doc) - {"format", "version", "ledger", *SECTIONS})
    if unknown:
        raise InvalidInputError(f"unknown top-level field(s): {', '.join(unknown)}")
    sections: dict[str, list[Any]] = {}
    for section, key in SECTIONS.items():
        raw = doc.get(section, [])
        if not isinstance(raw, list):
            raise InvalidInputError(f"{section}: expected a list")
        schema = REPOSITORIES[key].schema
        sections[section] = [
            validate(schema, item, f"{section}[{i}]") for i, item in enumerate(raw)
        ]
    ledger = validate(LedgerDoc, doc.get("ledger", {}), "ledger")

    if not is_empty(session):
        if not replace:
            raise ConflictError(
                "the register is not empty; import into an empty register or use --replace"
            )
        clear_register(session)
    counts: dict[str, int] = {}
    for section, key in SECTIONS.items():
        repo = REPOSITORIES[key]
        for i, item in enumerate(sections[section]):
            try:
                repo.create(session, item)
            except RegisterError as exc:
                raise type(exc)(f"{section}[{i}]: {exc}") from None
        counts[section] = len(sections[section])
    _import_ledger(session, ledger)
    counts["ledger_batches"] = len(ledger.batches)
    counts["ledger_subjects"] = sum(len(g.subjects) for g in ledger.subjects)
    record_event(session, "import", "register", None, counts)
    return counts


def _import_ledger(session: Session, ledger: LedgerDoc) -> None:
    for fingerprint in dict.fromkeys(ledger.key_fingerprints):
        session.add(LedgerKey(fingerprint=fingerprint))
    ids: dict[int, int] = {}
    for i, doc in enumerate(ledger.batches):
        if doc.ref in ids:
            raise InvalidInputError(f"ledger.batches[{i}].ref: {doc.ref} is used twice")
        transfer = transfers.get(session, doc.transfer)
        batch = LedgerBatch(transfer=transfer, **doc.model_dump(exclude={"ref", "transfer"}))
        session.add(batch)
        session.flush()
        ids[doc.ref] = batch.id
    for g_index, group in enumerate(ledger.subjects):
        transfer = transfers.get(session, group.transfer)
        rows: list[dict[str, Any]] = []
        seen: set[str] = set()
        for s_index, (digest, sensitive, ref) in enumerate(group.subjects):
            where = f"ledger.subjects[{g_index}].subjects[{s_index}]"
            if digest in seen:
                raise InvalidInputError(f"{where}: hash listed twice")
            if ref is not None and ref not in ids:
                raise InvalidInputError(f"{where}: batch ref {ref} is not in ledger.batches")
            seen.add(digest)
            rows.append(
                {
                    "transfer_id": transfer.id,
                    "year": group.year,
                    "subject_hash": digest,
                    "sensitive": sensitive,
                    "first_batch_id": ids.get(ref) if ref is not None else None,
                }
            )
        for start in range(0, len(rows), 500):
            session.execute(insert(LedgerSubject), rows[start : start + 500])
    session.flush()
