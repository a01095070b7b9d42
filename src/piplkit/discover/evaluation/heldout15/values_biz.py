"""Set 15's makers of business values (all gold ``None`` but ``uscc``), and ``resolve``, which
turns a generator name into a maker: a named maker of this module or of ``values_pi``, or a
pattern (``enum:a|b``, ``int:1-9``, ``num:1-9``, ``code:PFX:8``, ``date:-400:0``, ``datexl:…``,
``dt:-30:0``). Many of these look like PI on purpose: phone-shaped order numbers, serials of
shop equipment, amounts as text, store phones, company names, staff counts."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen
from piplkit.discover.evaluation.heldout15.person import Ctx
from piplkit.discover.evaluation.heldout15.values_pi import PI_MAKERS, Maker

_EXCEL0 = date(1899, 12, 30)


def _digits(c: Ctx, n: int) -> str:
    return "".join(c.rng.choice("0123456789") for _ in range(n))


def _amount_text(c: Ctx) -> str:
    return f"{c.rng.uniform(1000, 980000):,.2f}"


def _store(c: Ctx) -> str:
    return c.fake.city_name() + c.rng.choice(
        ("万达店", "中心店", "江北店", "高新店", "一店", "旗舰店")
    )


def _store_phone(c: Ctx) -> str:
    return c.rng.choice(("400-", "0571-8", "021-6", "010-5")) + _digits(c, 7)


def _attrs(c: Ctx) -> str:
    return json.dumps(
        {"颜色": c.rng.choice(("胡桃木", "白橡", "暖白")), "板材": c.rng.choice(("E0级", "ENF级")),
         "尺寸": f"{c.rng.randint(60, 240)}x{c.rng.randint(30, 60)}"},
        ensure_ascii=False,
    )  # fmt: skip


def _site_coords(c: Ctx) -> str:
    return f"{c.rng.uniform(30.1, 30.4):.5f},{c.rng.uniform(120.0, 120.3):.5f}"


_BIZ: dict[str, Maker] = {
    "seq": lambda c: c.i + 1,
    "order_phone": lambda c: "1" + c.rng.choice("3578") + _digits(c, 9),
    "order_phone_int": lambda c: int("1" + c.rng.choice("3578") + _digits(c, 9)),
    "sku": lambda c: c.rng.choice(("SKU", "YH", "FW", "BK")) + "-" + _digits(c, 6),
    "ean": lambda c: "69" + _digits(c, 11),
    "store": _store,
    "store_phone": _store_phone,
    "company": lambda c: c.fake.company(),
    "uscc": lambda c: idgen.uscc(c.rng),
    "amount_text": _amount_text,
    "attrs_json": _attrs,
    "site_coords": _site_coords,
    "serial": lambda c: c.rng.choice(("SN", "HK", "DS-2CD", "PAX")) + _digits(c, 10),
    "modem_imei": lambda c: idgen.imei(c.rng),
    "staff_count": lambda c: c.rng.randint(3, 480),
    "city": lambda c: c.fake.city_name(),
    "domain": lambda c: c.fake.domain_word() + c.rng.choice((".com", ".cn", ".com.cn", ".net")),
    "server_ip": lambda c: (
        f"47.{c.rng.randint(90, 120)}.{c.rng.randint(0, 255)}.{c.rng.randint(1, 254)}"
    ),
    "note": lambda c: c.rng.choice(
        ("", "已回访", "客户要求下午送", "加急", "已开票", "待复核", "—")
    ),
    "product": lambda c: c.rng.choice(("加特林36发", "冷烟花棒", "礼花弹组合", "小金鱼", "电光花")),
    "cake": lambda c: c.rng.choice(("6寸草莓奶油", "8寸巧克力", "10寸水果千层", "4寸提拉米苏")),
    "inscription": lambda c: c.rng.choice(
        ("生日快乐", "生日快乐 宝贝", "Happy Birthday", "永远十八岁", "周年快乐")
    ),
    "item_photo": lambda c: f"/upload/errand/item/{c.ref:%Y%m%d}/{_digits(c, 10)}.jpg",
    "shop_photo": lambda c: f"/crm/storefront/{c.rng.randint(2019, 2026)}/{_digits(c, 9)}.jpg",
    "room_size": lambda c: "；".join(
        f"{r} {c.rng.uniform(2.4, 5.2):.1f}x{c.rng.uniform(2.4, 4.8):.1f}m"
        for r in c.rng.sample(("主卧", "次卧", "客厅", "书房", "玄关"), 2)
    ),
    "species": lambda c: "、".join(
        c.rng.sample(("白鹭", "夜鹭", "黑水鸡", "斑鱼狗", "白头鹎", "红嘴蓝鹊", "池鹭"), 3)
    ),
    "liquor": lambda c: c.rng.choice(
        ("飞天茅台53度500ml", "五粮液第八代", "国窖1573", "汾酒青花20", "剑南春")
    ),
}


def _pattern(gen: str) -> Maker:
    kind, _, arg = gen.partition(":")
    if kind == "enum":
        items = tuple(arg.split("|"))
        return lambda c: c.rng.choice(items)
    if kind in ("int", "num"):
        lo, hi = (float(x) for x in arg.split("-"))
        if kind == "int":
            return lambda c: c.rng.randint(int(lo), int(hi))
        return lambda c: round(c.rng.uniform(lo, hi), 2)
    if kind == "code":
        prefix, n = arg.rsplit(":", 1)
        return lambda c: prefix + _digits(c, int(n))
    if kind in ("date", "datexl", "dt"):
        lo, hi = (int(x) for x in arg.split(":"))

        def day(c: Ctx) -> date:
            return c.ref + timedelta(days=c.rng.randint(lo, hi))

        if kind == "date":
            return lambda c: day(c).isoformat()
        if kind == "datexl":
            return lambda c: (day(c) - _EXCEL0).days
        return lambda c: (
            datetime.combine(day(c), datetime.min.time())
            .replace(hour=c.rng.randint(8, 22), minute=c.rng.randint(0, 59))
            .strftime("%Y-%m-%d %H:%M")
        )
    raise KeyError(gen)


def resolve(gen: str) -> Maker:
    """The maker of a generator name (KeyError for an unknown one)."""
    if gen in PI_MAKERS:
        return PI_MAKERS[gen]
    if gen in _BIZ:
        return _BIZ[gen]
    return _pattern(gen)


def known(gen: str) -> bool:
    try:
        resolve(gen)
    except (KeyError, ValueError):
        return False
    return True


__all__: list[Any] = ["known", "resolve"]
