"""Read-only summaries of the register for dashboards: PI by type, sensitivity, assessment.

Queries only; the web dashboard and the REST API both show these, so neither computes them.
The assessment runs the rules engine over :func:`register_profile` (the facts the register and
its transfer ledger hold) on a chosen date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from piplkit.assess.law.pi_types import load_catalogue
from piplkit.assess.rules import Assessment, ProfileError, evaluate, profile_from_data
from piplkit.map.register.enums import Sensitivity
from piplkit.map.register.errors import InvalidInputError
from piplkit.map.register.facts import register_profile
from piplkit.map.register.models import Dataset, DatasetColumn
from piplkit.map.register.repository import REPOSITORIES


@dataclass(frozen=True, slots=True)
class TypeCount:
    """How many columns (in how many datasets) hold one PI type."""

    pi_type: str
    name_zh: str
    name_en: str
    sensitive: bool
    columns: int
    datasets: int


def entity_counts(session: Session) -> dict[str, int]:
    return {key: repo.count(session) for key, repo in REPOSITORIES.items()}


def pi_by_type(session: Session) -> list[TypeCount]:
    """PI types found in dataset columns, most frequent first."""
    stmt = (
        select(
            DatasetColumn.pi_type,
            func.count(),
            func.count(func.distinct(DatasetColumn.dataset_id)),
            func.max(DatasetColumn.sensitive.cast(type_=DatasetColumn.matches.type)),
        )
        .where(DatasetColumn.pi_type.is_not(None))
        .group_by(DatasetColumn.pi_type)
    )
    catalogue = load_catalogue().types
    out: list[TypeCount] = []
    for type_id, columns, n_datasets, any_sensitive in session.execute(stmt):
        entry = catalogue.get(type_id)
        out.append(
            TypeCount(
                pi_type=type_id,
                name_zh=entry.name_zh if entry else type_id,
                name_en=entry.name_en if entry else type_id,
                sensitive=bool(any_sensitive) or bool(entry and entry.sensitive),
                columns=int(columns),
                datasets=int(n_datasets),
            )
        )
    out.sort(key=lambda t: (-t.columns, t.pi_type))
    return out


def datasets_by_sensitivity(session: Session) -> dict[str, int]:
    """Dataset counts for each sensitivity level (every level present, zero when none)."""
    counts = {s.value: 0 for s in Sensitivity}
    stmt = select(Dataset.sensitivity, func.count()).group_by(Dataset.sensitivity)
    for level, n in session.execute(stmt):
        counts[Sensitivity(level).value] = int(n)
    return counts


def assess_register(
    session: Session, as_of: dt.date | None = None, organisation: str | None = None
) -> Assessment:
    """Routes and obligations for the register's facts on ``as_of`` (default today)."""
    facts = register_profile(session, organisation)
    try:
        profile = profile_from_data(facts)
        return evaluate(profile, as_of)
    except ProfileError as exc:
        raise InvalidInputError(f"register facts: {exc}") from None


@dataclass(frozen=True, slots=True)
class Deadline:
    """A dated obligation or transfer deadline, for an 'upcoming' list."""

    due: dt.date
    what: str
    what_zh: str
    source: str
    approximate: bool


def upcoming_deadlines(result: Assessment, limit: int = 10) -> list[Deadline]:
    """Dated deadlines from an assessment, soonest first, not before its ``as_of``."""
    items: list[Deadline] = []
    for t in result.transfers:
        for d in t.deadlines:
            if d.due is not None and d.due >= result.as_of:
                items.append(Deadline(d.due, d.what, d.what, t.name, d.approximate))
    for o in result.obligations:
        if o.due_date is not None and o.due_date >= result.as_of:
            items.append(Deadline(o.due_date, o.title, o.title_zh, o.id, False))
    items.sort(key=lambda d: (d.due, d.what))
    return items[:limit]
