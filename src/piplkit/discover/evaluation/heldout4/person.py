"""One natural person per row: the facts several columns of a record must agree on."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from faker import Faker

from piplkit.discover.evaluation.heldout4 import ids

_MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
    "156", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182", "183", "185",
    "186", "187", "188", "189", "191", "198", "199",
)  # fmt: skip


@dataclass(slots=True)
class Person:
    name: str
    female: bool
    born: date
    rid: str
    mobile: str
    address: str


def mobile(rng: random.Random) -> str:
    return rng.choice(_MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def birth(rng: random.Random, ages: tuple[int, int], ref: date) -> date:
    low, high = ages
    oldest = ref - timedelta(days=int((high + 1) * 365.25) - 1)
    youngest = ref - timedelta(days=int(low * 365.25) + 1)
    return oldest + timedelta(days=rng.randrange((youngest - oldest).days + 1))


def make_person(rng: random.Random, fake: Faker, ages: tuple[int, int], ref: date) -> Person:
    female = rng.random() < 0.5
    name = fake.name_female() if female else fake.name_male()
    born = birth(rng, ages, ref)
    return Person(
        name=name,
        female=female,
        born=born,
        rid=ids.resident_id(rng, born, female),
        mobile=mobile(rng),
        address=home_address(rng),
    )


_PLACES = (
    ("北京市", "北京市", ("朝阳区", "海淀区", "丰台区", "西城区", "通州区")),
    ("上海市", "上海市", ("浦东新区", "闵行区", "徐汇区", "杨浦区", "宝山区")),
    ("广东省", "广州市", ("天河区", "海珠区", "白云区", "番禺区")),
    ("广东省", "深圳市", ("南山区", "福田区", "龙岗区", "宝安区")),
    ("浙江省", "杭州市", ("西湖区", "拱墅区", "余杭区", "滨江区")),
    ("江苏省", "南京市", ("鼓楼区", "玄武区", "江宁区")),
    ("四川省", "成都市", ("武侯区", "锦江区", "高新区", "双流区")),
    ("湖北省", "武汉市", ("洪山区", "江汉区", "武昌区")),
    ("河南省", "郑州市", ("金水区", "中原区", "二七区")),
    ("山东省", "青岛市", ("市南区", "崂山区", "黄岛区")),
    ("陕西省", "西安市", ("雁塔区", "碑林区", "未央区")),
    ("湖南省", "长沙市", ("岳麓区", "雨花区", "开福区")),
)  # fmt: skip
_ROADS = (
    "人民路", "解放路", "建设路", "中山路", "长江路", "文化路", "和平街", "幸福路", "学府路",
    "科技园路", "滨河大道", "新华街", "光明路", "东风路", "青年路", "迎宾大道",
)  # fmt: skip
_ESTATES = (
    "阳光花园", "翠苑小区", "金色家园", "锦绣江南", "碧水湾", "丽景苑", "和谐家园", "绿地新都会",
    "万科城", "保利花园", "东方明珠苑", "书香门第", "紫金名门", "幸福里",
)  # fmt: skip


def home_address(rng: random.Random, province: bool | None = None) -> str:
    """A home address as people write it: with or without the province, down to the flat."""
    prov, city, districts = rng.choice(_PLACES)
    head = city if prov == city else (prov + city if (province or rng.random() < 0.5) else city)
    road = f"{rng.choice(_ROADS)}{rng.randint(1, 999)}号"
    if rng.random() < 0.75:
        estate = rng.choice(_ESTATES)
        building, unit = rng.randint(1, 30), rng.randint(1, 6)
        flat = f"{estate}{building}栋{unit}单元{rng.randint(1, 33)}{rng.randint(1, 4):02d}室"
    else:
        flat = f"{rng.randint(1, 20)}号楼{rng.randint(1, 28)}0{rng.randint(1, 6)}"
    return f"{head}{rng.choice(districts)}{road}{flat}"


def district_of(rng: random.Random) -> str:
    _, city, districts = rng.choice(_PLACES)
    return city + rng.choice(districts)
