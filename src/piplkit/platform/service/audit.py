"""The audit trail as people browse and check it: filtered pages, the chain check, anchors.

Every face shows an entry through the one serialiser :func:`piplkit.respond.verify.entry_dict`
and checks the chain with :func:`piplkit.respond.verify.verify_chain`; this module adds what a
reviewer needs on top: narrowing by who, what kind of change, which kind of record and which
days (China days, as the trail is read in China), a total for paging, the values present in the
trail for the pickers, and one reading of the ``ID:HASH`` anchors that ``audit head`` prints.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from piplkit.assess.law.calendar import CHINA_TZ
from piplkit.map.register.errors import InvalidInputError
from piplkit.map.register.models import NAME_LENGTH, AuditEvent
from piplkit.respond.verify import VerifyReport, chain_head, entry_dict, verify_chain

__all__ = [
    "MAX_ANCHORS",
    "AuditFilter",
    "AuditPage",
    "audit_page",
    "chain_head",
    "parse_anchor",
    "report_dict",
    "trail_values",
    "verify_chain",
]

#: More anchors than anyone keeps by hand; a bound on what one check reads from a form.
MAX_ANCHORS = 100
#: Distinct values offered per picker (actors, actions, entities), read from this many of the
#: latest entries: a page load stays cheap on a trail of millions (a full DISTINCT scans it all).
PICKER_LIMIT = 200
PICKER_WINDOW = 5_000


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """What to narrow the trail to; ``None`` leaves a dimension open.

    ``actor`` matches an actor exactly (``web:alice``) or, given without a channel, the user
    behind every channel (``alice`` matches ``web:alice`` and ``api:alice``). ``since`` and
    ``until`` are China days, both included.
    """

    actor: str | None = None
    action: str | None = None
    entity: str | None = None
    key: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None

    def __post_init__(self) -> None:
        for name in ("actor", "action", "entity", "key"):
            value = getattr(self, name)
            if value is not None and (len(value) > NAME_LENGTH or not value.isprintable()):
                raise InvalidInputError(f"{name}: at most {NAME_LENGTH} printable characters")
        if self.since and self.until and self.until < self.since:
            raise InvalidInputError(
                f"until ({self.until.isoformat()}) is before since ({self.since.isoformat()})"
            )

    def apply(self, stmt: Select[Any]) -> Select[Any]:
        if self.actor:
            if ":" in self.actor:
                stmt = stmt.where(AuditEvent.actor == self.actor)
            else:
                stmt = stmt.where(
                    or_(
                        AuditEvent.actor == self.actor,
                        AuditEvent.actor.like(f"%:{_escape(self.actor)}", escape="\\"),
                    )
                )
        if self.action:
            stmt = stmt.where(AuditEvent.action == self.action)
        if self.entity:
            stmt = stmt.where(AuditEvent.entity == self.entity)
        if self.key:
            stmt = stmt.where(AuditEvent.entity_key == self.key)
        if self.since:
            stmt = stmt.where(AuditEvent.at >= _day_start(self.since))
        if self.until:
            stmt = stmt.where(AuditEvent.at < _day_start(self.until + dt.timedelta(days=1)))
        return stmt


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _day_start(day: dt.date) -> dt.datetime:
    """Midnight of a China day, in UTC: SQLite compares stored UTC text and ignores offsets."""
    return dt.datetime.combine(day, dt.time(0), CHINA_TZ).astimezone(dt.UTC)


@dataclass(frozen=True, slots=True)
class AuditPage:
    """One page of entries (as :func:`entry_dict` gives them), newest first, and the total."""

    entries: list[dict[str, Any]]
    total: int
    offset: int
    limit: int


def audit_page(
    session: Session, where: AuditFilter, *, offset: int = 0, limit: int = 50
) -> AuditPage:
    """Entries matching ``where``, newest first, ``limit`` from ``offset``."""
    limit = max(1, min(limit, 500))
    offset = max(0, offset)
    stmt = where.apply(select(AuditEvent)).order_by(AuditEvent.id.desc())
    rows = session.scalars(stmt.offset(offset).limit(limit))
    count = where.apply(select(func.count()).select_from(AuditEvent))
    return AuditPage(
        entries=[entry_dict(e) for e in rows],
        total=int(session.scalar(count) or 0),
        offset=offset,
        limit=limit,
    )


def trail_values(session: Session) -> dict[str, list[str]]:
    """The actors, actions and entities of the latest entries, sorted (for the pickers; the
    filters take any value)."""
    latest = (
        select(AuditEvent.actor, AuditEvent.action, AuditEvent.entity)
        .order_by(AuditEvent.id.desc())
        .limit(PICKER_WINDOW)
        .subquery()
    )
    out: dict[str, list[str]] = {}
    for name, column in (
        ("actors", latest.c.actor),
        ("actions", latest.c.action),
        ("entities", latest.c.entity),
    ):
        stmt = select(column).distinct().order_by(column).limit(PICKER_LIMIT)
        out[name] = [str(v) for v in session.scalars(stmt)]
    return out


def parse_anchor(value: str, label: str = "anchor") -> tuple[int, str]:
    """``ID:SHA256HEX`` as ``piplkit audit head`` prints it; the error names ``label``."""
    text = value.strip()
    entry, _, digest = text.partition(":")
    digest = digest.strip().lower()
    if (
        not entry.strip().isdigit()
        or len(digest) != 64
        or any(c not in "0123456789abcdef" for c in digest)
    ):
        shown = text[:20] + ("…" if len(text) > 20 else "")
        raise InvalidInputError(
            f"{label} {shown!r}: expected ID:SHA256HEX (from `piplkit audit head`)"
        )
    return int(entry.strip()), digest


def report_dict(report: VerifyReport) -> dict[str, Any]:
    """A chain check as the API and ``audit verify --json`` give it."""
    return {
        "ok": report.ok,
        "entries": report.entries,
        "head": None if report.head is None else asdict(report.head),
        "problems": [
            {"entry": p.entry_id, "kind": p.kind, "message": p.message} for p in report.problems
        ],
    }
