"""Set 21's makers named by a pattern (``num:10:99``, ``pick:a|b``, ``vocab:trade``,
``cycle:lk_doc:0``, ``date:0:365``, ``code:PQ:6``) and the composite cells its systems write
(a timed track, a list of hotel stays, a cell of recent purchases, a donor's message). A
generator name ending in ``?NN`` fills only NN % of the rows (a document most rows lack)."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen
from piplkit.discover.evaluation.heldout21 import words
from piplkit.discover.evaluation.heldout21.person import Ctx
from piplkit.discover.evaluation.heldout21.values_pi import days_ago, digits
from piplkit.discover.evaluation.heldout21.vocab import VOCAB
from piplkit.discover.evaluation.heldout21.vocab_b import VOCAB_B

Maker = Callable[[Ctx], Any]
WORDS = {**VOCAB, **VOCAB_B}
#: City centres the coordinates and tracks scatter around (latitude, longitude).


def _coords(ctx: Ctx) -> tuple[float, float]:
    lat, lng = ctx.rng.choice(words.CENTRES)
    return round(lat + ctx.rng.uniform(-0.12, 0.12), 6), round(
        lng + ctx.rng.uniform(-0.12, 0.12), 6
    )


def coords(ctx: Ctx) -> str:
    lat, lng = _coords(ctx)
    return f"{lat},{lng}"


def coords_lnglat(ctx: Ctx) -> str:
    lat, lng = _coords(ctx)
    return f"{lng},{lat}"


def track_json(ctx: Ctx) -> str:
    lat, lng = _coords(ctx)
    start = datetime.combine(days_ago(ctx, 0, 20), datetime.min.time()) + timedelta(
        hours=ctx.rng.randint(6, 20)
    )
    points = []
    for k in range(ctx.rng.randint(4, 6)):
        lat, lng = (
            round(lat + ctx.rng.uniform(-0.004, 0.004), 6),
            round(lng + ctx.rng.uniform(-0.004, 0.004), 6),
        )
        points.append(
            {"t": (start + timedelta(minutes=3 * k)).strftime("%H:%M:%S"), "lat": lat, "lng": lng}
        )
    return json.dumps(points)


def track_places(ctx: Ctx) -> str:
    hour = ctx.rng.randint(7, 18)
    stops = ctx.rng.sample(words.PLACES, ctx.rng.randint(3, 5))
    return "→".join(f"{hour + k}:{ctx.rng.randint(0, 59):02d} {s}" for k, s in enumerate(stops))


def polyline(ctx: Ctx) -> str:
    """A track as a watch app exports it: ``lng,lat;lng,lat;...`` (AMap order)."""
    lat, lng = _coords(ctx)
    out = []
    for _ in range(ctx.rng.randint(5, 8)):
        lat, lng = lat + ctx.rng.uniform(-0.002, 0.002), lng + ctx.rng.uniform(-0.002, 0.002)
        out.append(f"{lng:.6f},{lat:.6f}")
    return ";".join(out)


def hotels(ctx: Ctx) -> str:
    day = ctx.ref + timedelta(days=ctx.rng.randint(20, 90))
    stays = []
    for _ in range(ctx.rng.randint(1, 3)):
        nights = ctx.rng.randint(2, 4)
        stays.append(
            f"{day:%m-%d}至{day + timedelta(days=nights):%m-%d} {ctx.rng.choice(words.HOTELS)}"
        )
        day += timedelta(days=nights)
    return "；".join(stays)


def itinerary(ctx: Ctx) -> str:
    day = ctx.ref + timedelta(days=ctx.rng.randint(20, 90))
    cities = ["北京", *ctx.rng.sample(words.CITIES[1:], ctx.rng.randint(2, 3)), "北京"]
    legs = []
    for a, b in itertools.pairwise(cities):
        legs.append(f"{day:%m-%d} {a}→{b}")
        day += timedelta(days=ctx.rng.randint(2, 4))
    return "；".join(legs)


def purchases(shop: str) -> Maker:
    """A cell listing a member's recent purchases at one kind of shop."""

    def cell(ctx: Ctx) -> str:
        items = []
        for _ in range(ctx.rng.randint(1, 3)):
            items.append(
                f"{days_ago(ctx, 1, 120):%Y-%m-%d} {ctx.rng.choice(words.GOODS[shop])}"
                f" ¥{ctx.rng.randint(39, 2980)}"
            )
        return "；".join(items)

    return cell


def urls(ctx: Ctx) -> str:
    return " | ".join(ctx.rng.sample(WORDS["cafe_urls"], ctx.rng.randint(2, 4)))


