"""Table rules for set 11's non-PI columns reported as PI (issue 11, set 11).

Four kinds of column fit a PI type's header and loose value shape but hold what a business, a
piece of land or a group owns, not what a person is or has:

* money paid for land (a farmland subsidy per mu beside the plot's area or code: set 11's
  choice 1) or a prize of a match or a league in a table that records no person (and names no
  staff key: a bonus beside 工号 is pay, set 9): income is
  paid to a person, these are a programme's or a competition's amounts;
* a trajectory column of short texts that repeat across the rows of a register of persons (a
  tour group's published itinerary, one destination and date range shared by its members): a
  person's own movements differ from person to person, and a logged track (JSON points) is no
  short text;
* an education column whose values are instruments, arts or training shops (专业: 钢琴, 报送
  单位: 某琴行): a graded exam's discipline and the shop entering a candidate are no schooling
  (a level passed, 钢琴十级, still is one: set 4).

Each rule sends the column through the decision again with an organisation's negative header,
so only validated values could keep it PI.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from piplkit.discover.scan.analysis import clean, values_share
from piplkit.discover.scan.columns import ColumnStats, Decision
from piplkit.discover.scan.header_words import HeaderKey, contains
from piplkit.discover.scan.hints import HeaderEvidence, key_of
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.table_context import decide_as_own, records_persons
from piplkit.discover.scan.table_parties import STAFF_WORDS
from piplkit.discover.scan.tables import Row

#: Words of a grant or subsidy (补贴, 补助, subsidy).
GRANT_WORDS = ("补贴", "补助", "subsidy", "subsidies", "grant")
#: Words of farmland measured or numbered (亩, 地块, 耕地): a grant beside them is paid per land.
LAND_WORDS = ("亩", "地块", "耕地", "农田", "承包地", "宗地", "种植面积", "plot", "farmland",
              "acre", "hectare", "公顷")  # fmt: skip
#: Words of a prize of a competition (奖金, 奖励, prize).
PRIZE_WORDS = ("奖金", "奖励", "奖额", "prize", "award", "reward", "purse")
#: Instruments, arts and crafts a graded exam or a class is in.
_ART = re.compile(
    r"(?:钢琴|小提琴|中提琴|大提琴|低音提琴|古筝|琵琶|二胡|扬琴|竹笛|笛子|长笛|单簧管|双簧管|萨克斯|小号|"
    r"长号|圆号|手风琴|电子琴|吉他|尤克里里|架子鼓|爵士鼓|打击乐|中阮|柳琴|唢呐|葫芦丝|古琴|声乐|美声|"
    r"民族唱法|通俗唱法|舞蹈|中国舞|芭蕾|拉丁舞|街舞|美术|素描|色彩|国画|油画|书法|硬笔|软笔|朗诵|表演|主持)"
    r"|(?i:piano|violin|viola|cello|double bass|guitar|flute|clarinet|oboe|saxophone|trumpet|"
    r"trombone|horn|drums|percussion|ukulele|accordion|voice|singing|ballet|dance|drawing|"
    r"painting|calligraphy)"
)
#: A training shop, a studio or oneself entering a candidate (某琴行, 某艺术, 个人).
_SHOP = re.compile(
    r"[\u4e00-\u9fffA-Za-z0-9]{0,12}(?:琴行|艺术|艺术中心|艺校培训|培训中心|培训班|培训机构|工作室|画室|"
    r"舞蹈室|琴房|乐器行|文化传媒|机构)|个人|自报|本人|(?i:self|private|individual)"
)
#: Share of values a value rule needs.
_SHARE = 0.8
#: A trajectory whose distinct values are at most this share of its filled values repeats
#: across rows.
_REPEATS = 0.3
#: Fewest filled values the repeat test judges.
_FEWEST = 6
#: Longest value of a named itinerary (a place and dates); a logged track (JSON points) is longer.
_SHORT = 40


def apply_grant_rules(
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
    land = any(_any(k, LAND_WORDS) for k in keys)
    staff = any(_any(k, STAFF_WORDS) for k in keys)
    for i, d in enumerate(decisions):
        if d.pi_type == "income":
            own = (land and _any(keys[i], GRANT_WORDS)) or (
                _any(keys[i], PRIZE_WORDS) and not staff and not records_persons(decisions, skip=i)
            )
        elif d.pi_type == "trajectory":
            own = records_persons(decisions, skip=i) and _repeats(rows, i, profiles)
        elif d.pi_type == "education":
            own = values_share(rows, i, profiles, _art_or_shop, _SHARE)
        else:
            continue
        if own:
            decide_as_own(i, headers, stats, chance, decisions, profiles, product_table)


def _any(key: HeaderKey, words: Sequence[str]) -> bool:
    return any(contains(key, w) for w in words)


def _art_or_shop(value: str) -> bool:
    return bool(_ART.fullmatch(value) or _SHOP.fullmatch(value))


def _repeats(rows: list[Row], index: int, profiles: ProfileTable) -> bool:
    """Whether a column's values repeat across rows: few distinct values, many rows."""
    values = [v for row in rows if (v := clean(row[index])) and not profiles.is_null(v)]
    if len(values) < _FEWEST or any(len(v) > _SHORT for v in values):
        return False
    return len(set(values)) <= _REPEATS * len(values)
