"""Table rule for what a person wrote when reporting a repair (issue 11, set 13).

A repair order's 报修内容 holds one of two things. The own set's property fees and set 8's work
orders list the fault as an item (下水道堵, 厨房漏水, 电梯异响): a category of the order, not PI
(their gold). Set 13's repair requests keep the resident's own words (卫生间漏水好几天了，
麻烦尽快派人来修; 师傅上次修完还是滴水，能再来看下吗): a message the person sent, a
communication record. The header cannot tell them apart; the values can: sentences someone
says (a particle or a question, or two clauses joined by a comma) against short fault items.
In a table that records persons, a column under a repair-report header (or its initials,
BXNR) whose values are mostly such sentences is decided as a communication record.
"""

from __future__ import annotations

import re

from piplkit.discover.scan.analysis import clean
from piplkit.discover.scan.columns import ColumnStats, Decision, Evidence
from piplkit.discover.scan.header_words import contains
from piplkit.discover.scan.hints import key_of, normalise_header
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.table_context import records_persons
from piplkit.discover.scan.tables import Row

#: Words of a repair or fault report a person files (报修内容, 报障描述, repair_request).
REPORT_WORDS = ("报修", "报障", "保修内容", "维修诉求", "维修需求", "repairrequest", "repairnote",
                "faultreport", "bxnr", "bxms", "bxsm")  # fmt: skip
#: Two clauses of a sentence joined by a comma (楼上装修太吵，晚上十点还在打钻).
_CLAUSES = re.compile(r".*[\u4e00-\u9fff]{3,}[，,；;][\u4e00-\u9fff]{3,}.*")
#: Share of a column's values that must be sentences.
_SHARE = 0.8


def apply_message_rules(
    rows: list[Row], stats: list[ColumnStats], decisions: list[Decision], profiles: ProfileTable
) -> None:
    """Decide, in place, a repair report of sentences in a register of persons."""
    profile = profiles.get("communication_record")
    if profile is None:
        return
    for i, d in enumerate(decisions):
        if d.pi_type is not None or not _report_header(stats[i].name):
            continue
        values = [v for row in rows if (v := clean(row[i])) and not profiles.is_null(v)]
        said = sum(1 for v in values if profile.is_strong(v) or _CLAUSES.fullmatch(v))
        if not values or said < _SHARE * len(values) or not records_persons(decisions, skip=i):
            continue
        evidence = Evidence(None, False, "shape", said / len(values))
        decisions[i] = Decision("communication_record", 0.7, said, d.other, d.minors, evidence)


def _report_header(name: str) -> bool:
    key = key_of(name)
    return any(contains(key, normalise_header(w)) for w in REPORT_WORDS)
