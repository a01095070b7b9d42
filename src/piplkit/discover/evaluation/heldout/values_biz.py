"""Value generators for ordinary business columns: order and waybill numbers, SKUs, amounts,
timestamps in exporters' formats, statuses, hashes, product URLs — the non-PI half of the set,
many of them shaped like PI (long digit strings, UUIDs, coordinates of shops, company phones)."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout import checks
from piplkit.discover.evaluation.heldout import vocab_business as vb
from piplkit.discover.evaluation.heldout import vocab_people as vp
from piplkit.discover.evaluation.heldout.spec import Gen, Row
from piplkit.discover.evaluation.heldout.values_location import CITY_CENTRES
from piplkit.discover.evaluation.heldout.values_pi import when


def digits(n: int, lead: str = "") -> Gen:
    return lambda r: lead + "".join(r.rng.choice("0123456789") for _ in range(n - len(lead)))


def seq(prefix: str = "", width: int = 8, start: int = 1000) -> Gen:
    def gen(r: Row) -> str:
        return f"{prefix}{start + r.i:0{width}d}"

    return gen


def order_no(kind: str = "taobao") -> Gen:
    def gen(r: Row) -> Any:
        rng = r.rng
        if kind == "taobao":  # 18-19 digit numbers, the shape of an ID or a card
            return f"{rng.randrange(10**17, 4 * 10**18)}"
        if kind == "jd":
            return rng.randrange(2 * 10**11, 3 * 10**11)
        t = when(r, 365)
        return f"{kind}{t:%Y%m%d%H%M%S}{rng.randrange(0, 10**4):04d}"

    return gen


def waybill(r: Row) -> str:
    rng = r.rng
    return rng.choice(
        (
            f"SF{rng.randrange(10**12, 10**13)}",
            f"YT{rng.randrange(10**12, 10**13)}",
            f"7{rng.randrange(10**13, 10**14)}",
            f"JDV{rng.randrange(10**11, 10**12)}",
            f"JT{rng.randrange(10**12, 10**13)}",
        )
    )


def sku(r: Row) -> str:
    return f"{r.rng.choice(('SKU', 'A', 'HT', ''))}{r.rng.randrange(10**5, 10**9)}"


def ean13(r: Row) -> str:
    body = "69" + "".join(r.rng.choice("0123456789") for _ in range(10))
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def stamp(fmt: str = "iso", days: int = 720) -> Gen:
    def gen(r: Row) -> Any:
        t = when(r, days)
        return {
            "iso": lambda: f"{t:%Y-%m-%d %H:%M:%S}",
            "dt": lambda: t,
            "date": lambda: t.date(),
            "slash": lambda: f"{t.year}/{t.month}/{t.day} {t:%H:%M}",
            "compact": lambda: f"{t:%Y%m%d}",
            "compact_dt": lambda: f"{t:%Y%m%d%H%M%S}",
            "epoch_ms": lambda: int(t.timestamp() * 1000),
            "epoch_s": lambda: int(t.timestamp()),
            "zh": lambda: f"{t.year}年{t.month}月{t.day}日",
            "iso_date": lambda: t.date().isoformat(),
            "t": lambda: t.strftime("%Y-%m-%dT%H:%M:%S.000+08:00"),
            "time": lambda: f"{t:%H:%M:%S}",
            "ym": lambda: f"{t:%Y-%m}",
            "slash_date": lambda: f"{t.year}/{t.month}/{t.day}",
        }[fmt]()

    return gen


def future_date(fmt: str = "date") -> Gen:
    def gen(r: Row) -> Any:
        d = r.ref + timedelta(days=r.rng.randrange(30, 1500))
        return d if fmt == "date" else d.isoformat()

    return gen


def qty(lo: int = 1, hi: int = 10) -> Gen:
    return lambda r: r.rng.randint(lo, hi)


def decimal(lo: float, hi: float, nd: int = 2, text: bool = False) -> Gen:
    def gen(r: Row) -> Any:
        v = round(r.rng.uniform(lo, hi), nd)
        return f"{v:.{nd}f}" if text else v

    return gen


def pick(values: tuple[Any, ...], weights: tuple[int, ...] | None = None) -> Gen:
    if weights:
        return lambda r: r.rng.choices(values, weights=weights)[0]
    return lambda r: r.rng.choice(values)


def product(r: Row) -> str:
    return r.rng.choice(vb.PRODUCTS)


def company(r: Row) -> str:
    return r.fake.company()


def employer(r: Row) -> str:
    rng = r.rng
    roll = rng.random()
    if roll < 0.6:
        return r.fake.company()
    if roll < 0.8:
        return rng.choice(
            (
                "腾讯科技(深圳)有限公司",
                "阿里巴巴(中国)有限公司",
                "中国石油化工股份有限公司北京分公司",
                "国家电网有限公司",
                "华为技术有限公司",
                "北京市第六中学",
                "浙江大学医学院附属第一医院",
                "上海市浦东新区人民政府",
                "中国工商银行股份有限公司",
                "比亚迪股份有限公司",
            )
        )
    if roll < 0.92:
        return rng.choice(vp.REGIONS)[2] + rng.choice(
            ("第一人民医院", "实验小学", "税务局", "城管局", "中心医院")
        )
    return rng.choice(("个体", "自由职业", "无", "待业"))


def store(r: Row) -> str:
    city = r.rng.choice(vp.REGIONS)
    brand = r.rng.choice(("瑞幸咖啡", "名创优品", "永辉超市", "海底捞", "屈臣氏", "中国移动营业厅"))
    return f"{brand}({city[2]}{r.rng.choice(vp.ROADS)}店)"


def branch(r: Row) -> str:
    city = r.rng.choice(vp.REGIONS)
    return f"{city[2]}{r.rng.choice(vp.ROADS)}{r.rng.choice(vb.BRANCH_SUFFIX)}"


def uuid(r: Row) -> str:
    return r.fake.uuid4()


def hexdigest(kind: str = "md5") -> Gen:
    def gen(r: Row) -> str:
        data = str(r.rng.getrandbits(64)).encode()
        return hashlib.md5(data).hexdigest() if kind == "md5" else hashlib.sha256(data).hexdigest()

    return gen


def product_url(r: Row) -> str:
    rng = r.rng
    return rng.choice(
        (
            f"https://item.jd.com/{rng.randrange(10**8, 10**12)}.html",
            f"https://detail.tmall.com/item.htm?id={rng.randrange(10**11, 10**12)}",
            f"https://mobile.yangkeduo.com/goods.html?goods_id={rng.randrange(10**8, 10**11)}",
        )
    )


def image_url(r: Row) -> str:
    shop, key = r.rng.randrange(10**9, 10**10), f"{r.rng.getrandbits(64):016x}"
    return f"https://img.alicdn.com/imgextra/i{r.rng.randrange(1, 5)}/{shop}/O1CN01{key}.jpg"


def uscc(r: Row) -> str:
    return checks.uscc(r.rng.choice(vp.REGIONS)[0], r.rng)


def corp_account(r: Row) -> str:
    """A company's settlement account at a bank branch (not a card: no Luhn, odd lengths)."""
    n = r.rng.choice((12, 15, 17, 20, 21))
    return "".join(r.rng.choice("0123456789") for _ in range(n))


