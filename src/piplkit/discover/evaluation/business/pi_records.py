"""Locations, tracks and record-like PI: health, credit, transactions, calls, contacts, web.

A row's point sits near a real city centre (coordinates as GCJ-02 maps give them, 6 decimals);
a track moves on from it at city speeds. Record cells are written the way systems write them:
one line per entry, JSON arrays from app back ends, ``;``-joined lists from older systems.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

from piplkit.discover.evaluation.business import vocab_records as vr
from piplkit.discover.evaluation.business.context import Ctx
from piplkit.discover.evaluation.business.randutil import digits
from piplkit.discover.evaluation.identifiers import mobile_digits

#: (city, latitude, longitude) of city centres.
CITIES: tuple[tuple[str, float, float], ...] = (
    ("北京", 39.9042, 116.4074), ("上海", 31.2304, 121.4737), ("广州", 23.1291, 113.2644),
    ("深圳", 22.5431, 114.0579), ("杭州", 30.2741, 120.1551), ("成都", 30.5728, 104.0668),
    ("武汉", 30.5928, 114.3055), ("南京", 32.0603, 118.7969), ("西安", 34.3416, 108.9398),
    ("重庆", 29.5630, 106.5516), ("长沙", 28.2282, 112.9388), ("郑州", 34.7466, 113.6254),
    ("沈阳", 41.8057, 123.4315), ("昆明", 25.0389, 102.7183), ("乌鲁木齐", 43.8256, 87.6168),
    ("哈尔滨", 45.8038, 126.5349), ("厦门", 24.4798, 118.0894), ("拉萨", 29.6520, 91.1721),
)  # fmt: skip
_PLACES = (
    "火车站", "地铁站", "人民医院", "万达广场", "中心公园", "大学城", "机场T2航站楼", "科技园",
    "体育中心", "市政府", "汽车客运站", "步行街", "会展中心", "第一中学",
)  # fmt: skip


def point(ctx: Ctx) -> tuple[float, float]:
    """The row's (lat, lng), shared by every location column of the row."""

    def make() -> tuple[float, float]:
        _city, lat, lng = ctx.rng.choice(CITIES)
        return round(lat + ctx.rng.uniform(-0.12, 0.12), 6), round(
            lng + ctx.rng.uniform(-0.15, 0.15), 6
        )

    return ctx.shared("point", make)


def coordinates(ctx: Ctx, style: str) -> str | float:
    """A point of the row; a second lat/lng-pair column (a drop-off after a pick-up) gets its own
    point a few kilometres away, while 经度/纬度 columns share the row's first point."""
    lat, lng = point(ctx)
    if style not in ("lat", "lng"):
        used = ctx.row.get("pairs", 0)
        ctx.row["pairs"] = used + 1
        if used:
            lat = round(lat + ctx.rng.uniform(-0.05, 0.05), 6)
            lng = round(lng + ctx.rng.uniform(-0.06, 0.06), 6)
    if style == "lat":
        return lat
    if style == "lng":
        return lng
    if style == "lat_lng":
        return f"{lat},{lng}"
    if style == "lng_lat":
        return f"{lng},{lat}"
    if style == "wkt":
        return f"POINT({lng} {lat})"
    return json.dumps({"lng": lng, "lat": lat})


def _when(ctx: Ctx, days: int = 180) -> datetime:
    start = datetime(ctx.reference.year, ctx.reference.month, ctx.reference.day) - timedelta(
        days=days
    )
    return start + timedelta(seconds=ctx.rng.randrange(days * 86400))


def trajectory(ctx: Ctx, style: str) -> str:
    rng = ctx.rng
    lat, lng = point(ctx)
    t = _when(ctx)
    steps = rng.randint(3, 8)
    pts = []
    for _ in range(steps):
        pts.append((round(lat, 6), round(lng, 6), t))
        lat += rng.uniform(-0.01, 0.01)
        lng += rng.uniform(-0.012, 0.012)
        t += timedelta(seconds=rng.randint(30, 600))
    if style == "polyline":  # AMap style "lng,lat;lng,lat"
        return ";".join(f"{p[1]},{p[0]}" for p in pts)
    if style == "places":
        city = rng.choice(CITIES)[0]
        chosen = rng.sample(_PLACES, min(steps, 4))
        return " → ".join(
            f"{(t - timedelta(minutes=25 * (len(chosen) - i))):%H:%M} {city}{p}"
            for i, p in enumerate(chosen)
        )
    return json.dumps(
        [{"lng": p[1], "lat": p[0], "ts": p[2].strftime("%Y-%m-%d %H:%M:%S")} for p in pts],
        ensure_ascii=False,
    )


