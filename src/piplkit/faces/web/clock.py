"""Times as people in China read them, and what is left of a deadline, for the respond pages."""

from __future__ import annotations

import datetime as dt

from piplkit.assess.law.calendar import CHINA_TZ


def china_time(value: dt.datetime | None) -> str:
    """``2025-09-30 18:00`` in Beijing time ('' for None; naive values are taken as UTC)."""
    if value is None:
        return ""
    aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return aware.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M")


def china_today(now: dt.datetime | None = None) -> dt.date:
    return (now or dt.datetime.now(dt.UTC)).astimezone(CHINA_TZ).date()


def hours_left(due: dt.datetime | None, now: dt.datetime) -> float | None:
    """Hours until ``due`` (negative when past), or None without a due time."""
    if due is None:
        return None
    aware = due if due.tzinfo else due.replace(tzinfo=dt.UTC)
    return (aware - now).total_seconds() / 3600


def china_instant(value: dt.datetime | str | None) -> str:
    """``2025-09-30 18:00:05 +08:00``: an instant people must be able to place exactly (audit
    entries, token lifetimes), with its zone ('' for None; naive values are taken as UTC, an
    ISO 8601 string is read first)."""
    if value is None or value == "":
        return ""
    moment = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M:%S +08:00")
