"""Table rules for labels a business gives its own things (issue 11, held-out set 14).

* A column repeating a handful of group or place labels (a nursery's 托小班, 托大班; a cemetery's
  松园, 柏园, 纪念林; a militia's 一排) sorts the rows; the name and address model reads such a
  label as a name or a place, but a person's name or home differs from row to row and does not
  end in a word for a group or a grounds.
* A result word (结果, 结论, RESULT) over verdicts (合格, 良好, 需整改) in a table that records
  no person is an inspection's or a drill's outcome, not someone's health (a lab's ALT 115 U/L
  or a scale's score under ``result`` stays a health record).
* A nickname in a table about animals (a species, an animal's number, its feed) and no person is
  the animal's (团团, Lucky), not a login.
* A staff member named by an appellation under a header naming the role
  (:mod:`piplkit.discover.scan.staff_names`) is a person's name.

Each rule that takes a type away makes the header the organisation's own (negative), as the
rules of :mod:`piplkit.discover.scan.table_context` do, so a full count agrees.
"""

from __future__ import annotations

from piplkit.discover.scan.analysis import clean
from piplkit.discover.scan.columns import ColumnStats, Decision, Evidence
from piplkit.discover.scan.header_words import HeaderKey, contains
from piplkit.discover.scan.hints import HeaderEvidence, key_of, normalise_header
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.staff_names import staff_column
from piplkit.discover.scan.table_context import (
    OWNER_WORDS,
    PERSON_TYPES,
    decide_as_own,
    records_persons,
)
from piplkit.discover.scan.tables import Row

#: Last characters of a group's or a grounds' label: a class, a team, a section, a garden.
GROUP_ENDINGS = frozenset("班组队排连营园区苑林圃场馆厅堂部科室")
#: At most this many distinct labels, and at most this share of the filled cells.
_MAX_LABELS = 10
_LABEL_SHARE = 0.3
#: Share of a column's values that must be such labels.
_SHARE = 0.8
#: Words of a bare result or verdict (结果: 合格, RESULT: 需整改).
RESULT_WORDS = ("结果", "结论", "评定", "评价", "result", "results", "conclusion", "outcome",
                "verdict", "rating")  # fmt: skip
#: Verdicts of an inspection, a drill or an acceptance (合格, 需整改, pass): no clinical finding.
VERDICTS = frozenset({"合格", "不合格", "基本合格", "良好", "优秀", "较好", "一般", "较差", "差",
                      "通过", "未通过", "达标", "未达标", "需整改", "限期整改", "已整改", "待整改",
                      "整改", "pass", "passed", "fail", "failed", "ok", "good", "excellent",
                      "poor"})  # fmt: skip
#: Words of a column about an animal kept (a zoo's, a farm's): its species, number, feed.
ANIMAL_TABLE_WORDS = ("动物", "物种", "饲料", "饲喂", "投喂", "饲养", "兽舍", "宠物", "品种",
                      "犬种", "猫种", "芯片", "animal", "species", "feed", "breed", "microchip",
                      "enclosure", "pet")  # fmt: skip
#: Types that show a table records persons beyond the column judged.
_ABOUT_PERSONS = PERSON_TYPES | {"health_record", "cn_resident_id", "birth_date", "age"}


def apply_label_rules(
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
    keys = [key_of(s.name) for s in stats]
    animals = sum(1 for k in keys if has_word(k, ANIMAL_TABLE_WORDS)) >= 2
    for i, d in enumerate(decisions):
        kind = d.evidence.values if d.evidence is not None else None
        alone = not about_persons(decisions, i)
        if d.pi_type is None:
            if staff_column(rows, i, headers[i], stats[i].name, profiles):
                evidence = Evidence(None, False, "shape", 1.0)
                other = {t: n for t, n in d.other.items() if t != "person_name"}
                decisions[i] = Decision(
                    "person_name", 0.7, stats[i].non_empty, other, d.minors, evidence
                )
            continue
        if d.pi_type in ("person_name", "address") and kind == "model":
            own = not named_by_header(d) and _group_labels(rows, i, profiles)
        elif d.pi_type == "health_record" and kind == "shape":
            own = alone and has_word(keys[i], RESULT_WORDS) and _verdicts(rows, i, profiles)
        elif d.pi_type == "account_name" and kind == "shape":
            own = animals and alone and not has_word(keys[i], OWNER_WORDS)
        else:
            continue
        if own:
            decide_as_own(i, headers, stats, chance, decisions, profiles, product_table)
            if decisions[i].pi_type is not None:
                decisions[i] = Decision(None, 0.0, 0, d.other, d.minors)


def has_word(key: HeaderKey, words: tuple[str, ...]) -> bool:
    """Whether a header's key holds one of ``words`` (the table rules' header test)."""
    return any(contains(key, normalise_header(w)) for w in words)


def named_by_header(decision: Decision) -> bool:
    """Whether a decision's evidence includes a header naming its type."""
    return decision.evidence is not None and decision.evidence.header is not None


def about_persons(decisions: list[Decision], skip: int) -> bool:
    """Whether a column other than ``skip`` holds a person's PI (firm values or a header)."""
    if records_persons(decisions, skip=skip):
        return True
    return any(
        d.pi_type in _ABOUT_PERSONS and d.evidence is not None and d.evidence.header is not None
        for i, d in enumerate(decisions)
        if i != skip
    )


def _verdicts(rows: list[Row], index: int, profiles: ProfileTable) -> bool:
    values = [v for row in rows if (v := clean(row[index])) and not profiles.is_null(v)]
    if not values:
        return False
    return sum(1 for v in values if v.lower() in VERDICTS) >= _SHARE * len(values)


def _group_labels(rows: list[Row], index: int, profiles: ProfileTable) -> bool:
    values = [v for row in rows if (v := clean(row[index])) and not profiles.is_null(v)]
    if not values:
        return False
    distinct = set(values)
    if len(distinct) > _MAX_LABELS or len(distinct) > _LABEL_SHARE * len(values):
        return False
    ending = sum(1 for v in values if len(v) <= 6 and v[-1] in GROUP_ENDINGS)
    return ending >= _SHARE * len(values)
