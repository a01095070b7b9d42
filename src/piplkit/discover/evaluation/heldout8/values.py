"""Set 8's value makers for people: each takes the row context and returns one cell. A maker
named ``x_q`` reads the row's second person (guardian, staff member, agent) instead of the
subject. Names ending ``_masked`` write masked values, ``_int`` numbers a workbook keeps typed."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from faker import Faker

from piplkit.discover.evaluation.heldout8 import idgen
from piplkit.discover.evaluation.heldout8.person import Person

_FW = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


@dataclass
class Ctx:
    rng: random.Random
    fake: Faker
    p: Person
    q: Person
    i: int
    ref: date


Maker = Callable[[Ctx], Any]


def _pinyin(fake: Faker) -> str:
    return f"{fake.last_romanized_name()} {fake.first_romanized_name()}".title()


def name(c: Ctx) -> str:
    return c.p.name


def name_masked(c: Ctx) -> str:
    n = c.p.name
    return n[0] + "*" * (len(n) - 1) if c.rng.random() < 0.6 else n[0] + "*" + n[-1] * (len(n) > 2)


def name_pinyin(c: Ctx) -> str:
    return _pinyin(c.fake) if c.rng.random() < 0.6 else _pinyin(c.fake).upper().replace(" ", "/")


def name_title(c: Ctx) -> str:
    return c.p.name[0] + c.rng.choice(("先生", "女士", "师傅", "老师", "阿姨"))


def birth(c: Ctx) -> str:
    return c.p.birth.isoformat()


def birth_mixed(c: Ctx) -> str:
    b = c.p.birth
    return c.rng.choice(
        (
            f"{b:%Y-%m-%d}",
            f"{b:%Y/%m/%d}",
            f"{b.year}年{b.month}月{b.day}日",
            f"{b:%Y%m%d}",
            f"{b:%Y.%m.%d}",
        )
    )


def birth_compact(c: Ctx) -> str:
    return f"{c.p.birth:%Y%m%d}"


def age(c: Ctx) -> int:
    b = c.p.birth
    return c.ref.year - b.year - ((c.ref.month, c.ref.day) < (b.month, b.day))


def gender(c: Ctx) -> str:
    return "男" if c.p.male else "女"


def gender_code(c: Ctx) -> str:
    return c.rng.choice((("1", "2"), ("M", "F")))[0 if c.p.male else 1]


def rid(c: Ctx) -> str:
    return c.p.rid


def rid_masked(c: Ctx) -> str:
    r = c.p.rid
    return r[:6] + "********" + r[-4:] if c.rng.random() < 0.7 else r[:3] + "*" * 11 + r[-4:]


def rid_messy(c: Ctx) -> str:
    r, roll = c.p.rid, c.rng.random()
    if roll < 0.15:
        return r.translate(_FW)
    if roll < 0.3:
        return f"{r[:6]} {r[6:14]} {r[14:]}"
    if roll < 0.4 and r.endswith("X"):
        return r[:-1] + "x"
    if roll < 0.5:
        return "'" + r
    return r


def rid_old(c: Ctx) -> str:
    """Mostly 18 digits, about a quarter the old 15-digit form of older people."""
    if c.p.birth.year < 1985 and c.rng.random() < 0.5:
        return idgen.resident_id_15(c.rng, c.p.birth, c.p.male)
    return c.p.rid


def rid_int(c: Ctx) -> int | str:
    return c.p.rid if c.p.rid.endswith("X") else int(c.p.rid)


def mobile(c: Ctx) -> str:
    return c.p.mobile


def mobile_masked(c: Ctx) -> str:
    return c.p.mobile[:3] + "****" + c.p.mobile[-4:]


def mobile_messy(c: Ctx) -> str:
    m = c.p.mobile
    return c.rng.choice(
        (
            m,
            m,
            f"+86 {m}",
            f"86-{m}",
            f"{m[:3]}-{m[3:7]}-{m[7:]}",
            f"{m[:3]} {m[3:7]} {m[7:]}",
            m.translate(_FW),
        )
    )


def mobile_int(c: Ctx) -> int:
    return int(c.p.mobile)


def phone_mixed(c: Ctx) -> str:
    """About 85 % mobiles, the rest landlines with area codes."""
    if c.rng.random() < 0.85:
        return c.p.mobile
    return landline(c)


def landline(c: Ctx) -> str:
    area = c.rng.choice(("010", "021", "020", "0755", "0571", "028", "027", "0532", "029"))
    digits = f"{c.rng.randrange(2, 9)}{c.rng.randrange(10**7):07d}"[: 8 if len(area) == 3 else 7]
    return c.rng.choice((f"{area}-{digits}", f"({area}){digits}", f"{area}{digits}"))


def address(c: Ctx) -> str:
    r = c.rng
    building, unit, floor, flat = (
        r.randint(1, 30),
        r.randint(1, 6),
        r.randint(1, 32),
        r.randint(1, 4),
    )
    return f"{c.p.address}{building}栋{unit}单元{floor}0{flat}"


def address_short(c: Ctx) -> str:
    return c.p.address


def email(c: Ctx) -> str:
    dom = c.rng.choice(("qq.com", "163.com", "126.com", "sina.com", "outlook.com", "foxmail.com"))
    if dom == "qq.com" and c.rng.random() < 0.5:
        return f"{c.rng.randrange(10**5, 10**10)}@qq.com"
    return f"{c.fake.user_name()}{c.rng.randint(1, 99)}@{dom}"


def passport(c: Ctx) -> str:
    r = c.rng
    return (
        f"E{r.randrange(10**8):08d}"
        if r.random() < 0.6
        else f"E{r.choice('ABCDEFGH')}{r.randrange(10**7):07d}"
    )


def hk_macau(c: Ctx) -> str:
    r = c.rng
    return r.choice(
        (
            f"C{r.randrange(10**8):08d}",
            f"C{r.choice('ABCDEF')}{r.randrange(10**7):07d}",
            f"H{r.randrange(10**8):08d}",
            f"M{r.randrange(10**8):08d}",
        )
    )


def taiwan_permit(c: Ctx) -> str:
    return f"{c.rng.randrange(10**8):08d}"


def foreign_pr(c: Ctx) -> str:
    """The 2023 18-digit foreign permanent resident ID (9, province, country, birth, seq,
    check) or the older 15-character one (country letters, province, birth, seq, check)."""
    b, r = c.p.birth, c.rng
    if r.random() < 0.6:
        prov, country = r.choice(("11", "31", "44", "32")), r.choice(("840", "392", "410", "826"))
        body = f"9{prov}{country}{b:%Y%m%d}{r.randrange(1000):03d}"
        return body + idgen.rid_check(body)
    country3, prov3 = r.choice(("USA", "JPN", "KOR", "GBR", "DEU")), r.choice(("11", "31", "44"))
    return f"{country3}{prov3}{b:%y%m%d}{r.randrange(100):02d}{r.randrange(10)}"


def military_id(c: Ctx) -> str:
    r = c.rng
    return f"{r.choice('南北沈兰广成济空海政后装')}字第{r.randrange(10**7, 10**8)}号"


def dl(c: Ctx) -> str:
    return c.p.rid


def face(c: Ctx) -> str:
    h = f"{c.rng.getrandbits(128):032x}"
    return c.rng.choice(
        (
            f"https://oss-cn-hangzhou.aliyuncs.com/faces/{h}.jpg",
            f"/data/capture/{c.ref:%Y%m}/{h[:16]}.png",
            f"face/{h[:20]}.jpeg",
        )
    )


def bio_template(c: Ctx) -> str:
    import base64

    raw = bytes(c.rng.getrandbits(8) for _ in range(48))
    return base64.b64encode(raw).decode()


def embedding(c: Ctx) -> str:
    return "[" + ", ".join(f"{c.rng.uniform(-0.4, 0.4):.4f}" for _ in range(8)) + ", ...]"


def genotype(c: Ctx) -> str:
    r = c.rng
    snps = (
        ("rs1801133", "CT"),
        ("rs4988235", "GA"),
        ("rs671", "GA"),
        ("rs1229984", "CT"),
        ("rs7412", "CT"),
        ("rs429358", "TC"),
        ("rs12913832", "AG"),
    )
    return ";".join(f"{s}:{r.choice(a)}{r.choice(a)}" for s, a in r.sample(snps, 3))


def hla(c: Ctx) -> str:
    r = c.rng
    a = r.choice(("02:01", "11:01", "24:02", "33:03"))
    b = r.choice(("46:01", "40:01", "58:01", "13:02"))
    return f"A*{a} B*{b} DRB1*{r.choice(('09:01', '15:01', '12:02'))}"


def username(c: Ctx) -> str:
    r = c.rng
    return r.choice(
        (
            c.fake.user_name(),
            c.fake.user_name() + str(r.randint(1, 2026)),
            r.choice(("小鱼", "阿飞", "糖糖", "老王", "木子", "晴天")) + str(r.randint(1, 999)),
        )
    )


def wechat(c: Ctx) -> str:
    r = c.rng
    if r.random() < 0.4:
        return "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14))
    return c.fake.user_name() + r.choice(("", "_", "-")) + str(r.randint(1, 9999))


def qq(c: Ctx) -> str:
    return str(c.rng.randrange(10**5, 3 * 10**9))


def ipv4(c: Ctx) -> str:
    return c.fake.ipv4_public()


def ipv6(c: Ctx) -> str:
    r = c.rng
    return "240e:" + ":".join(f"{r.getrandbits(16):x}" for _ in range(7))


def mac(c: Ctx) -> str:
    r = c.rng
    sep = r.choice((":", "-"))
    m = sep.join(f"{r.getrandbits(8):02x}" for _ in range(6))
    return m.upper() if r.random() < 0.5 else m


def device_id(c: Ctx) -> str:
    h = f"{c.rng.getrandbits(128):032x}"
    u = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return u.upper() if c.rng.random() < 0.5 else u


def imei(c: Ctx) -> str:
    return idgen.imei(c.rng)


def imsi(c: Ctx) -> str:
    return f"460{c.rng.choice(('00', '01', '02', '03', '11', '07'))}{c.rng.randrange(10**10):010d}"


def bank_card(c: Ctx) -> str:
    return idgen.bank_card(c.rng)


def bank_card_masked(c: Ctx) -> str:
    b = idgen.bank_card(c.rng)
    return c.rng.choice(
        (
            b[:6] + "*" * (len(b) - 10) + b[-4:],
            f"**** **** **** {b[-4:]}",
            b[:4] + " **** **** " + b[-4:],
        )
    )


def password(c: Ctx) -> str:
    r = c.rng
    return r.choice(
        (
            f"{r.getrandbits(256):064x}",
            "$2a$10$" + f"{r.getrandbits(212):053x}",
            "******",
            f"{r.getrandbits(128):032x}",
        )
    )


def plate(c: Ctx) -> str:
    r = c.rng
    head = r.choice("京沪粤浙苏川鄂鲁陕渝辽闽湘冀豫云桂吉晋皖") + r.choice("ABCDEFG")
    tail = "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
    return head + (("D" + tail) if r.random() < 0.2 else tail)


def vin(c: Ctx) -> str:
    return idgen.vin(c.rng)


def uscc(c: Ctx) -> str:
    return idgen.uscc(c.rng)


def geo(c: Ctx) -> str:
    return f"{c.rng.uniform(22.5, 40.1):.6f},{c.rng.uniform(103.5, 121.6):.6f}"


def lat(c: Ctx) -> float:
    return round(c.rng.uniform(22.5, 40.1), 6)


def lng(c: Ctx) -> float:
    return round(c.rng.uniform(103.5, 121.6), 6)
