"""Columns of a register of persons whose values are one regime's verdicts (issue 11, set 21).

Some columns carry a person's PI only through the vocabulary of the regime that wrote them,
under a generic header (等级, 结论, level, conclusion) that names no type:

* a community-correction roster's supervision grade (严管, 普管, 宽管: strict, ordinary and
  lenient supervision) exists only for a person serving a sentence in the community, so it
  states the sentence's supervision: ``criminal_record`` (set 21's choice 17, as 矫正类别);
* a genetic test's conclusion (携带者, 意义未明变异（VUS）, 阳性（检出致病变异）, beside 阴性)
  states what the person's genome showed: ``genetic_data`` (the detector's genetic words make
  the column one; a column of 阴性 and 阳性 alone, an antigen test's, stays as it was).

Both apply only where another column shows the table records persons: a code table listing
the grades (代码, 名称) records no one.
"""

from __future__ import annotations

import re

from piplkit.discover.scan.analysis import clean
from piplkit.discover.scan.columns import ColumnStats, Decision
from piplkit.discover.scan.own_names import own_name_decision
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.table_context import records_persons
from piplkit.discover.scan.tables import Row

#: A community-correction supervision grade, short or spelled out, with an optional note.
_SUPERVISION = re.compile(
    r"(?:严管|普管|宽管|严格管理|普通管理|宽松管理|从严管理|一般管理)(?:级|类)?"
    r"(?:[(（][^)）]{1,12}[)）])?"
)
#: Words only a genetic result uses (a variant, its significance, a carrier state, a zygosity).
_GENETIC = re.compile(
    r"致病变异|致病性变异|可能致病|意义未明|VUS|vus|携带者|携带|杂合|纯合|半合子|野生型|突变|变异|"
    r"基因|染色体|核型|拷贝数|微缺失|微重复"
)
#: A test's bare outcome beside the genetic results (阴性, 阳性, 未检出, 低风险), with an
#: optional note.
_OUTCOME = re.compile(
    r"(?:阴性|阳性|弱阳性|未检出|检出|正常|未见异常|异常|低风险|高风险|良性|可能良性)"
    r"(?:[(（][^)）]{0,20}[)）])?"
)
#: Share of the non-empty values that must be verdicts of the regime.
_SHARE = 0.8
#: Share of the non-empty values of a conclusion that must name a genetic finding.
_GENETIC_SHARE = 0.25


def apply_verdict_rules(
    rows: list[Row], stats: list[ColumnStats], decisions: list[Decision], profiles: ProfileTable
) -> None:
    """Type, in place, an untyped column of supervision grades as ``criminal_record`` and one
    of genetic conclusions as ``genetic_data``, in a register of persons (module docstring)."""
    for i, d in enumerate(decisions):
        if d.pi_type is not None:
            continue
        values = [v for row in rows if (v := clean(row[i])) and not profiles.is_null(v)]
        if not values:
            continue
        verdict = _verdict(values)
        if verdict is not None and records_persons(decisions, skip=i):
            decisions[i] = own_name_decision(d, stats[i], verdict)


def _verdict(values: list[str]) -> str | None:
    need = _SHARE * len(values)
    if sum(1 for v in values if _SUPERVISION.fullmatch(v)) >= need:
        return "criminal_record"
    genetic = [v for v in values if _GENETIC.search(v)]
    if len({*genetic}) < 2 or len(genetic) < _GENETIC_SHARE * len(values):
        return None
    if len(genetic) + sum(1 for v in values if _OUTCOME.fullmatch(v)) >= need:
        return "genetic_data"
    return None
