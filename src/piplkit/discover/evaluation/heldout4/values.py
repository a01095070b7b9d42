"""Value makers shared by set 4's tables: the row person's facts in the forms exports write
them (masked, prefixed, spaced, Excel-mangled), and small vocabularies."""

from __future__ import annotations

import base64
import random
from datetime import date, datetime, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout4 import ids
from piplkit.discover.evaluation.heldout4.person import Person, mobile
from piplkit.discover.evaluation.heldout4.spec import Ctx, Gen

ETHNIC = (
    "汉族", "壮族", "回族", "满族", "维吾尔族", "苗族", "彝族", "土家族", "藏族", "蒙古族", "侗族",
    "布依族", "瑶族", "白族", "朝鲜族", "哈尼族", "黎族", "哈萨克族", "傣族", "畲族",
)  # fmt: skip
RELIGIONS = ("佛教", "道教", "伊斯兰教", "天主教", "基督教", "无宗教信仰")
MARITAL = ("未婚", "已婚", "离异", "丧偶", "已婚", "已婚")
EDUCATION = (
    "博士研究生",
    "硕士研究生",
    "大学本科",
    "大专",
    "中专",
    "高中",
    "初中",
    "本科",
    "研究生",
)
JOBS = (
    "软件工程师", "会计", "销售经理", "教师", "护士", "医生", "公务员", "个体工商户", "自由职业",
    "律师", "司机", "厨师", "行政专员", "产品经理", "设计师", "工人", "退休", "学生", "外卖骑手",
)  # fmt: skip
DIAGNOSES = (
    "2型糖尿病", "原发性高血压", "急性阑尾炎", "社区获得性肺炎", "冠状动脉粥样硬化性心脏病",
    "慢性胃炎", "腰椎间盘突出症", "甲状腺结节", "脑梗死", "慢性阻塞性肺疾病", "胆囊结石",
    "乳腺癌术后", "肝硬化", "抑郁症", "急性上呼吸道感染", "骨折（左桡骨远端）",
)  # fmt: skip
RELATIONS = ("父亲", "母亲", "配偶", "儿子", "女儿", "兄弟", "姐妹", "祖父母", "朋友")
PH = ("无", "—", "/", "N/A", "-")


def pick(*options: Any) -> Gen:
    return lambda c: c.rng.choice(options)


def name(c: Ctx) -> str:
    return c.p.name


def name_q(c: Ctx) -> str:
    return c.q.name


def other_name(c: Ctx) -> str:
    return c.fake.name()


def staff(pool_key: str, size: int = 8) -> Gen:
    """A name drawn from a small staff pool kept for the table (doctors, agents, coaches)."""

    def gen(c: Ctx) -> str:
        pool = c.state.setdefault(pool_key, [c.fake.name() for _ in range(size)])
        return str(c.rng.choice(pool))

    return gen


def mask_name(n: str) -> str:
    return n[0] + "*" * (len(n) - 1) if len(n) < 3 else n[0] + "*" + n[2:]


def gender(c: Ctx) -> str:
    return "女" if c.p.female else "男"


def gender_en(c: Ctx) -> str:
    return "F" if c.p.female else "M"


def rid(c: Ctx) -> str:
    return c.p.rid


def rid_q(c: Ctx) -> str:
    return c.q.rid


def rid_mixed_case(c: Ctx) -> str:
    return c.p.rid.lower() if c.rng.random() < 0.3 else c.p.rid


def mask_rid(r: str) -> str:
    return r[:6] + "********" + r[-4:] if len(r) == 18 else r


def rid_masked(c: Ctx) -> str:
    return mask_rid(c.p.rid) if c.rng.random() < 0.9 else c.p.rid[:3] + "*" * 11 + c.p.rid[-4:]


def rid_excel(c: Ctx) -> Any:
    """An ID column that went through Excel: a fifth of the values in scientific notation."""
    r = c.p.rid
    if c.rng.random() < 0.2 and r[-1] != "X":
        return f"{int(r) / 10**17:.5f}E+17"
    return r


def rid_number(c: Ctx) -> Any:
    """In a workbook, an ID without X stored as a number cell."""
    r = c.p.rid
    return int(r) if r[-1] != "X" and c.rng.random() < 0.5 else r


def born(c: Ctx) -> date:
    return c.p.born


def born_fmt(fmt: str) -> Gen:
    return lambda c: c.p.born.strftime(fmt)


def born_q(c: Ctx) -> date:
    return c.q.born


