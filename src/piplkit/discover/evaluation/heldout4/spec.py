"""What a set-4 table is written from: columns (header, gold type, header style, value maker)
and a table (domain, file, sheet, format, encoding, layout)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from faker import Faker

from piplkit.discover.evaluation.heldout4.person import Person


@dataclass(slots=True)
class Ctx:
    """What a value maker sees: rng, Faker, reference date, the row's person and a second
    person (contact, guardian, counterpart), the row index and state shared along the table."""

    rng: random.Random
    fake: Faker
    ref: date
    p: Person
    q: Person
    i: int = 0
    state: dict[Any, Any] = field(default_factory=dict)


Gen = Callable[[Ctx], Any]


@dataclass(frozen=True, slots=True)
class Col:
    header: str
    #: Catalogue type id, or ``None`` when the column is not PI (gold conventions in __init__).
    gold: str | None
    #: zh_formal, zh_colloquial, en_snake, en_camel, en_upper, pinyin_initials, opaque, mixed
    style: str
    gen: Gen
    blank: float = 0.0
    placeholders: tuple[str, ...] = ()
    #: A short tag of the value form (masked, excel_number, plus86, mixed_docs …).
    variant: str = ""
    #: Could a reader decide the type from the values alone?
    by_values: bool = True
    #: How a totals row fills the column: "sum", a label, or nothing.
    total: str | None = None
    #: Whose birth date the column reveals (``"p"`` the row's person, ``"q"`` the second one).
    whose: str = "p"


@dataclass(frozen=True, slots=True)
class Table:
    domain: str
    file: str
    sheet: str | None
    #: csv, tsv, xlsx, parquet, jsonl
    fmt: str
    columns: tuple[Col, ...]
    encoding: str | None = None
    rows: tuple[int, int] = (120, 260)
    #: Age range of the row's person and of the second person.
    ages: tuple[int, int] = (20, 75)
    other_ages: tuple[int, int] = (20, 75)
    #: Lines above the header (workbooks): report title, export time, filters.
    titles: tuple[str, ...] = ()
    totals: bool = False
    delimiter: str = ","
