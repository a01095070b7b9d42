"""Set 9's makers of personal values, written for this set: names in several spellings,
identifiers with the check digits of their standards (``heldout8.idgen``), phones, documents,
and the text of records (health, credit, trips, chats) as business systems store them.
Each maker takes the row's :class:`~.person.Ctx` and returns one cell."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen
from piplkit.discover.evaluation.heldout9.person import Ctx, Person, mobile

Maker = Callable[[Ctx], Any]
_FW = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")
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
}
_GIVEN_PY = ("WEI", "FANG", "NA", "MIN", "JING", "LEI", "YANG", "JUN", "YAN", "TAO", "HAO", "XIN")


def _digits(ctx: Ctx, n: int) -> str:
    return "".join(ctx.rng.choice("0123456789") for _ in range(n))


def pinyin_name(ctx: Ctx, person: Person) -> str:
    sur = _SURNAME_PY.get(person.name[0], "ZHOU")
    given = ctx.rng.choice(_GIVEN_PY)
    return ctx.rng.choice((f"{sur}/{given}", f"{sur.title()} {given.title()}", f"{sur} {given}"))


def masked_name(person: Person) -> str:
    n = person.name
    return n[0] + "*" * (len(n) - 1) if len(n) < 3 else n[0] + "*" + n[-1]


def mr_name(person: Person) -> str:
    return person.name[0] + ("先生" if person.male else "女士")


def rid_messy(ctx: Ctx, rid: str) -> str:
    k = ctx.rng.randrange(5)
    if k == 0:
        return f"{rid[:6]} {rid[6:14]} {rid[14:]}"
    if k == 1:
        return "'" + rid
    if k == 2:
        return rid.translate(_FW)
    if k == 3 and rid.endswith("X"):
        return rid[:-1] + "x"
    return rid


def rid_old(ctx: Ctx, person: Person) -> str:
    """Older people (born before 1960) keep the 15-digit ID in some ledgers."""
    if person.birth.year < 1962 and ctx.rng.random() < 0.5:
        return idgen.resident_id_15(ctx.rng, person.birth, person.male)
    return person.rid


def rid_int(person: Person) -> Any:
    """An ID typed as a number by the export (text when it ends in X)."""
    return person.rid if person.rid.endswith("X") else int(person.rid)


def rid_masked(person: Person) -> str:
    return person.rid[:6] + "********" + person.rid[-4:]


def birth_mixed(ctx: Ctx, person: Person) -> str:
    b = person.birth
    return ctx.rng.choice(
        (
            f"{b:%Y-%m-%d}",
            f"{b.year}/{b.month}/{b.day}",
            f"{b:%Y%m%d}",
            f"{b.year}年{b.month}月{b.day}日",
            f"{b:%Y.%m.%d}",
        )
    )


def mobile_messy(ctx: Ctx, m: str) -> str:
    k = ctx.rng.randrange(5)
    return (
        f"+86 {m}",
        f"{m[:3]} {m[3:7]} {m[7:]}",
        m.translate(_FW),
        f"{m[:3]}-{m[3:7]}-{m[7:]}",
        f"86-{m}",
    )[k]


def landline(ctx: Ctx) -> str:
    area = ctx.rng.choice(("010", "021", "020", "0755", "0571", "028", "027", "0531", "0898"))
    n = _digits(ctx, 8 if len(area) == 3 else 7)
    return f"{area}-{n}"


def phone_mixed(ctx: Ctx) -> str:
    """A person's contact phone: mostly mobiles, one row in eight a home landline (12.5 %, so
    the column stays ``cn_mobile`` under convention 7's 80 % rule)."""
    return landline(ctx) if ctx.i % 8 == 3 else ctx.p.mobile


def email(ctx: Ctx, qq: bool = False) -> str:
    if qq:
        return f"{ctx.rng.randint(10**5, 10**10)}@qq.com"
    user = ctx.fake.user_name() + str(ctx.rng.randint(1, 999))
    return (
        f"{user}@{ctx.rng.choice(('163.com', '126.com', 'sina.com', 'foxmail.com', 'outlook.com'))}"
    )


def passport(ctx: Ctx) -> str:
    return ctx.rng.choice("EEEG") + _digits(ctx, 8)


def hk_macau(ctx: Ctx) -> str:
    return ctx.rng.choice(("C", "C", "H", "M")) + _digits(ctx, 8)


def tw_permit(ctx: Ctx) -> str:
    return _digits(ctx, 8)


def fprid(ctx: Ctx) -> str:
    """A 2023-format foreign permanent-residence ID: 9, province, ISO numeric, birth, MOD 11-2."""
    prov = ctx.rng.choice(("11", "31", "44", "32", "33"))
    nat = ctx.rng.choice(("840", "392", "410", "276", "250", "036", "124"))
    body = f"9{prov}{nat}{ctx.p.birth:%y%m%d}{_digits(ctx, 2)}"
    body = body + _digits(ctx, 17 - len(body))
    return body + idgen.rid_check(body)


def military_id(ctx: Ctx) -> str:
    return ctx.rng.choice("南北西东海空") + "字第" + _digits(ctx, 7) + "号"


