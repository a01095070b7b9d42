"""``audit verify``: walk the chain and name every entry that was edited, deleted or moved.

The walk reads one consistent snapshot (REPEATABLE READ on PostgreSQL; SQLite's read lock
already keeps writers out) so that entries appended meanwhile are never mistaken for tampering.
Checks, per entry in id order: its hash still matches its content (else *edited*, or *moved*
when the content hashes correctly under another id), its ``prev_hash`` is the hash of the entry
before it (else entries in between were *deleted*, or the order was changed), and at the end the
last entry is the one the chain head names (else the tail was *truncated*). An attacker who can
also rewrite the head and recompute every hash defeats any in-database check; ``anchors`` (an
``id:hash`` pair copied out earlier with ``audit head``) catch that too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from piplkit.map.register.chain import (
    GENESIS_HASH,
    ChainHead,
    ChainMissingError,
    hash_of_row,
    read_head,
)
from piplkit.map.register.models import AuditEvent

#: Stop listing problems after this many (the first ones locate the damage).
MAX_PROBLEMS = 200


@dataclass(frozen=True, slots=True)
class Problem:
    entry_id: int | None
    kind: str  # edited | moved | deleted | unchained | truncated | extra | anchor | head
    message: str


@dataclass(slots=True)
class VerifyReport:
    entries: int = 0
    head: ChainHead | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, entry_id: int | None, kind: str, message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(entry_id, kind, message))


def _short(digest: str | None) -> str:
    return (digest or "∅")[:12]


def _id_of_hash(session: Session, digest: str) -> int | None:
    return session.scalar(select(AuditEvent.id).where(AuditEvent.hash == digest).limit(1))


def verify_chain(
    session: Session, anchors: Iterable[tuple[int, str]] = (), *, batch: int = 2000
) -> VerifyReport:
    """Check the whole trail; the report lists each problem with the entry it concerns.

    The walk runs on its own connection and transaction (one snapshot), whatever the caller's
    session has already read.
    """
    engine = session.get_bind().engine
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with Session(bind=conn) as snapshot:
            return _walk(snapshot, anchors, batch)


def _walk(session: Session, anchors: Iterable[tuple[int, str]], batch: int) -> VerifyReport:
    report = VerifyReport()
    try:
        report.head = head = read_head(session.connection())
    except ChainMissingError as exc:
        report.add(None, "head", str(exc))
        return report
    wanted = dict(anchors)
    prev_hash, prev_id = GENESIS_HASH, 0
    last_id = 0
    stmt = select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=batch)
    for row in session.scalars(stmt):
        report.entries += 1
        _check_row(session, report, row, prev_hash, prev_id)
        if row.id in wanted and wanted.pop(row.id) != row.hash:
            report.add(row.id, "anchor", f"entry {row.id}: hash differs from the anchor")
        prev_hash, prev_id, last_id = row.hash or "", row.id, row.id
        session.expunge(row)
    for entry_id in wanted:
        report.add(entry_id, "anchor", f"entry {entry_id}: anchored but no longer present")
    _check_tail(report, head, last_id, prev_hash)
    return report


def _check_row(
    session: Session, report: VerifyReport, row: AuditEvent, prev_hash: str, prev_id: int
) -> None:
    if row.hash is None or row.prev_hash is None:
        report.add(row.id, "unchained", f"entry {row.id}: has no hash (written outside piplkit)")
        return
    if hash_of_row(row) != row.hash:
        origin = _original_id(session, row)
        if origin is not None:
            report.add(
                row.id,
                "moved",
                f"entry {row.id}: holds what was entry {origin} (entries were reordered)",
            )
        else:
            report.add(
                row.id,
                "edited",
                f"entry {row.id}: content changed after it was written "
                f"({row.entity} {row.entity_key or ''} {row.action}; stored hash "
                f"{_short(row.hash)} does not match)",
            )
    if row.prev_hash != prev_hash:
        missing = list(range(prev_id + 1, row.id))
        if missing:
            span = f"{missing[0]}" if len(missing) == 1 else f"{missing[0]}-{missing[-1]}"
            report.add(
                row.id,
                "deleted",
                f"entry {span} deleted: entry {row.id} follows {_short(row.prev_hash)}, "
                f"not entry {prev_id}",
            )
        elif _id_of_hash(session, row.prev_hash) is None:
            report.add(
                row.id,
                "deleted",
                f"entry {row.id}: the entry it follows ({_short(row.prev_hash)}) is gone",
            )
        else:
            report.add(
                row.id,
                "moved",
                f"entry {row.id}: does not follow entry {prev_id} (entries were reordered)",
            )


def _original_id(session: Session, row: AuditEvent) -> int | None:
    """The id under which a moved entry's content still hashes correctly, if any.

    Candidates: one after the entry it follows, one before the entry that follows it (either
    neighbour may have moved too).
    """
    candidates: set[int] = set()
    if row.prev_hash == GENESIS_HASH:
        candidates.add(1)
    else:
        before = _id_of_hash(session, row.prev_hash or "")
        if before is not None:
            candidates.add(before + 1)
    after = session.scalar(select(AuditEvent.id).where(AuditEvent.prev_hash == row.hash).limit(1))
    if after is not None:
        candidates.add(after - 1)
    for candidate in sorted(candidates - {row.id}):
        if hash_of_row(row, entry_id=candidate) == row.hash:
            return candidate
    return None


def _check_tail(report: VerifyReport, head: ChainHead, last_id: int, last_hash: str) -> None:
    if report.entries != head.entries and last_id == head.last_id:
        report.add(
            None,
            "deleted",
            f"the chain head counts {head.entries:,} entries, the table holds {report.entries:,}",
        )
    if last_id < head.last_id:
        report.add(
            head.last_id,
            "truncated",
            f"entries after {last_id} up to {head.last_id} were deleted "
            f"(the chain head ends at entry {head.last_id})",
        )
    elif last_id > head.last_id:
        report.add(
            last_id,
            "extra",
            f"entries {head.last_id + 1}-{last_id} were added outside the chain head",
        )
    elif last_id and last_hash != head.last_hash:
        report.add(last_id, "head", f"entry {last_id}: hash differs from the chain head")


def chain_head(session: Session) -> ChainHead:
    """The current head, for copying out as an anchor (``audit head``)."""
    return read_head(session.connection())


def count_entries(session: Session) -> int:
    return int(session.execute(text("SELECT count(*) FROM audit_event")).scalar_one())


def audit_log(
    session: Session,
    *,
    entity: str | None = None,
    entity_key: str | None = None,
    limit: int = 50,
) -> list[AuditEvent]:
    """The latest ``limit`` entries (optionally of one entity), newest first."""
    stmt = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(max(1, min(limit, 10000)))
    if entity is not None:
        stmt = stmt.where(AuditEvent.entity == entity)
    if entity_key is not None:
        stmt = stmt.where(AuditEvent.entity_key == entity_key)
    return list(session.scalars(stmt))


def entry_dict(entry: AuditEvent) -> dict[str, Any]:
    """One audit entry as the API and the command line's ``--json`` both show it (ISO 8601 time).

    The one serialiser of audit rows: the two faces used to write the time differently.
    """
    return {
        "id": entry.id,
        "at": entry.at.isoformat(),
        "actor": entry.actor,
        "action": entry.action,
        "entity": entry.entity,
        "key": entry.entity_key,
        "changes": entry.changes,
        "hash": entry.hash,
    }