def _fill(rng: random.Random, template: str) -> str:
    """Fill a phrase's number slots with plausible figures (unused slots are ignored)."""
    return template.format(
        n=rng.randint(1, 12),
        d=rng.choice((30, 60, 90, 120)),
        a=rng.randint(200, 60000),
        m=rng.randint(1, 6),
        p=rng.randint(5, 98),
        y=rng.randint(1, 5),
        g=round(rng.uniform(4.2, 13.5), 1),
        h=round(rng.uniform(4.8, 11.2), 1),
        c=round(rng.uniform(3.1, 7.8), 2),
        w=round(rng.uniform(3.2, 14.0), 1),
        k=rng.randint(45, 320),
        b=rng.randint(85, 170),
        t=digits(rng, 4),
    )


def health(ctx: Ctx, style: str) -> str:
    rng = ctx.rng
    child = ctx.person.age_on(ctx.reference) < 14
    if style == "diagnosis":
        pool = vr.DIAGNOSES[-4:] if child and rng.random() < 0.6 else vr.DIAGNOSES
        return rng.choice(pool)[0]
    if style == "std":
        return rng.choice(vr.STD_DIAGNOSES)
    if style == "diagnosis_icd":
        name, code = rng.choice(vr.DIAGNOSES)
        return f"{code} {name}" if rng.random() < 0.5 else f"{name}({code})"
    if style == "icd":
        return rng.choice(vr.DIAGNOSES)[1]
    if style == "history":
        return "，".join(_fill(rng, h) for h in rng.sample(vr.HISTORY_PHRASES, rng.randint(1, 2)))
    if style == "family":
        return rng.choice(vr.FAMILY_HISTORY)
    if style == "allergy":
        return rng.choice(vr.ALLERGIES)
    if style == "drugs":
        return "；".join(rng.sample(vr.DRUGS, rng.randint(1, 3)))
    if style == "complaint":
        return _fill(rng, rng.choice(vr.CHIEF_COMPLAINTS))
    if style == "lab":
        return "，".join(_fill(rng, x) for x in rng.sample(vr.LAB_RESULTS, rng.randint(1, 3)))
    if style == "vaccine":
        return f"{_when(ctx, 700):%Y-%m-%d} {rng.choice(vr.VACCINES)}"
    return rng.choice(vr.DISABILITY)


def body(ctx: Ctx, style: str) -> float | int | str:
    rng, p = ctx.rng, ctx.person
    age = p.age_on(ctx.reference)
    male = p.sex == "男"

    def height() -> float:
        if age < 18:
            return round(max(50.0, 75 + 6.2 * age + rng.gauss(0, 5)), 1)
        return round(rng.gauss(171 if male else 159, 6), 1)

    h = ctx.shared("height", height)
    w = ctx.shared("weight", lambda: round(max(3.0, (h / 100) ** 2 * rng.gauss(22.5, 3.2)), 1))
    if style == "height":
        return h
    if style == "height_int":
        return round(h)
    if style == "weight":
        return w
    if style == "bmi":
        return round(w / (h / 100) ** 2, 1)
    if style == "bp":
        sys_ = int(rng.gauss(125, 15))
        return f"{sys_}/{int(sys_ * rng.uniform(0.6, 0.7))}"
    if style == "bp_unit":
        sys_ = int(rng.gauss(125, 15))
        return f"{sys_}/{int(sys_ * rng.uniform(0.6, 0.7))}mmHg"
    if style == "heart_rate":
        return int(rng.gauss(76, 10))
    if style == "spo2":
        return rng.choice((95, 96, 97, 98, 98, 99, 99, 100))
    if style == "body_fat":
        return round(rng.gauss(20 if male else 27, 5), 1)
    if style == "waist":
        return int(rng.gauss(85 if male else 76, 8))
    return rng.choice(("5.0", "4.9", "4.8", "5.1", "4.7", "4.6", "5.2"))  # vision


def credit(ctx: Ctx, style: str) -> str | int:
    rng = ctx.rng
    if style == "phrase":
        return _fill(rng, rng.choice(vr.CREDIT_PHRASES))
    if style == "five_class":
        return rng.choices(list(vr.FIVE_CLASSES), weights=list(vr.FIVE_CLASSES.values()))[0]
    if style == "score":
        return int(min(950, max(350, rng.gauss(680, 70))))
    if style == "grade":
        return rng.choice(vr.CREDIT_GRADES)
    if style == "overdue_days":
        return rng.choice((0,) * 12 + (3, 15, 31, 62, 95, 180))
    return rng.choices(list(vr.OVERDUE_STATUS), weights=list(vr.OVERDUE_STATUS.values()))[0]


