"""Table rule for dated goods lists no person is recorded beside (issue 11, set 13).

Set 13's water-delivery and laundry ledgers list a customer's dated deliveries and orders of
counted goods in one cell (2026-01-19 送水3桶；2026-06-01 送水3桶, 05-21 大衣2件；…): the
transaction profile's strong side reads them as what was delivered to or collected from the
person of the row, whatever the header (SSJL, XYJL: initials shared with other hint words). A
warehouse's inbound log (入库记录: 01-02 矿泉水30箱；…) has the same shape and records no person:
there the goods are the business's stock, so such a column, decided by its values alone under no
header naming a transaction, is decided again as nobody's. Purchases with their amounts (the
profile's older strong side) are not touched.
"""

from __future__ import annotations

import re

from piplkit.discover.scan.analysis import clean
from piplkit.discover.scan.columns import Decision
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.table_context import records_persons
from piplkit.discover.scan.tables import Row

#: One dated entry of counted goods (2026-01-19 送水3桶, 05-21 大衣2件), as value_profiles.yaml
#: writes the transaction profile's strong side.
_ENTRY = (
    r"(?:[0-9]{4}[-/.])?(?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12][0-9]|3[01]) [\u4e00-\u9fff]{1,8}"
    r"[0-9]{1,3} ?(?:件|桶|份|箱|瓶|袋|盒|张|双|套|束|杯|罐|提)"
)
_GOODS = re.compile(rf"{_ENTRY}(?: ?[;；] ?{_ENTRY})+")
#: Share of a column's values that must be such lists.
_SHARE = 0.8


def apply_ledger_rules(rows: list[Row], decisions: list[Decision], profiles: ProfileTable) -> None:
    """Clear, in place, a goods-list transaction column in a table that records no person."""
    for i, d in enumerate(decisions):
        if d.pi_type != "transaction_record" or d.evidence is None:
            continue
        if d.evidence.header is not None or records_persons(decisions, skip=i):
            continue
        values = [v for row in rows if (v := clean(row[i])) and not profiles.is_null(v)]
        if values and sum(1 for v in values if _GOODS.fullmatch(v)) >= _SHARE * len(values):
            decisions[i] = Decision(None, 0.0, 0, d.other, d.minors)
