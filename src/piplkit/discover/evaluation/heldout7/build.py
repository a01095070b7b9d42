"""Generate held-out set 7 into a folder: each table's rows from its column makers, the files
through the shared folder writer, and a manifest with every column's gold."""

from __future__ import annotations

import random
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from faker import Faker

from piplkit.discover.evaluation.heldout6.spec import Table, draw_people_table
from piplkit.discover.evaluation.heldout7 import (
    tables_civic,
    tables_health,
    tables_leisure,
    tables_mixed,
    tables_money,
    tables_nonpi,
    tables_trade,
    tables_work,
    writers,
)
from piplkit.discover.evaluation.heldout7.person import make_person
from piplkit.discover.evaluation.heldout7.values import Ctx
from piplkit.discover.evaluation.heldout7.values_text import resolve
from piplkit.discover.evaluation.heldout_files import write_set

DEFAULT_SEED = 720261206
REFERENCE_DATE = date(2026, 12, 6)
SET_NAME = "piplkit-business-columns"
ROWS = 60
PLACEHOLDERS = ("", "", "NULL", "无", "-", "/", "N/A", "\\N", "不详", " ", "——")


def all_tables() -> list[Table]:
    """Every table of the set, in build order."""
    return [
        *tables_health.tables(),
        *tables_money.tables(),
        *tables_civic.tables(),
        *tables_leisure.tables(),
        *tables_trade.tables(),
        *tables_work.tables(),
        *tables_mixed.tables(),
        *tables_nonpi.tables(),
    ]


def build_table(table: Table, seed: int, rows: int) -> tuple[list[list[Any]], dict[str, Any]]:
    """The table's grid (header first) and its manifest entry. Each table has its own random
    streams, seeded by the set seed and its file and sheet, so editing one table leaves the
    others' bytes unchanged."""
    key = zlib.crc32(f"{table.file}#{table.sheet}".encode())
    rng = random.Random(seed * 1_000_003 + key)
    fake = Faker("zh_CN")
    fake.seed_instance(seed ^ key)
    return draw_people_table(
        table, rows, (rng, fake), resolve=resolve, make_person=make_person, context=Ctx,
        placeholders=PLACEHOLDERS, reference_date=REFERENCE_DATE,
    )


def _built(seed: int, rows: int) -> Iterator[tuple[Table, list[list[Any]], dict[str, Any]]]:
    for table in all_tables():
        grid, entry = build_table(table, seed, rows)
        yield table, grid, entry


def generate(out: Path, seed: int = DEFAULT_SEED, rows: int = ROWS) -> dict[str, Any]:
    """Write the set into ``out``; returns the manifest."""
    header = {"name": SET_NAME, "set": "heldout7", "seed": seed,
              "reference_date": REFERENCE_DATE.isoformat()}  # fmt: skip
    return write_set(Path(out), _built(seed, rows), writers, REFERENCE_DATE, header)
