"""One coherent synthetic person per row: the ID number carries the birth date, sex and region
the other columns show, the address lies in the ID's district most of the time, and so on."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from faker import Faker

from piplkit.discover.evaluation.heldout import checks
from piplkit.discover.evaluation.heldout import vocab_people as vp

MOBILE_PREFIXES = (
    "130",
    "131",
    "132",
    "133",
    "134",
    "135",
    "136",
    "137",
    "138",
    "139",
    "145",
    "147",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "173",
    "175",
    "176",
    "177",
    "178",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "193",
    "195",
    "198",
    "199",
)
AREA_CODES = {
    "北京市": "010",
    "上海市": "021",
    "天津市": "022",
    "重庆市": "023",
    "广州市": "020",
    "深圳市": "0755",
    "杭州市": "0571",
    "南京市": "025",
    "成都市": "028",
    "武汉市": "027",
    "西安市": "029",
    "沈阳市": "024",
    "济南市": "0531",
    "青岛市": "0532",
    "东莞市": "0769",
    "苏州市": "0512",
    "宁波市": "0574",
    "长沙市": "0731",
    "郑州市": "0371",
    "厦门市": "0592",
}
MAIL_DOMAINS = (
    "qq.com",
    "163.com",
    "126.com",
    "sina.com",
    "foxmail.com",
    "gmail.com",
    "outlook.com",
    "hotmail.com",
    "139.com",
    "aliyun.com",
    "yeah.net",
    "sohu.com",
)


@dataclass(frozen=True, slots=True)
class People:
    """Who a table's rows are about."""

    min_age: int = 18
    max_age: int = 75
    #: Share of rows written in Traditional Chinese (Taiwan/Hong Kong customers).
    traditional: float = 0.0


@dataclass(slots=True)
class Person:
    name: str
    male: bool
    born: date
    age: int
    region: tuple[str, str, str, str]
    id_no: str
    mobile: str
    email: str
    address: str
    hukou: str
    ethnic: int
    traditional: bool
    latin_name: str


def mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(0, 10**8):08d}"


def landline(rng: random.Random, city: str) -> str:
    area = AREA_CODES.get(city) or rng.choice(tuple(AREA_CODES.values()))
    width = 8 if len(area) == 3 else rng.choice((7, 8))
    return f"{area}-{rng.randrange(2, 9)}{rng.randrange(0, 10 ** (width - 1)):0{width - 1}d}"


def street_address(
    rng: random.Random, region: tuple[str, str, str, str], *, province: bool = True
) -> str:
    _, prov, city, district = region
    head = (
        (prov if province and prov != city else "") + city + ("" if district == city else district)
    )
    style = rng.random()
    if style < 0.55:
        return (
            f"{head}{rng.choice(vp.ROADS)}{rng.randrange(1, 999)}号{rng.choice(vp.ESTATES)}"
            f"{rng.randrange(1, 30)}栋{rng.randrange(1, 6)}单元{rng.randrange(1, 33)}"
            f"{rng.randrange(1, 5):02d}室"
        )
    if style < 0.8:
        return (
            f"{head}{rng.choice(vp.ESTATES)}{rng.randrange(1, 20)}-{rng.randrange(1, 4)}-"
            f"{rng.randrange(1, 28)}0{rng.randrange(1, 5)}"
        )
    if style < 0.92:
        return f"{head}{rng.choice(vp.ROADS)}{rng.randrange(1, 500)}弄{rng.randrange(1, 80)}号"
    town = rng.choice(("城关", "新安", "石桥", "白沙", "柳河", "大庄", "杨柳"))
    return (
        f"{head}{town}{rng.choice(('镇', '乡'))}{rng.choice(('东', '西', '南', '北', '王'))}"
        f"{rng.choice(('庄', '家', '湾', '岗'))}村{rng.randrange(1, 9)}组{rng.randrange(1, 90)}号"
    )


TW_ADDRESSES = (
    "臺北市大安區忠孝東路四段{n}號{f}樓",
    "新北市板橋區文化路一段{n}號",
    "臺中市西屯區臺灣大道三段{n}號",
    "高雄市前鎮區中山二路{n}號{f}樓",
    "香港九龍旺角彌敦道{n}號{f}樓",
    "香港灣仔軒尼詩道{n}號",
)


def tw_address(rng: random.Random) -> str:
    return rng.choice(TW_ADDRESSES).format(n=rng.randrange(1, 600), f=rng.randrange(2, 25))


def make_person(
    rng: random.Random, fake: Faker, fake_tw: Faker, people: People, ref: date
) -> Person:
    male = rng.random() < 0.5
    # Ages drawn uniformly in years, then a random day inside the year.
    age = rng.randint(people.min_age, people.max_age)
    born = ref - timedelta(days=age * 365 + rng.randrange(0, 365))
    age = ref.year - born.year - ((ref.month, ref.day) < (born.month, born.day))
    region = rng.choice(vp.REGIONS)
    trad = rng.random() < people.traditional
    faker = fake_tw if trad else fake
    name = faker.name_male() if male else faker.name_female()
    if rng.random() < 0.04 and not trad:  # two-character given names beyond Faker's list
        name = (
            fake.last_name()
            + rng.choice("子梓浩宇欣怡俊杰诗涵雨轩一诺")
            + rng.choice("轩涵萱琪辰睿")
        )
    live = region if rng.random() < 0.7 else rng.choice(vp.REGIONS)
    address = tw_address(rng) if trad else street_address(rng, live, province=rng.random() < 0.6)
    local = rng.random()
    if local < 0.35:
        user = str(rng.randrange(10**5, 4 * 10**9))
        email = f"{user}@qq.com"
    else:
        user = fake.user_name() + (str(rng.randrange(1, 2000)) if local < 0.7 else "")
        email = f"{user}@{rng.choice(MAIL_DOMAINS)}"
    ethnic = rng.choices(range(56), weights=vp.ETHNIC_WEIGHTS)[0]
    return Person(
        name=name,
        male=male,
        born=born,
        age=age,
        region=region,
        id_no=checks.resident_id(region[0], born, male, rng),
        mobile=mobile(rng),
        email=email,
        address=address,
        hukou=street_address(rng, region),
        ethnic=ethnic,
        traditional=trad,
        latin_name=fake.romanized_name().upper(),
    )
