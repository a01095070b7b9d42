"""A factory's workshops are no one's schooling (issue 11, set 21).

A labour-dispatch roster places each worker in a workshop of the client's plant (注塑车间,
总装一车间, 包装车间); an older system heads that column with its initials, ``CJ``, which
are 成绩's too (an exam score, ``education``). Under a header naming education almost
any short text fits the type's loose shape, so the workshops were read as scores.

The rule: a column found ``education`` whose values mostly name a unit of a plant (…车间,
…工段, …生产线, …流水线) is the plant's organisation: ``None`` (set 21's choice 5: the
workshop is ``None``). A school or a major never ends in those words.
"""

from __future__ import annotations

import re

from piplkit.discover.scan.analysis import clean
from piplkit.discover.scan.columns import ColumnStats, Decision
from piplkit.discover.scan.hints import HeaderEvidence
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.table_context import decide_as_own
from piplkit.discover.scan.tables import Row

#: A unit of a plant: a workshop, a section or a line (SMT车间, 总装二车间, 喷涂工段, 3号生产线).
_PLANT_UNIT = re.compile(r".{1,20}(?:车间|工段|生产线|产线|流水线|装配线)")
#: Share of the values that must name a plant's unit.
_SHARE = 0.6


def apply_workshop_rules(
    rows: list[Row],
    headers: list[HeaderEvidence],
    stats: list[ColumnStats],
    chance: list[set[str]],
    decisions: list[Decision],
    profiles: ProfileTable,
    *,
    product_table: bool,
) -> None:
    """Take ``education`` away, in place, from a column of a plant's units (module docstring)."""
    for i, d in enumerate(decisions):
        if d.pi_type != "education":
            continue
        values = [v for row in rows if (v := clean(row[i])) and not profiles.is_null(v)]
        units = sum(1 for v in values if _PLANT_UNIT.fullmatch(v))
        if values and units >= _SHARE * len(values):
            decide_as_own(i, headers, stats, chance, decisions, profiles, product_table)
