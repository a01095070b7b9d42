"""Generate held-out set 4: every table of the domain modules written into one folder with a
``manifest.json`` in the business scorer's shape, so ``piplkit eval business score DIR`` and
``benchmarks/bench_columns_heldout4.py`` score it unchanged. Same seed, same bytes."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from faker import Faker

from piplkit.discover.evaluation.heldout4 import writers
from piplkit.discover.evaluation.heldout4.person import make_person
from piplkit.discover.evaluation.heldout4.spec import Col, Ctx, Table
from piplkit.discover.evaluation.heldout_files import write_set

#: The scorer recognises manifests by this name.
SET_NAME = "piplkit-business-columns"
HELDOUT4_NAME = "piplkit-heldout4-business-columns"
REFERENCE_DATE = date(2026, 12, 5)
DEFAULT_SEED = 4_2026_1205
#: Gold types whose values give away a birth date (the scorer ORs "holds a minor" into them).
#: driver_license and social_security_card are numbered with the holder's resident ID.
AGE_TYPES = frozenset({"cn_resident_id", "birth_date", "driver_license", "social_security_card"})


def all_tables() -> list[Table]:
    from piplkit.discover.evaluation.heldout4 import (
        tables_civic,
        tables_extra,
        tables_finance,
        tables_health,
        tables_mobility,
        tables_nonpi,
        tables_online,
        tables_papers,
    )

    return [
        *tables_finance.tables(),
        *tables_health.tables(),
        *tables_civic.tables(),
        *tables_papers.tables(),
        *tables_mobility.tables(),
        *tables_online.tables(),
        *tables_extra.tables(),
        *tables_nonpi.tables(),
    ]


def _cell(col: Col, ctx: Ctx, fmt: str) -> tuple[Any, bool]:
    """``(value, is a real value)``: blanks and placeholders are not real values."""
    if col.blank and ctx.rng.random() < col.blank:
        if col.placeholders and fmt in ("csv", "tsv", "xlsx"):
            return ctx.rng.choice(col.placeholders), False
        return None, False
    return col.gen(ctx), True


def build_table(
    table: Table, seed: int, ref: date, rows: int | None = None
) -> tuple[list[list[Any]], dict[str, Any]]:
    """The table's cells (column-major) and its manifest entry."""
    rng = random.Random(f"h4:{seed}:{table.file}:{table.sheet}")
    fake = Faker("zh_CN")
    fake.seed_instance(rng.randrange(2**31))
    n = rows or rng.randint(*table.rows)
    grid: list[list[Any]] = [[] for _ in table.columns]
    youngest: list[date | None] = [None] * len(table.columns)
    ctx = Ctx(
        rng, fake, ref,
        make_person(rng, fake, table.ages, ref), make_person(rng, fake, table.other_ages, ref),
    )  # fmt: skip
    for i in range(n):
        ctx.i = i
        ctx.p = make_person(rng, fake, table.ages, ref)
        ctx.q = make_person(rng, fake, table.other_ages, ref)
        for j, col in enumerate(table.columns):
            value, real = _cell(col, ctx, table.fmt)
            grid[j].append(value)
            if real and col.gold in AGE_TYPES:
                born = (ctx.q if col.whose == "q" else ctx.p).born
                so_far = youngest[j]
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
        "encoding": (table.encoding or "utf-8") if table.fmt in ("csv", "tsv") else None,
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

    ``rows`` fixes every table's row count (quick tests); otherwise each table draws its own."""

    def built() -> Iterator[tuple[Table, list[list[Any]], dict[str, Any]]]:
        for table in all_tables():
            if domains is None or table.domain in domains:
                grid, entry = build_table(table, seed, ref, rows)
                yield table, grid, entry

    header = {
        "name": SET_NAME,
        "set": HELDOUT4_NAME,
        "seed": seed,
        "reference_date": ref.isoformat(),
    }
    return write_set(out, built(), writers, ref, header)
