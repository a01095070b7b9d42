"""The compliance calendar as the REST API and the web UI ask for it: a query, checked, answered.

One place turns "the calendar of organisation O (or system S, or these families) on day D" into
entries, so the JSON route, the iCalendar feed and the web page can never disagree: the names
are checked against the register (an unknown one is a 404, not an empty calendar that looks
like "nothing due"), the facts are read in a few queries (:mod:`.calendar_facts`) and the pure
core (:mod:`piplkit.map.agenda`) computes and filters the entries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import get_args

from sqlalchemy import select
from sqlalchemy.orm import Session

from piplkit.assess.law.calendar import CHINA_TZ
from piplkit.map.agenda import Calendar, compute_calendar
from piplkit.map.agenda.entry import FAMILIES, Entry, Status
from piplkit.map.register.errors import InvalidInputError
from piplkit.map.register.models import Organisation, System
from piplkit.map.register.repository import organisations, systems
from piplkit.platform.service.calendar_facts import calendar_facts

#: every status an entry can have, in the order the calendar sorts them (overdue first)
STATUSES: tuple[str, ...] = get_args(Status)
__all__ = [
    "FAMILIES",
    "STATUSES",
    "CalendarQuery",
    "china_today",
    "filter_choices",
    "in_range",
    "register_calendar",
]


def china_today(now: dt.datetime | None = None) -> dt.date:
    """Today as a calendar in China reads it: the default as-of day of every face."""
    return (now or dt.datetime.now(dt.UTC)).astimezone(CHINA_TZ).date()


@dataclass(frozen=True, slots=True)
class CalendarQuery:
    """What to show: the day, whose duties, which families and statuses, up to which date."""

    as_of: dt.date
    organisation: str | None = None
    system: str | None = None
    families: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    until: dt.date | None = None

    def check(self) -> CalendarQuery:
        """The query with blank names dropped; unknown families or statuses raise."""
        unknown = [f for f in self.families if f not in FAMILIES]
        if unknown:
            raise InvalidInputError(
                f"family: {', '.join(unknown)} is not one of {', '.join(FAMILIES)}"
            )
        unknown = [s for s in self.statuses if s not in STATUSES]
        if unknown:
            raise InvalidInputError(
                f"status: {', '.join(unknown)} is not one of {', '.join(STATUSES)}"
            )
        return replace(
            self,
            organisation=(self.organisation or "").strip() or None,
            system=(self.system or "").strip() or None,
        )


def register_calendar(session: Session, query: CalendarQuery) -> Calendar:
    """The register's calendar for ``query`` (read only); NotFoundError for an unknown name."""
    query = query.check()
    if query.organisation is not None:
        organisations.get(session, query.organisation)
    if query.system is not None:
        systems.get(session, query.system)
    facts = calendar_facts(session, query.as_of)
    return compute_calendar(facts, query.as_of).filtered(
        organisation=query.organisation,
        system=query.system,
        families=query.families,
        statuses=query.statuses,
        until=query.until,
    )


def in_range(entries: tuple[Entry, ...], first: dt.date, last: dt.date) -> list[Entry]:
    """The dated entries due from ``first`` to ``last`` (both included), in calendar order."""
    return [e for e in entries if e.due is not None and first <= e.due <= last]


def filter_choices(session: Session) -> tuple[list[str], list[str]]:
    """The names a calendar can be filtered by: organisations and systems (names only, in one
    query each, so a register of thousands of systems costs milliseconds, not ORM objects)."""
    orgs = list(session.scalars(select(Organisation.name).order_by(Organisation.name)))
    names = list(session.scalars(select(System.name).order_by(System.name)))
    return orgs, names
