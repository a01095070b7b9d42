"""Coherent synthetic Chinese addresses, built from an administrative-division table.

Faker's zh_CN ``address()`` joins a random province, city and district ("天津市西宁市…"), which no
Chinese reader takes for an address. Here the province, the prefecture-level city and the
county-level division always belong together: they come from the adcode table that the ``cpca``
package ships (``cpca/resources/adcodes.csv``, MIT licence; 3,500 divisions with their 12-digit
codes), where a county's code starts with its city's four digits and its province's two.

Rules that follow the way addresses are written:

* municipalities (北京/天津/上海/重庆) have no city level of their own ("市辖区", "县" in the
  table): the address is 北京市朝阳区…, never 北京市北京市朝阳区…;
* county-level divisions directly under a province ("省直辖县级行政区划": 仙桃市, 济源市,
  Hainan's counties) have no city: 湖北省仙桃市…;
* cities without counties in the table (东莞市, 中山市, 嘉峪关市, 儋州市) are left out, since the
  next level of their addresses is a town, not a district.
"""

from __future__ import annotations

import csv
import importlib.util
import random
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_MUNICIPALITY_CITY_ROWS = {"市辖区", "县"}
_DIRECT_COUNTIES = "省直辖县级行政区划"
_ROAD_WORDS = [
    "建设",
    "人民",
    "解放",
    "中山",
    "文化",
    "和平",
    "新华",
    "光明",
    "长江",
    "黄河",
    "东风",
    "胜利",
    "科技",
    "学府",
    "滨江",
    "朝阳",
    "青年",
    "工业",
]
_ROAD_SUFFIXES = ("路", "路", "街", "大道", "东路", "西路", "南街", "北路", "巷")
_ESTATE_WORDS = [
    "锦绣",
    "阳光",
    "翠苑",
    "华府",
    "金地",
    "碧水",
    "龙湖",
    "世纪",
    "幸福",
    "紫荆",
    "怡景",
    "康城",
    "御景",
    "春华",
    "书香",
]
_ESTATE_SUFFIXES = ("花园", "家园", "小区", "新村", "公寓", "嘉园", "名苑", "华庭")


@dataclass(frozen=True, slots=True)
class Division:
    """A county-level division with the province and city it belongs to."""

    adcode: str  # six digits: province (2) + city (2) + county (2)
    province: str
    city: str  # "" for counties directly under the province; the province for municipalities
    county: str

    @property
    def municipality(self) -> bool:
        return self.city == self.province

    @property
    def head(self) -> str:
        """Province, city and county as written at the start of an address."""
        if self.municipality:
            return self.province + self.county
        return self.province + self.city + self.county


def _table_path() -> Path:
    """cpca's adcode table, found without importing cpca (its import builds a matcher)."""
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the cpca package is not installed (pip install cpca)")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"


@cache
def divisions() -> tuple[Division, ...]:
    """Every county-level division of the table, with its province and city, by adcode."""
    names: dict[str, str] = {}
    with _table_path().open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            names[row["adcode"][:6]] = row["name"].strip()
    out = []
    for code, county in sorted(names.items()):
        if code.endswith("00") or county in _MUNICIPALITY_CITY_ROWS:
            continue  # a province or city row, or a placeholder
        province = names.get(code[:2] + "0000")
        city = names.get(code[:4] + "00")
        if not province or city is None:
            continue
        if city in _MUNICIPALITY_CITY_ROWS:
            city = province
        elif city == _DIRECT_COUNTIES:
            city = ""
        out.append(Division(code, province, city, county))
    return tuple(out)


@cache
def urban_districts() -> tuple[Division, ...]:
    """City districts (names ending in 区), where street addresses with numbers are usual."""
    return tuple(d for d in divisions() if d.county.endswith("区"))


@cache
def rural_counties() -> tuple[Division, ...]:
    """Counties and banners (县, 旗), where town/village addresses are usual."""
    return tuple(d for d in divisions() if d.county.endswith(("县", "旗")))


def road(rng: random.Random) -> str:
    return rng.choice(_ROAD_WORDS) + rng.choice(_ROAD_SUFFIXES)


def building(rng: random.Random) -> str:
    """What follows the street number: nothing, an estate unit, a block, a tower floor."""
    shape = rng.randrange(4)
    if shape == 0:
        return ""
    if shape == 1:
        estate = rng.choice(_ESTATE_WORDS) + rng.choice(_ESTATE_SUFFIXES)
        return f"{estate}{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(101, 2804)}室"
    if shape == 2:
        return f"{rng.randint(1, 20)}号楼{rng.randint(1, 6)}单元{rng.randint(101, 1802)}室"
    return f"{rng.choice(_ESTATE_WORDS)}大厦{rng.choice('ABCD')}座{rng.randint(2, 35)}楼"


def street_address(rng: random.Random, division: Division | None = None) -> str:
    """A full postal address: province, city, district, road and number (or lane), building."""
    division = division or rng.choice(urban_districts())
    if rng.random() < 0.15:  # a lane off the road: …路123弄45号602室
        lane = f"{rng.randint(1, 999)}弄{rng.randint(1, 60)}号{rng.randint(101, 2402)}室"
        return f"{division.head}{road(rng)}{lane}"
    return f"{division.head}{road(rng)}{rng.randint(1, 999)}号{building(rng)}"
