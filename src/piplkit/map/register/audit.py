"""The audit trail: every ORM change in a register session becomes an ``audit_event`` row.

A ``before_flush`` hook sees every new, changed and deleted entity, so no write path (CLI, API,
import) can forget to audit. Bulk ledger hashes are written with Core inserts and are audited
through their batch row instead of one event per hash.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from piplkit.map.register.models import (
    AuditEvent,
    Base,
    DatasetColumn,
    LedgerBatch,
    LedgerKey,
)

#: Attributes not worth an audit entry: keys and bookkeeping.
_SKIP = frozenset({"id", "created_at", "updated_at"})


def _jsonable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, Base):
        return entity_key(value)
    return value


def entity_name(obj: Base) -> str:
    return str(type(obj).__tablename__)


def entity_key(obj: Base) -> str | None:
    """How a person names the entity: its ``name``, or a path for child rows."""
    if isinstance(obj, DatasetColumn):
        parent = obj.dataset.name if obj.dataset is not None else "?"
        return f"{parent}/{obj.name}"
    if isinstance(obj, LedgerBatch):
        parent = obj.transfer.name if obj.transfer is not None else "?"
        return f"{parent}/{obj.year}"
    if isinstance(obj, LedgerKey):
        return "hmac-key"
    name = getattr(obj, "name", None)
    return str(name) if name is not None else None


_REDACTED = "[redacted]"


def _redacted(obj: Base) -> frozenset[str]:
    """Attributes a model marks as secret (password and token digests): never in the trail."""
    return getattr(type(obj), "__audit_redact__", frozenset())


def _is_foreign_key(attr: Any) -> bool:
    return any(col.foreign_keys for col in attr.columns)


def _snapshot(obj: Base) -> dict[str, Any]:
    """Column values, with references given by the referred entity's key instead of its id."""
    state = inspect(obj)
    secret = _redacted(obj)
    out: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key not in _SKIP and not _is_foreign_key(attr):
            value = getattr(obj, attr.key)
            out[attr.key] = _REDACTED if attr.key in secret and value else _jsonable(value)
    for rel in state.mapper.relationships:
        if not rel.uselist and rel.key not in _SKIP:
            out[rel.key] = _jsonable(getattr(obj, rel.key))
    return out


def _diff(obj: Base) -> dict[str, Any]:
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for attr in state.mapper.attrs:
        if attr.key in _SKIP:
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        if hasattr(attr, "columns") and _is_foreign_key(attr):
            continue
        if hasattr(attr, "columns") or not attr.uselist:
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new and attr.key in _redacted(obj):
                changes[attr.key] = _REDACTED
            elif old != new:
                changes[attr.key] = [_jsonable(old), _jsonable(new)]
        elif attr.uselist:
            changes[attr.key] = {
                "added": _jsonable(list(history.added)),
                "removed": _jsonable(list(history.deleted)),
            }
    return changes


def _record(session: Session, _context: Any, _instances: Any) -> None:
    actor = str(session.info.get("actor") or "unknown")
    now = dt.datetime.now(dt.UTC)
    events: list[AuditEvent] = []

    def add(action: str, obj: Base, changes: dict[str, Any]) -> None:
        events.append(
            AuditEvent(
                at=now,
                actor=actor,
                action=action,
                entity=entity_name(obj),
                entity_key=entity_key(obj),
                changes=changes,
            )
        )

    for obj in list(session.new):
        if isinstance(obj, Base) and not isinstance(obj, AuditEvent):
            add("create", obj, _snapshot(obj))
    for obj in list(session.dirty):
        if isinstance(obj, Base) and not isinstance(obj, AuditEvent) and session.is_modified(obj):
            changes = _diff(obj)
            if changes:
                add("update", obj, changes)
    for obj in list(session.deleted):
        if isinstance(obj, Base) and not isinstance(obj, AuditEvent):
            add("delete", obj, _snapshot(obj))
    session.add_all(events)


def record_event(
    session: Session, action: str, entity: str, key: str | None, changes: dict[str, Any]
) -> None:
    """An explicit event for work done outside the ORM (imports, bulk ledger writes)."""
    session.add(
        AuditEvent(
            at=dt.datetime.now(dt.UTC),
            actor=str(session.info.get("actor") or "unknown"),
            action=action,
            entity=entity,
            entity_key=key,
            changes=_jsonable(changes),
        )
    )


def install(session_class: type[Session]) -> None:
    """Attach the audit hook to a session class (once)."""
    if not event.contains(session_class, "before_flush", _record):
        event.listen(session_class, "before_flush", _record)
