"""Generate held-out set 11 into a folder: each table's rows from its column makers (set 6's
``draw_people_table``), the files through the shared folder writer with set 7's format writers,
and a manifest with every gold."""

from __future__ import annotations

import random
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from faker import Faker

from piplkit.discover.evaluation.heldout6.spec import Table, draw_people_table
from piplkit.discover.evaluation.heldout7 import writers
from piplkit.discover.evaluation.heldout11 import (
    tables_a,
    tables_b,
    tables_c,
    tables_d,
    tables_nonpi,
)
from piplkit.discover.evaluation.heldout11.person import Ctx, make_person
from piplkit.discover.evaluation.heldout11.values import resolve
from piplkit.discover.evaluation.heldout_files import write_set

DEFAULT_SEED = 1120261207
REFERENCE_DATE = date(2026, 12, 7)
SET_NAME = "piplkit-business-columns"
ROWS = 60
PLACEHOLDERS = ("", "", "", "-", "无", "N/A", "NULL", "/", "——", "暂无", " ")


def all_tables() -> list[Table]:
    """Every table of the set, in build order."""
    return [
        *tables_a.tables(),
        *tables_b.tables(),
        *tables_c.tables(),
        *tables_d.tables(),
        *tables_nonpi.tables(),
    ]


def build_table(table: Table, seed: int, rows: int) -> tuple[list[list[Any]], dict[str, Any]]:
    """The table's grid (header first) and manifest entry, drawn from the table's own streams
    (set seed x file and sheet), so editing one table leaves the others' bytes alone."""
    key = zlib.crc32(f"{table.file}|{table.sheet}".encode())
    rng = random.Random(seed * 7_919 + key)
    fake = Faker("zh_CN")
    fake.seed_instance((seed + key) % 2**32)
    return draw_people_table(
        table, rows, (rng, fake), resolve=resolve, make_person=make_person, context=Ctx,
        placeholders=PLACEHOLDERS, reference_date=REFERENCE_DATE,
    )  # fmt: skip


def _built(seed: int, rows: int) -> Iterator[tuple[Table, list[list[Any]], dict[str, Any]]]:
    for table in all_tables():
        grid, entry = build_table(table, seed, rows)
        yield table, grid, entry


def generate(out: Path, seed: int = DEFAULT_SEED, rows: int = ROWS) -> dict[str, Any]:
    """Write the set into ``out``; returns the manifest."""
    header = {"name": SET_NAME, "set": "heldout11", "seed": seed,
              "reference_date": REFERENCE_DATE.isoformat()}  # fmt: skip
    return write_set(Path(out), _built(seed, rows), writers, REFERENCE_DATE, header)
