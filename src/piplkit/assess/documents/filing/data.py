"""The filing-pack data (``documents/data/filing_packs.yaml``), validated on load.

Appendix I of the standard contract, the supplementary-terms screening rules, the export PIPIA
template reference and the security-assessment checklist, each with citations held to the law
data's discipline: known instruments only, verified entries with a source.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from piplkit.assess.documents.checklist import ChecklistDataError, SourcedCitation
from piplkit.assess.law.kb import KnowledgeBase, load_knowledge_base

Fills = Literal[
    "processing_purpose",
    "processing_method",
    "scale",
    "pi_categories",
    "sensitive_pi_categories",
    "onward_recipients",
    "channel",
    "retention_abroad",
    "storage_location_abroad",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(_Model):
    zh: str
    en: str
    id: str | None = None

    def text(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class AppendixItem(Text):
    fills: Fills | None


class Appendix1(_Model):
    citation: SourcedCitation
    items: tuple[AppendixItem, ...] = Field(min_length=10, max_length=10)


class TermsRule(_Model):
    id: str
    article: str
    zh: str
    en: str
    patterns: tuple[str, ...] = Field(min_length=1)

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        for p in patterns:
            re.compile(p)
        return patterns

    def text(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class SupplementaryTerms(_Model):
    basis: tuple[SourcedCitation, ...] = Field(min_length=1)
    rules: tuple[TermsRule, ...] = Field(min_length=1)


class ExportPipia(_Model):
    template: SourcedCitation


class Checklist(_Model):
    citation: SourcedCitation
    items: tuple[Text, ...] = Field(min_length=1)


class SecurityAssessment(_Model):
    self_assessment: Checklist
    materials: Checklist
    legal_documents: Checklist


class FilingPacks(_Model):
    appendix1: Appendix1
    supplementary_terms: SupplementaryTerms
    export_pipia: ExportPipia
    security_assessment: SecurityAssessment

    def citations(self) -> list[SourcedCitation]:
        sa = self.security_assessment
        return [
            self.appendix1.citation,
            *self.supplementary_terms.basis,
            self.export_pipia.template,
            sa.self_assessment.citation,
            sa.materials.citation,
            sa.legal_documents.citation,
        ]


def parse_filing_packs(raw: object, kb: KnowledgeBase) -> FilingPacks:
    data = FilingPacks.model_validate(raw)
    unknown = sorted({c.instrument for c in data.citations()} - set(kb.instruments))
    if unknown:
        raise ChecklistDataError(f"filing_packs.yaml cites unknown instruments: {unknown}")
    return data


@cache
def load_filing_packs() -> FilingPacks:
    path = resources.files("piplkit.assess.documents").joinpath("data/filing_packs.yaml")
    return parse_filing_packs(yaml.safe_load(path.read_text("utf-8")), load_knowledge_base())
