"""Table rule for the school year a pupil is in, under a bare ``grade`` header (issue 11, set 15).

``grade``, ``nj`` and ``nianji`` name a school year (二年级, 初二) in a camp's or a class's
register of pupils, but a grade of produce (次果, 一级) in a harvest ledger (set 14) and, for the
pinyin, an age (年纪) as well: the header alone cannot be a hint. The values decide: a column
under such a header whose values are mostly school years, in a table that records persons, is
an education record (the national catalogue lists 教育 information as PI; the school year is
what set 7's and set 12's 年级/申请年级 already decide as education).
"""

from __future__ import annotations

import re

from piplkit.discover.scan.analysis import clean
from piplkit.discover.scan.columns import ColumnStats, Decision, Evidence
from piplkit.discover.scan.hints import normalise_header
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.table_context import records_persons
from piplkit.discover.scan.tables import Row

#: Bare headers of a school year: English, pinyin in full and by initials.
GRADE_HEADERS = frozenset({"grade", "grades", "schoolgrade", "gradelevel", "yeargroup", "nj",
                           "nianji", "suozainianji", "classyear"})  # fmt: skip
#: A school year: 三年级, 初二, 高三, 大一, 研二, a kindergarten's 中班, Grade 3, G5, Year 7.
_SCHOOL_YEAR = re.compile(
    r"(?:小学)?[一二三四五六七八九1-9]年级(?:[上下]学期)?|[初高][一二三]|大[一二三四五]|研[一二三]"
    r"|[小中大]班|学前班|(?:grade|year|g|y) ?[0-9]{1,2}",
    re.IGNORECASE,
)
#: Share of a column's filled values that must be school years.
_SHARE = 0.8


def apply_grade_rules(
    rows: list[Row], stats: list[ColumnStats], decisions: list[Decision], profiles: ProfileTable
) -> None:
    """Decide, in place, a bare grade column of school years in a register of persons."""
    for i, d in enumerate(decisions):
        if d.pi_type is not None or normalise_header(stats[i].name) not in GRADE_HEADERS:
            continue
        values = [v for row in rows if (v := clean(row[i])) and not profiles.is_null(v)]
        years = sum(1 for v in values if _SCHOOL_YEAR.fullmatch(v.strip()))
        if not values or years < _SHARE * len(values) or not records_persons(decisions, skip=i):
            continue
        evidence = Evidence(None, False, "shape", years / len(values))
        decisions[i] = Decision("education", 0.7, years, d.other, d.minors, evidence)
