"""Merge accepted status events into the law knowledge base, for the rules engine to read.

The shipped YAML stays as released; accepted events live in the register
(``instrument_status_event``). A caller that wants the rules to see them reads the events and
passes ``with_status_events(load_knowledge_base(), events)`` as the ``kb`` argument of
:func:`piplkit.assess.rules.evaluate`. Each changed instrument is re-validated; an event the model
refuses (e.g. "in force" for an instrument recorded as a draft, which should become a new
instrument instead) is returned as skipped with the reason, never applied half-way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import ValidationError

from piplkit.assess.law.kb import KnowledgeBase
from piplkit.assess.law.models import Instrument, Status, StatusEvent


@dataclass(frozen=True)
class AcceptedEvent:
    instrument_id: str
    status: str
    date: dt.date
    note: str | None = None


def _merged(inst: Instrument, events: list[AcceptedEvent]) -> Instrument:
    history = list(inst.status_history)
    for e in events:
        if not any(h.status.value == e.status and h.date == e.date for h in history):
            history.append(StatusEvent(date=e.date, status=Status(e.status), note=e.note))
    history.sort(key=lambda h: h.date)
    data = inst.model_dump()
    data["status_history"] = [h.model_dump() for h in history]
    in_force = [h.date for h in history if h.status == Status.IN_FORCE]
    if data["effective"] is None and in_force:
        data["effective"] = in_force[0]
    return Instrument.model_validate(data)


def with_status_events(
    kb: KnowledgeBase, events: Iterable[AcceptedEvent]
) -> tuple[KnowledgeBase, list[tuple[AcceptedEvent, str]]]:
    """A knowledge base with the events of known instruments merged, and the skipped ones."""
    by_instrument: dict[str, list[AcceptedEvent]] = {}
    skipped: list[tuple[AcceptedEvent, str]] = []
    for e in events:
        if e.instrument_id not in kb.instruments:
            skipped.append((e, "not in the knowledge base (a tracked instrument)"))
        else:
            by_instrument.setdefault(e.instrument_id, []).append(e)
    instruments = dict(kb.instruments)
    for inst_id, evs in by_instrument.items():
        try:
            instruments[inst_id] = _merged(instruments[inst_id], evs)
        except (ValidationError, ValueError) as exc:
            reason = str(exc).splitlines()[-1].strip() if str(exc) else type(exc).__name__
            skipped += [(e, reason) for e in evs]
    return KnowledgeBase(instruments=instruments, parameters=kb.parameters), skipped
