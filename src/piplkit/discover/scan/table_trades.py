"""A worker's trade under a service-type header (issue 11, set 20; the conventions' 工种 row).

A domestic-service platform lists its workers with the service each one does (服务类型,
``service_type``: 育儿嫂, 钟点工, 养老护理员). 类型 and ``type`` are generic record words, so the
header alone names no type; but where the cells are trades, the column names the person's
occupation, as 工种 does (the gold conventions table: "工种 ... also under another header (服务类型,
``TRADE``) when the cells are trades"). A shop's 服务类型 of goods categories (生鲜, 日用) or a
care agency's services (住院陪护, 居家护理) are no trades and stay ``None``.
"""

from __future__ import annotations

import re

from piplkit.discover.scan.analysis import clean
from piplkit.discover.scan.columns import ColumnStats, Decision
from piplkit.discover.scan.header_words import contains
from piplkit.discover.scan.hints import key_of, normalise_header
from piplkit.discover.scan.own_names import own_name_decision
from piplkit.discover.scan.profiles import ProfileTable, vocabulary
from piplkit.discover.scan.table_context import records_persons
from piplkit.discover.scan.tables import Row

#: Header words of the kind of service a row's worker does.
SERVICE_WORDS = ("服务类型", "服务类别", "服务工种", "servicetype", "servicecategory",
                 "服务岗位", "从事工种",
                 # (set 21) 工种 in English on a building site's roster (work_type: 架子工)
                 "worktype", "jobtype", "tradetype", "工种类别")  # fmt: skip
#: A trade by its ending (收纳师, 钟点工, 育儿嫂, 家政服务员, 家庭司机, 住家保姆) when the job-title
#: vocabulary does not list it.
_TRADE = re.compile("[\u4e00-\u9fff]{1,6}(?:师|工|嫂|员|司机|保姆|阿姨)")
#: Share of the non-empty values that must be trades.
_SHARE = 0.8


def apply_trade_rules(
    rows: list[Row], stats: list[ColumnStats], decisions: list[Decision], profiles: ProfileTable
) -> None:
    """Type as ``job_title``, in place, a service-type column of trades in a register of
    persons (module docstring)."""
    trades = vocabulary("job_title")
    for i, d in enumerate(decisions):
        if d.pi_type is not None:
            continue
        key = key_of(stats[i].name)
        if not any(contains(key, normalise_header(w)) for w in SERVICE_WORDS):
            continue
        if not records_persons(decisions, skip=i):
            continue
        values = [v for row in rows if (v := clean(row[i])) and not profiles.is_null(v)]
        fit = sum(1 for v in values if v.lower() in trades or _TRADE.fullmatch(v))
        if values and fit >= _SHARE * len(values):
            decisions[i] = own_name_decision(d, stats[i], "job_title")
