"""Set 14's business makers (gold ``None``), several shaped like PI on purpose: order numbers of
eleven digits starting with 1, shop-equipment serials, company and place names, amounts as text.

A generator name is either a key of :data:`BIZ` or a small recipe read by :func:`resolve`:
``pick:a/b/c`` (one of the words), ``code:PFX:n`` (PFX and n digits), ``num:lo-hi`` (an amount),
``int:lo-hi`` (a count), ``seq`` (the row number)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from piplkit.discover.evaluation.heldout14.person import Ctx
from piplkit.discover.evaluation.heldout14.values_pi import PI

Maker = Callable[[Ctx], Any]


def _dt(c: Ctx) -> str:
    d = c.ref - timedelta(days=c.rng.randint(0, 400), minutes=c.rng.randint(0, 1440))
    return f"{d:%Y-%m-%d} {c.rng.randint(7, 22):02d}:{c.rng.randint(0, 59):02d}"


BIZ: dict[str, Maker] = {
    "seq": lambda c: c.i + 1,
    "date": lambda c: (c.ref - timedelta(days=c.rng.randint(0, 500))).isoformat(),
    "datetime": _dt,
    "date_xl": lambda c: (
        (
            c.ref
            - timedelta(days=c.rng.randint(0, 500))
            - c.ref.replace(year=1899, month=12, day=30)
        ).days
    ),
    "order_like_phone": lambda c: "1" + c.rng.choice("3578") + f"{c.rng.randint(0, 999999999):09d}",
    "order": lambda c: f"{c.ref:%Y%m%d}{c.rng.randint(0, 99999999):08d}",
    "sku": lambda c: (
        f"SKU-{c.rng.choice('ABCDEFGH')}{c.rng.randint(100, 999)}-{c.rng.randint(10, 99)}"
    ),
    "serial": lambda c: f"SN{c.rng.randint(2019, 2026)}{c.rng.randint(0, 99999999):08d}",
    "company": lambda c: c.fake.company(),
    "city": lambda c: c.fake.city(),
    "district": lambda c: c.fake.district() + "区",
    "store": lambda c: c.fake.city_name() + c.rng.choice(("万达店", "中心店", "旗舰店", "二分店")),
    "amount_text": lambda c: (
        f"{c.rng.randint(1, 99)},{c.rng.randint(0, 999):03d}.{c.rng.randint(0, 99):02d}"
    ),
    "staff_count": lambda c: c.rng.randint(3, 800),
    "json_attrs": lambda c: json.dumps(
        {"颜色": c.rng.choice(("红", "蓝", "黑")), "规格": c.rng.choice(("S", "M", "L"))},
        ensure_ascii=False,
    ),
    "remark": lambda c: c.rng.choice(("", "加急", "已回访 ", "客户要求改期", "无", "见附件")),
    "status": lambda c: c.rng.choice(("待审核", "已通过", "已驳回", "处理中", "已完成")),
    "yn": lambda c: c.rng.choice(("是", "否")),
    "pct": lambda c: f"{c.rng.uniform(0, 100):.1f}%",
    "ticket": lambda c: f"T{c.rng.randint(100000, 999999)}",
    "room": lambda c: f"{c.rng.randint(1, 30)}-{c.rng.randint(1, 6)}-{c.rng.randint(101, 2604)}",
    "url": lambda c: f"https://shop.example.cn/p/{c.rng.randint(10000, 99999)}",
    "ver": lambda c: f"v{c.rng.randint(1, 9)}.{c.rng.randint(0, 20)}.{c.rng.randint(0, 9)}",
    "hash": lambda c: f"{c.rng.getrandbits(128):032x}",
    "hotline": lambda c: c.rng.choice(("400-820-8820", "95588", "12345", "400-100-2233")),
    "shop_tel": lambda c: (
        f"0{c.rng.choice(('21', '571', '27'))}-{c.rng.randint(60000000, 69999999)}"
    ),
}


def _recipe(gen: str) -> Maker:
    kind, _, arg = gen.partition(":")
    if kind == "pick":
        words = tuple(arg.split("/"))
        return lambda c: c.rng.choice(words)
    if kind == "code":
        pfx, _, n = arg.rpartition(":")
        width = int(n)
        return lambda c: f"{pfx}{c.rng.randrange(10**width):0{width}d}"
    lo, _, hi = arg.partition("-")
    if kind == "num":
        return lambda c: round(c.rng.uniform(float(lo), float(hi)), 2)
    if kind == "int":
        return lambda c: c.rng.randint(int(lo), int(hi))
    raise KeyError(gen)


def resolve(gen: str) -> Maker:
    """The maker of a generator name: a PI maker, a business maker, or a recipe."""
    if gen in PI:
        return PI[gen]
    if gen in BIZ:
        return BIZ[gen]
    return _recipe(gen)
