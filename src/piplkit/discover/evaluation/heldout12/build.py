"""Set 12 generated: every domain expanded into its exports, each table drawn from its own
seeded streams (so one table's bytes do not depend on the others), written by set 7's writers
into one folder with its manifest."""

from __future__ import annotations

import random
import zlib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from faker import Faker

from piplkit.discover.evaluation.heldout6.spec import Table, draw_people_table
from piplkit.discover.evaluation.heldout7 import writers
from piplkit.discover.evaluation.heldout12.kit import expand
from piplkit.discover.evaluation.heldout12.person import Ctx, context, make_person
from piplkit.discover.evaluation.heldout12.tables_a import DOMAINS_A
from piplkit.discover.evaluation.heldout12.tables_b import DOMAINS_B
from piplkit.discover.evaluation.heldout12.tables_c import DOMAINS_C
from piplkit.discover.evaluation.heldout12.values_biz import BIZ
from piplkit.discover.evaluation.heldout12.values_pi import PI
from piplkit.discover.evaluation.heldout_files import write_set

SET_NAME = "piplkit-business-columns"
DEFAULT_SEED = 1220261207
REFERENCE_DATE = date(2026, 12, 7)
ROWS = 60
PLACEHOLDERS = ("", "-", "无", "N/A", "NULL", "/", "——", " ")


def all_tables() -> list[Table]:
    """Every table of the set, in build order."""
    out: list[Table] = []
    for idx, domain in enumerate((*DOMAINS_A, *DOMAINS_B, *DOMAINS_C)):
        out += expand(domain, idx, len(out))
    return out


def resolve(gen: str) -> Callable[[Ctx], Any]:
    """A generator name's maker: ``one:a,b`` picks one, ``int:lo:hi``/``num:lo:hi`` draw a number,
    others are the set's named makers."""
    if gen.startswith("one:"):
        choices = tuple(gen[4:].split(","))
        return lambda c: c.rng.choice(choices)
    if gen.startswith("int:"):
        lo, hi = (int(x) for x in gen[4:].split(":"))
        return lambda c: c.rng.randint(lo, hi)
    if gen.startswith("num:"):
        a, b = (float(x) for x in gen[4:].split(":"))
        return lambda c: round(c.rng.uniform(a, b), 2)
    return PI.get(gen) or BIZ[gen]


def _built(seed: int, rows: int) -> Iterator[tuple[Table, list[list[Any]], dict[str, Any]]]:
    fake = Faker("zh_CN")
    for t in all_tables():
        salt = zlib.crc32(f"{t.file}|{t.sheet}".encode())
        rng = random.Random(seed * 1_000_003 + salt)
        fake.seed_instance(seed + salt)
        grid, entry = draw_people_table(
            t, rows, (rng, fake), resolve=resolve, make_person=make_person, context=context,
            placeholders=PLACEHOLDERS, reference_date=REFERENCE_DATE,
        )  # fmt: skip
        yield t, grid, entry


def generate(out: Path | str, seed: int = DEFAULT_SEED, rows: int = ROWS) -> dict[str, Any]:
    """Write the set to ``out`` and return its manifest."""
    header = {"name": SET_NAME, "set": "heldout12", "seed": seed,
              "reference_date": REFERENCE_DATE.isoformat()}  # fmt: skip
    return write_set(Path(out), _built(seed, rows), writers, REFERENCE_DATE, header)
