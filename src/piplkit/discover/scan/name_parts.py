"""A person's name split into a surname column and a given-name column (issue 11, set 20).

Western software keeps a name in two fields (First Name / Last Name, ``billing_first_name``,
``customer_lastname``, ``FirstName``), and its Chinese translations and legacy copies keep the
split (名 / 姓, 账单名 / 账单姓, pinyin ``ming`` / ``xing``, ``xingshi`` for 姓氏). A Chinese
person's name split so leaves a column of bare surnames (张, 欧阳) and one of bare given names
(秀英, 伟): the person-name profile (a surname followed by one to three characters) fits
neither, so both columns came out as no PI, and ``xingshi`` even read as 刑事 (criminal).
Either part alone is the person's name (set 17's choice 11, set 18's 7, set 20's 2).

The header says which part is meant and the values confirm it:

* a surname column: a surname word (``lastname``, ``surname``, ``familyname``, ``lname``, 姓氏,
  a header that is or ends in 姓, ``xing``) over values nearly all of them surnames, Chinese
  (the name model's surname list), pinyin (``ZHANG``) or Latin (``Smith``);
* a given-name column: a given-name word (``firstname``, ``givenname``, ``forename``,
  ``fname``, ``middlename``) over short names, one to three Chinese characters or one Latin or
  pinyin word; a bare 名 (or a header ending in 名, or ``ming``) counts only beside a surname
  column of the same prefix (名 beside 姓, 账单名 beside 账单姓), since 名 ends many business
  words (店名, 商品名) that are no one's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from piplkit.discover.scan.analysis import clean
from piplkit.discover.scan.columns import ColumnStats, Decision
from piplkit.discover.scan.header_words import HeaderKey, contains, last_token_start
from piplkit.discover.scan.hints import key_of
from piplkit.discover.scan.own_names import own_name_decision
from piplkit.discover.scan.profiles import ProfileTable, vocabulary
from piplkit.discover.scan.tables import Row

#: Words naming the family part of a name wherever they stand in a header.
SURNAME_WORDS = ("lastname", "surname", "familyname", "姓氏", "xingshi")
#: Whole headers (normalised) naming the family part of a name.
SURNAME_HEADERS = frozenset({"姓", "xing", "xingshi", "姓氏"})
#: Words naming the given part of a name wherever they stand in a header.
GIVEN_WORDS = ("firstname", "givenname", "forename", "middlename")
#: Shortened words (FName, LName, LAST_NM) that count only as whole tokens: ``lname`` also
#: runs across ``school_name``.
SURNAME_SHORT = ("lname", "lastnm", "familynm", "surnm")
GIVEN_SHORT = ("fname", "firstnm", "mname", "givennm")
#: Whole headers (normalised) of a given name that count only beside a surname column.
GIVEN_HEADERS = frozenset({"名", "ming", "mingzi"})
#: The longest prefix kept before a bare 姓 or 名 (账单姓, 收货人名, 英文姓).
_PREFIX_MAX = 4
#: A Chinese given name, also masked (秀英, 伟, 秀*, *英).
_CJK_GIVEN = re.compile("[\u4e00-\u9fff]{1,3}|[\u4e00-\u9fff][*＊]{1,2}|[*＊]{1,2}[\u4e00-\u9fff]")
#: One Latin or pinyin word, capitalised or not (Wei, XIUYING, Emma, Mary-Jane).
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{0,19}")
#: Share of the non-empty values that must be surnames or given names.
_SHARE = 0.8


def apply_name_part_rules(
    rows: list[Row], stats: list[ColumnStats], decisions: list[Decision], profiles: ProfileTable
) -> None:
    """Type as ``person_name``, in place, the surname and given-name columns of a split name
    (module docstring)."""
    parts = [_part(s.name) for s in stats]
    surname_prefixes = {
        prefix
        for i, (part, prefix) in enumerate(parts)
        if part == "surname" and _share(rows, i, profiles, _is_surname) >= _SHARE
    }
    for i, (part, prefix) in enumerate(parts):
        if part is None or decisions[i].pi_type == "person_name":
            continue
        if part == "surname":
            fits = prefix in surname_prefixes
        elif part == "given" or prefix in surname_prefixes:
            fits = _share(rows, i, profiles, _is_given) >= _SHARE
        else:
            fits = False
        if fits:
            decisions[i] = own_name_decision(decisions[i], stats[i], "person_name")


def _part(name: str) -> tuple[str | None, str]:
    """``("surname" | "given" | "given?" | None, prefix)`` for a header; ``given?`` is a given
    name only beside a surname column of the same prefix."""
    key = key_of(name)
    text = key.text
    if text in SURNAME_HEADERS:
        return "surname", ""
    if any(contains(key, w) for w in SURNAME_WORDS) or _short(key, SURNAME_SHORT):
        return "surname", "*"
    if any(contains(key, w) for w in GIVEN_WORDS) or _short(key, GIVEN_SHORT):
        return "given", "*"
    if text in GIVEN_HEADERS:
        return "given?", ""
    if 1 < len(text) <= _PREFIX_MAX + 1 and text[-1] in "姓名" and "姓名" not in text:
        return ("surname" if text[-1] == "姓" else "given?"), text[:-1]
    return None, ""


def _short(key: HeaderKey, words: tuple[str, ...]) -> bool:
    return any(key.text == w or last_token_start(key, w) >= 0 for w in words)


def _share(
    rows: list[Row], index: int, profiles: ProfileTable, fits: Callable[[str], bool]
) -> float:
    values = [v for row in rows if (v := clean(row[index])) and not profiles.is_null(v)]
    if not values:
        return 0.0
    return sum(1 for v in values if fits(v)) / len(values)


def _is_surname(value: str) -> bool:
    chinese, pinyin, latin = _surname_sets()
    low = value.strip().lower()
    return value.strip() in chinese or low in pinyin or low in latin


def _is_given(value: str) -> bool:
    text = value.strip()
    return bool(_CJK_GIVEN.fullmatch(text) or _LATIN_WORD.fullmatch(text))


@lru_cache(maxsize=1)
def _surname_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    from piplkit.discover.detect.ner.latin_names import latin_names
    from piplkit.discover.detect.ner.lexicon import surnames

    return frozenset(surnames()), vocabulary("pinyin_surnames"), latin_names().family
