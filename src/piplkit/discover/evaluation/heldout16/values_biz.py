"""Set 16's makers of business values (not PI), named by a small grammar so a table spec reads
like the export it imitates:

* ``seq`` row number; ``pick:a|b|c`` one of the words; ``int:lo:hi``, ``num:lo:hi`` numbers;
* ``code:PFX:n`` a prefix and ``n`` digits (order, ticket, batch numbers); ``ophone`` an order
  number shaped like a mobile (11 digits starting with 1); ``ophone_int`` the same typed;
* ``date:-a:b`` an ISO date ``a`` days before to ``b`` days after the set date; ``dt:-a:b`` with a
  time; ``xl:-a:b`` an Excel serial; ``amt_text:lo:hi`` an amount written ``12,345.00``;
* ``company``, ``hotline``, ``serial``, ``server_ip``, ``site_geo``, ``json_attr``, ``note``.

Vocabularies are this set's own; no value names a person."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout16.person import Ctx

Maker = Callable[[Ctx], Any]

_NOTES = ("已核验", "待回访", "按时完成", "客户要求改期", "已开票", "资料齐全", "需补材料", "正常")
_COLOURS = ("黑", "白", "红", "蓝", "灰", "绿")


def _digits(ctx: Ctx, n: int) -> str:
    return "".join(ctx.rng.choice("0123456789") for _ in range(n))


def _day(ctx: Ctx, lo: int, hi: int) -> date:
    return ctx.ref + timedelta(days=ctx.rng.randint(lo, hi))


def _parametric(gen: str) -> Maker:
    kind, _, arg = gen.partition(":")
    parts = arg.split(":") if arg else []
    if kind == "pick":
        words = tuple(arg.split("|"))
        return lambda c: c.rng.choice(words)
    if kind == "int":
        lo, hi = int(parts[0]), int(parts[1])
        return lambda c: c.rng.randint(lo, hi)
    if kind == "num":
        flo, fhi = float(parts[0]), float(parts[1])
        return lambda c: round(c.rng.uniform(flo, fhi), 2)
    if kind == "code":
        prefix, n = parts[0], int(parts[1])
        return lambda c: prefix + _digits(c, n)
    if kind in ("date", "dt", "xl"):
        lo, hi = int(parts[0]), int(parts[1])
        if kind == "date":
            return lambda c: _day(c, lo, hi).isoformat()
        if kind == "xl":
            return lambda c: (_day(c, lo, hi) - date(1899, 12, 30)).days
        return lambda c: f"{_day(c, lo, hi)} {c.rng.randint(7, 21):02d}:{c.rng.randint(0, 59):02d}"
    if kind == "amt_text":
        alo, ahi = int(parts[0]), int(parts[1])
        return lambda c: f"{c.rng.randint(alo, ahi):,}.{c.rng.randint(0, 99):02d}"
    raise KeyError(gen)


def _biz_makers() -> dict[str, Maker]:
    return {
        "seq": lambda c: c.i + 1,
        "ophone": lambda c: "1" + c.rng.choice("3456789") + _digits(c, 9),
        "ophone_int": lambda c: int("1" + c.rng.choice("3456789") + _digits(c, 9)),
        "company": lambda c: c.fake.company(),
        "shop_addr": lambda c: c.fake.address().rsplit(" ", 1)[0],
        "hotline": lambda c: "400-" + _digits(c, 3) + "-" + _digits(c, 4),
        "serial": lambda c: c.rng.choice(("SN", "DV", "HK")) + _digits(c, 10),
        "server_ip": lambda c: (
            f"10.{c.rng.randint(0, 40)}.{c.rng.randint(0, 255)}.{c.rng.randint(2, 250)}"
        ),
        "site_geo": lambda c: f"{c.rng.uniform(22.5, 40.0):.5f},{c.rng.uniform(104.0, 121.0):.5f}",
        "json_attr": lambda c: json.dumps(
            {"颜色": c.rng.choice(_COLOURS), "规格": f"{c.rng.randint(1, 12)}件套"},
            ensure_ascii=False,
        ),
        "note": lambda c: c.rng.choice(_NOTES),
        "city": lambda c: c.fake.city_name(),
        "staff_count": lambda c: c.rng.randint(3, 480),
        "pct": lambda c: f"{c.rng.randint(1, 99)}%",
        "money": lambda c: round(c.rng.uniform(10, 3000), 2),
    }


BIZ_MAKERS = _biz_makers()


def biz_maker(gen: str) -> Maker:
    """The maker of a business generator name (fixed or parametric)."""
    return BIZ_MAKERS[gen] if gen in BIZ_MAKERS else _parametric(gen)
