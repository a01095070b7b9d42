"""A staff member named by what customers call them (issue 11, held-out set 14).

A class, a salon or a workshop names the coach, the teacher or the technician a customer sees by
the name used at work: a surname with the role or a form of address (刘教练, 周老师, 王指导), a
familiar form (老周, 小马, 阿强) or an English name (Lily, Tony). None of these is a full name,
so the name model and the person-name profile pass most of them by; but under a header naming
the staff role they single out one person to anyone dealing with the business, which is what
the gold conventions table's staff-appellation row (docs/evaluation.md, settled 2026-12-07 with
set 3's convention 3: staff named in business tables are people) makes them: ``person_name``.
A number the business gives its staff (技师号 8号, 客服07) is a key and fits none of the shapes.
"""

from __future__ import annotations

import re
from functools import cache

from piplkit.discover.scan.analysis import clean
from piplkit.discover.scan.header_words import contains
from piplkit.discover.scan.hints import HeaderEvidence, key_of, normalise_header
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.tables import Row

#: Header words naming a member of staff a customer deals with by their role.
STAFF_WORDS = ("老师", "教师", "讲师", "导师", "助教", "教练", "指导", "私教", "技师", "师傅",
               "发型师", "理发师", "美发师", "造型师", "美容师", "美甲师", "按摩师", "推拿师",
               "理疗师", "康复师", "治疗师", "陪练", "teacher", "tutor", "instructor", "coach",
               "trainer", "technician", "stylist", "hairdresser", "barber", "therapist",
               "beautician", "masseur", "masseuse",
               # (set 19) who did a daycare's morning check (晨检员, checker: 王老师, 刘园长)
               "晨检员", "检查人", "检查员", "checker", "inspector")  # fmt: skip
#: The same in pinyin initials, as a whole header only (FXS: 发型师, JL: 教练).
STAFF_INITIALS = frozenset({"fxs", "lfs", "mfs", "zxs", "mrs", "mjs", "ams", "tns", "jl"})
#: Role words and forms of address that follow a surname (刘教练, 周老师, 张师傅, 王姐).
_ROLE_AFTER_SURNAME = ("老师", "教练", "指导", "师傅", "老板", "经理", "店长", "主任", "医生",
                       "护士", "阿姨", "先生", "女士", "小姐", "姐", "哥", "工")  # fmt: skip
#: A familiar form: 老 or 小 with a surname, 阿 or 小 with a given name (老周, 小马, 阿强, 小雅).
_FAMILIAR = re.compile(r"[老小阿][\u4e00-\u9fff]{1,2}")
#: An English name a member of staff goes by (Lily, Tony, Anna Li).
_LATIN = re.compile(r"[A-Z][a-z]{1,11}(?:[ .][A-Z][a-z]{0,11})?")
#: Share of a column's values that must be names or appellations.
_SHARE = 0.8


@cache
def _appellation() -> re.Pattern[str]:
    from piplkit.discover.detect.ner.lexicon import surnames

    names = "|".join(re.escape(s) for s in sorted(surnames(), key=len, reverse=True))
    roles = "|".join(_ROLE_AFTER_SURNAME)
    # a surname with a role or a form of address, or a surname with one or two characters
    return re.compile(f"(?:{names})(?:{roles}|[\u4e00-\u9fff]{{1,2}})")


def is_appellation(value: str) -> bool:
    """Whether ``value`` is a name a member of staff is called by at work (see module doc)."""
    return bool(
        _FAMILIAR.fullmatch(value) or _LATIN.fullmatch(value) or _appellation().fullmatch(value)
    )


def staff_column(rows: list[Row], index: int, header: HeaderEvidence, name: str,
                 profiles: ProfileTable) -> bool:  # fmt: skip
    """Whether a column with no type is a staff member's name: its header names a staff role
    and names no type and no business field (技师号 is a key), and most values are names or
    appellations."""
    if header.negative or header.organisation or header.opaque:
        return False
    key = key_of(name)
    initials = key.text in STAFF_INITIALS
    if not initials and not any(contains(key, normalise_header(w)) for w in STAFF_WORDS):
        return False
    if header.types and not any(key.text.endswith(normalise_header(w)) for w in STAFF_WORDS):
        # (set 19) a role that ends the header is its head noun whatever comes before it: the
        # teacher of a morning check (晨检教师), where 晨检 names a health record
        return False
    values = [v for row in rows if (v := clean(row[index])) and not profiles.is_null(v)]
    if not values:
        return False
    return sum(1 for v in values if is_appellation(v)) >= _SHARE * len(values)
