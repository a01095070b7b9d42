"""The shapes a held-out-3 table is written from: a column (header, gold type, value maker) and
a table (domain, file, format, encoding, layout extras such as report titles or a totals row)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from faker import Faker

from piplkit.discover.evaluation.heldout3.person import Person


@dataclass(slots=True)
class Row:
    """What a value maker sees: the rng, Faker, the row's person, the row index, shared state."""

    rng: random.Random
    fake: Faker
    ref: date
    p: Person
    i: int = 0
    state: dict[str, Any] = field(default_factory=dict)


Maker = Callable[[Row], Any]


@dataclass(frozen=True, slots=True)
class Col:
    header: str
    #: Catalogue type id, or ``None`` for a column that is not PI.
    gold: str | None
    #: Header style: zh_formal, zh_colloquial, en_snake, en_camel, en_upper, pinyin_initials,
    #: pinyin_full, abbrev, opaque, annotated.
    style: str
    gen: Maker
    #: Share of empty cells, and what an empty cell is written as ("" when none given).
    blank: float = 0.0
    placeholders: tuple[str, ...] = ()
    variant: str = ""
    #: Could a reader decide the type from the values alone (without the header)?
    by_values: bool = True
    #: How a totals row fills this column ("sum", a label, or nothing).
    total: str | None = None


@dataclass(frozen=True, slots=True)
class Table:
    domain: str
    file: str
    #: Sheet name for workbooks, ``None`` otherwise.
    sheet: str | None
    #: csv, tsv, xlsx, parquet, jsonl
    fmt: str
    columns: tuple[Col, ...]
    encoding: str | None = None
    rows: tuple[int, int] = (150, 300)
    #: Ages of the people in the rows.
    ages: tuple[int, int] = (18, 80)
    #: Lines written above the header (workbooks only): report title, export date …
    titles: tuple[str, ...] = ()
    totals: bool = False
    delimiter: str = ","
