"""Names a person goes by that no name shape fits (issue 11, held-out set 10).

A child's given name or pet name (宝宝名: 婷婷, 小名: 豆豆) has no surname, so the person-name
profile (a surname, then one to three characters) does not fit it; a game character's name
(roleName: jiangming811) is a login-like handle under a word that also heads a permission
table's roles (role_name: 管理员, editor). The header word says which name is meant and the values
confirm it: short Chinese given names for the first, names nearly all different from one another
for the second (a permission table repeats a handful of roles).

(Set 17, fix17b) Two more of a person's names no shape fits alone:

* ``userid`` is a surrogate key in most exports (sets 4, 6, 8, 11 and 14: ``userId`` 1234567,
  ``U123456789``), so it is no hint word; a WeCom or a DingTalk contacts export writes the
  member's own login there (dcheng782, jd_ytao313). A column of such logins, lower-case letters
  first, is the member's ``account_name`` (set 17's choice 3).
* A form's submitter (提交人), a record's creator and a content author (``creator_name``,
  ``author_name``) are shown by the name the platform knows them by: a real name is found by
  the name model as it is, a display name (阿喜欢, 大起来酱, 一切666) by nothing. A column of
  such names, nearly all different, is the submitter's ``account_name`` (set 7's 17); a handful
  of repeated values (admin, crm_sync, 导入: set 12's 创建人) is a system's and stays ``None``,
  and so do staff codes (E7541: set 16's ``Created By``).
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
#: Whole headers (normalised) of a member's user id in a contacts export.
USER_ID_HEADERS = frozenset(
    normalise_header(w) for w in ("userid", "user_id", "用户id", "成员userid", "memberuserid")
)
#: Longest header ending in ``userid`` read as a platform's prefix and the user id (钉钉userid).
_PREFIXED_USER_ID = 12
#: Whole headers (normalised) naming who submitted, created or wrote a row.
ACTOR_HEADERS = frozenset(
    normalise_header(w)
    for w in ("提交人", "提交者", "填写人", "创建人", "创建者", "发布人", "发布者", "作者",
              "creator", "creator_name", "author", "author_name", "submitter", "submitter_name",
              "submitted_by", "created_by", "posted_by")
)  # fmt: skip
#: A staff or a record code (E7541, U0012, 100231): a creator's key, not a display name.
_CODE = re.compile(r"[A-Z]{0,4}[-_]?[0-9]{2,}")
#: A login: lower-case letters first, then letters, digits and separators (dcheng782, jd_ytao313).
_LOGIN = re.compile(r"[a-z][a-z0-9_.-]{3,31}")
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
    if _user_id_header(key.text) or key.text in ACTOR_HEADERS:
        return _login_type(rows, index, key.text, profiles)
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


def _login_type(rows: list[Row], index: int, key: str, profiles: ProfileTable) -> str | None:
    """``account_name`` for a user id column of logins or a submitter column of display names,
    nearly all different from one another; ``None`` otherwise."""
    values = [v for row in rows if (v := clean(row[index])) and not profiles.is_null(v)]
    if not values or len(set(values)) < _DISTINCT * len(values):
        return None
    if _user_id_header(key):
        fit = sum(1 for v in values if _LOGIN.fullmatch(v))
    else:
        profile = profiles.get("account_name")
        fit = sum(
            1 for v in values if profile is not None and profile.fits(v) and not _CODE.fullmatch(v)
        )
    return "account_name" if fit >= _SHARE * len(values) else None


def _user_id_header(key: str) -> bool:
    """A member's user id, also behind the platform's name or prefix (钉钉UserId, dd_userid,
    feishu_user_id: set 19's DingTalk attendance export)."""
    return key in USER_ID_HEADERS or (key.endswith("userid") and len(key) <= _PREFIXED_USER_ID)


def own_name_decision(old: Decision, stats: ColumnStats, type_id: str) -> Decision:
    """The decision for a column a table rule typed by its header word and its values' shape
    together (:func:`own_name_type`, ``flat_values.flat_room``), as a named column's."""
    evidence = Evidence(None, False, "shape", 1.0)
    return Decision(type_id, 0.75, stats.non_empty, old.other, old.minors, evidence)
