"""Set 21 written to a folder: its tables, value makers and people, drawn and written by
``people_set.generate_people_set`` (set 6's ``draw_people_table``, set 7's writers, and
``manifest.json`` beside the files). One seed gives the same bytes."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout21.kinds import exports
from piplkit.discover.evaluation.heldout21.kinds_a import KINDS_A
from piplkit.discover.evaluation.heldout21.kinds_b import KINDS_B
from piplkit.discover.evaluation.heldout21.kinds_c import KINDS_C
from piplkit.discover.evaluation.heldout21.kinds_d import KINDS_D
from piplkit.discover.evaluation.heldout21.person import context, make_person
from piplkit.discover.evaluation.heldout21.tables_extra import code_tables, lookups, no_pi_tables
from piplkit.discover.evaluation.heldout21.tables_wide import wide_tables
from piplkit.discover.evaluation.heldout21.values_biz import biz_maker
from piplkit.discover.evaluation.heldout21.values_pi import PI_MAKERS, sparse
from piplkit.discover.evaluation.people_set import generate_people_set

DEFAULT_SEED = 2120261208
REFERENCE_DATE = date(2026, 12, 8)
ROWS = 60
#: What a blank cell of this set holds (the placeholders the imitated exports write).
PLACEHOLDERS = ("", "-", "无", "NULL", "/", "N/A", "——", "暂无", " ")
KINDS = (*KINDS_A, *KINDS_B, *KINDS_C, *KINDS_D)


def all_tables() -> list[Table]:
    """Every table in build order: each kind's exports, then the tables without PI, the code
    tables, the lookups and the wide exports."""
    out: list[Table] = []
    for index, kind in enumerate(KINDS):
        out.extend(exports(kind, index))
    return [*out, *no_pi_tables(), *code_tables(), *lookups(), *wide_tables()]


def resolve(gen: str) -> Any:
    """A generator name's maker: personal values first, then business values; ``gen?NN``
    fills NN % of the rows."""
    base, _, share = gen.partition("?")
    make = PI_MAKERS[base] if base in PI_MAKERS else biz_maker(base)
    return sparse(make, int(share) / 100) if share else make


def generate(out: Path, seed: int = DEFAULT_SEED, rows: int = ROWS) -> dict[str, Any]:
    """Write the set into ``out`` and return its manifest."""
    return generate_people_set(
        out, all_tables(), seed=seed, rows=rows, reference_date=REFERENCE_DATE,
        placeholders=PLACEHOLDERS, resolve=resolve, make_person=make_person, context=context,
    )  # fmt: skip
