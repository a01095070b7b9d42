"""Set 10's people: a name from Faker zh_CN, a sex, a birth date in the table's age range and a
resident ID built from them (``heldout8.idgen``), so a row's ID, birth date and age agree and
the manifest's youngest birth is the person's own.

Addresses are built here from a small vocabulary of real cities and districts, because Faker's
zh_CN addresses join a province to an unrelated street (``西藏自治区利市蓟州周街r座``), which no
real export holds.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen

#: City, districts and streets of the addresses people live at.
_PLACES = (
    (
        "北京市",
        ("朝阳区", "海淀区", "丰台区", "通州区"),
        ("望京街", "学院路", "丰台北路", "新华大街"),
    ),
    (
        "上海市",
        ("浦东新区", "徐汇区", "闵行区", "宝山区"),
        ("张杨路", "漕溪北路", "七莘路", "牡丹江路"),
    ),
    ("广东省广州市", ("天河区", "白云区", "番禺区"), ("天河北路", "机场路", "市桥街")),
    ("广东省深圳市", ("南山区", "龙岗区", "宝安区"), ("科技园路", "龙翔大道", "新安六路")),
    ("浙江省杭州市", ("西湖区", "余杭区", "萧山区"), ("文三路", "文一西路", "市心中路")),
    ("四川省成都市", ("武侯区", "锦江区", "郫都区"), ("人民南路", "春熙路", "望丛中路")),
    ("湖北省武汉市", ("洪山区", "江汉区", "武昌区"), ("珞喻路", "解放大道", "中北路")),
    ("江苏省南京市", ("鼓楼区", "江宁区", "秦淮区"), ("中山北路", "双龙大道", "龙蟠中路")),
    ("陕西省西安市", ("雁塔区", "未央区"), ("小寨西路", "凤城八路")),
    ("山东省青岛市", ("市南区", "崂山区", "黄岛区"), ("香港中路", "海尔路", "长江中路")),
    ("河南省郑州市", ("金水区", "二七区"), ("花园路", "大学路")),
    ("湖南省长沙市", ("岳麓区", "雨花区"), ("麓山南路", "劳动东路")),
)
_ESTATES = ("阳光花园", "锦绣华庭", "翠湖苑", "金地名都", "幸福里", "东方明珠小区", "万科城",
            "碧桂园", "保利香槟国际", "龙湖春江郦城", "绿城桂花园", "和谐家园")  # fmt: skip


@dataclass(frozen=True)
class Person:
    """One natural person of a row."""

    name: str
    male: bool
    birth: date
    rid: str
    mobile: str
    address: str
    city: str


def _mobile(rng: random.Random) -> str:
    head = rng.choice(("138", "139", "135", "150", "158", "186", "188", "177", "199", "131",
                       "132", "136", "187", "152", "181", "195", "166", "173"))  # fmt: skip
    return head + "".join(rng.choice("0123456789") for _ in range(8))


def address(rng: random.Random) -> tuple[str, str]:
    """A home address (city, district, street, number, estate, building, flat) and its city."""
    city, districts, streets = rng.choice(_PLACES)
    flat = (
        f"{rng.randint(1, 28)}栋{rng.randint(1, 4)}单元{rng.randint(1, 32)}{rng.randint(1, 4):02d}"
    )
    line = (
        f"{city}{rng.choice(districts)}{rng.choice(streets)}{rng.randint(1, 999)}号"
        f"{rng.choice(_ESTATES)}{flat}"
    )
    return line, city


def make_person(rng: random.Random, fake: Any, ref: date, ages: tuple[int, int]) -> Person:
    """A person aged ``ages[0]``-``ages[1]`` on ``ref``."""
    male = rng.random() < 0.5
    name = fake.name_male() if male else fake.name_female()
    oldest = ref.replace(year=ref.year - ages[1] - 1) + timedelta(days=1)
    youngest = ref.replace(year=ref.year - ages[0])
    birth = oldest + timedelta(days=rng.randrange((youngest - oldest).days))
    line, city = address(rng)
    return Person(name, male, birth, idgen.resident_id(rng, birth, male), _mobile(rng), line, city)


@dataclass(frozen=True)
class Row:
    """What a row's makers draw from: its two persons, its number and the random streams."""

    p: Person
    q: Person
    i: int
    rng: random.Random
    fake: Any
    ref: date


def context(rng: random.Random, fake: Any, p: Person, q: Person, i: int, ref: date) -> Row:
    return Row(p, q, i, rng, fake, ref)
