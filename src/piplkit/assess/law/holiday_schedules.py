"""Load official holiday schedules (放假调休安排) that the ``chinese-calendar`` package lacks.

Why a data file: the State Council General Office publishes each year's schedule around
November, and a released library may lag behind it. ``data/holiday_schedules.yaml`` lets a
maintainer add a year from the notice's text, with its source, without touching code. The
loader checks the shape strictly, because a wrong holiday silently moves legal deadlines.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

DATA_FILE = "src/piplkit/assess/law/data/holiday_schedules.yaml"
MAX_RANGE_DAYS = 14  # the longest official rest period so far is 9 days (Spring Festival 2026)
MARGIN_DAYS = 31  # a range may spill into the neighbouring year (元旦 2023 began 2022-12-31)


class CalendarDataError(ValueError):
    """The holiday schedule data file is malformed; the message names the file and field."""


class HolidayRange(BaseModel):
    """One rest period as the notice states it: ``start`` to ``end`` inclusive."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    start: dt.date
    end: dt.date

    @model_validator(mode="after")
    def _ordered(self) -> HolidayRange:
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        if (self.end - self.start).days + 1 > MAX_RANGE_DAYS:
            raise ValueError(f"a rest period longer than {MAX_RANGE_DAYS} days is implausible")
        return self

    def days(self) -> list[dt.date]:
        n = (self.end - self.start).days + 1
        return [self.start + dt.timedelta(days=i) for i in range(n)]


class YearSchedule(BaseModel):
    """One year's notice: its rest periods and the weekend days made working days."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    year: int = Field(ge=2004, le=2100)
    title: str = Field(min_length=1)
    document: str | None = None  # e.g. 国办发明电〔2024〕12号
    published: dt.date
    source_url: str
    holidays: tuple[HolidayRange, ...] = Field(min_length=1)
    makeup_workdays: tuple[dt.date, ...] = ()

    @field_validator("source_url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value.startswith(("https://", "http://")):
            raise ValueError("source_url must be the notice's web address (http/https)")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> YearSchedule:
        lo = dt.date(self.year, 1, 1) - dt.timedelta(days=MARGIN_DAYS)
        hi = dt.date(self.year, 12, 31) + dt.timedelta(days=MARGIN_DAYS)
        rest = {d for r in self.holidays for d in r.days()}
        for d in (*rest, *self.makeup_workdays):
            if not lo <= d <= hi:
                raise ValueError(f"{d} is too far from year {self.year} for its schedule")
        for d in self.makeup_workdays:
            if d.weekday() < 5:
                raise ValueError(f"make-up working day {d} is a weekday (调休上班 is a Sat/Sun)")
            if d in rest:
                raise ValueError(f"{d} is both a rest day and a make-up working day")
        if self.published.year > self.year:
            raise ValueError(f"published {self.published} is after the year it schedules")
        return self


def _where(loc: tuple[Any, ...], raw: Any) -> str:
    """``schedules[0] (year 2027).holidays[1].end`` from a pydantic error location."""
    text = ""
    for i, item in enumerate(loc):
        if isinstance(item, int):
            text += f"[{item}]"
            if i == 1 and loc[0] == "schedules":
                with contextlib.suppress(KeyError, IndexError, TypeError):
                    text += f" (year {raw['schedules'][item]['year']})"
        else:
            text += ("." if text else "") + str(item)
    return text or "(top level)"


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schedules: tuple[YearSchedule, ...] = ()

    @field_validator("schedules", mode="before")
    @classmethod
    def _none_is_empty(cls, value: Any) -> Any:
        return () if value is None else value


def parse_schedules(text: str, source: str = DATA_FILE) -> tuple[YearSchedule, ...]:
    """Validate the YAML ``text``; ``source`` names the file in error messages."""
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise CalendarDataError(f"{source}: not valid YAML ({exc})") from None
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise CalendarDataError(f"{source}: expected a mapping with a 'schedules' list")
    try:
        parsed = _File.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        msg = err["msg"].removeprefix("Value error, ")
        raise CalendarDataError(f"{source}: {_where(err['loc'], raw)}: {msg}") from None
    seen: set[int] = set()
    for s in parsed.schedules:
        if s.year in seen:
            raise CalendarDataError(f"{source}: year {s.year} is listed twice")
        seen.add(s.year)
    return parsed.schedules


def load_schedules(path: Path | None = None) -> tuple[YearSchedule, ...]:
    """The shipped schedules, or those in ``path`` (for tests and local additions)."""
    if path is None:
        text = resources.files("piplkit.assess.law").joinpath("data/holiday_schedules.yaml")
        return parse_schedules(text.read_text("utf-8"))
    try:
        content = path.read_text("utf-8")
    except OSError as exc:
        raise CalendarDataError(f"{path}: cannot read ({exc.strerror})") from None
    return parse_schedules(content, str(path))
