"""Generate held-out set 5 into a folder: every table's rows from its column generators, the
files through the shared folder writer, and a manifest with each column's gold."""

from __future__ import annotations

import random
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from faker import Faker

from piplkit.discover.evaluation.heldout5 import (
    tables_apps,
    tables_care,
    tables_civic,
    tables_life,
    tables_money,
    tables_nonpi,
    writers,
)
from piplkit.discover.evaluation.heldout5.person import make_person
from piplkit.discover.evaluation.heldout5.spec import Table
from piplkit.discover.evaluation.heldout5.values import GENS, Ctx, Gen, placeholder
from piplkit.discover.evaluation.heldout5.values_more import MORE
from piplkit.discover.evaluation.heldout_files import write_set

DEFAULT_SEED = 20261205
REFERENCE_DATE = date(2026, 12, 1)
SET_NAME = "piplkit-business-columns"
ROWS = 60
AGE_TYPES = frozenset({"cn_resident_id", "birth_date"})
ALL_GENS: dict[str, Gen] = {**GENS, **MORE}


def all_tables() -> list[Table]:
    """Every table of the set, in build order."""
    return [
        *tables_life.tables(),
        *tables_money.tables(),
        *tables_care.tables(),
        *tables_civic.tables(),
        *tables_apps.tables(),
        *tables_nonpi.tables(),
    ]


def _fmt_label(table: Table) -> str:
    if table.fmt in ("csv", "tsv"):
        return f"{table.fmt}_{(table.encoding or 'utf-8').replace('-', '')}"
    return table.fmt


def build_table(table: Table, seed: int, rows: int) -> tuple[list[list[Any]], dict[str, Any]]:
    """The table's grid (header first) and its manifest entry."""
    key = zlib.crc32(f"{table.file}#{table.sheet}".encode())
    rng = random.Random(seed * 1_000_003 + key)
    fake = Faker("zh_CN")
    fake.seed_instance(seed + key)
    headers = [c.header for c in table.columns]
    grid: list[list[Any]] = [headers]
    births: dict[str, list[date]] = {"p": [], "q": []}
    for i in range(rows):
        p = make_person(rng, fake, REFERENCE_DATE, table.p_ages)
        q = make_person(rng, fake, REFERENCE_DATE, table.q_ages)
        births["p"].append(p.birth)
        births["q"].append(q.birth)
        ctx = Ctx(rng, fake, p, q, i, REFERENCE_DATE)
        row = []
        for col in table.columns:
            value = ALL_GENS[col.gen](ctx)
            if col.gen != "seq" and rng.random() < table.mess:
                value = placeholder(rng)
            row.append(value)
        grid.append(row)
    columns = []
    for pos, col in enumerate(table.columns):
        who = "q" if col.gen.endswith("_q") else "p"
        youngest = max(births[who]).isoformat() if col.gold in AGE_TYPES else None
        columns.append({
            "header": col.header, "position": pos, "gold": col.gold, "style": col.style,
            "generator": col.gen, "youngest_birth": youngest,
        })  # fmt: skip
    entry = {
        "file": table.file, "sheet": table.sheet if table.fmt == "xlsx" else None,
        "format": _fmt_label(table),
        "encoding": table.encoding if table.fmt in ("csv", "tsv") else None,
        "delimiter": "\t" if table.fmt == "tsv" else ",", "domain": table.domain, "rows": rows,
        "title_rows": len(table.title_rows) + (1 if table.groups else 0),
        "merged_groups": bool(table.groups), "totals_row": table.totals_row, "columns": columns,
    }  # fmt: skip
    return grid, entry


def _built(seed: int, rows: int) -> Iterator[tuple[Table, list[list[Any]], dict[str, Any]]]:
    for table in all_tables():
        grid, entry = build_table(table, seed, rows)
        yield table, grid, entry


def generate(out: Path, seed: int = DEFAULT_SEED, rows: int = ROWS) -> dict[str, Any]:
    """Write the set into ``out``; returns the manifest."""
    header = {"name": SET_NAME, "set": "heldout5", "seed": seed,
              "reference_date": REFERENCE_DATE.isoformat()}  # fmt: skip
    return write_set(Path(out), _built(seed, rows), writers, REFERENCE_DATE, header)
