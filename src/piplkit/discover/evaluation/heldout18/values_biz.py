"""Set 18's business values (the look-alikes an export carries beside its personal columns:
order and waybill numbers, SKUs, amounts, timestamps, statuses, store addresses and hotlines),
made from a short spec so a kind's column line says what its cells look like:

``seq`` row number; ``int:a:b``; ``amt:a:b`` money with two decimals; ``pick:a|b|c``;
``date:a:b`` / ``dt:a:b`` a day or a timestamp ``a``..``b`` days from the reference date;
``code:PFX:n`` a prefix and ``n`` digits; ``tcode:PFX:n`` the same behind a tab; ``uscc`` an
organisation's credit code; ``hotline`` a 400/95 service number; ``store`` a shop address;
``company`` a company name; ``hex:n`` lower-case hex; ``json`` a small attribute object."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen
from piplkit.discover.evaluation.heldout18.person import Ctx

_STORES = (
    "杭州市西湖区文三路259号昌地火炬大厦1层",
    "上海市徐汇区漕溪北路88号圣爱广场B1",
    "北京市朝阳区建国路93号万达广场3F",
    "成都市锦江区春熙路西段19号",
    "武汉市江汉区解放大道690号",
)
_HOTLINES = ("400-820-8820", "95588", "400-1010-555", "4006-789-000", "95106")


def _day(ctx: Ctx, a: int, b: int) -> datetime:
    day = ctx.ref + timedelta(days=ctx.rng.randint(a, b))
    return datetime.combine(day, time(ctx.rng.randint(7, 22), ctx.rng.randint(0, 59),
                                      ctx.rng.randint(0, 59)))  # fmt: skip


def _digits(ctx: Ctx, n: int) -> str:
    return str(ctx.rng.randint(1, 9)) + "".join(ctx.rng.choice("0123456789") for _ in range(n - 1))


def biz_maker(spec: str) -> Callable[[Ctx], Any]:
    """The maker a business spec names (see the module docstring); an unknown spec is an error
    so a typo in a kind cannot silently become an empty column."""
    kind, _, rest = spec.partition(":")
    args = rest.split(":") if rest else []
    simple: dict[str, Callable[[Ctx], Any]] = {
        "seq": lambda c: c.i + 1,
        "uscc": lambda c: idgen.uscc(c.rng),
        "hotline": lambda c: c.rng.choice(_HOTLINES),
        "store": lambda c: c.rng.choice(_STORES),
        "company": lambda c: c.fake.company(),
        "json": lambda c: json.dumps(
            {"颜色": c.rng.choice(("黑", "白", "蓝")), "尺码": c.rng.choice(("S", "M", "L", "XL"))},
            ensure_ascii=False,
        ),
    }
    if kind in simple:
        return simple[kind]
    if kind == "int":
        lo, hi = int(args[0]), int(args[1])
        return lambda c: c.rng.randint(lo, hi)
    if kind == "amt":
        low, high = float(args[0]), float(args[1])
        return lambda c: round(c.rng.uniform(low, high), 2)
    if kind == "pick":
        options = rest.split("|")
        return lambda c: c.rng.choice(options)
    if kind == "date":
        a, b = int(args[0]), int(args[1])
        return lambda c: _day(c, a, b).date().isoformat()
    if kind == "dt":
        a, b = int(args[0]), int(args[1])
        return lambda c: _day(c, a, b).strftime("%Y-%m-%d %H:%M:%S")
    if kind in ("code", "tcode"):
        prefix, n = args[0], int(args[1])
        lead = "\t" if kind == "tcode" else ""
        return lambda c: lead + prefix + _digits(c, n)
    if kind == "hex":
        n = int(args[0])
        return lambda c: "".join(c.rng.choice("0123456789abcdef") for _ in range(n))
    raise KeyError(f"unknown business value spec {spec!r}")