def ssc(ctx: Ctx) -> str:
    """A social-security card's printed card number (one letter, eight digits)."""
    return ctx.rng.choice("ABCDEFGHJKLM") + _digits(ctx, 8)


def face(ctx: Ctx) -> str:
    h = hashlib.md5(f"{ctx.p.rid}{ctx.i}".encode()).hexdigest()[:16]
    k = ctx.rng.randrange(3)
    if k == 0:
        return f"https://img-oss.example-cdn.cn/face/{ctx.ref:%Y%m}/{h}.jpg"
    if k == 1:
        return f"/data/photos/{h[:2]}/{h}.jpg"
    return "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ" + base64.b64encode(h.encode()).decode()


def biometric(ctx: Ctx) -> str:
    raw = bytes(ctx.rng.randrange(256) for _ in range(48))
    return "Rk1SACAyMAA" + base64.b64encode(raw).decode()


def genotype(ctx: Ctx) -> str:
    snps = ("rs1801133", "rs4988235", "rs671", "rs1229984", "rs762551", "rs713598")
    pick = ctx.rng.sample(snps, 3)
    return ";".join(f"{s}:{ctx.rng.choice(('AA', 'AG', 'GG', 'CT', 'CC', 'TT'))}" for s in pick)


def password(ctx: Ctx) -> str:
    secret = f"{ctx.p.name}{ctx.i}".encode()
    k = ctx.rng.randrange(3)
    if k == 0:
        return hashlib.md5(secret).hexdigest()
    if k == 1:
        return hashlib.sha256(secret).hexdigest()
    alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "$2a$10$" + "".join(ctx.rng.choice(alphabet) for _ in range(53))


def plate(ctx: Ctx) -> str:
    prov = ctx.rng.choice("京沪粤浙苏川鄂鲁闽湘")
    letter = ctx.rng.choice("ABCDEFGH")
    if ctx.rng.random() < 0.25:
        return f"{prov}{letter}D{_digits(ctx, 5)}"
    tail = "".join(ctx.rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
    return f"{prov}{letter}{tail}"


def mac(ctx: Ctx) -> str:
    oui = ctx.rng.choice(("F0:18:98", "A4:83:E7", "3C:22:FB", "88:66:5A", "DC:A6:32", "28:6C:07"))
    tail = ":".join(f"{ctx.rng.randrange(256):02X}" for _ in range(3))
    out = f"{oui}:{tail}"
    return out.lower().replace(":", "-") if ctx.rng.random() < 0.3 else out


def device_id(ctx: Ctx) -> str:
    k = ctx.rng.randrange(3)
    if k == 2:
        return "".join(ctx.rng.choice("0123456789abcdef") for _ in range(16))
    h = "".join(ctx.rng.choice("0123456789ABCDEF") for _ in range(32))
    u = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return u if k == 0 else u.lower()


def imsi(ctx: Ctx) -> str:
    return ctx.rng.choice(("46000", "46001", "46002", "46011", "46007")) + _digits(ctx, 10)


def ipv4(ctx: Ctx) -> str:
    first = ctx.rng.choice((36, 39, 58, 60, 101, 111, 112, 113, 117, 120, 183, 223))
    return f"{first}.{ctx.rng.randrange(256)}.{ctx.rng.randrange(256)}.{ctx.rng.randrange(1, 255)}"


def ipv6(ctx: Ctx) -> str:
    pre = ctx.rng.choice(("240e", "2408", "2409"))
    return pre + ":" + ":".join(f"{ctx.rng.randrange(65536):x}" for _ in range(7))


def geo(ctx: Ctx) -> tuple[float, float]:
    lat, lng = ctx.rng.choice(
        (
            (39.91, 116.40),
            (31.23, 121.47),
            (23.13, 113.26),
            (30.27, 120.15),
            (30.57, 104.07),
            (22.54, 114.06),
            (36.07, 120.38),
        )
    )
    return round(lat + ctx.rng.uniform(-0.2, 0.2), 6), round(lng + ctx.rng.uniform(-0.2, 0.2), 6)


def trajectory(ctx: Ctx) -> str:
    lat, lng = geo(ctx)
    pts = []
    for k in range(ctx.rng.randint(4, 7)):
        lat += ctx.rng.uniform(-0.004, 0.004)
        lng += ctx.rng.uniform(-0.004, 0.004)
        pts.append(f"{lng:.6f},{lat:.6f}")
        _ = k
    return ";".join(pts)


def real_estate(ctx: Ctx) -> str:
    city = ctx.rng.choice(("京", "沪", "粤", "浙", "苏", "川"))
    return (
        f"{city}({ctx.rng.randint(2016, 2025)}){ctx.fake.city_name()}不动产权第{_digits(ctx, 7)}号"
    )


def when(ctx: Ctx, back: int = 300) -> str:
    d = ctx.ref - timedelta(days=ctx.rng.randint(1, back), minutes=ctx.rng.randint(0, 1439))
    return f"{d:%Y-%m-%d}"


def new_mobile(ctx: Ctx) -> str:
    return mobile(ctx.rng)