def service_phone(r: Row) -> str:
    rng = r.rng
    return rng.choice(
        (
            f"400-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}",
            "0"
            + rng.choice(("10", "21", "20", "755", "571"))
            + f"-{rng.randrange(6, 9)}"
            + str(rng.randrange(10**6, 10**7)),
            f"95{rng.randrange(100, 999)}",
        )
    )


def shop_coord(axis: str) -> Gen:
    def gen(r: Row) -> float:
        lat, lng = r.rng.choice(tuple(CITY_CENTRES.values()))
        v = lat + r.rng.uniform(-0.2, 0.2) if axis == "lat" else lng + r.rng.uniform(-0.2, 0.2)
        return round(v, 6)

    return gen


def server_ip(r: Row) -> str:
    return f"10.{r.rng.randrange(0, 255)}.{r.rng.randrange(0, 255)}.{r.rng.randrange(1, 254)}"


def version(r: Row) -> str:
    return f"{r.rng.randrange(1, 9)}.{r.rng.randrange(0, 30)}.{r.rng.randrange(0, 10)}"


def batch_no(r: Row) -> str:
    t = when(r, 400)
    return f"{t:%y%m%d}{r.rng.randrange(1, 99):02d}"


def approval(r: Row) -> str:
    return f"{r.rng.choice(vb.APPROVAL_PREFIX)}{r.rng.randrange(19990000, 20249999)}"


def constant(value: Any) -> Gen:
    return lambda r: value


def minutes_between(r: Row) -> datetime:
    return when(r, 60)
