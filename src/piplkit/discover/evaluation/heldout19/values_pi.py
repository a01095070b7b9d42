"""Set 19's makers of personal values: one function a generator name, each reading the row's
people (``ctx.p``, ``ctx.q``) so a row's name, ID, birth date and sex agree. Masked and messy
spellings are written as the systems write them: platforms mask (``138****5678``,
``张*明``), operators' spreadsheets carry full-width digits, tab or apostrophe prefixes and
typed numbers."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen
from piplkit.discover.evaluation.heldout19 import lists
from piplkit.discover.evaluation.heldout19.person import Ctx

Maker = Callable[[Ctx], Any]
_FW = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


def _digits(ctx: Ctx, n: int) -> str:
    return "".join(ctx.rng.choice("0123456789") for _ in range(n))


def _mask_name(name: str) -> str:
    return name[0] + "*" + (name[2:] if len(name) > 2 else "")


def _pinyin(ctx: Ctx, slash: bool) -> str:
    given, family = ctx.fake.first_romanized_name(), ctx.fake.last_romanized_name()
    return f"{family.upper()}/{given.upper()}" if slash else f"{given} {family}"


def _latlng(ctx: Ctx) -> tuple[float, float]:
    lat, lng = ctx.rng.choice(lists.CITY_CENTRES)
    return round(lat + ctx.rng.uniform(-0.2, 0.2), 6), round(lng + ctx.rng.uniform(-0.2, 0.2), 6)


def _when(ctx: Ctx, days: int) -> str:
    d = date.fromordinal(ctx.ref.toordinal() - ctx.rng.randint(1, days))
    return f"{d:%m-%d} {ctx.rng.randint(7, 22):02d}:{ctx.rng.randint(0, 59):02d}"


def _sparse(ctx: Ctx, share: float, value: str) -> str:
    return value if ctx.rng.random() < share else ""


def _fprid(ctx: Ctx) -> str:
    """A foreign permanent resident ID card number of the 2023 layout: 9, province, country
    code, birth date, sequence, MOD 11-2 check."""
    prov = ctx.rng.choice(("11", "31", "44", "32", "33"))
    body = f"9{prov}{ctx.rng.choice(lists.COUNTRY_CODES)}{ctx.p.birth:%Y%m%d}"
    body += f"{ctx.rng.randrange(1000):03d}"
    return body + idgen.rid_check(body)


def _contacts(ctx: Ctx) -> str:
    rows = [
        {"name": ctx.q.name, "relation": ctx.rng.choice(lists.RELATIONS), "phone": ctx.q.mobile},
        {"name": ctx.fake.name(), "relation": ctx.rng.choice(lists.RELATIONS),
         "phone": ctx.rng.choice(("138", "159", "186")) + _digits(ctx, 8)},
    ]  # fmt: skip
    return json.dumps(rows[: ctx.rng.randint(1, 2)], ensure_ascii=False)


def _chain(ctx: Ctx, places: tuple[str, ...], n: int, sep: str) -> str:
    """Places with the times the person was there, earliest first (a trajectory is ordered)."""
    stops = sorted((_when(ctx, 20), place) for place in ctx.rng.sample(places, n))
    return sep.join(f"{when} {place}" for when, place in stops)


NAMES: dict[str, Maker] = {
    "name": lambda c: c.p.name,
    "name_q": lambda c: c.q.name,
    "name_starred": lambda c: c.p.name[0] + "*" * (len(c.p.name) - 1),
    "name_masked": lambda c: _mask_name(c.p.name),
    "name_mr": lambda c: c.p.name[0] + ("先生" if c.p.male else "女士"),
    "name_pinyin": lambda c: _pinyin(c, True),
    "name_en": lambda c: _pinyin(c, False),
    "staff": lambda c: c.fake.name(),
    "teacher": lambda c: c.fake.last_name() + c.rng.choice(("老师", "老师", "园长")),
    "coach": lambda c: c.fake.last_name() + "教练",
    "gender": lambda c: "男" if c.p.male else "女",
    "gender_q": lambda c: "男" if c.q.male else "女",
    "gender_code": lambda c: 1 if c.p.male else 2,
    "gender_en": lambda c: "M" if c.p.male else "F",
    "birth": lambda c: c.p.birth.isoformat(),
    "birth_q": lambda c: c.q.birth.isoformat(),
    "birth_cn": lambda c: f"{c.p.birth.year}年{c.p.birth.month}月{c.p.birth.day}日",
    "birth_slash": lambda c: f"{c.p.birth.year}/{c.p.birth.month}/{c.p.birth.day}",
    "birth_compact": lambda c: f"{c.p.birth:%Y%m%d}",
    "birth_xl": lambda c: c.p.birth.toordinal() - date(1899, 12, 30).toordinal(),
    "age": lambda c: (c.ref - c.p.birth).days // 365,
    "age_q": lambda c: (c.ref - c.q.birth).days // 365,
    "age_text": lambda c: f"{(c.ref - c.p.birth).days // 365}岁",
}

IDS: dict[str, Maker] = {
    "rid": lambda c: c.p.rid,
    "rid_q": lambda c: c.q.rid,
    "rid_masked": lambda c: c.p.rid[:6] + "*" * 8 + c.p.rid[14:],
    "rid_fw": lambda c: c.p.rid.translate(_FW),
    "rid_apos": lambda c: "'" + c.p.rid,
    "rid_tab": lambda c: "\t" + c.p.rid,
    "rid_spaced": lambda c: f"{c.p.rid[:6]} {c.p.rid[6:14]} {c.p.rid[14:]}",
    "dl": lambda c: c.p.rid,
    "sscard": lambda c: c.p.rid,
    "xueji": lambda c: "G" + c.p.rid,
    "disability_no": lambda c: c.p.rid + c.rng.choice("1234567") + c.rng.choice("1234"),
    "passport": lambda c: c.rng.choice("EG") + _digits(c, 8),
    "passport_sparse": lambda c: _sparse(c, 0.4, c.rng.choice(("E", "EA", "EB")) + _digits(c, 7)),
    "hk_permit_sparse": lambda c: _sparse(c, 0.4, "C" + c.rng.choice("ABCDEFGH") + _digits(c, 7)),
    "tw_permit_sparse": lambda c: _sparse(c, 0.35, _digits(c, 8)),
    "fprid": lambda c: _sparse(c, 0.45, _fprid(c)),
    "uscc": lambda c: idgen.uscc(c.rng),
    "military_sparse": lambda c: _sparse(
        c, 0.35, f"{c.rng.choice(lists.MILITARY_PREFIX)}字第{_digits(c, 7)}号"
    ),
    "bank_card": lambda c: idgen.bank_card(c.rng),
    "bank_card_tab": lambda c: "\t" + idgen.bank_card(c.rng),
    "card_masked": lambda c: (lambda n: f"{n[:4]} **** **** {n[-4:]}")(idgen.bank_card(c.rng)),
    "card_mask6": lambda c: (lambda n: n[:6] + "*" * (len(n) - 10) + n[-4:])(
        idgen.bank_card(c.rng)
    ),
    "plate": lambda c: c.rng.choice(lists.PLATE_PREFIX) + "".join(
        c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5)
    ),
    "vin": lambda c: idgen.vin(c.rng),
    "property_cert": lambda c: f"{c.rng.choice(lists.PROVINCE_ABBR)}({c.rng.randint(2012, 2025)})"
    f"{c.fake.district()}区不动产权第{_digits(c, 7)}号",
}

CONTACT: dict[str, Maker] = {
    "mobile": lambda c: c.p.mobile,
    "mobile_q": lambda c: c.q.mobile,
    "mobile_masked": lambda c: c.p.mobile[:3] + "****" + c.p.mobile[7:],
    "mobile_tail": lambda c: "尾号" + c.p.mobile[7:],
    "mobile_fw": lambda c: c.p.mobile.translate(_FW),
    "mobile_plus": lambda c: "+86 " + c.p.mobile,
    "mobile_spaced": lambda c: f"{c.p.mobile[:3]} {c.p.mobile[3:7]} {c.p.mobile[7:]}",
    "mobile_tab": lambda c: "\t" + c.p.mobile,
    "mobile_int": lambda c: int(c.p.mobile),
    "mobiles_two": lambda c: f"{c.p.mobile}/{c.q.mobile}",
    "staff_mobile": lambda c: c.rng.choice(("136", "158", "177", "188")) + _digits(c, 8),
    "landline": lambda c: c.rng.choice(lists.AREA_CODES) + "-" + c.rng.choice("2345678")
    + _digits(c, 7),
    "email": lambda c: c.p.email,
    "email_q": lambda c: c.q.email,
    "address": lambda c: c.p.address,
    "address_q": lambda c: c.q.address,
    "room": lambda c: f"{c.rng.randint(1, 12)}栋{c.rng.randint(1, 4)}单元"
    f"{c.rng.randint(2, 28)}{c.rng.randint(1, 4):02d}",
    "apt_room": lambda c: "{}座{}{:02d}室".format(
        c.rng.choice("ABC"), c.rng.randint(2, 24), c.rng.randint(1, 30)
    ),
    "wxid": lambda c: c.rng.choice(
        ("wxid_" + "".join(c.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)),
         c.fake.user_name() + _digits(c, 2), c.p.mobile)
    ),
    "openid": lambda c: "o" + "".join(
        c.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        for _ in range(27)
    ),
    "qq": lambda c: str(c.rng.randint(10**7, 3 * 10**9)),
    "account": lambda c: c.fake.user_name() + c.rng.choice(("", "", _digits(c, 3))),
    "nickname": lambda c: c.rng.choice(lists.NICKNAMES) + c.rng.choice(("", "呀", "_", "~", "")),
    "ffp": lambda c: c.rng.choice(("CA", "MU", "CZ", "HU")) + _digits(c, 10),
    "password_masked": lambda c: "******",
    "contacts": _contacts,
    "chat": lambda c: c.rng.choice(lists.PATIENT_CHATS),
}

DEVICE: dict[str, Maker] = {
    "imei": lambda c: idgen.imei(c.rng),
    "imsi": lambda c: "460" + c.rng.choice(("00", "01", "02", "11")) + _digits(c, 10),
    "mac": lambda c: ":".join(f"{c.rng.randrange(256):02X}" for _ in range(6)),
    "device_id": lambda c: c.fake.uuid4().upper(),
    "ipv4": lambda c: c.fake.ipv4_public(),
    "ipv6": lambda c: c.fake.ipv6(),
    "latlng": lambda c: "{},{}".format(*_latlng(c)),
    "lat": lambda c: _latlng(c)[0],
    "lng": lambda c: _latlng(c)[1],
    "travel_chain": lambda c: _chain(c, lists.TRAVEL_PLACES, 3, " → "),
    "field_chain": lambda c: _chain(c, lists.FIELD_PLACES, 4, "；"),
    "stays": lambda c: "；".join(
        f"{_when(c, 300)[:5]} 入住 {h} {c.rng.randint(1, 4)}晚"
        for h in c.rng.sample(lists.HOTELS, c.rng.randint(1, 3))
    ),
    "browse": lambda c: "；".join(
        f"{_when(c, 30)} {p}" for p in c.rng.sample(lists.LISTING_PAGES, c.rng.randint(2, 4))
    ),
    "txn_list": lambda c: "；".join(
        f"{_when(c, 30)[:5]} {m} {c.rng.uniform(9, 2999):.2f}"
        for m in c.rng.sample(lists.MERCHANTS, c.rng.randint(2, 4))
    ),
    "face_url": lambda c: f"https://img.{c.rng.choice(lists.OSS)}/face/{c.ref:%Y%m}/"
    f"{c.fake.md5()[:16]}.jpg",
    "face_path": lambda c: f"D:\\photo\\{c.p.rid[-6:]}_{c.rng.randint(1, 9)}.jpg",
    "fingerprint": lambda c: c.fake.sha256()[:48].upper() + "==",
    "face_feature": lambda c: "[" + ",".join(f"{c.rng.uniform(-0.3, 0.3):.4f}" for _ in range(8))
    + ",...]",
    "gene": lambda c: c.rng.choice(lists.GENE_RESULTS),
}

PI_MAKERS: dict[str, Maker] = {**NAMES, **IDS, **CONTACT, **DEVICE}
