"""Set 17's makers of business values (not PI, or an organisation's): order, waybill and ticket
numbers in the shapes the named platforms give them (some eleven digits starting with 1, as a
phone), SKUs, amounts (numbers, or text with thousands separators), timestamps, statuses,
stores with their addresses and hotlines, companies and their credit codes.

A generator is a name below or a pattern: ``seq`` (the row number), ``int:LO:HI``,
``num:LO:HI`` (two decimals), ``pick:A|B|C``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen
from piplkit.discover.evaluation.heldout17.person import Ctx

Maker = Callable[[Ctx], Any]


def _digits(c: Ctx, n: int) -> str:
    return "".join(c.rng.choice("0123456789") for _ in range(n))


def _when(c: Ctx, back: int = 90) -> str:
    day = c.ref - timedelta(days=c.rng.randint(0, back))
    clock = f"{c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}:{c.rng.randint(0, 59):02d}"
    return f"{day:%Y-%m-%d} {clock}"


def _day(c: Ctx, back: int = 400) -> str:
    return (c.ref - timedelta(days=c.rng.randint(0, back))).isoformat()


def _amount_text(c: Ctx) -> str:
    return f"{c.rng.uniform(1000, 250000):,.2f}"


_PRODUCTS = (
    "儿童加厚羽绒服 130cm", "无线降噪蓝牙耳机", "304不锈钢保温杯500ml", "纯棉四件套 1.8m床",
    "维生素C泡腾片 20片", "猫粮成猫5kg", "空气炸锅4.5L", "男士休闲运动鞋 42码", "洗衣凝珠52颗",
)  # fmt: skip
_STORES = ("万达广场店", "人民路旗舰店", "高新区店", "滨江天街店", "火车东站店", "大学城店")
_SHOP_CO = ("旗舰店", "官方旗舰店", "专营店", "自营店")


def _store_addr(c: Ctx) -> str:
    street = f"{c.fake.street_name()}{c.rng.randint(1, 300)}号"
    return f"{c.fake.city()}{c.fake.district()}区{street}{c.rng.choice(_STORES)}"


def _sku(c: Ctx) -> str:
    return c.rng.choice(("SKU", "SP", "HZ", "")) + _digits(c, c.rng.choice((8, 10, 12)))


BIZ: dict[str, Maker] = {
    "order_no": lambda c: c.rng.choice("123") + _digits(c, 18),
    "order_jd": lambda c: "2" + _digits(c, 11),
    "order_pdd": lambda c: f"{c.ref:%y%m%d}-" + _digits(c, 15),
    "order_dy": lambda c: "69" + _digits(c, 17),
    "order_phone": lambda c: "1" + c.rng.choice("3578") + _digits(c, 9),
    "order_phone_int": lambda c: int("1" + c.rng.choice("3578") + _digits(c, 9)),
    "order_tab": lambda c: "\t" + c.rng.choice("123") + _digits(c, 18),
    "stripe_ch": lambda c: (
        "ch_3"
        + "".join(
            c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
            for _ in range(23)
        )
    ),
    "stripe_cus": lambda c: (
        "cus_"
        + "".join(
            c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
            for _ in range(14)
        )
    ),
    "waybill": lambda c: c.rng.choice(("SF", "YT", "JT", "ZTO", "YD")) + _digits(c, 13),
    "waybill_num": lambda c: "7" + _digits(c, 14),
    "sku": _sku,
    "product": lambda c: c.rng.choice(_PRODUCTS),
    "ts": lambda c: _when(c),
    "ts_iso": lambda c: _when(c).replace(" ", "T") + "+08:00",
    "unix_ms": lambda c: int(1_765_000_000_000 + c.rng.randint(0, 10**9) * 3),
    "date": lambda c: _day(c),
    "date_xl": lambda c: (date.fromisoformat(_day(c)) - date(1899, 12, 30)).days,
    "date_cn": lambda c: "{}年{}月{}日".format(*map(int, _day(c).split("-"))),
    "amount": lambda c: round(c.rng.uniform(9.9, 3999), 2),
    "amount_text": _amount_text,
    "money_big": lambda c: round(c.rng.uniform(20000, 800000), 2),
    "store": lambda c: c.rng.choice(_STORES),
    "shop": lambda c: c.fake.company_prefix() + c.rng.choice(_SHOP_CO),
    "store_addr": _store_addr,
    "hotline": lambda c: c.rng.choice(("400-", "800-")) + _digits(c, 3) + "-" + _digits(c, 4),
    "switchboard": lambda c: c.rng.choice(("021-", "010-", "0755-")) + "6" + _digits(c, 7),
    "company": lambda c: c.fake.company(),
    "uscc": lambda c: idgen.uscc(c.rng),
    "member_no": lambda c: c.rng.choice(("VIP", "M", "")) + _digits(c, 8),
    "user_id": lambda c: int(_digits(c, 1).replace("0", "7") + _digits(c, 8)),
    "emp_no": lambda c: c.rng.choice(("E", "HR", "")) + _digits(c, 5),
    "uuid": lambda c: "-".join(_digits(c, n) for n in (8, 4, 4, 4, 12)),
    "city": lambda c: c.fake.city(),
    "province": lambda c: c.fake.province(),
    "district": lambda c: c.fake.district() + "区",
    "zip": lambda c: c.fake.postcode(),
    "dept": lambda c: c.rng.choice(
        ("销售一部", "财务部", "研发中心", "人力资源部", "客服部", "仓储物流部", "市场部")
    ),
    "remark": lambda c: c.rng.choice(
        ("", "已电话确认", "客户要求周末送货", "老客户", "需开发票", "加急", "已核实")
    ),
    "app_version": lambda c: f"{c.rng.randint(5, 9)}.{c.rng.randint(0, 30)}.{c.rng.randint(0, 9)}",
    "os": lambda c: c.rng.choice(
        ("Android 14", "iOS 17.5.1", "HarmonyOS 4.2", "Android 13", "iOS 18.1")
    ),
    "model": lambda c: c.rng.choice(
        ("iPhone15,2", "Mi 13", "HUAWEI Mate 60", "vivo X100", "OPPO Reno11", "HONOR 90")
    ),
    "qty": lambda c: c.rng.randint(1, 5),
    "blank": lambda c: "",
    "lat_store": lambda c: round(c.rng.uniform(22.5, 40.0), 6),
    "lng_store": lambda c: round(c.rng.uniform(104.0, 121.6), 6),
    "corp_account": lambda c: _digits(c, c.rng.choice((15, 17, 19, 20))),
    "vin_demo": lambda c: idgen.vin(c.rng),
}


def biz_maker(gen: str) -> Maker:
    """A business generator by name or pattern (see the module docstring)."""
    if gen == "seq":
        return lambda c: c.i + 1
    kind, _, arg = gen.partition(":")
    if kind == "int":
        lo, hi = (int(x) for x in arg.split(":"))
        return lambda c: c.rng.randint(lo, hi)
    if kind == "num":
        flo, fhi = (float(x) for x in arg.split(":"))
        return lambda c: round(c.rng.uniform(flo, fhi), 2)
    if kind == "pick":
        options = tuple(arg.split("|"))
        return lambda c: c.rng.choice(options)
    return BIZ[gen]
