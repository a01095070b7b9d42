"""Records of the tracker: text blocks read from a document, raw items, and extracted developments.

Readers for each layout (plain text, Markdown, HTML) reduce a document to the same ``Block`` list,
so that splitting and extraction do not care where the text came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Stage = Literal["draft", "adopted", "in_force", "plan", "other"]
Kind = Literal["legislation", "enforcement", "judicial", "industry", "other"]


@dataclass
class Block:
    """One paragraph-level unit of a document.

    ``heading`` is the heading level when the layout marks it (Markdown ``#``, HTML ``<h2>``, a
    paragraph that is wholly bold gets level 7), else None. ``refs`` are footnote numbers the
    reader found as explicit markers (``[^3]``, ``<sup>3</sup>``); ``links`` are inline URLs.
    """

    text: str
    heading: int | None = None
    list_no: int | None = None
    refs: list[int] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    line: int = 0


@dataclass
class RawItem:
    """A development item as split from the document, before extraction."""

    title: str
    body: list[str]
    section: str | None
    section_kind: str | None
    footnotes: list[int]
    links: list[str]
    line: int
    warnings: list[str] = field(default_factory=list)

    @property
    def body_text(self) -> str:
        return "\n".join(self.body)


@dataclass
class ParsedDocument:
    """A document split into items, with its source list and what was learned about its dates."""

    name: str
    layout: str
    items: list[RawItem]
    sources: dict[int, list[str]]
    published: str | None
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class InstrumentMention:
    name: str
    stage: Stage
    effective_date: str | None
    start: int = -1

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "stage": self.stage, "effective_date": self.effective_date}


@dataclass
class Development:
    """The structured record of one development (the ``track ingest`` JSONL schema)."""

    title: str
    date: str | None
    authorities: list[str]
    instruments: list[InstrumentMention]
    kind: Kind
    penalty_cny: float | int | None
    footnotes: list[int]
    sources: list[str]
    summary: str
    document: str = ""
    section: str | None = None
    warnings: list[str] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "date": self.date,
            "authorities": list(self.authorities),
            "instruments": [i.to_dict() for i in self.instruments],
            "kind": self.kind,
            "penalty_cny": self.penalty_cny,
            "footnotes": list(self.footnotes),
            "sources": list(self.sources),
            "summary": self.summary,
            "document": self.document,
            "section": self.section,
            "links": list(self.links),
            "warnings": list(self.warnings),
        }
