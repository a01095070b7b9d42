"""Set 10 written to a folder: every table drawn with set 6's ``draw_people_table`` from this
set's people and makers, then laid out by ``heldout_files.write_set`` with set 7's writers.

Each table has its own random streams, seeded from the set's seed and the table's file and
sheet, so adding or editing one table leaves the bytes of the others unchanged.
"""

from __future__ import annotations

import hashlib
import random
from datetime import date
from pathlib import Path
from typing import Any

from faker import Faker

from piplkit.discover.evaluation.business.generate import SET_NAME
from piplkit.discover.evaluation.heldout6.spec import Table, draw_people_table
from piplkit.discover.evaluation.heldout7 import writers
from piplkit.discover.evaluation.heldout10 import (
    tables_a,
    tables_b,
    tables_c,
    tables_d,
    tables_e,
    tables_f,
    tables_nonpi,
)
from piplkit.discover.evaluation.heldout10.person import context, make_person
from piplkit.discover.evaluation.heldout10.values import PLACEHOLDERS, resolve
from piplkit.discover.evaluation.heldout_files import write_set

DEFAULT_SEED = 1020261206
REFERENCE_DATE = date(2026, 12, 6)
ROWS = 60


def all_tables() -> list[Table]:
    """Every table of the set, in build order."""
    out: list[Table] = []
    for module in (tables_a, tables_b, tables_c, tables_d, tables_e, tables_f, tables_nonpi):
        out.extend(module.TABLES)
    return out


def _streams(seed: int, table: Table) -> tuple[random.Random, Faker]:
    key = f"{seed}|{table.file}|{table.sheet or ''}".encode()
    sub = int.from_bytes(hashlib.sha256(key).digest()[:8], "big")
    fake = Faker("zh_CN")
    fake.seed_instance(sub)
    return random.Random(sub), fake


def generate(out: Path, seed: int = DEFAULT_SEED, rows: int = ROWS) -> dict[str, Any]:
    """Write the set into ``out`` and return its manifest."""
    built = []
    for table in all_tables():
        grid, entry = draw_people_table(
            table,
            rows,
            _streams(seed, table),
            resolve=resolve,
            make_person=make_person,
            context=context,
            placeholders=PLACEHOLDERS,
            reference_date=REFERENCE_DATE,
        )
        built.append((table, grid, entry))
    header = {
        "name": SET_NAME,
        "set": "heldout10",
        "seed": seed,
        "reference_date": REFERENCE_DATE.isoformat(),
        "rows": rows,
        "written_by": "an eighth examiner, blind to the classifier (issue 11)",
    }
    return write_set(out, built, writers, REFERENCE_DATE, header)
