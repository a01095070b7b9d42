"""Table rule for a bank's batch payout file (银行代发, issue 11, held-out set 17).

A payroll paid through a bank is uploaded as a bare list: the payee's name (户名), ID number,
card (收款账号), the amount (金额) and a purpose (用途: 11月工资, 绩效奖金). 金额 is a business word
(an order's or an invoice's amount is no one's income), so the amount column is decided as
``None``; here the file itself says what the amount is. In a table that pays persons into their
bank cards, a bare amount column is their ``income`` when the purpose column's values say the
money is pay (set 17's choice 4: a disbursement file's 金额 is income). A refund or a
reimbursement list (用途: 退款, 报销) keeps its amounts ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from piplkit.discover.scan.analysis import clean
from piplkit.discover.scan.columns import ColumnStats, Decision
from piplkit.discover.scan.hints import normalise_header
from piplkit.discover.scan.own_names import own_name_decision
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.tables import Row

#: Whole headers (normalised) of a bare amount in a payout file.
AMOUNT_HEADERS = frozenset(
    normalise_header(w)
    for w in ("金额", "代发金额", "发放金额", "转账金额", "付款金额", "amount", "amt",
              "payamount", "payoutamount")
)  # fmt: skip
#: Words of a purpose that say the money is pay for work.
_PAY = re.compile(r"工资|薪|奖金|绩效|劳务费|年终奖|提成|津贴|补贴|salary|wage|payroll|bonus", re.I)
#: An amount of money: digits with at most two decimals, perhaps with thousands separators.
_AMOUNT = re.compile(r"[0-9]{1,3}(?:,?[0-9]{3})*(?:\.[0-9]{1,2})?")
#: Share of values a test needs.
_SHARE = 0.8


def apply_payout_rules(
    rows: list[Row], stats: list[ColumnStats], decisions: list[Decision], profiles: ProfileTable
) -> None:
    """Decide again, in place, a payout file's bare amount column as the payees' income."""
    if not any(d.pi_type == "bank_card" for d in decisions):
        return
    if not any(d.pi_type == "person_name" for d in decisions):
        return
    purposes = [
        i for i, d in enumerate(decisions)
        if d.pi_type is None and _share(rows, i, profiles, _PAY.search) >= _SHARE
    ]  # fmt: skip
    if not purposes:
        return
    for i, d in enumerate(decisions):
        if d.pi_type is not None or normalise_header(stats[i].name) not in AMOUNT_HEADERS:
            continue
        if _share(rows, i, profiles, _AMOUNT.fullmatch) >= _SHARE:
            decisions[i] = own_name_decision(d, stats[i], "income")


def _share(
    rows: list[Row], index: int, profiles: ProfileTable, test: Callable[[str], object]
) -> float:
    values = [v for row in rows if (v := clean(row[index])) and not profiles.is_null(v)]
    if not values:
        return 0.0
    return sum(1 for v in values if test(v)) / len(values)
