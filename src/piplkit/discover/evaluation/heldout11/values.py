"""Set 11's PI value makers, by generator name: each takes the row's :class:`Ctx` and returns a
cell. Several write the mess real exports carry (masks, full-width digits, typed numbers, two
values in a cell, JSON). Parameterised non-PI makers live in :mod:`values_biz`."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen
from piplkit.discover.evaluation.heldout11 import values_biz
from piplkit.discover.evaluation.heldout11.person import Ctx

Maker = Callable[[Ctx], Any]
_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_EXCEL_EPOCH = date(1899, 12, 30)


def _digits(ctx: Ctx, n: int) -> str:
    return "".join(ctx.rng.choice("0123456789") for _ in range(n))


def _pinyin(ctx: Ctx) -> str:
    sur = ctx.rng.choice(("WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "ZHAO", "HUANG", "ZHOU"))
    given = ctx.rng.choice(("WEI", "FANG", "JING", "XIUYING", "MIN", "LEI", "YANG", "JUN", "TAO"))
    return f"{sur}/{given}" if ctx.rng.random() < 0.6 else f"{given.title()} {sur.title()}"


def _mask_mobile(m: str) -> str:
    return m[:3] + "****" + m[-4:]


def _birth(ctx: Ctx, person: Any) -> Any:
    b = person.birth
    pick = ctx.rng.random()
    if pick < 0.6:
        return b.isoformat()
    if pick < 0.8:
        return f"{b.year}/{b.month}/{b.day}"
    return f"{b.year}年{b.month}月{b.day}日"


def _addr(ctx: Ctx) -> str:
    return (
        ctx.p.address
        + f"{ctx.rng.randrange(1, 30)}栋{ctx.rng.randrange(1, 6)}单元"
        + f"{ctx.rng.randrange(1, 33)}0{ctx.rng.randrange(1, 5)}"
    )


def _trips(ctx: Ctx) -> str:
    places = ("东京", "首尔", "曼谷", "新加坡", "巴黎", "悉尼", "迪拜", "伦敦", "大阪", "吉隆坡")
    n = ctx.rng.randrange(2, 5)
    return "；".join(
        f"{2020 + ctx.rng.randrange(6)}-{ctx.rng.randrange(1, 13):02d} {ctx.rng.choice(places)}"
        for _ in range(n)
    )


def _crossings(ctx: Ctx) -> str:
    ports = ("罗湖", "福田", "皇岗", "拱北", "港珠澳大桥", "深圳湾", "横琴")
    return " | ".join(
        f"12-{ctx.rng.randrange(1, 7):02d} {ctx.rng.randrange(6, 22):02d}:"
        f"{ctx.rng.randrange(60):02d} {ctx.rng.choice(ports)}"
        for _ in range(ctx.rng.randrange(2, 5))
    )


def _meals(ctx: Ctx) -> str:
    items = ("早餐 4.50", "午餐 12.00", "晚餐 9.80", "夜宵 6.00", "水果 5.50")
    return "; ".join(
        f"12/{ctx.rng.randrange(1, 7)} {ctx.rng.choice(items)}"
        for _ in range(ctx.rng.randrange(2, 5))
    )


def _contacts(ctx: Ctx) -> str:
    people = [
        {"name": ctx.q.name, "tel": ctx.q.mobile, "rel": ctx.rng.choice(("父亲", "配偶", "朋友"))}
    ]
    if ctx.rng.random() < 0.5:
        people.append({"name": ctx.fake.name(), "tel": "13" + _digits(ctx, 9), "rel": "母亲"})
    return json.dumps(people, ensure_ascii=False)


def _ipv6(ctx: Ctx) -> str:
    return "2001:da8:" + ":".join(f"{ctx.rng.randrange(65536):x}" for _ in range(6))


def _mac(ctx: Ctx) -> str:
    sep = ctx.rng.choice((":", "-"))
    return sep.join(f"{ctx.rng.randrange(256):02X}" for _ in range(6))


PI: dict[str, Maker] = {
    "name": lambda c: c.p.name,
    "name_q": lambda c: c.q.name,
    "name_masked": lambda c: c.p.name[0] + "*" * (len(c.p.name) - 1),
    "name_pinyin": _pinyin,
    "name_mr": lambda c: c.p.name[0] + ("先生" if c.p.male else "女士"),
    "rid": lambda c: c.p.rid,
    "rid_q": lambda c: c.q.rid,
    "rid_masked": lambda c: c.p.rid[:6] + "********" + c.p.rid[-4:],
    "rid_fw": lambda c: c.p.rid.translate(_FW) if c.rng.random() < 0.3 else c.p.rid,
    "rid_int": lambda c: int(c.p.rid) if c.p.rid[-1] != "X" else c.p.rid,
    "dl": lambda c: c.p.rid,
    "mobile": lambda c: c.p.mobile,
    "mobile_q": lambda c: c.q.mobile,
    "mobile_masked": lambda c: _mask_mobile(c.p.mobile),
    "mobile_messy": lambda c: c.rng.choice(
        (
            c.p.mobile,
            "+86 " + c.p.mobile,
            c.p.mobile.translate(_FW),
            f"{c.p.mobile[:3]} {c.p.mobile[3:7]} {c.p.mobile[7:]}",
            c.p.mobile + "  ",
        )
    ),
    "mobiles_two": lambda c: c.p.mobile + ("/" + c.q.mobile if c.rng.random() < 0.4 else ""),
    "mobile_int": lambda c: int(c.p.mobile),
    "landline": lambda c: (
        f"0{c.rng.choice(('10', '21', '755', '571', '28'))}-{c.rng.randrange(2, 9)}{_digits(c, 7)}"
    ),
    "birth": lambda c: _birth(c, c.p),
    "birth_xl": lambda c: (c.p.birth - _EXCEL_EPOCH).days,
    "age": lambda c: (c.ref - c.p.birth).days // 365,
    "gender": lambda c: "男" if c.p.male else "女",
    "gender_en": lambda c: "M" if c.p.male else "F",
    "ethnicity": lambda c: c.rng.choice(
        ("汉族", "壮族", "回族", "苗族", "维吾尔族", "土家族", "彝族", "蒙古族", "藏族")
    ),
    "nationality": lambda c: c.rng.choice(
        ("美国", "英国", "德国", "日本", "韩国", "法国", "加拿大", "澳大利亚", "巴西")
    ),
    "marital": lambda c: c.rng.choice(("已婚", "未婚", "离异", "丧偶")),
    "religion": lambda c: c.rng.choice(("无", "佛教", "基督教", "伊斯兰教", "天主教", "道教")),
    "orientation": lambda c: c.rng.choice(("异性恋", "同性恋", "双性恋", "不确定", "不愿透露")),
    "address": _addr,
    "email": lambda c: c.p.email,
    "qq": lambda c: str(c.rng.randrange(10**7, 3 * 10**9)),
    "wechat": lambda c: (
        "wxid_" + "".join(c.rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(12))
    ),
    "account": lambda c: (
        c.rng.choice(("夜猫子", "Lucky", "阿飞", "小鱼儿", "Ghost", "北城", "糖糖"))
        + str(c.rng.randrange(1, 9999))
    ),
    "password": lambda c: c.rng.choice(
        (
            _digits(c, 6),
            "Abc@" + _digits(c, 4),
            "$2a$10$" + "".join(c.rng.choice("abcdefghABCDEFGH0123456789./") for _ in range(22)),
        )
    ),
    "pin": lambda c: _digits(c, 6),
    "bank_card": lambda c: idgen.bank_card(c.rng),
    "bank_masked": lambda c: (lambda b: f"{b[:4]} **** **** {b[-4:]}")(idgen.bank_card(c.rng)),
    "plate": lambda c: (
        c.rng.choice("京沪粤浙苏川鄂")
        + c.rng.choice("ABCDEF")
        + "".join(c.rng.choice("0123456789ABCDEFGHJK") for _ in range(5))
    ),
    "vin": lambda c: idgen.vin(c.rng),
    "passport": lambda c: c.rng.choice("EG") + _digits(c, 8),
    "passport_foreign": lambda c: c.rng.choice(("5", "C", "X", "M")) + _digits(c, 8),
    "hkmo": lambda c: (
        c.rng.choice(("H", "M")) + _digits(c, 8) if c.rng.random() < 0.6 else "C" + _digits(c, 8)
    ),
    "tw": lambda c: _digits(c, 8),
    "fprid": lambda c: (lambda body: body + idgen.rid_check(body))(
        "9"
        + c.rng.choice(("11", "31", "44", "33"))
        + c.rng.choice(("840", "826", "276", "392"))
        + f"{c.p.birth:%Y%m%d}"
        + _digits(c, 2)
        + c.rng.choice("0123")
    ),
    "military": lambda c: c.rng.choice(("军字第", "政字第", "士字第")) + _digits(c, 7) + "号",
    "sscard": lambda c: c.rng.choice(("A", "B", "C", "M")) + _digits(c, 8),
    "face": lambda c: f"/data/photos/{c.rng.randrange(2020, 2027)}/{_digits(c, 10)}.jpg",
    "imei": lambda c: idgen.imei(c.rng),
    "imsi": lambda c: (
        "46000" + _digits(c, 10) if c.rng.random() < 0.7 else "46001" + _digits(c, 10)
    ),
    "mac": _mac,
    "ipv4": lambda c: (
        f"{c.rng.choice((36, 58, 112, 117, 183, 223))}.{c.rng.randrange(256)}."
        f"{c.rng.randrange(256)}.{c.rng.randrange(1, 255)}"
    ),
    "ipv6": _ipv6,
    "device_id": lambda c: "-".join(
        "".join(c.rng.choice("0123456789ABCDEF") for _ in range(n)) for n in (8, 4, 4, 4, 12)
    ),
    "geo": lambda c: f"{30 + c.rng.random() * 10:.6f},{110 + c.rng.random() * 10:.6f}",
    "trips": _trips,
    "crossings": _crossings,
    "meals": _meals,
    "contacts": _contacts,
    "uscc": lambda c: idgen.uscc(c.rng),
}


def resolve(gen: str) -> Maker:
    """The maker of a generator name (PI here, the rest in :mod:`values_biz`)."""
    if gen in PI:
        return PI[gen]
    return values_biz.resolve(gen)
