"""Standard contract filing materials and PIPIA focus points (``data/scc_filing.yaml``).

The law knowledge base records thresholds and deadlines but not the filing materials, so they
live here as data with the same rules as the law data: every citation names a known instrument
and a verified entry names a source. Citations of instruments not in force on the as-of date
are dropped, so the checklist follows the edition of the CAC filing guide in force.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib import resources
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from piplkit.assess.law.kb import KnowledgeBase, load_knowledge_base


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourcedCitation(_Model):
    instrument: str
    article: str
    verified: bool
    note: str | None = None
    note_zh: str | None = None
    #: the words read in the source, where recorded
    quote: str | None = None
    sources: tuple[str, ...] = ()

    def note_in(self, lang: str) -> str:
        return (self.note_zh if lang == "zh" and self.note_zh else self.note) or ""

    @model_validator(mode="after")
    def _sourced(self) -> SourcedCitation:
        if self.verified and not self.sources:
            raise ValueError(f"{self.instrument} {self.article}: verified without a source")
        if not self.verified and not self.note:
            raise ValueError(f"{self.instrument} {self.article}: unverified without a note")
        return self


class Item(_Model):
    id: str
    zh: str
    en: str
    form: Literal["original", "copy", "file"] | None = None
    citations: tuple[SourcedCitation, ...] = Field(min_length=1)

    def text(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en

    def citations_on(self, kb: KnowledgeBase, day: dt.date) -> tuple[SourcedCitation, ...]:
        return tuple(c for c in self.citations if kb.in_force(c.instrument, day))


class FocusPoint(_Model):
    zh: str
    en: str

    def text(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class FocusPoints(_Model):
    citation: SourcedCitation
    items: tuple[FocusPoint, ...] = Field(min_length=1)


class SccFiling(_Model):
    focus_points: FocusPoints
    materials: tuple[Item, ...] = Field(min_length=1)
    steps: tuple[Item, ...] = Field(min_length=1)

    def citations(self) -> list[SourcedCitation]:
        out = [self.focus_points.citation]
        for item in (*self.materials, *self.steps):
            out += item.citations
        return out

    def materials_on(self, kb: KnowledgeBase, day: dt.date) -> list[Item]:
        """Materials with at least one citation in force on ``day``."""
        return [m for m in self.materials if m.citations_on(kb, day)]

    def steps_on(self, kb: KnowledgeBase, day: dt.date) -> list[Item]:
        return [s for s in self.steps if s.citations_on(kb, day)]


class ChecklistDataError(ValueError):
    """The shipped checklist data is malformed or cites unknown law."""


def parse_scc_filing(raw: object, kb: KnowledgeBase) -> SccFiling:
    data = SccFiling.model_validate(raw)
    unknown = sorted({c.instrument for c in data.citations()} - set(kb.instruments))
    if unknown:
        raise ChecklistDataError(f"scc_filing.yaml cites unknown instruments: {unknown}")
    return data


@cache
def load_scc_filing() -> SccFiling:
    package = resources.files("piplkit.assess.documents")
    text = package.joinpath("data/scc_filing.yaml").read_text("utf-8")
    return parse_scc_filing(yaml.safe_load(text), load_knowledge_base())
