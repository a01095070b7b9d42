"""Records of the tracker: text blocks read from a document, raw items, and extracted developments.

Readers for each format (plain text, Markdown, HTML, PDF, DOCX) reduce a document to the same
``Block`` list, so that splitting and extraction do not care where the text came from. What the
splitter decides is not a development is kept as ``Skipped`` entries with a reason, so that a
user can see what was left out and why.
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
    ``marker`` is the style of a list entry's numbering (``num`` "1.", ``paren`` "(1)", ``zh1``
    "一、", ``zh2`` "（一）", ``roman``, ``alpha``, ``bullet``; ``ol``/``ul`` for structural lists
    of Markdown and HTML) with ``depth`` for nesting. A table row has ``cells`` (its cell texts),
    ``table`` (which table of the document) and ``header`` (a header row).
    """

    text: str
    heading: int | None = None
    list_no: int | None = None
    refs: list[int] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    line: int = 0
    marker: str | None = None
    depth: int = 0
    cells: list[str] | None = None
    table: int | None = None
    header: bool = False
    #: the date a list page shows beside an entry's linked title (``listentry``): the item's
    #: date when its teaser reports none (H8-1), never its title
    entry_date: str = ""


@dataclass
class Skipped:
    """Text the splitter recognised as not a development, with the reason (shown to the user).

    Consecutive blocks skipped for the same reason are one entry: ``text`` is an excerpt of the
    first, ``blocks`` how many there were.
    """

    reason: str
    text: str
    line: int = 0
    blocks: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {"reason": self.reason, "text": self.text, "line": self.line, "blocks": self.blocks}


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
    #: values a layout states in their own place (a table's date or authority column, a notice's
    #: signature date): ``date``, ``authority``, ``stage``, ``effective``, ``kind``
    hints: dict[str, str] = field(default_factory=dict)
    #: True when the title is not a headline of the document but the body's first sentence
    derived_title: bool = False
    #: instruments a notice lists in a table (title cell, date-of-effect cell): "…等4项国家标准"
    listed: list[tuple[str, str]] = field(default_factory=list)

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
    skipped: list[Skipped] = field(default_factory=list)
    #: the document's own title (first heading or line), when it has one
    title: str | None = None
    #: ``newsletter`` (several items), ``notice`` (one regulator's notice or one article page)
    #: or ``table`` (items are the rows of a table)
    structure: str = "newsletter"


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
    #: other documents that report the same development (filled by ``dedupe``)
    also_in: list[str] = field(default_factory=list)

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
            "also_in": list(self.also_in),
        }
