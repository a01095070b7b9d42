"""Values of ordinary business columns (gold ``None``), several shaped like PI on purpose.

Order numbers of 18–19 digits, record hashes of 32 hex digits (an MD5 password looks the same),
decimal amounts beside balances, recent dates beside birth dates, product URLs beside browsing
histories: a classifier has to tell them apart by header and context, as on real exports.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta

from piplkit.discover.evaluation.business import vocab_business as vb
from piplkit.discover.evaluation.business.context import CellValue, Ctx
from piplkit.discover.evaluation.business.randutil import digits


def running_id(ctx: Ctx, start: int = 1) -> int:
    ctx.column["next"] = ctx.column.get("next", start + ctx.rng.randint(0, 50_000)) + 1
    return ctx.column["next"]


def recent_datetime(ctx: Ctx, days: int = 720) -> datetime:
    ref = datetime(ctx.reference.year, ctx.reference.month, ctx.reference.day)
    return ref - timedelta(seconds=ctx.rng.randrange(days * 86400))


def recent_date(ctx: Ctx, days: int = 720) -> date:
    return ctx.reference - timedelta(days=ctx.rng.randrange(days))


def weighted(ctx: Ctx, options: dict[str, float]) -> str:
    return ctx.rng.choices(list(options), weights=list(options.values()))[0]


def record_key(ctx: Ctx, style: str) -> CellValue:
    """Record identifiers: running numbers, business-prefixed numbers, hex hashes."""
    rng = ctx.rng
    if style == "int":
        return running_id(ctx)
    if style == "order19":  # e-commerce order numbers: 18–19 digits, time-ordered
        return recent_datetime(ctx).strftime("%y%m%d%H%M%S") + digits(rng, rng.choice((6, 7)))
    if style == "prefixed":
        head = ctx.column.setdefault(
            "prefix", rng.choice(("DD", "SO", "PO", "MZ", "ZY", "CL", "HT", "WO"))
        )
        return f"{head}{recent_datetime(ctx):%Y%m%d}{digits(rng, 6)}"
    if style == "md5":
        return hashlib.md5(rng.randbytes(16), usedforsecurity=False).hexdigest()
    if style == "sha1":
        return hashlib.sha1(rng.randbytes(16), usedforsecurity=False).hexdigest()
    if style == "snowflake":
        return str(rng.randint(1_400_000_000_000_000_000, 1_900_000_000_000_000_000))
    if style == "sku":
        colour = rng.choice(("BLK", "WHT", "RED", "BLU"))
        return f"SKU-{rng.randint(10000, 99999)}-{colour}-{rng.randint(35, 46)}"
    if style == "jd_sku":
        return str(rng.randint(100_000_000_000, 100_099_999_999))
    if style == "tracking":
        return rng.choice(("SF", "YT", "JT", "ZTO")) + digits(rng, 13)
    if style == "invoice":
        return digits(rng, 20)
    if style == "contract":
        return f"HT-{ctx.reference.year}-{rng.randint(1, 9999):04d}"
    if style == "policy":
        return f"P{rng.randint(1, 9)}{digits(rng, 17)}"
    if style == "case":
        return f"({ctx.reference.year - rng.randint(0, 3)})京0105刑初{rng.randint(100, 9999)}号"
    return digits(rng, 10)


def money(ctx: Ctx, style: str) -> CellValue:
    rng = ctx.rng
    if style == "price":
        return round(
            rng.choice((9.9, 19.9, 29.0, 59.0, 99.0, 129.0, 199.0, 299.0, 1299.0, 4999.0, 6999.0))
            * rng.choice((1, 1, 0.9, 0.8)),
            2,
        )
    if style == "amount":
        return round(rng.lognormvariate(5, 1.2), 2)
    if style == "big":
        return round(
            rng.choice((50_000, 100_000, 200_000, 300_000, 500_000, 1_000_000))
            * rng.uniform(0.5, 1.5),
            -2,
        )
    if style == "rate":
        return round(rng.uniform(2.8, 18.0), 2)
    if style == "fee":
        return round(rng.uniform(0, 30), 2)
    if style == "salary":
        return round(max(2300.0, rng.gauss(9500, 5000)), 2)
    if style == "deduction":
        return round(rng.uniform(50, 3000), 2)
    if style == "room":
        return float(rng.choice((168, 199, 238, 268, 299, 358, 428, 588, 888)))
    if style == "yuan_text":
        return f"¥{rng.lognormvariate(5, 1.1):,.2f}"
    return int(rng.lognormvariate(4, 1))


def quantity(ctx: Ctx, style: str) -> CellValue:
    rng = ctx.rng
    if style == "qty":
        return rng.choices((1, 2, 3, 4, 5, 10, 12, 24), weights=(50, 20, 8, 5, 5, 3, 2, 2))[0]
    if style == "rating":
        return rng.choices((5, 4, 3, 2, 1), weights=(60, 20, 10, 5, 5))[0]
    if style == "seconds":
        return rng.randint(0, 3600)
    if style == "minutes":
        return rng.randint(1, 180)
    if style == "km":
        return round(rng.uniform(0.8, 45), 1)
    if style == "percent":
        return f"{rng.uniform(0, 100):.1f}%"
    if style == "count":
        return rng.randint(0, 500)
    if style == "term":
        return rng.choice((6, 12, 24, 36, 60, 120, 240, 360))
    if style == "floor":
        return rng.randint(1, 33)
    if style == "kg":
        return round(rng.uniform(0.1, 30), 2)
    if style == "m2":
        return round(rng.uniform(45, 220), 2)
    return rng.randint(1, 100)


def when(ctx: Ctx, style: str) -> CellValue:
    if style == "datetime_text":
        return recent_datetime(ctx).strftime("%Y-%m-%d %H:%M:%S")
    if style == "datetime":
        return recent_datetime(ctx)
    if style == "date_text":
        return recent_date(ctx).isoformat()
    if style == "date":
        return recent_date(ctx)
    if style == "epoch_ms":
        return int(recent_datetime(ctx).timestamp() * 1000)
    if style == "hire_date":  # employment dates span careers, not just two years
        return recent_date(ctx, 365 * 20).isoformat()
    if style == "future_date":
        return (ctx.reference + timedelta(days=ctx.rng.randint(1, 900))).isoformat()
    if style == "compact":
        return recent_datetime(ctx).strftime("%Y%m%d%H%M%S")
    if style == "time":
        return f"{ctx.rng.randint(0, 23):02d}:{ctx.rng.randint(0, 59):02d}"
    return recent_date(ctx).strftime("%Y/%m/%d")


def pick(ctx: Ctx, options: tuple[str, ...] | dict[str, float]) -> str:
    if isinstance(options, dict):
        return weighted(ctx, options)
    return ctx.rng.choice(options)


def text(ctx: Ctx, style: str) -> CellValue:
    """Free-standing business words: stores, companies, URLs, versions, postcodes."""
    rng, fake = ctx.rng, ctx.fake
    if style == "store":
        return rng.choice(vb.STORE_CITIES) + rng.choice(vb.STORE_SUFFIXES)
    if style == "hotel":
        branch = rng.choice(vb.STORE_CITIES) + rng.choice(vb.STORE_SUFFIXES)
        return f"{rng.choice(vb.HOTEL_BRANDS)}({branch})"
    if style == "door":
        door = rng.choice(("北门", "南门", "东门", "地库入口", "1号门岗", "人行通道"))
        return door + (f"{rng.randint(1, 4)}" if rng.random() < 0.3 else "")
    if style == "office":
        return rng.choice(("深圳总部", "北京研发中心", "上海分公司", "杭州办公室", "成都分部"))
    if style == "hall":
        road = rng.choice(("中山路", "人民路", "解放路"))
        return f"{rng.choice(vb.CARRIERS)}{rng.choice(vb.STORE_CITIES)}{road}营业厅"
    if style == "company":
        return fake.company()
    if style == "hospital":
        city = rng.choice(vb.STORE_CITIES)
        return city + rng.choice(
            ("市第一人民医院", "市中心医院", "市妇幼保健院", "中医院", "大学附属医院")
        )
    if style == "lender":
        return rng.choice(vb.LENDERS)
    if style == "product_url":
        return rng.choice(
            (
                "https://item.jd.com/{n}.html",
                "https://detail.tmall.com/item.htm?id={n}",
                "https://mall.example.cn/p/{n}",
            )
        ).format(n=rng.randint(10**8, 10**12))
    if style == "version":
        return rng.choice(vb.APP_VERSIONS)
    if style == "postcode":
        return rng.choice(("100", "200", "510", "518", "310", "610", "430", "210", "710")) + digits(
            rng, 3
        )
    if style == "hotline":
        return rng.choice(("400-", "800-")) + digits(rng, 3) + "-" + digits(rng, 4)
    if style == "flight":
        return rng.choice(vb.AIRLINES)[0] + str(rng.randint(1000, 9999))
    if style == "seat":
        return f"{rng.randint(1, 60)}{rng.choice('ABCDEFJK')}"
    if style == "room":
        return f"{rng.randint(2, 28)}{rng.randint(1, 40):02d}"
    if style == "parking":
        return f"{rng.choice(vb.PARKING)}-{rng.randint(1, 480):03d}"
    if style == "class":
        return rng.choice(vb.GRADES) + rng.choice(vb.CLASS_NAMES)
    if style == "student_no":
        return f"{ctx.reference.year - rng.randint(0, 5)}{digits(rng, 6)}"
    if style == "emp_no":
        return f"E{digits(rng, 6)}"
    if style == "cell_id":
        return f"460-0{rng.randint(0, 3)}-{rng.randint(10000, 65535)}-{rng.randint(1, 65535)}"
    if style == "airport":
        return rng.choice(vb.AIRPORTS)
    if style == "station":
        return rng.choice(
            ("北京南", "上海虹桥", "广州南", "深圳北", "杭州东", "成都东", "武汉", "南京南")
        )
    if style == "coupon":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    if style == "customer_no":
        return f"C{digits(rng, 9)}"
    if style == "patient_no":
        return f"{digits(rng, 10)}"
    if style == "uid":
        return str(rng.randint(10_000_000, 999_999_999))
    if style == "exam":
        term = rng.choice("一二")
        return f"{ctx.reference.year}学年第{term}学期{rng.choice(('期中', '期末', '月考'))}考试"
    if style == "pnr":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if style == "ticket":
        return f"{rng.choice(('999', '781', '784', '880'))}-{rng.randint(10**9, 10**10 - 1)}"
    if style == "event":
        return rng.choice(vb.EVENTS)
    if style == "month":
        return f"{ctx.reference.year}-{rng.randint(1, 12):02d}"
    return rng.choice(vb.REMARKS)
