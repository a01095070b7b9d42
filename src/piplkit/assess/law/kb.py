"""Load and query the law knowledge base (``data/instruments.yaml``, ``data/parameters.yaml``).

Rules ask the knowledge base "what is this threshold on this date, and which article says so"
instead of holding numbers themselves, so that a change in the law is a change in data.

An area of law may keep its instruments and parameters in companion files
(``data/instruments_<area>.yaml``, ``data/parameters_<area>.yaml``, e.g. ``_security`` for MLPS,
critical information infrastructure and important data): they are read after the main files
and validated as one knowledge base, so an id given twice across files is an error.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from pydantic import ValidationError

from piplkit.assess.law.models import (
    Citation,
    Instrument,
    InstrumentKind,
    Parameter,
    ParameterValue,
)
from piplkit.inputs.yaml_data import load_yaml


class KnowledgeBaseError(ValueError):
    """The law data is malformed or internally inconsistent."""


@dataclass(frozen=True)
class KnowledgeBase:
    instruments: Mapping[str, Instrument]
    parameters: Mapping[str, Parameter]
    #: the days on which any instrument's status changes, and the ids in force from each;
    #: built on first use (the data is immutable), so "what is in force on day D" is a bisect
    _segments: list[tuple[dt.date, frozenset[str], tuple[str, ...]]] = field(
        default_factory=list, repr=False, compare=False
    )

    #: instrument-id tuples (a rule's ``requires``) → their latest effective date
    _latest: dict[tuple[str, ...], dt.date | None] = field(
        default_factory=dict, repr=False, compare=False
    )

    def instrument(self, instrument_id: str) -> Instrument:
        try:
            return self.instruments[instrument_id]
        except KeyError:
            raise KeyError(f"unknown instrument {instrument_id!r}") from None

    def _segment(self, day: dt.date) -> tuple[dt.date, frozenset[str], tuple[str, ...]]:
        if not self._segments:
            changes = sorted({e.date for i in self.instruments.values() for e in i.status_history})
            for start in [dt.date.min, *changes]:
                live = [i for i in self.instruments.values() if i.in_force_on(start)]
                ids = tuple(i.id for i in live if i.kind != InstrumentKind.DRAFT)
                self._segments.append((start, frozenset(i.id for i in live), ids))
        index = bisect.bisect_right(self._segments, day, key=lambda seg: seg[0]) - 1
        return self._segments[index]

    def in_force_on(self, day: dt.date) -> frozenset[str]:
        """Ids of every instrument in force on ``day``."""
        return self._segment(day)[1]

    def in_force_ids(self, day: dt.date) -> tuple[str, ...]:
        """Ids of the instruments in force on ``day``, drafts excluded, in data order."""
        return self._segment(day)[2]

    def latest_effective(self, instrument_ids: tuple[str, ...]) -> dt.date | None:
        """The latest effective date among ``instrument_ids`` (None if none has one)."""
        try:
            return self._latest[instrument_ids]
        except KeyError:
            pass
        dates = [d for i in instrument_ids if (d := self.instrument(i).effective) is not None]
        latest = self._latest[instrument_ids] = max(dates) if dates else None
        return latest

    def in_force(self, instrument_id: str, day: dt.date) -> bool:
        if instrument_id not in self.instruments:
            raise KeyError(f"unknown instrument {instrument_id!r}")
        return instrument_id in self.in_force_on(day)

    def param(self, parameter_id: str, day: dt.date) -> ParameterValue | None:
        """The value of a parameter on ``day`` (None before its first period)."""
        try:
            parameter = self.parameters[parameter_id]
        except KeyError:
            raise KeyError(f"unknown parameter {parameter_id!r}") from None
        return parameter.at(day)

    def value(self, parameter_id: str, day: dt.date) -> Any:
        """Shortcut: the bare value on ``day`` (None when undefined or removed)."""
        pv = self.param(parameter_id, day)
        return None if pv is None else pv.value

    def unresolved(self, citations: Iterable[Citation]) -> list[Citation]:
        """Citations whose instrument id is not in the knowledge base."""
        return [c for c in citations if c.instrument not in self.instruments]


def _read(name: str) -> dict[str, Any]:
    text = resources.files("piplkit.assess.law").joinpath(f"data/{name}").read_text("utf-8")
    raw = load_yaml(text)
    if not isinstance(raw, dict):
        raise KnowledgeBaseError(f"{name}: top level must be a mapping")
    return raw


def build(instruments_raw: Any, parameters_raw: Any) -> KnowledgeBase:
    """Validate raw (YAML-decoded) data and cross-check references between the two files."""
    try:
        instruments = [Instrument.model_validate(item) for item in instruments_raw]
        parameters = [
            Parameter.model_validate({"id": pid, **body}) for pid, body in parameters_raw.items()
        ]
    except ValidationError as exc:
        raise KnowledgeBaseError(str(exc)) from exc
    except (TypeError, AttributeError) as exc:
        raise KnowledgeBaseError(f"malformed law data: {exc}") from exc
    by_id: dict[str, Instrument] = {}
    for inst in instruments:
        if inst.id in by_id:
            raise KnowledgeBaseError(f"duplicate instrument id {inst.id!r}")
        by_id[inst.id] = inst
    for inst in instruments:
        refs = [*inst.amends, *inst.amended_by, *inst.partially_superseded_by]
        refs += [inst.superseded_by] if inst.superseded_by else []
        for ref in refs:
            if ref not in by_id:
                raise KnowledgeBaseError(f"{inst.id}: refers to unknown instrument {ref!r}")
    for par in parameters:
        for v in par.values:
            if v.instrument not in by_id:
                raise KnowledgeBaseError(f"{par.id}: cites unknown instrument {v.instrument!r}")
            inst = by_id[v.instrument]
            if inst.effective is None or v.start < inst.effective:
                raise KnowledgeBaseError(
                    f"{par.id}: value from {v.start} cites {inst.id}, not in force until "
                    f"{inst.effective}"
                )
    return KnowledgeBase(instruments=by_id, parameters={p.id: p for p in parameters})


def _companions(stem: str) -> list[str]:
    """``stem.yaml`` first, then ``stem_<area>.yaml`` in name order."""
    data = resources.files("piplkit.assess.law").joinpath("data")
    extra = sorted(
        p.name for p in data.iterdir() if p.name.startswith(f"{stem}_") and p.name.endswith(".yaml")
    )
    return [f"{stem}.yaml", *extra]


def _read_all(stem: str, key: str) -> tuple[list[Any], dict[str, Any]]:
    """The ``key`` entries of every file of ``stem`` (a list for instruments, a mapping for
    parameters); a parameter id defined in two files is an error, not a silent override."""
    items: list[Any] = []
    mapping: dict[str, Any] = {}
    for name in _companions(stem):
        body = _read(name).get(key)
        if isinstance(body, list):
            items.extend(body)
        elif isinstance(body, dict):
            for pid, value in body.items():
                if pid in mapping:
                    raise KnowledgeBaseError(f"{name}: parameter {pid!r} is defined twice")
                mapping[pid] = value
        else:
            raise KnowledgeBaseError(f"{name}: '{key}' must be a list or a mapping")
    return items, mapping


@cache
def load_knowledge_base() -> KnowledgeBase:
    """The shipped knowledge base (main and companion files), validated once per process."""
    instruments, _ = _read_all("instruments", "instruments")
    _, parameters = _read_all("parameters", "parameters")
    return build(instruments, parameters)
