"""Names a person goes by that no name shape fits (issue 11, held-out set 10).

A child's given name or pet name (宝宝名: 婷婷, 小名: 豆豆) has no surname, so the person-name
profile (a surname, then one to three characters) does not fit it; a game character's name
(roleName: jiangming811) is a login-like handle under a word that also heads a permission
table's roles (role_name: 管理员, editor). The header word says which name is meant and the values
confirm it: short Chinese given names for the first, names nearly all different from one another
for the second (a permission table repeats a handful of roles).
"""

from __future__ import annotations

import re

from piplkit.discover.scan.analysis import clean
from piplkit.discover.scan.columns import ColumnStats, Decision, Evidence
from piplkit.discover.scan.header_words import contains
from piplkit.discover.scan.hints import key_of, normalise_header
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.tables import Row

#: Header words naming the given name or the pet name a child is called by.
GIVEN_NAME_WORDS = ("小名", "乳名", "宝宝名", "孩子名", "小孩名", "幼儿名", "儿童名", "宝贝名",
                    "babyname", "childname", "kidname")  # fmt: skip
#: Header words naming the character a player has in a game.
CHARACTER_WORDS = ("rolename", "角色名", "角色昵称", "游戏角色", "游戏昵称", "charactername",
                   "charname", "ingamename")  # fmt: skip
#: A given name or a pet name: one to three Chinese characters (婷婷, 兰英, 峰).
_GIVEN = re.compile("[\u4e00-\u9fff]{1,3}")
#: Share of the non-empty values that must fit.
_SHARE = 0.8
#: Share of a character-name column's values that must differ from one another.
_DISTINCT = 0.8


def own_name_type(rows: list[Row], index: int, name: str, profiles: ProfileTable) -> str | None:
    """``person_name`` or ``account_name`` when the header names a given name or a game
    character and the column's values are such names; ``None`` otherwise."""
    key = key_of(name)
    given = any(contains(key, normalise_header(w)) for w in GIVEN_NAME_WORDS)
    character = not given and any(contains(key, normalise_header(w)) for w in CHARACTER_WORDS)
    if not given and not character:
        return None
    values = [v for row in rows if (v := clean(row[index])) and not profiles.is_null(v)]
    if not values:
        return None
    if given:
        fit = sum(1 for v in values if _GIVEN.fullmatch(v))
        return "person_name" if fit >= _SHARE * len(values) else None
    profile = profiles.get("account_name")
    if profile is None or len(set(values)) < _DISTINCT * len(values):
        return None
    fit = sum(1 for v in values if profile.fits(v))
    return "account_name" if fit >= _SHARE * len(values) else None


def own_name_decision(old: Decision, stats: ColumnStats, type_id: str) -> Decision:
    """The decision for a column a table rule typed by its header word and its values' shape
    together (:func:`own_name_type`, ``flat_values.flat_room``), as a named column's."""
    evidence = Evidence(None, False, "shape", 1.0)
    return Decision(type_id, 0.75, stats.non_empty, old.other, old.minors, evidence)
