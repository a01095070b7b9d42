"""Evaluation state shared by the rules: the date, the law data, the trace and unverified items.

Rules read parameters and cite articles *through* the context so that every number used and
every unconfirmed fact is recorded once, which is what ``--explain`` and ``unverified`` show.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from piplkit.assess.law.kb import KnowledgeBase
from piplkit.assess.law.models import Citation, ParameterValue, citation
from piplkit.assess.rules.result import TraceStep, Unverified


class EvalContext:
    def __init__(self, kb: KnowledgeBase, as_of: dt.date) -> None:
        self.kb = kb
        self.as_of = as_of
        self.trace: list[TraceStep] = []
        self._unverified: dict[tuple[str, str, str], Unverified] = {}
        self._step: TraceStep | None = None
        self._live = kb.in_force_on(as_of)

    # -- trace -----------------------------------------------------------------------------
    def begin(self, rule: str) -> TraceStep:
        self._step = TraceStep(rule=rule, outcome="not_triggered")
        self.trace.append(self._step)
        return self._step

    def fact(self, name: str, value: Any) -> Any:
        """Record that the current rule read fact ``name``; returns the value for inline use."""
        if self._step is not None:
            self._step.facts[name] = value
        return value

    # -- law data --------------------------------------------------------------------------
    @property
    def live(self) -> frozenset[str]:
        """Ids of the instruments in force on the as-of date."""
        return self._live

    def in_force(self, instrument_id: str) -> bool:
        if instrument_id in self._live:
            return True
        if instrument_id not in self.kb.instruments:  # a typo in a rule must fail loudly
            raise KeyError(f"unknown instrument {instrument_id!r}")
        return False

    def param(self, parameter_id: str, on: dt.date | None = None) -> ParameterValue | None:
        """A parameter's value on ``on`` (default as-of), recorded in the trace."""
        day = on or self.as_of
        pv = self.kb.param(parameter_id, day)
        if self._step is not None:
            self._step.used.append((parameter_id, pv))  # formatted only if the trace is read
        if pv is not None and not pv.verified:
            self.flag(parameter_id, pv.instrument, pv.article, pv.note or "value not confirmed")
        return pv

    def value(self, parameter_id: str, on: dt.date | None = None) -> Any:
        pv = self.param(parameter_id, on)
        return None if pv is None else pv.value

    def cite(
        self, instrument: str, article: str, verified: bool = True, note: str = ""
    ) -> Citation:
        """A citation; unverified ones (or of instruments with unverified metadata) are flagged."""
        inst = self.kb.instrument(instrument)  # KeyError on a typo: rules must cite known law
        if not verified:
            self.flag(f"{inst.short} {article}", instrument, article, note or "text not confirmed")
        if inst.unverified:
            self.flag(
                f"{inst.short} metadata",
                instrument,
                "-",
                "unconfirmed fields: " + ", ".join(inst.unverified),
            )
        return citation(instrument, article)

    def flag(self, subject: str, instrument: str, article: str, note: str) -> None:
        key = (subject, instrument, article)
        if key not in self._unverified:
            self._unverified[key] = Unverified(subject, instrument, article, note)

    @property
    def unverified(self) -> tuple[Unverified, ...]:
        return tuple(self._unverified.values())
