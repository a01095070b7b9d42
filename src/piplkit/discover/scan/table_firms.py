"""Table rules for a business's own fields read as a person's (issue 11, held-out set 15).

* A company's name under a workplace word (a lab's 校准单位, in pinyin initials ``jzdw`` also
  就职单位) is an employer only when the table records a person who works there: a table that
  records no person lists organisations, and their names are no one's workplace (the
  conventions' "company names" row). A workplace column with no other column beside it is left
  to its header: nothing says the table is not about people.
* A landline beside a store, a branch or a site in a table that records no person is the
  organisation's number (a store-to-phone list; convention 2, set 15's 32), not a subscriber's.
* A landline named as an office line (Office Phone) in a row whose party is a company (below)
  is the company's number.
* A balance or a credit line of a row whose party is a company (a dealer CRM: a credit code and a
  column of company names, and no person's identity number) is the company's, not a person's
  (set 12's 33: every other business field of a B2B export is ``None``).
* A subsidy beside the goods it was paid on (a trade-in's old appliance, its serial, the invoice
  and the new model; set 7's end-of-life vehicle beside its VIN) is a rebate on a purchase, not
  income paid to the person (set 15's 23); a subsidy paid per person or per land is left to
  :mod:`piplkit.discover.scan.table_grants`.
* A handful of numbered labels repeated down a column (a billiards hall's 九球5号, VIP2, a
  karaoke's 包厢3号) names the business's tables or rooms: the name and address model reads a
  label ending in a number as a house number, but a person's home differs from row to row.

Each rule that takes a type away makes the header the organisation's own (negative), as the
rules of :mod:`piplkit.discover.scan.table_context` do, so a full count agrees.
"""

from __future__ import annotations

import re

from piplkit.discover.scan.analysis import clean
from piplkit.discover.scan.columns import ColumnStats, Decision
from piplkit.discover.scan.hints import OFFICE_LINES, HeaderEvidence, key_of
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.table_context import decide_as_own
from piplkit.discover.scan.table_grants import GRANT_WORDS
from piplkit.discover.scan.table_labels import about_persons, has_word, named_by_header
from piplkit.discover.scan.tables import Row

#: Suffixes of an organisation's name (…有限公司, …集团, …门店).
_FIRM_NAME = re.compile(r".{2,40}(公司|集团|厂|店|中心|研究院|研究所|事务所|合作社|商行|门市部)")
#: A label of a business's table, room or seat: a few characters, then a number (九球5号, VIP2).
_NUMBERED_LABEL = re.compile(r"[^\d\s]{1,5}\d{1,3}[号台桌间室座位]?")
#: At most this many distinct labels, and at most this share of the filled cells.
_MAX_LABELS = 10
_LABEL_SHARE = 0.3
#: Share of a column's values that must fit.
_SHARE = 0.8
#: Identity documents that make a row a person's even beside a company's code.
_PERSON_IDS = frozenset({"cn_resident_id", "passport", "hk_macau_permit", "taiwan_permit",
                         "foreign_permanent_resident_id", "social_security_card",
                         "driver_license"})  # fmt: skip
#: Words of the goods a purchase or a trade-in is about: a model, a serial, an invoice.
PURCHASE_WORDS = ("型号", "机型", "序列号", "出厂编号", "发票", "品类", "能效", "车架号", "serial",
                  "model", "invoice", "vin", "sku")  # fmt: skip
#: A company's amounts in a B2B row.
_FIRM_AMOUNTS = frozenset({"account_balance", "credit_record", "income"})


def apply_firm_rules(
    rows: list[Row],
    headers: list[HeaderEvidence],
    stats: list[ColumnStats],
    chance: list[set[str]],
    decisions: list[Decision],
    profiles: ProfileTable,
    *,
    product_table: bool,
) -> None:
    """Decide again, in place, the columns the rules above apply to."""
    b2b = _company_rows(rows, decisions, profiles)
    keys = [key_of(s.name) for s in stats]
    for i, d in enumerate(decisions):
        kind = d.evidence.values if d.evidence is not None else None
        if d.pi_type in ("employer", "job_title"):
            # (set 16) a post in a table of vacancies (岗位 beside 招聘人数 and 学历要求) is
            # no one's job, as a company in a table of companies is no one's workplace
            own = _has_context(stats, i) and not about_persons(decisions, i)
        elif d.pi_type == "cn_landline":
            own = not about_persons(decisions, i) and any(
                h.organisation for j, h in enumerate(headers) if j != i
            )
            # (set 15) a dealer CRM's Office Phone, its rows companies: the company's switchboard
            # (an office line is a person's only in a row about a person: set 21's rosters)
            own = own or (b2b and keys[i].text in OFFICE_LINES)
        elif d.pi_type in _FIRM_AMOUNTS:
            own = b2b and kind == "shape"
            if d.pi_type == "income" and has_word(keys[i], GRANT_WORDS):
                own = own or any(has_word(k, PURCHASE_WORDS) for j, k in enumerate(keys) if j != i)
        elif d.pi_type in ("address", "person_name") and kind == "model":
            own = not named_by_header(d) and _numbered_labels(rows, i, profiles)
        else:
            continue
        if own:
            decide_as_own(i, headers, stats, chance, decisions, profiles, product_table)
            if decisions[i].pi_type is not None:
                decisions[i] = Decision(None, 0.0, 0, d.other, d.minors)


def _has_context(stats: list[ColumnStats], index: int) -> bool:
    """Whether another filled column tells what the table records: a workplace column alone
    (所在企业, 聘用单位, an export of one field) is read as an employment, as its header says."""
    return any(s.non_empty for j, s in enumerate(stats) if j != index)


def _values(rows: list[Row], index: int, profiles: ProfileTable) -> list[str]:
    return [v for row in rows if (v := clean(row[index])) and not profiles.is_null(v)]


def _company_rows(rows: list[Row], decisions: list[Decision], profiles: ProfileTable) -> bool:
    """Whether each row is a company's: a credit code, a column of company names, and no
    person's identity document."""
    if not any(d.pi_type == "cn_uscc" for d in decisions):
        return False
    if any(d.pi_type in _PERSON_IDS for d in decisions):
        return False
    for i, d in enumerate(decisions):
        if d.pi_type is not None:
            continue
        values = _values(rows, i, profiles)
        if values and sum(1 for v in values if _FIRM_NAME.fullmatch(v)) >= _SHARE * len(values):
            return True
    return False


def _numbered_labels(rows: list[Row], index: int, profiles: ProfileTable) -> bool:
    values = _values(rows, index, profiles)
    if not values:
        return False
    distinct = set(values)
    if len(distinct) > _MAX_LABELS or len(distinct) > _LABEL_SHARE * len(values):
        return False
    numbered = sum(1 for v in values if _NUMBERED_LABEL.fullmatch(v))
    return numbered >= _SHARE * len(values)
