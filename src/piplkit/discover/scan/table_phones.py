"""Table rules of the phone columns held-out set 15 showed (issue 11): a column of mobiles under
a header that says nothing (col_4, c06, mqsj), where only the values and the table speak.

* The lone contact of a person's record. Numbers in a mobile's shape that fail the numbering
  plan a tenth of the time or more are read as running numbers (``table_things``): a system
  draws them at random. That test is weak on its own: the numbering metadata lags the ranges
  carriers open, and a form's numbers typed by hand or made up for a test fail it as often
  (set 15's phones failed 2-15 %, its order numbers 2-9 %). A column that is not the table's
  first (where a key stands), in a table that records a person (a name or an ID shown by its
  values) and holds no other mobile, is that person's number; a key beside another mobile
  (set 10's export: a customer's phone, then the order number) stays a key.
* The key heading a table. A first column in a mobile's shape, every value different, under a
  header that says nothing, in a table that already gives a mobile elsewhere (a takeaway
  order's masked customer phone and the rider's phone), is the row's key: an export leads with
  its order or ticket number, and the person's phone is the other column.
* A list of phones in one cell (138…/139…, 138…;139…: a member's two numbers) is still the
  person's phones: the cells hold nothing else, so a header naming none does not make them
  free text.

A rule that takes a type away makes the header the organisation's own (``decide_as_own``); a
rule that gives one decides the column again under a header naming it (``decide_as``), so
:func:`piplkit.discover.scan.columns.decide` agrees in a full count too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from piplkit.discover.scan.analysis import clean
from piplkit.discover.scan.columns import ColumnStats, Decision
from piplkit.discover.scan.hints import HeaderEvidence
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.table_context import decide_as, decide_as_own, records_persons
from piplkit.discover.scan.tables import Row

#: A number in a mobile's plain shape.
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
#: Two or more mobiles in one cell, separated by a slash, a comma, a semicolon or a space.
_MOBILE_LIST = re.compile(r"1[3-9][0-9]{9}(?:\s*[/,;，；、|\s]\s*1[3-9][0-9]{9})+")
#: Share of values a value rule needs, and the fewest values it judges.
_SHARE = 0.8
_FEWEST = 10
#: The header a column of phone lists is decided again under.
_PHONES = HeaderEvidence(types=("cn_mobile",))


def says_nothing(header: HeaderEvidence) -> bool:
    """Whether a header names no type and no key (col_4, c06, an unknown abbreviation)."""
    return not header.types and header.word is None and not header.negative


def lone_contact(i: int, headers: Sequence[HeaderEvidence], decisions: Sequence[Decision]) -> bool:
    """Whether column ``i``, in a mobile's shape, is the only mobile of a person's record (see
    the module docstring): not first, under a header that says nothing, in a table recording a
    person by other values, with no other mobile column."""
    return (
        i > 0
        and says_nothing(headers[i])
        and records_persons(decisions, skip=i)
        and not any(d.pi_type == "cn_mobile" for j, d in enumerate(decisions) if j != i)
    )


def apply_phone_rules(
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
    for i, d in enumerate(decisions):
        if not says_nothing(headers[i]):
            continue
        if d.pi_type == "cn_mobile" and _heading_key(rows, i, decisions, profiles):
            decide_as_own(i, headers, stats, chance, decisions, profiles, product_table)
        elif (
            d.pi_type is None
            and _phone_lists(rows, i, profiles)
            and decide_as(i, _PHONES, headers, stats, chance, decisions, profiles, product_table)
        ):
            # a cell of two numbers counts two findings: report the cells, not the findings
            found = decisions[i]
            share = min(found.evidence.share, 1.0) if found.evidence else 1.0
            evidence = replace(found.evidence, share=share) if found.evidence else None
            decisions[i] = replace(
                found, matches=min(found.matches, stats[i].non_empty), evidence=evidence
            )


def _values(rows: list[Row], index: int, profiles: ProfileTable) -> list[str]:
    return [v for row in rows if (v := clean(row[index])) and not profiles.is_null(v)]


def _heading_key(
    rows: list[Row], i: int, decisions: Sequence[Decision], profiles: ProfileTable
) -> bool:
    """Whether the first column's mobile-shaped values are all different, and another column
    of the table is a mobile."""
    if i != 0 or not any(d.pi_type == "cn_mobile" for d in decisions[1:]):
        return False
    values = _values(rows, i, profiles)
    shaped = [v for v in values if _MOBILE.fullmatch(v)]
    return len(shaped) >= max(_FEWEST, _SHARE * len(values)) and len(set(shaped)) == len(shaped)


def _phone_lists(rows: list[Row], i: int, profiles: ProfileTable) -> bool:
    """Whether nearly every value is a mobile or a list of mobiles, and some are lists."""
    values = _values(rows, i, profiles)
    if len(values) < _FEWEST:
        return False
    lists = sum(1 for v in values if _MOBILE_LIST.fullmatch(v))
    alone = sum(1 for v in values if _MOBILE.fullmatch(v))
    return lists > 0 and lists + alone >= _SHARE * len(values)
