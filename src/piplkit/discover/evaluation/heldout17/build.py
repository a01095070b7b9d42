"""Set 17 written to a folder: its tables, value makers and people, drawn and written by
``people_set.generate_people_set`` (set 6's ``draw_people_table``, set 7's writers, and
``manifest.json`` beside the files). One seed gives the same bytes."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout17.kinds import exports
from piplkit.discover.evaluation.heldout17.kinds_a import KINDS_A
from piplkit.discover.evaluation.heldout17.kinds_b import KINDS_B
from piplkit.discover.evaluation.heldout17.kinds_c import KINDS_C
from piplkit.discover.evaluation.heldout17.kinds_d import no_pi_tables
from piplkit.discover.evaluation.heldout17.kinds_e import narrow_tables, wide_tables
from piplkit.discover.evaluation.heldout17.person import Ctx, context, make_person
from piplkit.discover.evaluation.heldout17.values_biz import biz_maker
from piplkit.discover.evaluation.heldout17.values_pi import PI_MAKERS, Maker
from piplkit.discover.evaluation.people_set import generate_people_set

DEFAULT_SEED = 1720261207
REFERENCE_DATE = date(2026, 12, 7)
ROWS = 60
#: What a blank cell of this set holds (the placeholders real exports write).
PLACEHOLDERS = ("", "-", "无", "NULL", "/", "N/A", "——", "暂无", " ")
#: Share of rows a sparse column (generator ending in ``~``) leaves empty.
SPARSE_EMPTY = 0.55
KINDS = (*KINDS_A, *KINDS_B, *KINDS_C)


def all_tables() -> list[Table]:
    """Every table of the set in build order: each kind's exports, then the tables without PI,
    the wide exports and the lookups."""
    out: list[Table] = []
    for index, kind in enumerate(KINDS):
        out.extend(exports(kind, index))
    return [*out, *no_pi_tables(), *wide_tables(len(KINDS)), *narrow_tables()]


def _sparse(make: Maker) -> Maker:
    def draw(c: Ctx) -> Any:
        value = make(c)  # drawn first so the row's stream advances the same either way
        return "" if c.rng.random() < SPARSE_EMPTY else value

    return draw


def resolve(gen: str) -> Maker:
    """A generator name's maker (personal values first, then business values); a trailing
    ``~`` makes the column sparse, as a document column filled only for some guests."""
    if gen.endswith("~"):
        return _sparse(resolve(gen[:-1]))
    return PI_MAKERS[gen] if gen in PI_MAKERS else biz_maker(gen)


def generate(out: Path, seed: int = DEFAULT_SEED, rows: int = ROWS) -> dict[str, Any]:
    """Write the set into ``out`` and return its manifest."""
    return generate_people_set(
        out, all_tables(), seed=seed, rows=rows, reference_date=REFERENCE_DATE,
        placeholders=PLACEHOLDERS, resolve=resolve, make_person=make_person, context=context,
    )  # fmt: skip
