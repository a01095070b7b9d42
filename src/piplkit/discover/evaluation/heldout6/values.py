"""Cell makers for set 6's PI columns: ``GENS[name](ctx) -> cell``. A name ending in ``_q``
reads the row's second person (guardian, agent, staff), every other name the row's subject.

Values are written from how Chinese systems export them (codes of GB/T 2261 and GB/T 3304,
masks, Excel damage, full-width digits, several date spellings); vocabularies are this set's own.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from faker import Faker

from piplkit.discover.evaluation.heldout6.person import Person


@dataclass
class Ctx:
    rng: random.Random
    fake: Faker
    p: Person
    q: Person
    i: int
    ref: date


Gen = Callable[[Ctx], Any]
GENS: dict[str, Gen] = {}
FULLWIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


def gen(*names: str) -> Callable[[Gen], Gen]:
    def deco(fn: Gen) -> Gen:
        for n in names:
            GENS[n] = fn
        return fn

    return deco


def _who(c: Ctx, q: bool) -> Person:
    return c.q if q else c.p


def both(name: str, fn: Callable[[Ctx, Person], Any]) -> None:
    GENS[name] = lambda c: fn(c, c.p)
    GENS[name + "_q"] = lambda c: fn(c, c.q)


def weighted(rng: random.Random, items: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([a for a, _ in items], [b for _, b in items])[0]


# --- names, sex, birth, age -------------------------------------------------------------
both("name", lambda c, p: p.name)
both(
    "name_masked",
    lambda c, p: (
        p.name[0] + "*" * (len(p.name) - 2) + p.name[-1] if len(p.name) > 2 else p.name[0] + "*"
    ),
)
GENS["name_staff"] = lambda c: c.fake.name()
_SURNAME_PY = {
    "王": "WANG",
    "李": "LI",
    "张": "ZHANG",
    "刘": "LIU",
    "陈": "CHEN",
    "杨": "YANG",
    "黄": "HUANG",
    "赵": "ZHAO",
    "吴": "WU",
    "周": "ZHOU",
    "徐": "XU",
    "孙": "SUN",
    "马": "MA",
    "朱": "ZHU",
    "胡": "HU",
    "郭": "GUO",
    "何": "HE",
    "高": "GAO",
    "林": "LIN",
    "罗": "LUO",
    "郑": "ZHENG",
    "梁": "LIANG",
}
_GIVEN_PY = (
    "WEI",
    "FANG",
    "NA",
    "MIN",
    "JING",
    "LEI",
    "YANG",
    "JIE",
    "TAO",
    "MING",
    "CHAO",
    "XIULAN",
    "XIA",
    "PING",
    "GANG",
    "GUIYING",
    "HUI",
    "YUN",
    "JUN",
    "HAO",
)


@gen("name_pinyin")
def _name_pinyin(c: Ctx) -> str:
    sur = _SURNAME_PY.get(c.p.name[0], "CHEN")
    return (
        f"{sur}/{c.rng.choice(_GIVEN_PY)}"
        if c.rng.random() < 0.6
        else (f"{sur.title()} {c.rng.choice(_GIVEN_PY).title()}")
    )


_EN_FIRST = (
    "James",
    "Emma",
    "Lukas",
    "Yuki",
    "Min-jun",
    "Olivia",
    "Noah",
    "Sophie",
    "Hiroshi",
    "Anna",
    "David",
    "Chloe",
    "Ivan",
    "Priya",
    "Marco",
    "Sara",
)
_EN_LAST = (
    "Smith",
    "Müller",
    "Tanaka",
    "Kim",
    "Martin",
    "Brown",
    "Rossi",
    "Petrov",
    "Wilson",
    "Sato",
    "Lee",
    "Schmidt",
    "Garcia",
    "Nguyen",
    "Dubois",
    "Taylor",
)
GENS["name_foreign"] = lambda c: f"{c.rng.choice(_EN_FIRST)} {c.rng.choice(_EN_LAST)}".upper()
both("gender", lambda c, p: "女" if p.female else "男")
both("gender_code", lambda c, p: 2 if p.female else 1)
both("gender_en", lambda c, p: "F" if p.female else "M")
GENS["gender_word"] = lambda c: "female" if c.p.female else "male"
both("birth", lambda c, p: p.birth.isoformat())
both("birth_compact", lambda c, p: f"{p.birth:%Y%m%d}")
GENS["birth_cn"] = lambda c: f"{c.p.birth.year}年{c.p.birth.month}月{c.p.birth.day}日"


@gen("birth_mixed")
def _birth_mixed(c: Ctx) -> str:
    b = c.p.birth
    return c.rng.choice(
        (
            b.isoformat(),
            f"{b.year}/{b.month}/{b.day}",
            f"{b:%Y%m%d}",
            f"{b.year}年{b.month}月{b.day}日",
            f"{b:%d-%b-%Y}".upper(),
            f"{b:%Y.%m.%d}",
        )
    )


both(
    "age",
    lambda c, p: (
        c.ref.year - p.birth.year - ((c.ref.month, c.ref.day) < (p.birth.month, p.birth.day))
    ),
)

# --- basic facts ----------------------------------------------------------------------
_ETHNIC = (
    ("汉族", 88.0),
    ("壮族", 1.4),
    ("回族", 0.8),
    ("满族", 0.8),
    ("维吾尔族", 0.8),
    ("苗族", 0.8),
    ("彝族", 0.7),
    ("土家族", 0.7),
    ("藏族", 0.5),
    ("蒙古族", 0.5),
    ("侗族", 0.2),
    ("布依族", 0.2),
    ("瑶族", 0.2),
    ("白族", 0.15),
    ("朝鲜族", 0.15),
    ("哈尼族", 0.1),
    ("黎族", 0.1),
    ("哈萨克族", 0.1),
    ("傣族", 0.1),
)
_ETHNIC_CODE = {
    "汉族": "01",
    "蒙古族": "02",
    "回族": "03",
    "藏族": "04",
    "维吾尔族": "05",
    "苗族": "06",
    "彝族": "07",
    "壮族": "08",
    "布依族": "09",
    "朝鲜族": "10",
    "满族": "11",
    "侗族": "12",
    "瑶族": "13",
    "白族": "14",
    "土家族": "15",
    "哈尼族": "16",
    "哈萨克族": "17",
    "傣族": "18",
    "黎族": "19",
}
GENS["ethnicity"] = lambda c: weighted(c.rng, _ETHNIC)
GENS["ethnicity_short"] = lambda c: weighted(c.rng, _ETHNIC).removesuffix("族")
GENS["ethnicity_code"] = lambda c: _ETHNIC_CODE[weighted(c.rng, _ETHNIC)]
GENS["ethnicity_muslim"] = lambda c: weighted(
    c.rng, (("回族", 60), ("维吾尔族", 25), ("撒拉族", 5), ("东乡族", 5), ("哈萨克族", 5))
)
GENS["nationality_cn"] = lambda c: weighted(
    c.rng, (("中国", 92), ("中国香港", 3), ("中国台湾", 2), ("美国", 1), ("日本", 1), ("韩国", 1))
)
GENS["nationality_iso"] = lambda c: c.rng.choice(
    ("USA", "JPN", "KOR", "DEU", "FRA", "GBR", "AUS", "CAN", "RUS", "SGP")
)
GENS["nationality_zh"] = lambda c: c.rng.choice(
    ("美国", "日本", "韩国", "德国", "法国", "英国", "澳大利亚", "加拿大", "俄罗斯", "新加坡")
)
GENS["marital"] = lambda c: weighted(c.rng, (("已婚", 60), ("未婚", 28), ("离异", 8), ("丧偶", 4)))
GENS["marital_code"] = lambda c: weighted(
    c.rng, (("20", 55), ("10", 28), ("40", 8), ("30", 4), ("21", 3), ("90", 2))
)
GENS["religion"] = lambda c: weighted(
    c.rng, (("无", 85), ("佛教", 6), ("基督教", 3), ("伊斯兰教", 3), ("道教", 2), ("天主教", 1))
)
GENS["religion_hajj"] = lambda c: weighted(c.rng, (("伊斯兰教", 97), ("伊斯兰教(逊尼派)", 3)))
GENS["orientation"] = lambda c: weighted(
    c.rng, (("同性恋", 55), ("双性恋", 25), ("异性恋", 12), ("不确定", 5), ("拒绝回答", 3))
)
GENS["relation"] = lambda c: c.rng.choice(("父亲", "母亲", "爷爷", "奶奶", "外公", "外婆", "姑姑"))
GENS["relation_adult"] = lambda c: c.rng.choice(
    ("配偶", "子女", "父母", "兄弟姐妹", "儿子", "女儿")
)
GENS["relation_inmate"] = lambda c: c.rng.choice(
    ("妻子", "丈夫", "父亲", "母亲", "儿子", "女儿", "哥哥", "姐姐")
)

# --- contact --------------------------------------------------------------------------
both("mobile", lambda c, p: p.mobile)
GENS["mobile_masked"] = lambda c: c.p.mobile[:3] + "****" + c.p.mobile[-4:]


@gen("mobile_messy")
def _mobile_messy(c: Ctx) -> str:
    m = c.p.mobile
    return c.rng.choice(
        (
            m,
            m,
            m,
            f"+86 {m}",
            f"86-{m[:3]}-{m[3:7]}-{m[7:]}",
            f"{m[:3]} {m[3:7]} {m[7:]}",
            m.translate(FULLWIDTH),
            f"{m[:3]}-{m[3:7]}-{m[7:]}",
        )
    )


@gen("phone_mixed")
def _phone_mixed(c: Ctx) -> str:
    """A contact-phone column: mostly mobiles, about one in ten a home landline."""
    if c.rng.random() < 0.1:
        return GENS["landline"](c)
    return c.p.mobile


@gen("landline")
def _landline(c: Ctx) -> str:
    area, n = c.rng.choice(
        (
            ("010", 8),
            ("021", 8),
            ("020", 8),
            ("0755", 8),
            ("0571", 8),
            ("028", 8),
            ("0731", 8),
            ("0898", 8),
        )
    )
    return f"{area}-{c.rng.choice('2345678')}{c.rng.randrange(10 ** (n - 1)):0{n - 1}d}"


both("email", lambda c, p: p.email)
_ROADS = (
    "中山路",
    "人民路",
    "解放路",
    "建设路",
    "和平路",
    "长江路",
    "文化路",
    "新华路",
    "朝阳路",
    "青年路",
    "东风路",
    "胜利路",
)
_CITIES = (
    ("北京市", "朝阳区"),
    ("北京市", "海淀区"),
    ("上海市", "徐汇区"),
    ("广州市", "天河区"),
    ("深圳市", "南山区"),
    ("杭州市", "西湖区"),
    ("成都市", "武侯区"),
    ("武汉市", "武昌区"),
    ("南京市", "鼓楼区"),
    ("长沙市", "芙蓉区"),
    ("西安市", "雁塔区"),
    ("济南市", "历下区"),
)
_ESTATES = (
    "阳光花园",
    "翠湖苑",
    "金色家园",
    "锦绣华庭",
    "幸福里",
    "碧桂园",
    "万科城",
    "绿地新都会",
    "和谐家园",
    "世纪城",
)


@gen("address", "address_q")
def _address(c: Ctx) -> str:
    city, dist = c.rng.choice(_CITIES)
    shape = c.rng.randrange(3)
    r = c.rng.randrange
    if shape == 0:
        road = c.rng.choice(_ROADS)
        return f"{city}{dist}{road}{r(1, 900)}号{r(1, 30)}栋{r(1, 33)}0{r(1, 5)}室"
    if shape == 1:
        estate = c.rng.choice(_ESTATES)
        return f"{dist}{estate}{r(1, 20)}-{r(1, 6)}-{r(1, 28)}0{r(1, 4)}"
    return c.fake.address().split(" ")[0] + f"{c.rng.randrange(1, 30)}号"


@gen("address_estate")
def _address_estate(c: Ctx) -> str:
    r = c.rng.randrange
    return f"{r(1, 25)}栋{r(1, 5)}单元{r(1, 33)}0{r(1, 5)}"


@gen("address_rural")
def _address_rural(c: Ctx) -> str:
    province = c.rng.choice(("黑龙江省", "河南省", "山东省", "吉林省"))
    town = c.rng.choice(("城关", "新集", "王庄", "李家"))
    r = c.rng.randrange
    return (
        f"{province}{c.fake.city_name()}县{town}镇{c.fake.last_name()}家村{r(1, 12)}组{r(1, 80)}号"
    )
