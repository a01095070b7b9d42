"""The app check's rules, policy elements and manual checks (``data/*.yaml``), with citations.

Citations use the documents package's :class:`SourcedCitation` (a verified citation carries
its quote and source, an unverified one a note) and must name instruments the law knowledge
base knows, so a typo in an instrument id fails at load time, not in a regulator's hands.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from piplkit.assess.documents.checklist import SourcedCitation
from piplkit.assess.law.kb import load_knowledge_base

Severity = Literal["high", "medium", "low", "info"]
SEVERITY_ORDER: dict[str, int] = {"high": 0, "medium": 1, "low": 2, "info": 3}


class LegalDataError(ValueError):
    """The app check's legal data is malformed or cites unknown instruments."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Rule(_Model):
    severity: Severity
    zh: str
    en: str
    rule_zh: str
    rule_en: str
    fix_zh: str
    fix_en: str
    citations: tuple[SourcedCitation, ...] = ()


class PatternGroup(_Model):
    patterns: tuple[str, ...] = Field(min_length=1)
    min: int = 1


class PolicyElement(_Model):
    id: str
    zh: str
    en: str
    when: Literal["sensitive", "abroad", "advertising", "third_party"] | None = None
    #: severity of the finding when the element is missing
    severity: Severity = "medium"
    all: tuple[PatternGroup, ...] = Field(min_length=1)
    fix_zh: str
    fix_en: str
    citations: tuple[SourcedCitation, ...] = Field(min_length=1)

    def name(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en

    def compiled(self) -> list[tuple[int, list[re.Pattern[str]]]]:
        return [(g.min, [re.compile(p, re.IGNORECASE) for p in g.patterns]) for g in self.all]


class ListSpec(_Model):
    zh: str
    en: str
    patterns: tuple[str, ...] = Field(min_length=1)

    def name(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class PolicyElements(_Model):
    sources: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    elements: tuple[PolicyElement, ...] = Field(min_length=1)
    lists: dict[Literal["collected", "shared"], ListSpec]


class ManualCheck(_Model):
    id: str
    zh: str
    en: str
    how_zh: str
    how_en: str
    citations: tuple[SourcedCitation, ...] = Field(min_length=1)

    def title(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en

    def how(self, lang: str) -> str:
        return self.how_zh if lang == "zh" else self.how_en


class Rules(_Model):
    sources: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    rules: dict[str, Rule]


class ManualChecks(_Model):
    checks: tuple[ManualCheck, ...] = Field(min_length=1)


def _read(name: str) -> object:
    text = resources.files("piplkit.discover.apps").joinpath(f"data/{name}").read_text("utf-8")
    return yaml.safe_load(text)


def _validate(model: type[_Model], name: str) -> _Model:
    try:
        return model.model_validate(_read(name))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise LegalDataError(f"{name}: {where}: {first['msg']}") from None


def _check_instruments(name: str, citations: list[SourcedCitation]) -> None:
    known = set(load_knowledge_base().instruments)
    unknown = sorted({c.instrument for c in citations} - known)
    if unknown:
        raise LegalDataError(f"{name} cites unknown instruments: {unknown}")


@cache
def rules() -> dict[str, Rule]:
    data = _validate(Rules, "rules.yaml")
    assert isinstance(data, Rules)
    _check_instruments("rules.yaml", [c for r in data.rules.values() for c in r.citations])
    return data.rules


@cache
def policy_elements() -> PolicyElements:
    data = _validate(PolicyElements, "policy_elements.yaml")
    assert isinstance(data, PolicyElements)
    _check_instruments("policy_elements.yaml", [c for e in data.elements for c in e.citations])
    for e in data.elements:
        e.compiled()  # a bad regular expression fails here, at load time
    return data


@cache
def manual_checks() -> tuple[ManualCheck, ...]:
    data = _validate(ManualChecks, "manual_checks.yaml")
    assert isinstance(data, ManualChecks)
    _check_instruments("manual_checks.yaml", [c for m in data.checks for c in m.citations])
    return data.checks
