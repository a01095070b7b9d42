"""The document model: a report as language-resolved sections of paragraphs, tables and lists.

Why a model between the assessment and the renderers: HTML (and through it PDF) and DOCX must
say exactly the same thing, so all wording and every decision about what appears is made once,
when the model is built (one builder per document, e.g. ``pipia/``); renderers only lay it
out. Inline runs distinguish plain text, citations (flagged when unverified) and fields the
handler has to fill in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class Text:
    text: str
    bold: bool = False


@dataclass(frozen=True)
class Cite:
    """A legal citation as displayed; ``unverified`` ones carry a visible mark."""

    text: str
    unverified: bool = False


@dataclass(frozen=True)
class Fill:
    """A fact piplkit cannot know: shown as a clearly marked field for the handler."""

    hint: str


Inline = Text | Cite | Fill
Runs = tuple[Inline, ...]


@dataclass(frozen=True)
class Paragraph:
    runs: Runs


@dataclass(frozen=True)
class BulletList:
    items: tuple[Runs, ...]


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[Runs, ...], ...]
    #: relative column widths (percent); None lets the renderer decide
    widths: tuple[int, ...] | None = None
    #: "grid" for data tables, "keyvalue" for label/value tables (first column shaded)
    kind: Literal["grid", "keyvalue"] = "grid"

    def __post_init__(self) -> None:
        for row in self.rows:
            if len(row) != len(self.headers):
                raise ValueError(f"row has {len(row)} cells, table has {len(self.headers)} columns")
        if self.widths is not None and len(self.widths) != len(self.headers):
            raise ValueError("widths must give one value per column")


@dataclass(frozen=True)
class Notice:
    runs: Runs
    level: Literal["info", "warning"] = "info"


Block = Paragraph | BulletList | Table | Notice


@dataclass(frozen=True)
class Section:
    """A numbered heading with its blocks; ``level`` 1 starts a chapter, 2 a subsection."""

    anchor: str
    number: str
    title: str
    level: int
    blocks: tuple[Block, ...] = ()


@dataclass(frozen=True)
class Report:
    lang: str
    html_lang: str
    title: str
    subtitle: str
    draft_stamp: str
    handler: str
    as_of: dt.date
    generated_on: dt.date
    cover: Table
    cover_notice: Notice
    toc_title: str
    footer: str
    #: page number wording around the counters, e.g. ("Page ", " of ", "")
    page_format: tuple[str, str, str]
    #: how a Fill field is shown ("[To complete: {hint}]") and shown without a hint
    fill_format: str
    fill_empty: str
    #: the mark after an unverified citation, e.g. " (unverified)"
    unverified_text: str
    sections: tuple[Section, ...] = field(default_factory=tuple)

    def fill_text(self, hint: str) -> str:
        return self.fill_format.format(hint=hint) if hint else self.fill_empty

    def headings(self) -> list[str]:
        return [f"{s.number} {s.title}".strip() for s in self.sections]
