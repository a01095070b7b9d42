"""A weight in grams that no body has (issue 11, set 21).

People are weighed in kilograms or 斤; grams weigh goods: a pawned gold chain (weight_g 18.07),
a parcel, a portion. The one person weighed in grams is a newborn (出生体重(g) 3250), and no
newborn weighs under 500 g. So a column whose header gives the gram as its unit (weight_g,
重量(克), 克重) and whose numbers are mostly under 500 weighs things, not a body: it is no
``body_measurement`` (the table row's 身高, 体重 keep theirs; a parcel's 重量(kg) is null by the
gold conventions).
"""

from __future__ import annotations

import re

from piplkit.discover.scan.analysis import clean
from piplkit.discover.scan.columns import ColumnStats, Decision
from piplkit.discover.scan.hints import HeaderEvidence
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.table_context import decide_as_own
from piplkit.discover.scan.tables import Row

#: A header ending in the gram as its unit (weight_g, 重量(g), 重量（克）, WEIGHT_GRAMS) or naming
#: a weight in grams (克重).
_GRAM_HEADER = re.compile(
    r"(?:.*[_\-\s(（\[【/]|.*[\u4e00-\u9fff])(?:g|gr|gram|grams|克)[)）\]】]?|.*克重.*",
    re.IGNORECASE,
)
#: A number, with the gram written after it or not (18.07, 25.3g, 25.3克).
_NUMBER = re.compile(r"([0-9]+(?:\.[0-9]+)?) ?(?:g|克)?", re.IGNORECASE)
#: Lightest newborn a birth register weighs in grams.
_LIGHTEST_BODY = 500.0
#: Share of the values that must be lighter.
_SHARE = 0.8


def apply_gram_rules(
    rows: list[Row],
    headers: list[HeaderEvidence],
    stats: list[ColumnStats],
    chance: list[set[str]],
    decisions: list[Decision],
    profiles: ProfileTable,
    *,
    product_table: bool,
) -> None:
    """Take ``body_measurement`` away, in place, from light weights in grams (module docstring)."""
    for i, d in enumerate(decisions):
        if d.pi_type != "body_measurement" or not _GRAM_HEADER.fullmatch(stats[i].name.strip()):
            continue
        values = [v for row in rows if (v := clean(row[i])) and not profiles.is_null(v)]
        light = sum(
            1 for v in values if (m := _NUMBER.fullmatch(v)) and float(m[1]) < _LIGHTEST_BODY
        )
        if values and light >= _SHARE * len(values):
            decide_as_own(i, headers, stats, chance, decisions, profiles, product_table)