_MERCHANTS = (
    "美团外卖",
    "滴滴出行",
    "京东商城",
    "财付通-拼多多",
    "支付宝-淘宝",
    "中国石化加油站",
    "盒马鲜生",
    "国家电网",
    "中国移动话费",
    "星巴克",
)


def transaction(ctx: Ctx, style: str) -> str:
    rng = ctx.rng

    def one() -> tuple[str, str, float]:
        kind = rng.choice(("消费", "消费", "消费", "转账", "代发工资", "还款"))
        party = rng.choice(_MERCHANTS) if kind == "消费" else ctx.fake.name()
        amount = round(rng.uniform(5, 3000) if kind != "代发工资" else rng.uniform(4000, 30000), 2)
        return kind, party, -amount if kind in ("消费", "转账", "还款") else amount

    if style == "json":
        items = []
        for _ in range(rng.randint(2, 4)):
            kind, party, amount = one()
            items.append(
                {
                    "time": f"{_when(ctx):%Y-%m-%d %H:%M:%S}",
                    "type": kind,
                    "party": party,
                    "amount": amount,
                }
            )
        return json.dumps(items, ensure_ascii=False)
    kind, party, amount = one()
    return f"{_when(ctx):%Y-%m-%d %H:%M} {kind} {party} {amount:+.2f}"


def communication(ctx: Ctx, style: str) -> str:
    rng = ctx.rng
    if style == "sms":
        return rng.choice(vr.SMS_TEMPLATES).format(
            b=rng.choice(("招商银行", "京东", "12306", "中国移动")),
            c=digits(rng, 6),
            t=digits(rng, 4),
            a=rng.randint(10, 5000),
            d=rng.randint(1, 28),
        )
    if style == "call_json":
        calls = [
            {"time": f"{_when(ctx, 30):%Y-%m-%d %H:%M:%S}", "type": rng.choice(vr.CALL_DIRECTIONS),
             "peer": mobile_digits(rng), "duration": rng.randint(0, 1800)}
            for _ in range(rng.randint(2, 4))
        ]  # fmt: skip
        return json.dumps(calls, ensure_ascii=False)
    secs = rng.randint(3, 2400)
    return (
        f"{_when(ctx, 30):%Y-%m-%d %H:%M:%S} {rng.choice(vr.CALL_DIRECTIONS)} "
        f"{mobile_digits(rng)} 时长{secs // 3600:02d}:{secs // 60 % 60:02d}:{secs % 60:02d}"
    )


def contacts(ctx: Ctx, style: str) -> str:
    rng = ctx.rng
    people = [(ctx.fake.name(), mobile_digits(rng)) for _ in range(rng.randint(2, 5))]
    if style == "json":
        return json.dumps([{"name": n, "phone": m} for n, m in people], ensure_ascii=False)
    if style == "relations":
        return ";".join(f"{rng.choice(vr.RELATIONS)}:{n}:{m}" for n, m in people[:3])
    return ";".join(f"{n}:{m}" for n, m in people)


_SLUG = "abcdefghjkmnpqrstuvwxyzABCDEFGH"


def browsing(ctx: Ctx, style: str) -> str:
    rng = ctx.rng

    def url() -> str:
        return rng.choice(vr.WEB_PAGES).format(
            q=rng.choice(vr.SEARCH_TERMS), n=rng.randint(10_000_000, 999_999_999),
            h=digits(rng, 2) + "".join(rng.choice(_SLUG) for _ in range(8)),
        )  # fmt: skip

    if style == "url":
        return url()
    if style == "search":
        return rng.choice(vr.SEARCH_TERMS)
    return json.dumps(
        [
            {"url": url(), "ts": f"{_when(ctx, 14):%Y-%m-%d %H:%M:%S}"}
            for _ in range(rng.randint(2, 4))
        ],
        ensure_ascii=False,
    )


def criminal(ctx: Ctx, style: str) -> str:
    rng = ctx.rng
    if style == "flag":
        return rng.choices(("无", "有"), weights=(0.9, 0.1))[0]
    if style == "charge":
        return rng.choice(vr.CHARGES)
    if style == "penalty":
        return _fill(rng, rng.choice(vr.ADMIN_PENALTIES))
    year = rng.randint(2005, ctx.reference.year - 1)
    sentence = _fill(rng, rng.choice(vr.SENTENCES))
    return f"{year}年因{rng.choice(vr.CHARGES)}被{rng.choice(('', '某区人民法院'))}{sentence}"
