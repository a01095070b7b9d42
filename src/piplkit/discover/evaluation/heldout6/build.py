"""Generate held-out set 6 into a folder: each table's rows from its column makers, the files
through the shared folder writer, and a manifest with every column's gold."""

from __future__ import annotations

import random
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from faker import Faker

from piplkit.discover.evaluation.heldout6 import (
    tables_care,
    tables_civic,
    tables_home,
    tables_mixed,
    tables_money,
    tables_nonpi,
    tables_services,
    writers,
)
from piplkit.discover.evaluation.heldout6.person import make_person
from piplkit.discover.evaluation.heldout6.spec import Table, draw_people_table
from piplkit.discover.evaluation.heldout6.values import Ctx
from piplkit.discover.evaluation.heldout6.values_more import resolve
from piplkit.discover.evaluation.heldout_files import write_set

DEFAULT_SEED = 620261205
REFERENCE_DATE = date(2026, 12, 5)
SET_NAME = "piplkit-business-columns"
ROWS = 60
PLACEHOLDERS = ("", "", "NULL", "无", "-", "/", "N/A", "\\N", "未知", " ")


def all_tables() -> list[Table]:
    """Every table of the set, in build order."""
    return [
        *tables_care.tables(),
        *tables_money.tables(),
        *tables_civic.tables(),
        *tables_services.tables(),
        *tables_mixed.tables(),
        *tables_home.tables(),
        *tables_nonpi.tables(),
    ]


def build_table(table: Table, seed: int, rows: int) -> tuple[list[list[Any]], dict[str, Any]]:
    """The table's grid (header first) and its manifest entry. Each table draws from its own
    generator, seeded by the set seed and the table's file and sheet, so editing one table
    leaves the others' bytes unchanged."""
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
    header = {"name": SET_NAME, "set": "heldout6", "seed": seed,
              "reference_date": REFERENCE_DATE.isoformat()}  # fmt: skip
    return write_set(Path(out), _built(seed, rows), writers, REFERENCE_DATE, header)
