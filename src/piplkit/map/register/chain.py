"""The hash chain over ``audit_event``: each entry commits to the one before it.

Why: the database triggers make the trail append-only for honest clients, but anyone with
database access can drop them. Chaining makes such an edit *detectable*: the hash of every entry
covers its id, time, actor, action, entity, changes and the previous entry's hash, so editing,
deleting or reordering any entry breaks the chain at that point (:mod:`piplkit.respond.verify`).

How entries are chained: a mapper ``before_insert`` hook on :class:`AuditEvent` (installed by
:func:`install`, which the register's store calls) runs inside the same transaction as
the change it records. It locks the one-row chain head (``SELECT … FOR UPDATE`` on PostgreSQL, a
write on SQLite, whose write lock covers the whole database), gives the entry the next id,
computes its hash and moves the head. Concurrent writers therefore queue on the head row and can
never both extend the same entry. A trigger added by migration 0003 refuses any entry inserted
without a hash, so a writer that bypassed this hook fails loudly instead of breaking the chain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, event, text
from sqlalchemy.orm import Mapper, Session

from piplkit.map.register.models import AuditEvent

#: Format version of the canonical serialisation; part of every hashed document.
CHAIN_VERSION = 1
GENESIS_HASH = "0" * 64
HEAD_ID = 1


def canonical_time(value: dt.datetime) -> str:
    """UTC, microseconds, ``Z``: SQLite hands back naive UTC, PostgreSQL aware values."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical_json(value: Any) -> Any:
    """The JSON document as the database will give it back (tuples → lists, keys → str)."""
    return json.loads(json.dumps(value, ensure_ascii=False))


def entry_document(
    *,
    entry_id: int,
    at: dt.datetime,
    actor: str,
    action: str,
    entity: str,
    entity_key: str | None,
    changes: Any,
    prev_hash: str,
) -> bytes:
    """The bytes an entry's hash covers: sorted-key compact JSON, UTF-8."""
    doc = {
        "v": CHAIN_VERSION,
        "id": entry_id,
        "at": canonical_time(at),
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_key": entity_key,
        "changes": canonical_json(changes),
        "prev": prev_hash,
    }
    return json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def entry_hash(prev_hash: str, **fields: Any) -> str:
    return hashlib.sha256(entry_document(prev_hash=prev_hash, **fields)).hexdigest()


def hash_of_row(row: Any, *, entry_id: int | None = None) -> str:
    """Recompute the hash of a stored row (``entry_id`` overrides its id, to test a move)."""
    return entry_hash(
        row.prev_hash or "",
        entry_id=row.id if entry_id is None else entry_id,
        at=row.at,
        actor=row.actor,
        action=row.action,
        entity=row.entity,
        entity_key=row.entity_key,
        changes=row.changes,
    )


@dataclass(frozen=True, slots=True)
class ChainHead:
    last_id: int
    last_hash: str
    entries: int


class ChainMissingError(RuntimeError):
    """The database has no chain head: it predates migration 0003."""


def lock_head(connection: Connection) -> None:
    """Take the chain's write lock for the rest of the transaction.

    Call it first in a write transaction (the service layer does): on SQLite, a transaction
    that starts by writing waits for the lock, while one that read first and then writes
    fails at once with "database is locked" when another writer is active.
    """
    if connection.dialect.name == "postgresql":
        connection.execute(
            text("SELECT last_id FROM audit_chain WHERE id = :id FOR UPDATE"), {"id": HEAD_ID}
        )
    else:
        connection.execute(
            text("UPDATE audit_chain SET entries = entries WHERE id = :id"), {"id": HEAD_ID}
        )


def read_head(connection: Connection) -> ChainHead:
    row = connection.execute(
        text("SELECT last_id, last_hash, entries FROM audit_chain WHERE id = :id"),
        {"id": HEAD_ID},
    ).one_or_none()
    if row is None:
        raise ChainMissingError(
            "the audit chain head is missing: upgrade the register (piplkit register init)"
        )
    return ChainHead(int(row.last_id), str(row.last_hash), int(row.entries))


def lock(session: Session) -> None:
    """Session form of :func:`lock_head`, for the first statement of a write transaction."""
    lock_head(session.connection())


def _chain_entry(_mapper: Mapper[Any], connection: Connection, target: AuditEvent) -> None:
    lock_head(connection)
    head = read_head(connection)
    at = target.at or dt.datetime.now(dt.UTC)
    target.at = (at if at.tzinfo else at.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)
    target.changes = canonical_json(target.changes if target.changes is not None else {})
    target.id = head.last_id + 1
    target.prev_hash = head.last_hash
    target.hash = entry_hash(
        head.last_hash,
        entry_id=target.id,
        at=target.at,
        actor=target.actor,
        action=target.action,
        entity=target.entity,
        entity_key=target.entity_key,
        changes=target.changes,
    )
    connection.execute(
        text(
            "UPDATE audit_chain SET last_id = :last_id, last_hash = :last_hash, "
            "entries = entries + 1 WHERE id = :id"
        ),
        {"last_id": target.id, "last_hash": target.hash, "id": HEAD_ID},
    )


def install() -> None:
    """Chain every ORM insert of an audit entry (idempotent)."""
    if not event.contains(AuditEvent, "before_insert", _chain_entry):
        event.listen(AuditEvent, "before_insert", _chain_entry)
