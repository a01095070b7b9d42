"""Table rule for an order's remark in the customer's own words (issue 11, set 15).

备注 and ``remark`` are neutral headers: in most registers they hold a clerk's note (加急,
已回访, 易碎品, 客户要求下午送), a category of the row, not PI. A food-delivery or a cake
order's remark is instead what the customer typed to the shop or the rider (师傅麻烦快点，
孩子在家等; 放门口就行谢谢; 请问可以改到下午三点送吗): a message the person sent, a
communication record (PIPL art. 28 does not list it as sensitive; the national catalogue's
通信记录和内容 does list it as PI). The header cannot tell the two apart; the values can: a
customer addresses someone (我, 您, 师傅), asks politely (请, 麻烦, 谢谢, 帮) or asks a question
(吗, 呢, ？), where a clerk's note states a fact. In a table that records persons, a column under a
remark header whose values are mostly such addressed sentences is decided as a communication
record.
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

#: Words of a remark or a note attached to an order (备注, 订单备注, buyer_note, F_remark).
REMARK_WORDS = ("备注", "附言", "捎话", "remark", "remarks", "note", "notes", "memo", "comment",
                "comments", "bz", "ddbz", "mjbz", "khbz")  # fmt: skip
#: A sentence addressed to someone: a pronoun of the speaker or the listener, a polite request,
#: a question or an imperative "don't" (别按门铃, 不要辣).
_ADDRESSED = re.compile(
    r"[我您你]|师傅|麻烦|谢谢|辛苦|请|帮|[吗呢吧呀啊哈哦][。！!？?~～]?$|[？?]|别|不要"
)
#: Share of a column's filled values that must be addressed sentences.
_SHARE = 0.6
#: Values shorter than this are items or codes (加急, 无), never a customer's sentence.
_MIN_CHARS = 4


def apply_remark_rules(
    rows: list[Row], stats: list[ColumnStats], decisions: list[Decision], profiles: ProfileTable
) -> None:
    """Decide, in place, a remark column of the customer's addressed sentences."""
    for i, d in enumerate(decisions):
        if d.pi_type is not None or not _remark_header(stats[i].name):
            continue
        values = [v for row in rows if (v := clean(row[i])) and not profiles.is_null(v)]
        said = sum(1 for v in values if len(v) >= _MIN_CHARS and _ADDRESSED.search(v))
        if not values or said < _SHARE * len(values) or not records_persons(decisions, skip=i):
            continue
        evidence = Evidence(None, False, "shape", said / len(values))
        decisions[i] = Decision("communication_record", 0.7, said, d.other, d.minors, evidence)


def _remark_header(name: str) -> bool:
    key = key_of(name)
    norm = normalise_header(name)
    return any(
        contains(key, normalise_header(w)) if len(w) > 3 or not w.isascii() else norm == w
        for w in REMARK_WORDS
    )
