"""Chinese working days and legal periods: official holidays, make-up working days, hours.

Why: PRC time limits such as "within 10 working days" (工作日) move with the State Council's
yearly holiday schedule, which both adds weekday rest days and turns some Saturdays and Sundays
into working days (调休上班). Counting Monday to Friday is wrong around every Spring Festival and
National Day, so this module never guesses: a date in a year without an official schedule
raises :class:`UnknownYearError`.

Sources of the schedule, in order: ``data/holiday_schedules.yaml`` (years added by hand from the
notice), then the ``chinese-calendar`` package (2004-2026 in 1.11.0).

Counting convention (Civil Code of the PRC, Book One, Chapter 10, Arts. 200-204):
- Art. 201(1): a period counted in days does not count the day on which it begins; it runs
  from the next day. So ``add_working_days(start, n)`` is the n-th working day *after*
  ``start``: a request received on a Friday before a holiday starts counting on the first
  working day after the holiday, and a request received on a holiday is counted the same way.
- Art. 201(2): a period counted in hours runs from the moment the law sets (e.g. discovery of
  an incident); holidays do not pause it (:func:`add_hours`).
- Art. 203: a period whose last day is a statutory rest day ends on the day after the rest
  ends (:func:`add_calendar_days`); the last day ends at 24:00 (:func:`end_of_day`).
Art. 204 lets a law provide otherwise; callers with a special rule must apply it themselves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from typing import Literal

import chinese_calendar

from piplkit.assess.law.holiday_schedules import DATA_FILE, YearSchedule, load_schedules

CHINA_TZ = dt.timezone(dt.timedelta(hours=8), "CST")  # no daylight saving since 1991

DayKind = Literal["workday", "weekend", "holiday", "makeup_workday"]

# chinese-calendar names its holidays in English; piplkit reports the notices' Chinese names.
LIBRARY_HOLIDAY_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
}


@cache
def _library_version() -> str:
    try:
        return version("chinese-calendar")
    except PackageNotFoundError:  # pragma: no cover - installed as a dependency
        return "?"


@cache
def _library_years() -> tuple[int, int]:
    """First and last year of the package's table (it raises NotImplementedError outside)."""
    years = [d.year for d in chinese_calendar.holidays]
    return min(years), max(years)


class UnknownYearError(LookupError):
    """No official holiday schedule is known for ``year``; working days cannot be counted."""

    def __init__(self, year: int, listed: Iterable[int] = ()) -> None:
        self.year = year
        lo, hi = _library_years()
        listed = sorted(listed)
        have = f"chinese-calendar {_library_version()} covers {lo}-{hi}"
        if listed:
            have += f" and {DATA_FILE} lists {', '.join(map(str, listed))}"
        if year < lo:
            how = f"piplkit does not count working days before {lo}"
        else:
            how = (
                f"the State Council General Office publishes it (国务院办公厅关于{year}年部分"
                f"节假日安排的通知) around November of {year - 1}; once published, add it to "
                f"{DATA_FILE} from the notice's text with its source URL, or upgrade "
                f"chinese-calendar to a release that covers {year}"
            )
        super().__init__(
            f"no official holiday schedule for {year}, so working days in {year} cannot be "
            f"counted ({have}); {how}"
        )


@dataclass(frozen=True)
class DayInfo:
    """What a date is and why: ``holiday`` names the festival a rest or make-up day belongs to."""

    day: dt.date
    working: bool
    kind: DayKind
    holiday: str | None
    source: str


def _plain_date(value: object, name: str) -> dt.date:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise TypeError(
            f"{name} must be a datetime.date (for an instant use "
            f".astimezone(CHINA_TZ).date()), got {type(value).__name__}"
        )
    return value


