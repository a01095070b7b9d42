"""Set 20's makers of business values (not PI): keys, amounts, statuses, times, products.

A business generator is named by a short spec, so the kind tables read like the exports they
imitate: ``seq:ORD:100234`` (a running key, never blanked), ``digits:10`` or ``digits:8:U``
(a random key with a prefix), ``hex:24``, ``uuid``, ``int:1:9``, ``num:5:800`` (an amount, two
decimals), ``pick:a|b|c``, ``dt`` / ``date`` / ``day`` / ``iso`` / ``ts_ms`` / ``ts_us`` (times in
the year before the reference date), ``city``, ``store``, ``sku``, ``waybill``, ``appell:老师``
(a staff member by surname and role, ``person_name`` by the conventions table).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout20.person import Ctx

Maker = Callable[[Ctx], Any]
_CITIES = ("北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "西安", "南京", "长沙", "苏州")
_STORES = ("天河店", "南山科技园店", "西湖文化广场店", "春熙路店", "徐家汇店", "光谷店", "曲江店")
_SHOPS = ("幸福路88号阳光花园东门便利店", "翠苑三区12幢底商生鲜店", "高新南九道益田假日里B1驿站",
          "江汉路步行街127号旁快递驿站", "天府三街银泰城负一楼服务台")  # fmt: skip
_SURNAMES = "王李张刘陈杨黄赵周吴徐孙马胡朱郭何林罗高"


def _moment(c: Ctx) -> datetime:
    start = datetime(c.ref.year, c.ref.month, c.ref.day, 0, 0, 0) - timedelta(days=365)
    return start + timedelta(seconds=c.rng.randint(0, 365 * 86400))


def _fixed(name: str) -> Maker | None:
    fixed: dict[str, Maker] = {
        "dt": lambda c: _moment(c).strftime("%Y-%m-%d %H:%M:%S"),
        "date": lambda c: _moment(c).strftime("%Y-%m-%d"),
        "day": lambda c: _moment(c).strftime("%Y%m%d"),
        "iso": lambda c: _moment(c).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "us_dt": lambda c: _moment(c).strftime("%m/%d/%Y %I:%M %p"),
        "ts_ms": lambda c: int(_moment(c).timestamp() * 1000),
        "ts_us": lambda c: int(_moment(c).timestamp() * 1_000_000) + c.rng.randint(0, 999),
        "uuid": lambda c: "-".join(
            "".join(c.rng.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12)
        ),
        "city": lambda c: c.rng.choice(_CITIES),
        "store": lambda c: c.rng.choice(_STORES),
        "sku": lambda c: f"SKU{c.rng.randint(10000, 99999)}-{c.rng.choice('ABCDEF')}",
        "time": lambda c: _moment(c).strftime("%H:%M:%S"),
        "snapshot_url": lambda c: (
            f"http://10.2.{c.rng.randint(1, 9)}.{c.rng.randint(2, 250)}/snap/"
            f"{_moment(c):%Y%m%d}/{c.rng.randint(10**9, 10**10)}_plate.jpg"
        ),
        "shop_address": lambda c: c.rng.choice(_SHOPS),
        "waybill": lambda c: (
            c.rng.choice(("SF", "YT", "JT", "ZTO")) + str(c.rng.randint(10**11, 10**12))
        ),
    }
    return fixed.get(name)


def biz_maker(gen: str) -> Maker:
    """The maker a business generator spec names (see the module docstring)."""
    fixed = _fixed(gen)
    if fixed is not None:
        return fixed
    kind, _, arg = gen.partition(":")
    if kind == "seq":
        prefix, _, start = arg.partition(":")
        return lambda c: f"{prefix}{int(start or 1) + c.i}"
    if kind == "digits":
        n, _, prefix = arg.partition(":")
        return lambda c: (
            prefix
            + str(c.rng.randint(1, 9))
            + "".join(c.rng.choice("0123456789") for _ in range(int(n) - 1))
        )
    if kind == "hex":
        return lambda c: "".join(c.rng.choice("0123456789abcdef") for _ in range(int(arg)))
    if kind == "int":
        low, high = (int(x) for x in arg.split(":"))
        return lambda c: c.rng.randint(low, high)
    if kind == "num":
        a, b = (float(x) for x in arg.split(":"))
        return lambda c: round(c.rng.uniform(a, b), 2)
    if kind == "pick":
        options = arg.split("|")
        return lambda c: c.rng.choice(options)
    if kind == "appell":
        return lambda c: c.rng.choice(_SURNAMES) + arg
    raise ValueError(f"unknown generator {gen!r}")
