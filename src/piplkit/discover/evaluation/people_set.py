"""Write a held-out set whose tables are drawn row by row from people (sets 16 to 18).

Each of those sets lists its tables, its value makers and its people; the drawing (set 6's
``draw_people_table``, two people a row), the writing (set 7's writers through
``heldout_files.write_set``) and the per-table random streams are the same, so they live here
once. A table's streams depend only on the seed and the table's place in the list, so one seed
gives the same bytes and adding a table at the end leaves the others unchanged.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from piplkit.discover.evaluation import heldout_files
from piplkit.discover.evaluation.heldout6.spec import Table, draw_people_table
from piplkit.discover.evaluation.heldout7 import writers


def _streams(seed: int, index: int) -> tuple[random.Random, Any]:
    from faker import Faker  # only when a set is generated: Faker's locale data is slow to load

    fake = Faker("zh_CN")
    fake.seed_instance(seed * 1000 + index)
    return random.Random(seed * 7919 + index), fake


def generate_people_set(
    out: Path,
    tables: Sequence[Table],
    *,
    seed: int,
    rows: int,
    reference_date: date,
    placeholders: tuple[str, ...],
    resolve: Callable[[str], Callable[[Any], Any]],
    make_person: Callable[[Any, Any, Any, Any], Any],
    context: Callable[..., Any],
) -> dict[str, Any]:
    """Draw every table of ``tables`` and write the set into ``out``; return its manifest."""

    def built() -> Iterator[tuple[Table, list[list[Any]], dict[str, Any]]]:
        for index, table in enumerate(tables):
            grid, entry = draw_people_table(
                table, rows, _streams(seed, index), resolve=resolve, make_person=make_person,
                context=context, placeholders=placeholders, reference_date=reference_date,
            )  # fmt: skip
            yield table, grid, entry

    header = {"name": "piplkit-business-columns", "seed": seed,
              "reference_date": reference_date.isoformat()}  # fmt: skip
    return heldout_files.write_set(Path(out), built(), writers, reference_date, header)
