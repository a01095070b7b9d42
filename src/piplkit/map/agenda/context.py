"""What every duty builder shares: the date, the law data as sources, and date arithmetic.

Why a context: each entry cites the dated parameter (or article) that fixes it, with its
source address and whether the words were read; building that once per parameter and date keeps
a register of thousands of systems fast. Unverified readings are collected once, for the
calendar's ``unverified`` list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TypeGuard

from piplkit.assess.law import calendar as law_calendar
from piplkit.assess.law.calendar import UnknownYearError
from piplkit.assess.law.kb import KnowledgeBase
from piplkit.assess.law.models import ParameterValue
from piplkit.map.agenda.entry import Source, Words
from piplkit.map.agenda.facts import Record


class AgendaContext:
    def __init__(self, kb: KnowledgeBase, as_of: dt.date) -> None:
        self.kb = kb
        self.as_of = as_of
        self._unverified: dict[str, None] = {}
        self._sources: dict[tuple[str, str, str], Source] = {}
        self._params: dict[tuple[str, dt.date], ParameterValue | None] = {}

    # -- law data --------------------------------------------------------------------------
    def param(self, parameter_id: str, on: dt.date | None = None) -> ParameterValue | None:
        day = on or self.as_of
        key = (parameter_id, day)
        if key not in self._params:
            self._params[key] = self.kb.param(parameter_id, day)
        return self._params[key]

    def value(self, parameter_id: str, on: dt.date | None = None) -> object:
        pv = self.param(parameter_id, on)
        return None if pv is None else pv.value

    def source(self, pv: ParameterValue) -> Source:
        """The source of a parameter value (its first listed address, else the instrument's)."""
        key = (pv.instrument, pv.article, pv.start.isoformat())
        found = self._sources.get(key)
        if found is None:
            inst = self.kb.instrument(pv.instrument)
            url = pv.sources[0] if pv.sources else (inst.sources[0] if inst.sources else None)
            found = self._sources[key] = Source(
                pv.instrument, inst.short, pv.article, pv.verified, url, pv.quote
            )
            if not pv.verified:
                self.flag(f"{inst.short} {pv.article}: {pv.note or 'the text was not read'}")
        return found

    def cite(self, instrument: str, article: str, *, verified: bool = True) -> Source:
        """An article cited without a parameter (the instrument's first source address)."""
        key = (instrument, article, "")
        found = self._sources.get(key)
        if found is None:
            inst = self.kb.instrument(instrument)
            url = inst.sources[0] if inst.sources else None
            found = self._sources[key] = Source(instrument, inst.short, article, verified, url)
            if not verified:
                self.flag(f"{inst.short} {article}: the text was not read")
        return found

    def in_force(self, instrument: str, on: dt.date | None = None) -> bool:
        return self.kb.in_force(instrument, on or self.as_of)

    def flag(self, note: str) -> None:
        self._unverified.setdefault(note, None)

    @property
    def unverified(self) -> tuple[str, ...]:
        return tuple(self._unverified)

    # -- facts on the as-of date -------------------------------------------------------------
    def happened(self, day: dt.date | None) -> TypeGuard[dt.date]:
        """A dated fact counts only if it happened on or before the as-of date (a fact that
        happened has a date: callers use the day without checking for None again)."""
        return day is not None and day <= self.as_of

    def last(self, records: Iterable[Record], *kinds: str) -> dt.date | None:
        """The latest date on or before as-of on which one of ``kinds`` was done."""
        days = [r.done_on for r in records if r.kind in kinds and r.done_on <= self.as_of]
        return max(days) if days else None

    # -- date arithmetic --------------------------------------------------------------------
    def calendar_days(self, start: dt.date, days: int) -> tuple[dt.date, bool, Words]:
        """End of a period of ``days`` calendar days (Civil Code Arts. 201, 203).

        Returns (date, provisional, note). When the nominal last day falls in a year whose
        holiday schedule is unknown, that day is returned as provisional: acting by it is always
        in time, but a rest day could move the legal end later; the note says why.
        """
        try:
            return law_calendar.add_calendar_days(start, days), False, Words()
        except UnknownYearError as exc:
            nominal = start + dt.timedelta(days=days)
            return (
                nominal,
                True,
                Words(
                    f"{nominal} is the nominal last day; if it is a rest day the period ends on "
                    f"the next working day, which cannot be known yet ({exc})",
                    f"{nominal}为名义上的期间最后一日；期间最后一日是法定休假日的，以法定休假日"
                    f"结束的次日为期间的最后一日（《民法典》第二百零三条），{exc.year}年节假日"
                    "安排尚未公布，暂无法确定",
                ),
            )

    def working_days(self, start: dt.date, days: int) -> tuple[dt.date | None, Words]:
        """The ``days``-th working day after ``start``, or None with the reason (unknown year)."""
        try:
            return law_calendar.add_working_days(start, days), Words()
        except UnknownYearError as exc:
            return None, Words(
                f"date unknown: {exc}",
                f"日期暂无法确定：{exc.year}年节假日安排尚未公布，无法计算工作日",
            )
