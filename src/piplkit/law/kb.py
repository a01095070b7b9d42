"""Load and query the law knowledge base (``data/instruments.yaml``, ``data/parameters.yaml``).

Rules ask the knowledge base "what is this threshold on this date, and which article says so"
instead of holding numbers themselves, so that a change in the law is a change in data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml
from pydantic import ValidationError

from piplkit.law.models import Citation, Instrument, Parameter, ParameterValue


class KnowledgeBaseError(ValueError):
    """The law data is malformed or internally inconsistent."""


@dataclass(frozen=True)
class KnowledgeBase:
    instruments: Mapping[str, Instrument]
    parameters: Mapping[str, Parameter]

    def instrument(self, instrument_id: str) -> Instrument:
        try:
            return self.instruments[instrument_id]
        except KeyError:
            raise KeyError(f"unknown instrument {instrument_id!r}") from None

    def in_force(self, instrument_id: str, day: dt.date) -> bool:
        return self.instrument(instrument_id).in_force_on(day)

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
    text = resources.files("piplkit.law").joinpath(f"data/{name}").read_text("utf-8")
    raw = yaml.safe_load(text)
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


@cache
def load_knowledge_base() -> KnowledgeBase:
    """The shipped knowledge base, validated once per process."""
    return build(_read("instruments.yaml")["instruments"], _read("parameters.yaml")["parameters"])
