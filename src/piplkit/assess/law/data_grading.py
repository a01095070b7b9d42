"""Typed loader for the data-grading rules (``data/data_grading.yaml``).

The grading function in ``piplkit.assess.rules.data_grading`` holds the logic; the grades, the
rules' dates, citations, quoted words and thresholds (parameter ids into ``parameters.yaml``) live
here as data, so a new catalogue or a new standard is a change of data, checked on load.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib import resources
from typing import Any, Literal
from urllib.parse import urlparse

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from piplkit.assess.law.kb import KnowledgeBase, load_knowledge_base
from piplkit.assess.law.models import Citation
from piplkit.assess.law.pi_models import QuotedReading, Source
from piplkit.assess.law.pi_types import PICatalogue, load_catalogue

__all__ = [
    "GRADE_IDS",
    "GradeDefinition",
    "GradeId",
    "GradingData",
    "GradingError",
    "GradingRule",
    "build_grading",
    "load_grading",
]

GradeId = Literal["general", "important", "core"]
GRADE_IDS: tuple[GradeId, ...] = ("general", "important", "core")
#: DatasetFacts fields a rule may read (kept in step with ``rules.data_grading``).
FACT_FIELDS = frozenset(
    {
        "determined_core",
        "catalogue_listed",
        "notified_important",
        "individuals",
        "population_scale",
        "sector",
    }
)


class GradingError(ValueError):
    """The grading data is malformed or inconsistent with the law knowledge base."""


class GradeDefinition(QuotedReading):
    """One grade: its rank (general 0 < important 1 < core 2), names and definition."""

    rank: int = Field(ge=0)
    name_zh: str
    name_en: str
    since: dt.date
    definition_zh: str
    definition_en: str
    citations: tuple[Citation, ...] = Field(min_length=1)


class GradingRule(QuotedReading):
    """A dated rule bearing on the grade of a dataset that holds PI."""

    id: str
    kind: Literal["determines", "candidate", "limits", "duty"]
    grade: GradeId | None = None
    fact: str | None = None
    sector: str | None = None
    parameter: str | None = None
    types: tuple[str, ...] = ()
    since: dt.date
    summary_en: str
    summary_zh: str
    citations: tuple[Citation, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _shape(self) -> GradingRule:
        if self.kind in {"determines", "candidate"} and self.grade is None:
            raise ValueError(f"rule {self.id!r}: a {self.kind} rule names the grade")
        if self.fact is not None and self.fact not in FACT_FIELDS:
            raise ValueError(f"rule {self.id!r}: unknown fact {self.fact!r}")
        return self


class GradingData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sources: dict[str, Source]
    grades: dict[GradeId, GradeDefinition]
    rules: dict[str, GradingRule]

    def rule(self, rule_id: str) -> GradingRule:
        try:
            return self.rules[rule_id]
        except KeyError:
            raise KeyError(f"grading rule {rule_id!r} is not in data_grading.yaml") from None


def _check(data: GradingData, kb: KnowledgeBase, catalogue: PICatalogue) -> None:
    if sorted(data.grades, key=lambda g: data.grades[g].rank) != list(GRADE_IDS):
        raise GradingError("grades must be general, important, core in rank order")
    readings: list[tuple[str, Any]] = [(f"grade {g}", d) for g, d in data.grades.items()]
    readings += [(f"rule {r.id}", r) for r in data.rules.values()]
    for label, reading in readings:
        for c in reading.citations:
            if c.instrument not in kb.instruments:
                raise GradingError(f"{label}: unknown instrument {c.instrument!r}")
            if not kb.in_force(c.instrument, reading.since):
                raise GradingError(f"{label}: {c.instrument} is not in force on {reading.since}")
        for key in reading.sources:
            if key not in data.sources and urlparse(key).scheme not in {"http", "https"}:
                raise GradingError(f"{label}: unknown source {key!r}")
    for rule in data.rules.values():
        if rule.parameter is not None and rule.parameter not in kb.parameters:
            raise GradingError(f"rule {rule.id}: unknown parameter {rule.parameter!r}")
        for type_id in rule.types:
            if type_id not in catalogue.types:
                raise GradingError(f"rule {rule.id}: unknown PI type {type_id!r}")


def build_grading(
    raw: Any, kb: KnowledgeBase | None = None, catalogue: PICatalogue | None = None
) -> GradingData:
    """Validate decoded YAML against the schema, the law knowledge base and the PI catalogue."""
    if not isinstance(raw, dict):
        raise GradingError("data_grading.yaml: top level must be a mapping")
    try:
        rules = {rid: {"id": rid, **body} for rid, body in (raw.get("rules") or {}).items()}
        data = GradingData.model_validate(
            {"sources": raw.get("sources") or {}, "grades": raw.get("grades"), "rules": rules}
        )
    except ValidationError as exc:
        raise GradingError(f"data_grading.yaml: {exc}") from exc
    except (TypeError, AttributeError) as exc:
        raise GradingError(f"data_grading.yaml: malformed data: {exc}") from exc
    _check(data, kb or load_knowledge_base(), catalogue or load_catalogue())
    return data


@cache
def load_grading() -> GradingData:
    package = resources.files("piplkit.assess.law")
    text = package.joinpath("data/data_grading.yaml").read_text("utf-8")
    return build_grading(yaml.safe_load(text))
