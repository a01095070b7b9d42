"""Set 10's makers by generator name, and the plain (non-PI) makers of ordinary business columns.

A generator name is either a maker's name (``mobile``, ``rid_q``, ``name_masked``; see
:mod:`values_pi`) or a parametrised plain column: ``pick:a|b|c`` (one of the words),
``num:lo:hi`` (an amount, two decimals), ``int:lo:hi``, ``txtnum:lo:hi`` (an amount stored as
text, ``1,234.50``), ``code:PREFIX:n`` (a prefix and n digits), ``date:days`` (a date within
``days`` before the reference date). Plain makers draw things that look like PI and are not:
order numbers shaped like mobiles, barcodes, shop equipment serials, a store's phone.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen
from piplkit.discover.evaluation.heldout10.person import Row
from piplkit.discover.evaluation.heldout10.values_pi import MAKERS, Maker, masked

#: What the exports write in an empty cell.
PLACEHOLDERS = ("", "-", "无", "N/A", "NULL", "/", "——", "暂无")


def _digits(r: Row, n: int) -> str:
    return "".join(r.rng.choice("0123456789") for _ in range(n))


def _ean13(r: Row) -> str:
    body = "69" + _digits(r, 10)
    total = sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _day(r: Row, days: int) -> date:
    return r.ref - timedelta(days=r.rng.randrange(max(days, 1)))


def _amount_text(r: Row, lo: float, hi: float) -> str:
    return f"{r.rng.uniform(lo, hi):,.2f}"


def _timestamp(r: Row) -> str:
    day = _day(r, 300)
    h, m, s = r.rng.randint(7, 22), r.rng.randint(0, 59), r.rng.randint(0, 59)
    return f"{day:%Y-%m-%d} {h:02d}:{m:02d}:{s:02d}"


def _serial(r: Row) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "".join(r.rng.choice(letters) for _ in range(2)) + _digits(r, 10)


PLAIN: dict[str, Maker] = {
    "seq": lambda r: r.i + 1,
    "order_phone": lambda r: "1" + r.rng.choice("3456789") + _digits(r, 9),
    "order": lambda r: f"{r.ref:%Y%m}{_digits(r, 10)}",
    "ean": _ean13,
    "uscc": lambda r: idgen.uscc(r.rng),
    "company": lambda r: r.fake.company(),
    "store_phone": lambda r: r.rng.choice(("0571-", "021-", "010-", "020-")) + _digits(r, 8),
    "hotline": lambda r: "400-" + _digits(r, 3) + "-" + _digits(r, 4),
    "dt": _timestamp,
    "date_xl": lambda r: (_day(r, 400) - date(1899, 12, 30)).days,
    "serial": _serial,
    "lan_ip": lambda r: f"192.168.{r.rng.randint(0, 9)}.{r.rng.randint(2, 254)}",
    "dev_mac": lambda r: r.fake.mac_address().upper(),
    "dev_imei": lambda r: idgen.imei(r.rng),
    "co_vin": lambda r: idgen.vin(r.rng),
    "co_plate": MAKERS["plate"],
    "store_geo": lambda r: f"{r.rng.uniform(22.5, 40):.6f},{r.rng.uniform(104, 121.5):.6f}",
    "store_lat": lambda r: round(r.rng.uniform(22.5, 40.0), 6),
    "store_lng": lambda r: round(r.rng.uniform(104.0, 121.5), 6),
    "uuid": lambda r: r.fake.uuid4(),
    "json_attr": lambda r: json.dumps(
        {
            "颜色": r.rng.choice(("黑", "白", "灰", "蓝")),
            "尺码": r.rng.choice(("S", "M", "L", "XL")),
            "库存": r.rng.randint(0, 300),
        },
        ensure_ascii=False,
    ),
    "city": lambda r: r.rng.choice(
        ("北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京", "西安", "青岛")
    ),
}


def _param(gen: str) -> Maker:
    kind, _, arg = gen.partition(":")
    if kind == "pick":
        words = tuple(arg.split("|"))
        return lambda r: r.rng.choice(words)
    if kind == "num":
        lo, hi = (float(x) for x in arg.split(":"))
        return lambda r: round(r.rng.uniform(lo, hi), 2)
    if kind == "int":
        a, b = (int(x) for x in arg.split(":"))
        return lambda r: r.rng.randint(a, b)
    if kind == "txtnum":
        lo, hi = (float(x) for x in arg.split(":"))
        return lambda r: _amount_text(r, lo, hi)
    if kind == "code":
        prefix, n = arg.rsplit(":", 1)
        return lambda r: prefix + _digits(r, int(n))
    if kind == "date":
        days = int(arg)
        return lambda r: _day(r, days).isoformat()
    raise KeyError(gen)


def _about_q(make: Maker) -> Maker:
    return lambda r: make(Row(r.q, r.p, r.i, r.rng, r.fake, r.ref))


def resolve(gen: str) -> Callable[[Row], Any]:
    """The maker a column's generator name stands for."""
    if ":" in gen:
        return _param(gen)
    if gen in PLAIN:
        return PLAIN[gen]
    hide = gen.endswith("_masked")
    base = gen.removesuffix("_masked")
    about_q = base.endswith("_q")
    base = base.removesuffix("_q")
    make = MAKERS[base]
    if about_q:
        make = _about_q(make)
    if hide:
        inner = make
        return lambda r: masked(base, inner(r))
    return make
