"""Set 11's parameterised makers (``pick:a/b``, ``int:1-9``, ``num:1-9``, ``code:PFX:8``) and
its vocabulary makers: measurements, test results, scores, pay, and the ordinary business
columns that look like PI (phone-shaped order numbers, serials, SKUs, companies, JSON of product
attributes, Excel date serials of business dates)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

Maker = Callable[[Any], Any]
_EPOCH = date(1899, 12, 30)


def _d(c: Any, n: int) -> str:
    return "".join(c.rng.choice("0123456789") for _ in range(n))


def _day(c: Any) -> date:
    return c.ref - timedelta(days=c.rng.randrange(1, 400))


def _complaint(c: Any) -> str:
    what = ("小区门口占道经营一直没人管", "楼上装修噪音晚上十点还在响",
            "公交站牌被撞坏了一周没修", "我家自来水发黄好几天了",
            "物业乱收停车费我不认可", "路灯不亮晚上走路很危险")  # fmt: skip
    ask = ("希望尽快处理", "请相关部门回复我", "已经打了三次了", "麻烦给个说法")
    return f"{c.rng.choice(what)}，{c.rng.choice(ask)}"


NAMED: dict[str, Maker] = {
    "height": lambda c: c.rng.randrange(150, 192),
    "weight": lambda c: round(c.rng.uniform(42, 98), 1),
    "height_kid": lambda c: c.rng.randrange(110, 165),
    "weight_kid": lambda c: round(c.rng.uniform(18, 55), 1),
    "boot": lambda c: c.rng.choice(
        ("38", "39", "40", "41", "42", "43", "44", "45", "26.5", "27.0")
    ),
    "neck": lambda c: f"{c.rng.randrange(32, 46)}cm",
    "audiogram": lambda c: f"L {c.rng.randrange(20, 90)}dB / R {c.rng.randrange(20, 90)}dB",
    "ahi": lambda c: round(c.rng.uniform(2, 60), 1),
    "spo2low": lambda c: f"{c.rng.randrange(70, 94)}%",
    "haplo": lambda c: c.rng.choice(("O2a1b", "O1b1a1", "C2b1a", "N1b", "D1a1", "O2a2b1", "Q1a1")),
    "ancestry": lambda c: (lambda a: f"华北汉族 {a}% · 华南汉族 {100 - a - 3}% · 蒙古 3%")(
        c.rng.randrange(40, 90)
    ),
    "ielts": lambda c: c.rng.choice(
        ("IELTS 6.5", "IELTS 7.0", "托福 98", "雅思6", "TOEFL 105", "IELTS 5.5")
    ),
    "school_year": lambda c: c.rng.choice(
        ("一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "初一", "初二")
    ),
    "salary": lambda c: c.rng.randrange(30, 300) * 100,
    "income_year": lambda c: f"{c.rng.randrange(15, 120)}万",
    "balance": lambda c: round(c.rng.uniform(0, 480), 2),
    "employer": lambda c: c.fake.company(),
    "job": lambda c: c.fake.job(),
    "complaint": _complaint,
    "seq": lambda c: c.i + 1,
    "order11": lambda c: "1" + c.rng.choice("3456789") + _d(c, 9),
    "date": lambda c: _day(c).isoformat(),
    "date_xl": lambda c: (_day(c) - _EPOCH).days,
    "datetime": lambda c: (
        f"{_day(c)} {c.rng.randrange(24):02d}:{c.rng.randrange(60):02d}:{c.rng.randrange(60):02d}"
    ),
    "time": lambda c: f"{c.rng.randrange(6, 23):02d}:{c.rng.randrange(60):02d}",
    "company": lambda c: c.fake.company(),
    "city": lambda c: c.fake.city(),
    "store_phone": lambda c: f"400-{_d(c, 3)}-{_d(c, 4)}",
    "serial": lambda c: (
        c.rng.choice(("SN", "HA", "EL", "K"))
        + _d(c, 2)
        + "".join(c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))
        + _d(c, 6)
    ),
    "sku": lambda c: f"{c.rng.choice(('SKU', 'P', 'ITM'))}-{_d(c, 6)}-{c.rng.choice('ABCDEF')}",
    "json_attr": lambda c: json.dumps(
        {
            "颜色": c.rng.choice(("黑", "白", "蓝")),
            "规格": f"{c.rng.randrange(1, 9)}*{c.rng.randrange(10, 50)}",
            "产地": c.fake.province(),
        },
        ensure_ascii=False,
    ),
    "ean": lambda c: "69" + _d(c, 11),
    "pct": lambda c: f"{c.rng.uniform(0, 100):.1f}%",
    "money_text": lambda c: f"{c.rng.randrange(1, 99999):,}.{c.rng.randrange(100):02d}",
    "fw_count": lambda c: str(c.rng.randrange(1, 999)).translate(
        str.maketrans("0123456789", "０１２３４５６７８９")
    ),
}


def resolve(gen: str) -> Maker:
    """A maker from its name or its parameters."""
    if gen in NAMED:
        return NAMED[gen]
    kind, _, arg = gen.partition(":")
    if kind == "pick":
        options = arg.split("/")
        return lambda c: c.rng.choice(options)
    if kind in ("int", "num"):
        lo, hi = (float(x) for x in arg.split("~"))
        if kind == "int":
            return lambda c: c.rng.randrange(int(lo), int(hi) + 1)
        return lambda c: round(c.rng.uniform(lo, hi), 2)
    if kind == "code":
        prefix, n = arg.rsplit(":", 1)
        return lambda c: prefix + _d(c, int(n))
    if kind == "textnum":
        lo, hi = (int(x) for x in arg.split("~"))
        return lambda c: str(c.rng.randrange(lo, hi + 1))
    raise KeyError(f"unknown generator {gen!r}")