def age(c: Ctx) -> int:
    b = c.p.born
    return c.ref.year - b.year - ((c.ref.month, c.ref.day) < (b.month, b.day))


def mob(c: Ctx) -> str:
    return c.p.mobile


def mob_q(c: Ctx) -> str:
    return c.q.mobile


def mob_any(c: Ctx) -> str:
    return mobile(c.rng)


def mob_masked(c: Ctx) -> str:
    m = c.p.mobile
    return m[:3] + "****" + m[-4:]


def mob_styled(c: Ctx) -> str:
    m = c.p.mobile
    roll = c.rng.random()
    if roll < 0.15:
        return "+86 " + m
    if roll < 0.3:
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if roll < 0.4:
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    return m


def phone_mixed(c: Ctx) -> str:
    """A contact phone: mostly mobiles, some landlines with an area code."""
    if c.rng.random() < 0.12:
        area = c.rng.choice(("10", "21", "20", "755", "571", "28"))
        return f"0{area}-{c.rng.randint(2000000, 89999999)}"
    return c.p.mobile


def landline(c: Ctx) -> str:
    area = c.rng.choice(("010", "021", "020", "0755", "0571", "028", "027", "0371", "0532"))
    n = c.rng.randint(20000000, 89999999) if len(area) == 3 else c.rng.randint(2000000, 8999999)
    return f"{area}-{n}" if c.rng.random() < 0.7 else f"({area}){n}"


def addr(c: Ctx) -> str:
    return c.p.address


