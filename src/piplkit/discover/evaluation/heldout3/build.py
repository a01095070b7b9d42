"""Generate the held-out-3 set: every table of the domain modules, written to a folder with a
``manifest.json`` in the shape the business-set scorer reads, so that
``piplkit eval business score DIR`` (and ``benchmarks/bench_columns_heldout3.py``) score it
unchanged."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from faker import Faker

from piplkit.discover.evaluation.heldout3 import writers
from piplkit.discover.evaluation.heldout3.person import make_person
from piplkit.discover.evaluation.heldout3.spec import Col, Row, Table
from piplkit.discover.evaluation.heldout_files import write_set

#: The scorer recognises manifests by this name.
SET_NAME = "piplkit-business-columns"
HELDOUT3_NAME = "piplkit-heldout3-business-columns"
REFERENCE_DATE = date(2026, 12, 4)
DEFAULT_SEED = 3_2026_1204
#: Gold types whose values reveal a birth date (the scorer ORs "holds a minor" into them).
AGE_TYPES = frozenset({"cn_resident_id", "birth_date"})


def all_tables() -> list[Table]:
    from piplkit.discover.evaluation.heldout3 import tables_nonpi, tables_people, tables_services

    return [*tables_people.tables(), *tables_services.tables(), *tables_nonpi.tables()]


def _cell(col: Col, row: Row, fmt: str) -> tuple[Any, bool]:
    """``(value, is a real value of the column)``; blanks and placeholders are not real."""
    if col.blank and row.rng.random() < col.blank:
        if col.placeholders and fmt in ("csv", "tsv", "xlsx"):
            return row.rng.choice(col.placeholders), False
        return None, False
    return col.gen(row), True


def build_table(
    table: Table, seed: int, ref: date, rows: int | None = None
) -> tuple[list[list[Any]], dict[str, Any]]:
    """The table's cells (column-major) and its manifest entry."""
    rng = random.Random(f"{seed}:{table.file}:{table.sheet}")
    fake = Faker("zh_CN")
    fake.seed_instance(rng.randrange(2**31))
    n = rows or rng.randint(*table.rows)
    grid: list[list[Any]] = [[] for _ in table.columns]
    youngest: list[date | None] = [None] * len(table.columns)
    latin = Faker("en_US")
    latin.seed_instance(rng.randrange(2**31))
    row = Row(rng, fake, ref, make_person(rng, fake, table.ages, ref), state={"en": latin})
    for i in range(n):
        row.i = i
        row.p = make_person(rng, fake, table.ages, ref)
        for j, col in enumerate(table.columns):
            value, real = _cell(col, row, table.fmt)
            grid[j].append(value)
            if real and col.gold in AGE_TYPES:
                born, so_far = row.p.born, youngest[j]
                if so_far is None or born > so_far:
                    youngest[j] = born
    columns = []
    for j, col in enumerate(table.columns):
        empty = sum(1 for v in grid[j] if v in (None, "") or v in col.placeholders)
        columns.append(
            {
                "position": j,
                "header": col.header,
                "gold": col.gold,
                "style": col.style,
                "kind": col.gold or "business",
                "variant": col.variant,
                "decidable_by_values": col.by_values,
                "blank_rate": round(empty / n, 3),
                "youngest_birth": y.isoformat() if (y := youngest[j]) else None,
            }
        )
    entry = {
        "file": table.file,
        "sheet": table.sheet,
        "format": table.fmt,
        "encoding": table.encoding if table.fmt in ("csv", "tsv") else None,
        "domain": table.domain,
        "rows": n,
        "columns": columns,
        "delimiter": table.delimiter if table.fmt in ("csv", "tsv") else None,
        "title_rows": len(table.titles),
        "totals_row": table.totals,
    }
    return grid, entry


def generate(
    out: Path,
    *,
    seed: int = DEFAULT_SEED,
    ref: date = REFERENCE_DATE,
    rows: int | None = None,
    domains: frozenset[str] | None = None,
) -> dict[str, Any]:
    """Write the tables (all, or those of ``domains``) and ``manifest.json`` into ``out``.

    ``rows`` fixes the row count of every table (for quick tests); by default each table draws
    its own count from its range."""

    def built() -> Iterator[tuple[Table, list[list[Any]], dict[str, Any]]]:
        for table in all_tables():
            if domains is None or table.domain in domains:
                grid, entry = build_table(table, seed, ref, rows)
                yield table, grid, entry

    header = {
        "name": SET_NAME,
        "set": HELDOUT3_NAME,
        "seed": seed,
        "reference_date": ref.isoformat(),
    }
    return write_set(out, built(), writers, ref, header)
