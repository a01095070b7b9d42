"""Small builders for calendar facts (synthetic names) and entry lookups."""

from __future__ import annotations

import datetime as dt

from piplkit.map.agenda import Calendar, Entry, compute_calendar
from piplkit.map.agenda.facts import RegisterFacts

D = dt.date.fromisoformat


def calendar(as_of: str, **facts: object) -> Calendar:
    return compute_calendar(RegisterFacts(**facts), D(as_of))  # type: ignore[arg-type]


def entries(cal: Calendar, duty: str) -> list[Entry]:
    return [e for e in cal.entries if e.duty == duty]


def one(cal: Calendar, duty: str) -> Entry:
    found = entries(cal, duty)
    assert len(found) == 1, (duty, [e.duty for e in cal.entries])
    return found[0]


def none(cal: Calendar, duty: str) -> None:
    assert entries(cal, duty) == [], [e.to_dict(cal.as_of) for e in entries(cal, duty)]
