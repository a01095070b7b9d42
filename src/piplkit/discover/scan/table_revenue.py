"""Revenue in a table that records no person (issue 11, set 20).

收入 is a person's income in a payroll or a member's profile (月收入, 年收入), but a daily
operations report names the business's takings the same way (收入(元), 临时车收入, 月卡收入 beside
日期, 车场, 订单数). With no person in the table, the amount is the business's: the conventions'
"amounts are business facts". Only the revenue words move (收入, ``income``, ``revenue``,
``earnings``); pay words (工资, 薪, 奖金, 提成) keep a payroll keyed by staff number ``income``.
"""

from __future__ import annotations

from piplkit.discover.scan.columns import ColumnStats, Decision
from piplkit.discover.scan.header_words import contains
from piplkit.discover.scan.hints import HeaderEvidence, key_of
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.table_context import decide_as_own, records_persons

#: Words naming takings as well as a person's income.
REVENUE_WORDS = ("收入", "营收", "income", "revenue", "earnings", "takings")
#: Words naming pay for work, which stay a person's income.
PAY_WORDS = ("工资", "薪", "奖金", "提成", "佣金", "salary", "wage", "pay", "bonus", "commission",
             "个人", "家庭", "月收入", "年收入", "人均")  # fmt: skip


def apply_revenue_rules(
    headers: list[HeaderEvidence],
    stats: list[ColumnStats],
    chance: list[set[str]],
    decisions: list[Decision],
    profiles: ProfileTable,
    *,
    product_table: bool,
) -> None:
    """Make ``None``, in place, an income column of revenue words in a table in which no other
    column is a person's PI (module docstring)."""
    for i, d in enumerate(decisions):
        if d.pi_type != "income":
            continue
        key = key_of(stats[i].name)
        if not any(contains(key, w) for w in REVENUE_WORDS):
            continue
        if any(w in key.text for w in PAY_WORDS):
            continue
        if records_persons(decisions, skip=i) or any(
            o.pi_type not in (None, "income") for j, o in enumerate(decisions) if j != i
        ):
            continue
        decide_as_own(i, headers, stats, chance, decisions, profiles, product_table)
