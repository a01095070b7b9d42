"""MLPS, CII and data-grading facts one item at a time, for the REST API and the web forms.

The register's schemas already carry every field (a system's level, grading elements, filing,
rectification items and test records; an organisation's CIIO flag; a dataset's grade and its
important-data dates), and the generic entity routes change them as whole lists. A security
officer works item by item: "the test of 20 March is done", "this finding is closed". These
functions change one item of such a list through the repository, which validates the merged
entity as a whole (a rectification closed before it was found, a record of a kind that does not
belong to the owner, a level that differs from its grading elements without a rationale are
all refused with a message naming the field). Functions never commit: call them in a write
session.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from sqlalchemy.orm import Session

from piplkit.assess.rules.mlps import MlpsGrade, aspect, grade_system
from piplkit.map.register.errors import NotFoundError
from piplkit.map.register.repository import REPOSITORIES, systems
from piplkit.map.register.schemas import RecordIn, RectificationIn, SystemIn

Owner = Literal["system", "organisation"]


def _value(member: Any) -> str | None:
    return None if member is None else str(getattr(member, "value", member))


def grading(system: SystemIn, as_of: dt.date) -> MlpsGrade:
    """The system's MLPS level with the reasons GB/T 22240-2020 and the Measures give, and what
    the level entails on ``as_of`` (filing, expert review, test cadence)."""
    business = aspect(
        _value(system.mlps_business_object), _value(system.mlps_business_degree), "business"
    )
    service = aspect(
        _value(system.mlps_service_object), _value(system.mlps_service_degree), "service"
    )
    return grade_system(business, service, as_of, level=system.mlps_level)


def put_rectification(session: Session, system: str, item: RectificationIn) -> SystemIn:
    """Add the item, or replace the one with the same title; returns the system after."""
    current = systems.dump(systems.get(session, system))
    items = [r.model_dump() for r in current.rectifications if r.title != item.title]
    items.append(item.model_dump())
    return systems.dump(systems.update(session, system, {"rectifications": items}))


def remove_rectification(session: Session, system: str, title: str) -> SystemIn:
    current = systems.dump(systems.get(session, system))
    items = [r.model_dump() for r in current.rectifications if r.title != title]
    if len(items) == len(current.rectifications):
        raise NotFoundError(f"system {system!r} has no rectification item {title!r}")
    return systems.dump(systems.update(session, system, {"rectifications": items}))


def put_record(session: Session, owner: Owner, name: str, record: RecordIn) -> Any:
    """Record a duty done on a date (a test, audit, report); one of the same kind and date is
    replaced. Returns the owner (a system or an organisation) after the change."""
    repo = REPOSITORIES[owner]
    current = repo.dump(repo.get(session, name))
    key = (record.kind, record.done_on)
    kept = [r.model_dump() for r in current.records if (r.kind, r.done_on) != key]
    kept.append(record.model_dump())
    return repo.dump(repo.update(session, name, {"records": kept}))


def remove_record(session: Session, owner: Owner, name: str, kind: str, done_on: dt.date) -> Any:
    repo = REPOSITORIES[owner]
    current = repo.dump(repo.get(session, name))
    kept = [r.model_dump() for r in current.records if (r.kind.value, r.done_on) != (kind, done_on)]
    if len(kept) == len(current.records):
        raise NotFoundError(f"{owner} {name!r} has no {kind} record on {done_on}")
    return repo.dump(repo.update(session, name, {"records": kept}))
