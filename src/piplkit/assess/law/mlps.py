"""Typed loader for the MLPS 2.0 grading data (``data/mlps.yaml``, GB/T 22240-2020).

Why data: the grading matrix (object harmed × degree of harm → level), the labels officers see
and the sector measures are facts of a standard that may be revised; the grading logic in
:mod:`piplkit.assess.rules.mlps` reads them from here, checked on load (a complete 3 × 3 matrix,
levels 1-5, known instruments), so a revision is a change of data.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlparse

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from piplkit.assess.law.kb import KnowledgeBase, load_knowledge_base

__all__ = [
    "DEGREES",
    "LEVELS",
    "OBJECTS",
    "Label",
    "MlpsData",
    "MlpsDataError",
    "load_mlps",
]

#: ids of the grading elements, as stored in the register (``register.enums``)
OBJECTS = ("citizens_legal_persons", "social_order_public_interest", "national_security")
DEGREES = ("general", "serious", "especially_serious")
LEVELS = (1, 2, 3, 4, 5)


class MlpsDataError(ValueError):
    """``mlps.yaml`` is malformed or cites an instrument the knowledge base does not know."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _urls(sources: tuple[str, ...]) -> tuple[str, ...]:
    for s in sources:
        if urlparse(s).scheme not in {"http", "https"}:
            raise ValueError(f"source {s!r} is not an http(s) URL")
    return sources


class Label(_Model):
    zh: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def text(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class Reading(_Model):
    """How a rule was read: verified with quoted words, or not, with a note saying why."""

    clause: str
    verified: bool
    note: str = ""
    quote: str | None = None
    sources: tuple[str, ...] = ()

    _checked = field_validator("sources")(_urls)


class Sector(_Model):
    instrument: str
    zh: str
    en: str
    verified: bool
    note: str
    sources: tuple[str, ...] = ()

    _checked = field_validator("sources")(_urls)


class MlpsData(_Model):
    standard: str
    clause: str
    verified: bool
    quote: str
    note: str
    sources: tuple[str, ...] = Field(min_length=1)
    objects: dict[str, Label]
    degrees: dict[str, Label]
    matrix: dict[str, dict[str, int]]
    levels: dict[int, Label]
    aspects: dict[str, Label]
    aspect_rule: Reading
    sectors: dict[str, Sector] = Field(default_factory=dict)

    _checked = field_validator("sources")(_urls)

    @model_validator(mode="after")
    def _complete(self) -> MlpsData:
        if tuple(self.objects) != OBJECTS:
            raise ValueError(f"objects must be {OBJECTS} in this order")
        if tuple(self.degrees) != DEGREES:
            raise ValueError(f"degrees must be {DEGREES} in this order")
        if tuple(sorted(self.levels)) != LEVELS:
            raise ValueError("levels must be 1 to 5")
        if set(self.matrix) != set(OBJECTS):
            raise ValueError("the matrix needs one row per object")
        for obj, row in self.matrix.items():
            if set(row) != set(DEGREES):
                raise ValueError(f"matrix[{obj}] needs one level per degree")
            levels = [row[d] for d in DEGREES]
            if any(lv not in LEVELS for lv in levels):
                raise ValueError(f"matrix[{obj}]: levels must be 1-5")
            if levels != sorted(levels):
                raise ValueError(f"matrix[{obj}]: more harm can never give a lower level")
        if set(self.aspects) != {"business_information", "system_service"}:
            raise ValueError("aspects are business_information and system_service")
        return self

    def level(self, harm_object: str, degree: str) -> int:
        """The level GB/T 22240-2020 4.3 gives to ``degree`` of harm to ``harm_object``."""
        try:
            return self.matrix[harm_object][degree]
        except KeyError:
            raise KeyError(f"unknown grading element {harm_object!r} / {degree!r}") from None


def build_mlps(raw: Any, kb: KnowledgeBase) -> MlpsData:
    """Validate decoded YAML and check that every instrument it names is in the knowledge base."""
    try:
        data = MlpsData.model_validate(raw)
    except ValidationError as exc:
        raise MlpsDataError(f"mlps.yaml: {exc}") from None
    named = [data.standard, *(s.instrument for s in data.sectors.values())]
    for inst in named:
        if inst not in kb.instruments:
            raise MlpsDataError(f"mlps.yaml: unknown instrument {inst!r}")
    return data


@cache
def load_mlps() -> MlpsData:
    """The shipped grading data, validated once per process."""
    text = resources.files("piplkit.assess.law").joinpath("data/mlps.yaml").read_text("utf-8")
    return build_mlps(yaml.safe_load(text), load_knowledge_base())
