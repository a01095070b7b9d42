"""How a held-out table is described: its columns (header as written, gold type, header style,
a value generator) and its file (format, encoding, delimiter, sheet, quirks of the exporter)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from faker import Faker

from piplkit.discover.evaluation.heldout.person import People, Person

#: Header styles (short code → name written to the manifest).
STYLES = {
    "Z": "zh_formal",
    "z": "zh_colloquial",
    "T": "zh_traditional",
    "s": "en_snake",
    "c": "en_camel",
    "U": "en_upper",
    "t": "en_title",
    "p": "pinyin_initials",
    "P": "pinyin_full",
    "a": "abbreviation",
    "x": "table_prefixed",
    "n": "with_unit_or_note",
    "m": "mixed_zh_en",
    "o": "opaque",
    "b": "blank",
    "d": "duplicate",
}


class Row:
    """What a value generator sees: the row's person, seeded randomness and table state."""

    __slots__ = ("en", "fake", "i", "p", "ref", "rng", "state", "tw")

    def __init__(
        self,
        rng: random.Random,
        fake: Faker,
        tw: Faker,
        en: Faker,
        ref: date,
        state: dict[str, Any],
    ) -> None:
        self.rng, self.fake, self.tw, self.en, self.ref, self.state = rng, fake, tw, en, ref, state
        self.i = 0
        self.p: Person | None = None

    @property
    def person(self) -> Person:
        assert self.p is not None
        return self.p


Gen = Callable[[Row], Any]


@dataclass(slots=True)
class Col:
    header: str
    gold: str | None
    style: str
    gen: Gen
    #: Share of empty cells (written as the table's null token or ``placeholders``).
    blank: float = 0.0
    placeholders: tuple[str, ...] = ()
    #: Share of cells replaced by a wrong or junk value (``junk``).
    noise: float = 0.0
    junk: tuple[str, ...] = ("不详", "见备注", "N/A", "0", "同上", "?")
    #: Share of cells padded with trailing spaces (or a full-width space).
    pad: float = 0.0
    kind: str = ""
    variant: str = ""
    by_values: bool = False


@dataclass(slots=True)
class Table:
    file: str
    domain: str
    fmt: str  # csv | tsv | xlsx | parquet | jsonl
    columns: list[Col]
    rows: tuple[int, int] = (150, 900)
    people: People = field(default_factory=People)
    sheet: str | None = None
    encoding: str = "utf-8"
    delimiter: str = ","
    quote_all: bool = False
    crlf: bool = False
    null_token: str = ""
    #: XLSX lines above the header (report title, account block); real bank/payroll exports.
    title_rows: tuple[tuple[Any, ...], ...] = ()
    #: A last "合计" row as spreadsheets exported by finance systems end.
    totals_row: bool = False
    #: Headers whose cells an exporter wrote as ``="…"`` or with a trailing tab to keep Excel
    #: from turning long digit strings into floats.
    excel_text: tuple[str, ...] = ()
    excel_text_style: str = "formula"  # formula | tab
    shapes: tuple[str, ...] = ()


def col(header: str, gold: str | None, style: str, gen: Gen, **kw: Any) -> Col:
    """A column; ``style`` is a code of :data:`STYLES`."""
    if style not in STYLES:
        raise ValueError(f"unknown header style {style!r} for {header!r}")
    return Col(header, gold, STYLES[style], gen, **kw)