class WorkdayCalendar:
    """Working days from hand-added schedules, then (optionally) the chinese-calendar package."""

    def __init__(self, schedules: Iterable[YearSchedule] = (), *, use_library: bool = True):
        self._use_library = use_library
        self._years: dict[int, YearSchedule] = {}
        self._overrides: dict[dt.date, DayInfo] = {}
        self._memo: dict[dt.date, DayInfo] = {}  # package answers; bounded by its 2004-2026 table
        for s in schedules:
            self._years[s.year] = s
            for r in s.holidays:
                for d in r.days():
                    self._overrides[d] = DayInfo(d, False, "holiday", r.name, s.source_url)
            for d in s.makeup_workdays:
                name = _festival_for(d, s)
                self._overrides[d] = DayInfo(d, True, "makeup_workday", name, s.source_url)

    # -- coverage --------------------------------------------------------------------------
    def listed_years(self) -> tuple[int, ...]:
        """Years taken from the data file (not the package)."""
        return tuple(sorted(self._years))

    def covers(self, year: int) -> bool:
        if year in self._years:
            return True
        if not self._use_library:
            return False
        lo, hi = _library_years()
        return lo <= year <= hi

    # -- single days -----------------------------------------------------------------------
    def info(self, day: dt.date) -> DayInfo:
        """Classify ``day``; raises :class:`UnknownYearError` outside the known years."""
        day = _plain_date(day, "day")
        hit = self._overrides.get(day)
        if hit is not None:
            return hit
        if day.year in self._years:
            src = self._years[day.year].source_url
            return DayInfo(day, day.weekday() < 5, _plain_kind(day), None, src)
        if self._use_library:
            known = self._memo.get(day)
            if known is None:
                known = self._memo[day] = self._library_info(day)
            return known
        raise UnknownYearError(day.year, self._years)

    def _library_info(self, day: dt.date) -> DayInfo:
        # The package rescans its whole table on every call (~50 us), hence the memo above.
        try:
            rest, name = chinese_calendar.get_holiday_detail(day)
        except NotImplementedError:
            raise UnknownYearError(day.year, self._years) from None
        src = f"chinese-calendar {_library_version()}"
        if name is None:
            return DayInfo(day, not rest, _plain_kind(day), None, src)
        kind: DayKind = "holiday" if rest else "makeup_workday"
        return DayInfo(day, not rest, kind, LIBRARY_HOLIDAY_NAMES.get(name, name), src)

    def is_working_day(self, day: dt.date) -> bool:
        return self.info(day).working

    # -- periods ---------------------------------------------------------------------------
    def add_working_days(self, start: dt.date, n: int) -> dt.date:
        """The n-th working day after ``start`` (``start`` itself never counts, Art. 201).

        ``n < 0`` walks back: the |n|-th working day before ``start`` (for "N working days
        before expiry"). ``n == 0`` returns ``start`` unchanged.
        """
        start = _plain_date(start, "start")
        step = dt.timedelta(days=1 if n >= 0 else -1)
        remaining, day = abs(n), start
        while remaining:
            day += step
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days stepped over going from ``start`` to ``end``: ``start`` excluded,
        ``end`` included; negative when ``end`` is before ``start``.

        Inverse of :meth:`add_working_days`: ``between(s, add(s, n)) == n`` for every n.
        """
        start, end = _plain_date(start, "start"), _plain_date(end, "end")
        if end >= start:
            days = ((start + dt.timedelta(days=i)) for i in range(1, (end - start).days + 1))
            return sum(self.is_working_day(d) for d in days)
        days = ((end + dt.timedelta(days=i)) for i in range((start - end).days))
        return -sum(self.is_working_day(d) for d in days)

    def next_working_day(self, day: dt.date) -> dt.date:
        """``day`` if it is a working day, else the first working day after it."""
        day = _plain_date(day, "day")
        while not self.is_working_day(day):
            day += dt.timedelta(days=1)
        return day

    def add_calendar_days(self, start: dt.date, n: int) -> dt.date:
        """A period of ``n`` calendar days from ``start`` (Art. 201: ``start`` not counted),
        moved to the first working day after a rest period when its last day falls in one
        (Art. 203(1)).

        piplkit treats every non-working day (weekends and official rest days) as a
        statutory rest day (法定休假日) for Art. 203; that reading is the common practice
        but is not spelled out in the Code.
        """
        if n < 0:
            raise ValueError("a period counted forward needs n >= 0")
        start = _plain_date(start, "start")
        return self.next_working_day(start + dt.timedelta(days=n))


def _plain_kind(day: dt.date) -> DayKind:
    return "workday" if day.weekday() < 5 else "weekend"


def _festival_for(day: dt.date, schedule: YearSchedule) -> str | None:
    """The festival a make-up working day belongs to: the nearest rest period in the notice."""
    nearest = min(
        schedule.holidays,
        key=lambda r: min(abs((day - r.start).days), abs((day - r.end).days)),
    )
    return nearest.name


# -- hours and instants ----------------------------------------------------------------------
def add_hours(at: dt.datetime, hours: float) -> dt.datetime:
    """``hours`` after ``at`` (Art. 201(2): from the moment the law sets; holidays don't pause
    it). ``at`` must carry a time zone; the result is in China Standard Time."""
    if not isinstance(at, dt.datetime):
        raise TypeError(f"at must be a datetime, got {type(at).__name__}")
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(
            "at has no time zone; pass e.g. datetime(..., tzinfo=CHINA_TZ) so that the "
            "deadline is an unambiguous instant"
        )
    if hours < 0:
        raise ValueError("hours must be >= 0")
    return (at + dt.timedelta(hours=hours)).astimezone(CHINA_TZ)


def end_of_day(day: dt.date) -> dt.datetime:
    """The instant a period's last day ends: 24:00 China time (Art. 203(2)), i.e. 00:00 of
    the next day. Business-hours cut-offs (also Art. 203(2)) are the caller's to apply."""
    day = _plain_date(day, "day")
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), CHINA_TZ)


# -- module-level shortcuts on the shipped calendar ------------------------------------------
@cache
def default_calendar() -> WorkdayCalendar:
    """The shipped schedules plus chinese-calendar (built once)."""
    return WorkdayCalendar(load_schedules())


def is_working_day(day: dt.date) -> bool:
    return default_calendar().is_working_day(day)


def day_info(day: dt.date) -> DayInfo:
    return default_calendar().info(day)


def add_working_days(start: dt.date, n: int) -> dt.date:
    return default_calendar().add_working_days(start, n)


def working_days_between(start: dt.date, end: dt.date) -> int:
    return default_calendar().working_days_between(start, end)


def add_calendar_days(start: dt.date, n: int) -> dt.date:
    return default_calendar().add_calendar_days(start, n)


def next_working_day(day: dt.date) -> dt.date:
    return default_calendar().next_working_day(day)


__all__ = [
    "CHINA_TZ",
    "DayInfo",
    "UnknownYearError",
    "WorkdayCalendar",
    "add_calendar_days",
    "add_hours",
    "add_working_days",
    "day_info",
    "default_calendar",
    "end_of_day",
    "is_working_day",
    "next_working_day",
    "working_days_between",
]
