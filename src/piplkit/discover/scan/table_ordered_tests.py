"""The name of a test ordered is not its result (issue 11, set 21).

A genetic lab's sample list names the test each sample is sent for (遗传性耳聋基因检测, 药物基因组
检测, 全外显子组测序, 胚胎植入前遗传学检测（PGT-A）) and, in another column, what the test found
(GJB2 c.235delC 杂合, 47,XY,+21). The names hold the words of genetics (基因, 外显子, 染色体), so
alone they read as genetic results; but they are the product the lab sells, as set 21's choice
19 writes them (``None``; the result column carries the genetic data), the same names a price
list shows. The rule: a column found ``genetic_data`` by its values alone, not by a header
naming genes or a result, whose cells mostly name a test (they end in 检测, 测序, 筛查, 分析, 鉴定,
a bracketed abbreviation allowed) is the test ordered: ``None``.
"""

from __future__ import annotations

import re

from piplkit.discover.scan.analysis import clean
from piplkit.discover.scan.columns import ColumnStats, Decision
from piplkit.discover.scan.hints import HeaderEvidence
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.table_context import decide_as_own
from piplkit.discover.scan.tables import Row

#: A test's name: ends in the word of an examination, a bracketed abbreviation allowed
#: (药物基因组检测, 全外显子组测序, 胚胎植入前遗传学检测（PGT-A）, 新生儿遗传代谢病筛查 panel).
_TEST_NAME = re.compile(
    r".{2,40}(?:检测|测序|筛查|分析|鉴定|检查|套餐|panel|test|sequencing|screening)"
    r"(?: ?[(（][A-Za-z0-9+\-/ ]{1,15}[)）])?",
    re.IGNORECASE,
)
#: Share of the values that must name a test.
_SHARE = 0.6


def apply_ordered_test_rules(
    rows: list[Row],
    headers: list[HeaderEvidence],
    stats: list[ColumnStats],
    chance: list[set[str]],
    decisions: list[Decision],
    profiles: ProfileTable,
    *,
    product_table: bool,
) -> None:
    """Take ``genetic_data`` away, in place, from a column of tests ordered (module docstring)."""
    for i, d in enumerate(decisions):
        if d.pi_type != "genetic_data" or "genetic_data" in headers[i].types:
            continue
        values = [v for row in rows if (v := clean(row[i])) and not profiles.is_null(v)]
        named = sum(1 for v in values if _TEST_NAME.fullmatch(v))
        if values and named >= _SHARE * len(values):
            decide_as_own(i, headers, stats, chance, decisions, profiles, product_table)
