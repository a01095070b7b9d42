"""Instants are stored in UTC: SQLite keeps a datetime's wall time and drops its offset, and
hands back a naive value that the register reads as UTC, so anything else would shift by
the offset (eight hours for Beijing time) on the way back."""

from __future__ import annotations

import datetime as dt


def to_utc(value: dt.datetime) -> dt.datetime:
    """An aware instant in UTC (a naive value is taken as UTC, as stored by SQLite)."""
    return (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
