"""Typed schema of the law knowledge base: instruments, status history and dated parameters.

The YAML files under ``data/`` are validated against these models on load, so a typo in a date,
an unknown instrument kind or a period that ends before it starts fails loudly at import time
instead of silently producing a wrong legal answer.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Citation(BaseModel):
    """A pointer into the law: which instrument, which article (free text: "Art. 4(3)")."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    instrument: str
    article: str
    note: str | None = None


_CITATIONS: dict[tuple[str, str], Citation] = {}


def citation(instrument: str, article: str) -> Citation:
    """The (shared, immutable) citation of ``article`` of ``instrument``.

    Citations are frozen, so one object per pair serves every evaluation; building a fresh
    pydantic model for each of the tens of citations a profile cites costs more than the rule.
    """
    key = (instrument, article)
    found = _CITATIONS.get(key)
    if found is None:
        if len(_CITATIONS) > 50_000:  # bounded: articles come from data, but stay safe
            _CITATIONS.clear()
        found = _CITATIONS[key] = Citation(instrument=instrument, article=article)
    return found


class InstrumentKind(StrEnum):
    LAW = "law"
    ADMINISTRATIVE_REGULATION = "administrative_regulation"
    DEPARTMENTAL_RULE = "departmental_rule"
    NORMATIVE_DOCUMENT = "normative_document"
    NATIONAL_STANDARD = "national_standard"
    DRAFT = "draft"


class Status(StrEnum):
    DRAFT_FOR_COMMENTS = "draft_for_comments"
    ADOPTED = "adopted"
    PUBLISHED = "published"
    IN_FORCE = "in_force"
    AMENDED = "amended"
    PARTIALLY_SUPERSEDED = "partially_superseded"
    REPEALED = "repealed"


#: Statuses under which an instrument (or the part of it not replaced) applies.
IN_FORCE_STATUSES = frozenset({Status.IN_FORCE, Status.AMENDED, Status.PARTIALLY_SUPERSEDED})


class StatusEvent(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    date: dt.date
    status: Status
    note: str | None = None


class Instrument(BaseModel):
    """One legal instrument and its life: drafted, adopted, in force, amended or repealed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title_zh: str
    title_en: str
    short: str
    issuer: str
    kind: InstrumentKind
    binding: bool
    issued: dt.date
    effective: dt.date | None
    amends: tuple[str, ...] = ()
    amended_by: tuple[str, ...] = ()
    superseded_by: str | None = None
    partially_superseded_by: tuple[str, ...] = ()
    status_history: tuple[StatusEvent, ...] = Field(min_length=1)
    unverified: tuple[str, ...] = ()
    sources: tuple[str, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Instrument:
        dates = [e.date for e in self.status_history]
        if dates != sorted(dates):
            raise ValueError(f"{self.id}: status_history must be in date order")
        in_force = [e.date for e in self.status_history if e.status == Status.IN_FORCE]
        if self.kind == InstrumentKind.DRAFT:
            if self.effective is not None or in_force:
                raise ValueError(f"{self.id}: a draft has no effective date and is never in force")
        else:
            if self.effective is None:
                raise ValueError(f"{self.id}: effective date missing")
            if in_force[:1] != [self.effective]:
                raise ValueError(f"{self.id}: first in_force event must be on the effective date")
        if self.effective is not None and self.effective < self.issued:
            raise ValueError(f"{self.id}: effective before issued")
        for field in self.unverified:
            if field not in type(self).model_fields:
                raise ValueError(f"{self.id}: unverified names unknown field {field!r}")
        return self

    def status_on(self, day: dt.date) -> Status | None:
        """Status on ``day`` (None before the first recorded event)."""
        current: Status | None = None
        for event in self.status_history:
            if event.date > day:
                break
            current = event.status
        return current

    def in_force_on(self, day: dt.date) -> bool:
        return self.status_on(day) in IN_FORCE_STATUSES

    @property
    def verified(self) -> bool:
        return not self.unverified


ParamScalar = int | bool | dt.date | str | None


class ParameterValue(BaseModel):
    """One value of a parameter over one period, with the article it comes from."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: dt.date
    end: dt.date | None
    value: ParamScalar
    instrument: str
    article: str
    verified: bool
    note: str | None = None
    #: the words of the instrument that fix the value, as read (Chinese original)
    quote: str | None = None
    sources: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _period(self) -> ParameterValue:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")
        if self.verified and not self.sources:
            raise ValueError("a verified value must name at least one source")
        if self.quote is not None and not self.sources:
            raise ValueError("a quoted value must name the source it was read in")
        return self

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    @property
    def number(self) -> int:
        """The value of an ``int`` parameter. Rules compare counts and add days with it; the
        parameter's type was checked when the law data loaded, so anything else is a bug in
        the rule that asked (it names the parameter's article)."""
        if isinstance(self.value, bool) or not isinstance(self.value, int):
            raise TypeError(f"{self.instrument} {self.article}: {self.value!r} is not a number")
        return self.value

    @property
    def day(self) -> dt.date:
        """The value of a ``date`` parameter (see :attr:`number`)."""
        if not isinstance(self.value, dt.date):
            raise TypeError(f"{self.instrument} {self.article}: {self.value!r} is not a date")
        return self.value

    @property
    def citation(self) -> Citation:
        return citation(self.instrument, self.article)


_TYPES: dict[str, tuple[type, ...]] = {
    "int": (int,),
    "bool": (bool,),
    "str": (str,),
    "date": (dt.date,),
}


class Parameter(BaseModel):
    """A dated legal quantity: a threshold, a window, a deadline or a validity period."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    description: str
    type: Literal["int", "bool", "str", "date"]
    unit: str | None = None
    comparison: Literal["gte", "gt", "lt"] | None = None
    values: tuple[ParameterValue, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _timeline(self) -> Parameter:
        expected = _TYPES[self.type]
        for v in self.values:
            if v.value is None:
                continue
            # bool is a subclass of int: reject it where an int is expected, and vice versa
            if isinstance(v.value, bool) != (self.type == "bool") or not isinstance(
                v.value, expected
            ):
                raise ValueError(f"{self.id}: value {v.value!r} is not of type {self.type}")
            if isinstance(v.value, int) and v.value < 0:
                raise ValueError(f"{self.id}: negative value {v.value}")
        for prev, nxt in zip(self.values, self.values[1:], strict=False):
            if prev.end is None:
                raise ValueError(f"{self.id}: open-ended period starting {prev.start} is not last")
            if nxt.start <= prev.end:
                raise ValueError(f"{self.id}: periods overlap at {nxt.start}")
            if nxt.start != prev.end + dt.timedelta(days=1):
                raise ValueError(f"{self.id}: gap between {prev.end} and {nxt.start}")
        return self

    def at(self, day: dt.date) -> ParameterValue | None:
        """The value in force on ``day``, or None when the parameter did not exist yet."""
        for v in self.values:
            if v.covers(day):
                return v
        return None