def _num(low: str, high: str) -> Maker:
    lo, hi = float(low), float(high)
    return lambda c: round(c.rng.uniform(lo, hi), 2)


def _int(low: str, high: str) -> Maker:
    lo, hi = int(low), int(high)
    return lambda c: c.rng.randint(lo, hi)


def _text(low: str, high: str) -> Maker:
    lo, hi = float(low), float(high)
    return lambda c: f"{c.rng.uniform(lo, hi):,.2f}"


def _date(low: str, high: str) -> Maker:
    lo, hi = int(low), int(high)
    return lambda c: days_ago(c, min(lo, hi), max(lo, hi)).isoformat()


def _dt(low: str, high: str) -> Maker:
    lo, hi = int(low), int(high)

    def cell(c: Ctx) -> str:
        day = days_ago(c, min(lo, hi), max(lo, hi))
        return f"{day} {_clock(c, 6, 22)}"

    return cell


def _clock(c: Ctx, first: int, last: int) -> str:
    """A time of day ``hh:mm:ss`` with the hour in ``first``-``last``."""
    return f"{c.rng.randint(first, last):02d}:{c.rng.randint(0, 59):02d}:{c.rng.randint(0, 59):02d}"


def _cycle(name: str, part: str) -> Maker:
    rows = WORDS[name]
    return lambda c: rows[c.i % len(rows)].split(" ", 1)[int(part)]


_COMPOSITE: dict[str, Maker] = {
    "coords": coords, "coords_lnglat": coords_lnglat, "track_json": track_json,
    "track_places": track_places, "polyline": polyline, "hotels": hotels, "itinerary": itinerary,
    "purchases_baby": purchases("baby"), "purchases_aes": purchases("aes"), "urls": urls,
    "university": lambda c: c.rng.choice(words.UNIVERSITIES),
    "counsel_msg": lambda c: c.rng.choice(words.MSGS),
    "company": lambda c: c.fake.company(),
    "city": lambda c: c.fake.city_name() + "市",
    "school": lambda c: c.fake.city_name() + c.rng.choice(words.SCHOOLS),
    "uuid": lambda c: c.fake.uuid4(),
    "lan_ip": lambda c: f"192.168.{c.rng.randint(0, 3)}.{c.rng.randint(2, 250)}",
    "lan_mac": lambda c: "00:E0:4C:" + ":".join(f"{c.rng.getrandbits(8):02X}" for _ in range(3)),
    "pace": lambda c: f"{c.rng.randint(4, 7)}'{c.rng.randint(0, 59):02d}\"",
    "duration": lambda c: f"{c.rng.randint(0, 3)}:{_clock(c, 0, 0)[3:]}",
    "zhima": lambda c: f"芝麻分{c.rng.randint(600, 850)}",
    "chip": lambda c: "900" + digits(c, 12),
    "seq": lambda c: c.i + 1,
    "seat": lambda c: f"{c.rng.randint(1, 3)}层{c.rng.choice('ABCDEFGH')}区"
    f"{c.rng.randint(1, 30)}排{c.rng.randint(1, 40)}座",
    "deposit": lambda c: f"{c.rng.choice((5, 8, 10, 20, 30, 50, 100))}万元",
    "uscc": lambda c: idgen.uscc(c.rng),
    "biz_addr": lambda c: f"{c.fake.city_name()}市{c.fake.district()}区"
    f"{c.fake.street_name()}{c.rng.randint(1, 999)}号",
    "blank": lambda c: "",
}  # fmt: skip


def biz_maker(gen: str) -> Maker:
    """The maker a non-personal generator name stands for."""
    if gen in _COMPOSITE:
        return _COMPOSITE[gen]
    kind, _, rest = gen.partition(":")
    args = rest.split(":")
    if kind == "num":
        return _num(*args)
    if kind == "int":
        return _int(*args)
    if kind == "text":
        return _text(*args)
    if kind == "date":
        return _date(*args)
    if kind == "dt":
        return _dt(*args)
    if kind == "pick":
        options = rest.split("|")
        return lambda c: c.rng.choice(options)
    if kind == "vocab":
        words = WORDS[rest]
        return lambda c: c.rng.choice(words)
    if kind == "cycle":
        return _cycle(*args)
    if kind == "code":
        prefix, n = args[0], int(args[1])
        return lambda c: prefix + digits(c, n)
    if kind == "seqcode":
        prefix, start = args[0], int(args[1])
        return lambda c: f"{prefix}{start + c.i}"
    if kind == "hex":
        n = int(args[0])
        return lambda c: "".join(c.rng.choice("0123456789ABCDEF") for _ in range(n))
    if kind == "const":
        return lambda c: rest
    raise KeyError(f"set 21 has no maker {gen!r}")
