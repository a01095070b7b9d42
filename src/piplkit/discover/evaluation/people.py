"""Person names and postal addresses, the two free-text PI types.

Names come from Faker zh_CN (plus compound surnames, which Faker rarely produces). Addresses are
built from real province/city/county triples of the administrative-division table
(``piplkit.discover.samples.divisions``: the three always belong together) with generated streets
and building details, in the shapes found in forms and chat: full, without province, district-first,
rural, any division of the table with a Faker street name, estate-only addresses without a road, and
road junctions.
"""

from __future__ import annotations

import random
from typing import Protocol

from piplkit.discover.samples import divisions


class NameSource(Protocol):
    """What the generators ask of Faker: a ``Faker("zh_CN")`` or the business set's pooled
    stand-in (``business.fakerpool.PooledFaker``), which draws from pools for speed."""

    def name(self) -> str: ...

    def first_name(self) -> str: ...

    def street_name(self) -> str: ...

_COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "诸葛",
    "上官",
    "东方",
    "皇甫",
    "慕容",
    "令狐",
    "夏侯",
    "尉迟",
)

_ROAD_WORDS = (
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
    "湖滨",
    "朝阳",
    "青年",
    "工业",
    "振兴",
)
_ROAD_SUFFIXES = ("路", "路", "街", "大道", "东路", "西路", "南街", "北路", "巷")
_ESTATE_WORDS = (
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
)
_ESTATE_SUFFIXES = ("花园", "家园", "小区", "新村", "公寓", "嘉园", "名苑", "华庭")
_TOWN_WORDS = ("城关", "新集", "高桥", "石门", "太平", "龙泉", "长岭", "白沙", "黄土", "清水")
_VILLAGE_WORDS = ("王庄", "李家", "张湾", "大柳树", "前进", "红旗", "后沟", "东营", "杏花", "南坡")


def person_name(rng: random.Random, fake: NameSource) -> tuple[str, str]:
    if rng.random() < 0.06:
        return rng.choice(_COMPOUND_SURNAMES) + fake.first_name(), "compound_surname"
    name = fake.name()
    return name, f"len{len(name)}"


def _street(rng: random.Random, fake: NameSource) -> str:
    road = fake.street_name() if rng.random() < 0.3 else _road(rng)
    return f"{road}{rng.randint(1, 999)}号"


def _detail(rng: random.Random) -> str:
    shape = rng.randrange(5)
    if shape == 0:
        return ""
    if shape == 1:
        estate = rng.choice(_ESTATE_WORDS) + rng.choice(_ESTATE_SUFFIXES)
        return f"{estate}{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(101, 2804)}室"
    if shape == 2:
        return f"{rng.randint(1, 20)}号楼{rng.randint(1, 6)}单元{rng.randint(101, 1802)}"
    if shape == 3:
        return f"{rng.randint(1, 40)}弄{rng.randint(1, 60)}号{rng.randint(101, 2402)}室"
    return f"{rng.choice(_ESTATE_WORDS)}大厦{rng.choice('ABCD')}座{rng.randint(2, 35)}楼"


def _road(rng: random.Random) -> str:
    return rng.choice(_ROAD_WORDS) + rng.choice(_ROAD_SUFFIXES)


def address(rng: random.Random, fake: NameSource) -> tuple[str, str]:
    variant = rng.choices(
        ("full", "no_province", "district_first", "rural", "any_division", "estate", "crossing"),
        weights=(0.3, 0.17, 0.13, 0.13, 0.12, 0.1, 0.05),
    )[0]
    if variant == "any_division":
        return rng.choice(divisions.divisions()).head + _street(rng, fake), variant
    if variant == "rural":
        d = rng.choice(divisions.rural_counties())
        town = rng.choice(_TOWN_WORDS) + rng.choice(("镇", "乡"))
        village = rng.choice(_VILLAGE_WORDS) + "村"
        group = f"{rng.randint(1, 12)}组" if rng.random() < 0.6 else f"{rng.randint(1, 200)}号"
        head = d.head if rng.random() < 0.6 else d.city + d.county
        return head + town + village + group, variant
    d = rng.choice(divisions.urban_districts())
    prov, city, district = d.province, d.city, d.county
    if variant == "estate":  # no road: estate name, building, unit, room
        estate = rng.choice(_ESTATE_WORDS) + rng.choice(_ESTATE_SUFFIXES)
        room = f"{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(101, 2804)}室"
        return (city if rng.random() < 0.5 else "") + district + estate + room, variant
    if variant == "crossing":  # a junction, as in shop and delivery addresses
        corner = rng.choice(("东北角", "西南角", "东侧", "北侧"))
        return city + district + _road(rng) + "与" + _road(rng) + "交叉口" + corner, variant
    tail = district + _street(rng, fake) + _detail(rng)
    if variant == "district_first":
        return tail, variant
    if variant == "no_province" or d.municipality:
        return city + tail, variant
    return prov + city + tail, variant