def email(c: Ctx) -> str:
    user = c.fake.user_name() + (str(c.rng.randint(1, 999)) if c.rng.random() < 0.5 else "")
    dom = c.rng.choice(
        ("qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "sina.com", "foxmail.com")
    )
    return f"{user}@{dom}"


def qq_mail(c: Ctx) -> str:
    return f"{c.rng.randint(10000, 3999999999)}@qq.com"


def employer(c: Ctx) -> str:
    return str(c.fake.company())


def ethnic(c: Ctx) -> str:
    return "汉族" if c.rng.random() < 0.6 else c.rng.choice(ETHNIC)


def card(c: Ctx) -> str:
    return ids.bank_card(c.rng)


def card_masked(c: Ctx) -> str:
    n = ids.bank_card(c.rng)
    if c.rng.random() < 0.5:
        return n[:6] + "*" * (len(n) - 10) + n[-4:]
    return f"{n[:4]} **** **** {n[-4:]}"


def card_spaced(c: Ctx) -> str:
    n = ids.bank_card(c.rng)
    return " ".join(n[k : k + 4] for k in range(0, len(n), 4)) if c.rng.random() < 0.4 else n


def money(low: float, high: float, digits: int = 2) -> Gen:
    return lambda c: round(c.rng.uniform(low, high), digits)


def integer(low: int, high: int) -> Gen:
    return lambda c: c.rng.randint(low, high)


def serial(prefix: str, width: int = 8, start: int = 1) -> Gen:
    return lambda c: f"{prefix}{start + c.i:0{width}d}"


def rand_code(prefix: str, width: int) -> Gen:
    return lambda c: prefix + "".join(c.rng.choice("0123456789") for _ in range(width))


def moment(days_back: int = 365) -> Gen:
    def gen(c: Ctx) -> datetime:
        base = datetime(c.ref.year, c.ref.month, c.ref.day, 8)
        return base - timedelta(seconds=c.rng.randrange(days_back * 86400))

    return gen


def moment_text(days_back: int = 365, fmt: str = "%Y-%m-%d %H:%M:%S") -> Gen:
    inner = moment(days_back)
    return lambda c: inner(c).strftime(fmt)


def day(days_back: int = 365, fmt: str | None = None) -> Gen:
    def gen(c: Ctx) -> Any:
        d = c.ref - timedelta(days=c.rng.randrange(days_back))
        return d.strftime(fmt) if fmt else d

    return gen


def lat_lng(c: Ctx, center: tuple[float, float] | None = None) -> tuple[float, float]:
    lat, lng = center or c.rng.choice(
        (
            (39.91, 116.40),
            (31.23, 121.47),
            (23.13, 113.26),
            (22.54, 114.06),
            (30.27, 120.15),
            (30.66, 104.07),
        )
    )
    return round(lat + c.rng.uniform(-0.2, 0.2), 6), round(lng + c.rng.uniform(-0.2, 0.2), 6)


def row_point(c: Ctx) -> tuple[float, float]:
    """One point per row, shared by a split latitude/longitude pair."""
    key = ("pt", c.i)
    if key not in c.state:
        c.state[key] = lat_lng(c)
    point: tuple[float, float] = c.state[key]
    return point


def lat(c: Ctx) -> float:
    return row_point(c)[0]


def lng(c: Ctx) -> float:
    return row_point(c)[1]


def latlng_text(c: Ctx) -> str:
    a, b = lat_lng(c)
    return f"{b},{a}" if c.rng.random() < 0.5 else f"{a}, {b}"


def track(c: Ctx, points: int | None = None) -> str:
    a, b = lat_lng(c)
    steps = points or c.rng.randint(4, 9)
    out = []
    t = datetime(c.ref.year, c.ref.month, c.ref.day, c.rng.randint(6, 21), c.rng.randint(0, 59))
    for _ in range(steps):
        a += c.rng.uniform(-0.01, 0.01)
        b += c.rng.uniform(-0.01, 0.01)
        out.append(f"{b:.5f},{a:.5f},{t:%H:%M:%S}")
        t += timedelta(seconds=c.rng.randint(20, 90))
    return ";".join(out)


def face_path(c: Ctx) -> str:
    roll = c.rng.random()
    if roll < 0.5:
        year = c.rng.randint(2023, 2026)
        return f"https://oss-cn-hangzhou.aliyuncs.com/face/{year}/{ids.hexstr(c.rng, 24)}.jpg"
    if roll < 0.8:
        return f"/data/photo/face/{c.p.rid}.jpg"
    return (
        "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ" + base64.b64encode(c.rng.randbytes(30)).decode()
    )


def fingerprint(c: Ctx) -> str:
    """A fingerprint minutiae template as terminals export it (base64 of an ISO 19794-2 record)."""
    raw = b"FMR\x00 20\x00" + c.rng.randbytes(c.rng.randint(90, 140))
    return base64.b64encode(raw).decode()


def pwd_hash(c: Ctx) -> str:
    roll = c.rng.random()
    if roll < 0.4:
        salt = base64.b64encode(c.rng.randbytes(16)).decode()[:22].replace("+", ".")
        body = base64.b64encode(c.rng.randbytes(23)).decode()[:31].replace("+", ".")
        return f"$2a$10${salt}{body}"
    if roll < 0.7:
        return ids.hexstr(c.rng, 32)
    return ids.hexstr(c.rng, 64)


def nick(c: Ctx) -> str:
    stems = ("小", "阿", "大", "老", "")
    words = (
        "鱼",
        "猫",
        "星辰",
        "夏天",
        "木木",
        "橙子",
        "追风",
        "云朵",
        "豆豆",
        "sky",
        "lucky",
        "momo",
    )
    roll = c.rng.random()
    if roll < 0.4:
        return c.rng.choice(stems) + c.rng.choice(words) + str(c.rng.randint(0, 9999))
    if roll < 0.7:
        return c.fake.user_name() + str(c.rng.randint(1, 99))
    return c.rng.choice(words) + "_" + c.rng.choice(words) + str(c.rng.randint(1, 999))


def wechat(c: Ctx) -> str:
    if c.rng.random() < 0.2:
        return c.p.mobile
    first = c.rng.choice("abcdefghijklmnopqrstuvwxyz")
    rest = "".join(
        c.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(c.rng.randint(5, 14))
    )
    return (first + rest) if c.rng.random() < 0.6 else "wxid_" + ids.hexstr(c.rng, 14)


def qq(c: Ctx) -> str:
    return str(c.rng.randint(10000, 3999999999))


def pinyin_name(c: Ctx) -> str:
    sur = c.rng.choice(
        ("ZHANG", "WANG", "LI", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "ZHOU", "WU", "XU", "SUN")
    )
    given = c.rng.choice(
        (
            "WEI",
            "FANG",
            "NA",
            "XIUYING",
            "MIN",
            "JING",
            "LI",
            "QIANG",
            "LEI",
            "JUN",
            "YANG",
            "YONG",
            "YAN",
            "JIE",
            "XIAOMING",
            "HAOYU",
        )
    )
    return f"{sur} {given}" if c.rng.random() < 0.6 else f"{sur}/{given}"


def rel(c: Ctx) -> str:
    return c.rng.choice(RELATIONS)


def one_of(rng: random.Random, *options: Any) -> Any:
    return rng.choice(options)


def person_facts(p: Person) -> dict[str, Any]:
    """For tests: the facts a row's person contributes."""
    return {"born": p.born, "rid": p.rid}
