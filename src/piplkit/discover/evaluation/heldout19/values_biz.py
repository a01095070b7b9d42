"""Set 19's makers named by a small spelling, for the ordinary business columns and the picks
from closed lists: ``v:<list>`` (a word of ``lists.VOCAB``), ``pick:a|b|c``, ``int:lo:hi``,
``num:lo:hi`` (two decimals), ``unit:lo:hi:suffix`` (an integer with its unit in the cell, as
operators type it), ``dec:lo:hi:suffix``, ``seq:<format of n>``, ``id:<prefix>:<digits>``,
``hex:<n>``, ``const:<text>``, ``text:<n>`` (an amount as text with thousands separators), and
plain names (``date``, ``dt``, ``time``, ``month``, ``company``, ``dept`` ...)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout19.lists import VOCAB
from piplkit.discover.evaluation.heldout19.person import Ctx

Maker = Callable[[Ctx], Any]

_DEPTS = ("销售部", "研发中心", "财务部", "人力资源部", "行政部", "市场部", "客服中心", "生产部",
          "采购部", "法务部")  # fmt: skip
_HOSPITALS = ("浙江大学医学院附属第一医院", "杭州市第一人民医院", "上海市第六人民医院",
              "南方医科大学南方医院", "四川大学华西医院", "武汉协和医院")  # fmt: skip
_STORES = ("文三路店", "滨江店", "城西银泰店", "下沙店", "萧山万象汇店", "未来科技城店")


def _day(ctx: Ctx, back: int) -> date:
    return ctx.ref - timedelta(days=ctx.rng.randint(1, back))


def _stamp(ctx: Ctx) -> str:
    d = _day(ctx, 200)
    hour, minute, second = ctx.rng.randint(7, 21), ctx.rng.randint(0, 59), ctx.rng.randint(0, 59)
    return f"{d} {hour:02d}:{minute:02d}:{second:02d}"


def _clock(ctx: Ctx, first: int, last: int) -> str:
    hour = ctx.rng.randint(first, last)
    minute, second = ctx.rng.randint(0, 59), ctx.rng.randint(0, 59)
    return f"{hour}:{minute:02d}:{second:02d}"


_NAMED: dict[str, Maker] = {
    "date": lambda c: _day(c, 330).isoformat(),
    "date_old": lambda c: _day(c, 3650).isoformat(),
    "date_next": lambda c: (c.ref + timedelta(days=c.rng.randint(30, 700))).isoformat(),
    "dt": _stamp,
    "time": lambda c: f"{c.rng.randint(7, 20):02d}:{c.rng.randint(0, 59):02d}",
    "clock_in": lambda c: f"08:{c.rng.randint(20, 59):02d}:{c.rng.randint(0, 59):02d}",
    "clock_out": lambda c: _clock(c, 17, 21),
    "month": lambda c: f"2026-{c.rng.randint(1, 11):02d}",
    "company": lambda c: c.fake.company(),
    "hospital": lambda c: c.rng.choice(_HOSPITALS),
    "store": lambda c: c.rng.choice(_STORES),
    "dept": lambda c: c.rng.choice(_DEPTS),
    "city": lambda c: c.fake.city(),
    "province": lambda c: c.fake.province(),
    "region": lambda c: c.fake.province() + c.fake.city() + c.fake.district() + "区",
    "bp": lambda c: f"{c.rng.randint(100, 160)}/{c.rng.randint(60, 100)}",
    "height": lambda c: c.rng.randint(150, 188),
    "weight": lambda c: round(c.rng.uniform(45, 92), 1),
    "temp": lambda c: f"{c.rng.choice((36.2, 36.4, 36.5, 36.6, 36.8, 37.0, 37.3))}℃",
    "kid_height": lambda c: f"{c.rng.randint(92, 128)}cm",
    "annual_wan": lambda c: f"{c.rng.randint(6, 80)}万",
    "case_no": lambda c: "(2026)浙{}刑初{}号".format(
        c.rng.choice(("0106", "0102", "01")), c.rng.randint(10, 999)
    ),
    "remark": lambda c: c.rng.choice(("", "", "已核实", "加急", "客户要求周末联系", "资料待补",
                                      "见附件", "")),
}


def _spelled(gen: str) -> Maker:
    head, _, rest = gen.partition(":")
    if head == "v":
        words = VOCAB[rest]
        return lambda c: c.rng.choice(words)
    if head == "pick":
        options = tuple(rest.split("|"))
        return lambda c: c.rng.choice(options)
    if head == "const":
        return lambda c: rest
    if head in ("int", "num", "unit", "dec", "text"):
        lo_s, hi_s, *unit = rest.split(":")
        lo, hi, suffix = float(lo_s), float(hi_s), (unit[0] if unit else "")
        if head == "int":
            return lambda c: c.rng.randint(int(lo), int(hi))
        if head == "num":
            return lambda c: round(c.rng.uniform(lo, hi), 2)
        if head == "unit":
            return lambda c: f"{c.rng.randint(int(lo), int(hi))}{suffix}"
        if head == "dec":
            return lambda c: f"{c.rng.uniform(lo, hi):.1f}{suffix}"
        return lambda c: f"{c.rng.uniform(lo, hi):,.2f}"
    if head == "seq":
        return lambda c: rest.format(c.i + 1)
    if head == "id":
        prefix, digits = rest.rsplit(":", 1)
        return lambda c: prefix + "".join(c.rng.choice("0123456789") for _ in range(int(digits)))
    if head == "hex":
        return lambda c: "".join(c.rng.choice("0123456789abcdef") for _ in range(int(rest)))
    raise KeyError(f"no maker for generator {gen!r}")


def biz_maker(gen: str) -> Maker:
    """The maker a generator name spells (see the module docstring)."""
    return _NAMED[gen] if gen in _NAMED else _spelled(gen)
