"""Set 19 written to a folder: its kinds' exports, its tables without PI, its wide exports and
lookups, drawn row by row and written by ``people_set.generate_people_set`` (set 6's drawing,
set 7's writers, ``manifest.json`` beside the files). One seed writes the same bytes."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout19.kinds import exports
from piplkit.discover.evaluation.heldout19.kinds_a import KINDS_A
from piplkit.discover.evaluation.heldout19.kinds_b import KINDS_B
from piplkit.discover.evaluation.heldout19.kinds_c import KINDS_C
from piplkit.discover.evaluation.heldout19.kinds_d import no_pi_tables
from piplkit.discover.evaluation.heldout19.kinds_e import narrow_tables, wide_tables
from piplkit.discover.evaluation.heldout19.person import context, make_person
from piplkit.discover.evaluation.heldout19.values_biz import biz_maker
from piplkit.discover.evaluation.heldout19.values_pi import PI_MAKERS
from piplkit.discover.evaluation.people_set import generate_people_set

DEFAULT_SEED = 1920261207
REFERENCE_DATE = date(2026, 12, 7)
ROWS = 60
#: What a blank cell of this set holds (the placeholders the imitated systems write).
PLACEHOLDERS = ("", "", "-", "无", "NULL", "/", "N/A", "——", "暂无", " ")


def all_tables() -> list[Table]:
    """Every table in build order: each kind's four files, then the tables without PI, the
    wide exports and the lookups (a table's random streams follow its place in this list)."""
    out: list[Table] = []
    for index, kind in enumerate((*KINDS_A, *KINDS_B, *KINDS_C)):
        out.extend(exports(kind, index))
    return [*out, *no_pi_tables(), *wide_tables(), *narrow_tables()]


def resolve(gen: str) -> Any:
    """A generator name's maker. ``tick:<gen>`` writes the inner value behind a backtick, as
    the WeChat Pay merchant bill writes every field so spreadsheets keep it as text."""
    if gen.startswith("tick:"):
        inner = resolve(gen[5:])
        return lambda ctx: f"`{inner(ctx)}"
    return PI_MAKERS[gen] if gen in PI_MAKERS else biz_maker(gen)


def generate(out: Path, seed: int = DEFAULT_SEED, rows: int = ROWS) -> dict[str, Any]:
    """Write the set into ``out`` and return its manifest."""
    return generate_people_set(
        out, all_tables(), seed=seed, rows=rows, reference_date=REFERENCE_DATE,
        placeholders=PLACEHOLDERS, resolve=resolve, make_person=make_person, context=context,
    )  # fmt: skip
