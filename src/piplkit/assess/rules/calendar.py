"""Date arithmetic for legal time limits in the rules engine.

Working days follow the official PRC schedule (:mod:`piplkit.assess.law.calendar`: the State
Council's yearly holiday notices, including weekend days made working days), counted from the day
after the triggering date (Civil Code Art. 201). A date computed here is exact, not approximate.

When a count runs into a year whose holiday schedule is not yet known (the notice comes out
around November of the year before), the date is *unknown*: the functions return ``None``
instead of guessing Monday-Friday, and :func:`working_day_due` also records the gap among the
assessment's unverified items so that the output says why the date is missing.
"""

from __future__ import annotations

import datetime as dt

from piplkit.assess.law import calendar as law_calendar
from piplkit.assess.law.calendar import UnknownYearError
from piplkit.assess.law.models import Citation
from piplkit.assess.rules.context import EvalContext


def add_working_days(start: dt.date, days: int) -> dt.date | None:
    """The ``days``-th working day after ``start`` (negative: before it), or ``None`` when
    the count reaches a year without a known official holiday schedule."""
    try:
        return law_calendar.add_working_days(start, days)
    except UnknownYearError:
        return None


def working_day_due(
    ctx: EvalContext, start: dt.date, days: int, what: str, citation: Citation
) -> dt.date | None:
    """Like :func:`add_working_days`, and flags an unknown date as unverified in ``ctx``,
    naming the missing year and how to add it; ``citation`` is the article setting the limit."""
    try:
        return law_calendar.add_working_days(start, days)
    except UnknownYearError as exc:
        ctx.flag(
            f"working-day deadline: {what}",
            citation.instrument,
            citation.article,
            f"due date unknown: {exc}",
        )
        return None


def add_years(start: dt.date, years: int) -> dt.date:
    """Same calendar day ``years`` later (29 February falls back to 28 February)."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return start.replace(year=start.year + years, day=28)


def add_months(start: dt.date, months: int) -> dt.date:
    """Same day ``months`` later (or earlier); a missing day falls back to the month's last."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for day in (start.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(start.day, day))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")
