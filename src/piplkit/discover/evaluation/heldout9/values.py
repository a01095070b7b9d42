"""Set 9's column makers by name. A table names each column's maker as a string: a fixed name
(``rid``, ``mobile_masked``, ``contacts`` ...) or a pattern with arguments (``pick:a|b|c``,
``int:1:9``, ``num:0:99:2``, ``code:PFX:8``, ``date:2025:2026``, ``lit:x``). Makers ending in
``_q`` draw for the row's second person ``q`` (the manifest's youngest birth follows them)."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen
from piplkit.discover.evaluation.heldout9 import values_pi as v
from piplkit.discover.evaluation.heldout9 import values_text as t
from piplkit.discover.evaluation.heldout9.person import Ctx

Maker = Callable[[Ctx], Any]
_B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def _birth_iso(c: Ctx, q: bool = False) -> str:
    return (c.q if q else c.p).birth.isoformat()


NAMED: dict[str, Maker] = {
    "seq": lambda c: c.i + 1,
    "name": lambda c: c.p.name,
    "name_q": lambda c: c.q.name,
    "name_masked": lambda c: v.masked_name(c.p),
    "name_pinyin": lambda c: v.pinyin_name(c, c.p),
    "name_mr": lambda c: v.mr_name(c.p),
    "name_other": lambda c: c.fake.name(),
    "rid": lambda c: c.p.rid,
    "rid_q": lambda c: c.q.rid,
    "rid_masked": lambda c: v.rid_masked(c.p),
    "rid_messy": lambda c: v.rid_messy(c, c.p.rid),
    "rid_old": lambda c: v.rid_old(c, c.p),
    "rid_int": lambda c: v.rid_int(c.p),
    "dl": lambda c: c.p.rid,
    "birth": lambda c: _birth_iso(c),
    "birth_q": lambda c: _birth_iso(c, True),
    "birth_mixed": lambda c: v.birth_mixed(c, c.p),
    "birth_compact": lambda c: f"{c.p.birth:%Y%m%d}",
    "birth_cn": lambda c: f"{c.p.birth.year}年{c.p.birth.month}月{c.p.birth.day}日",
    "age": lambda c: (c.ref - c.p.birth).days // 365,
    "gender": lambda c: "男" if c.p.male else "女",
    "gender_q": lambda c: "男" if c.q.male else "女",
    "gender_code": lambda c: "1" if c.p.male else "2",
    "gender_en": lambda c: "M" if c.p.male else "F",
    "mobile": lambda c: c.p.mobile,
    "mobile_q": lambda c: c.q.mobile,
    "mobile_masked": lambda c: c.p.mobile[:3] + "****" + c.p.mobile[-4:],
    "mobile_messy": lambda c: v.mobile_messy(c, c.p.mobile),
    "mobile_int": lambda c: int(c.p.mobile),
    "mobile_int_q": lambda c: int(c.q.mobile),
    "phone_mixed": v.phone_mixed,
    "landline": v.landline,
    "email": lambda c: v.email(c),
    "email_qq": lambda c: v.email(c, True),
    "passport": v.passport,
    "hk_macau": v.hk_macau,
    "tw_permit": v.tw_permit,
    "fprid": v.fprid,
    "military_id": v.military_id,
    "ssc": v.ssc,
    "face": v.face,
    "biometric": v.biometric,
    "genotype": v.genotype,
    "password": v.password,
    "plate": v.plate,
    "vin": lambda c: idgen.vin(c.rng),
    "imei": lambda c: idgen.imei(c.rng),
    "imsi": v.imsi,
    "mac": v.mac,
    "device_id": v.device_id,
    "ipv4": v.ipv4,
    "ipv6": v.ipv6,
    "geo": lambda c: "{},{}".format(*v.geo(c)),
    "lat": lambda c: v.geo(c)[0],
    "lng": lambda c: v.geo(c)[1],
    "trajectory": v.trajectory,
    "real_estate": v.real_estate,
    "bank_card": lambda c: idgen.bank_card(c.rng),
    "bank_card_masked": lambda c: (lambda b: b[:4] + " **** **** " + b[-4:])(
        idgen.bank_card(c.rng)
    ),
    "uscc": lambda c: idgen.uscc(c.rng),
    "address": lambda c: c.fake.address().split(" ")[0],
    "address_short": lambda c: c.fake.street_address(),
    "employer": lambda c: c.fake.company(),
    "company": lambda c: c.fake.company(),
    "job": lambda c: c.fake.job(),
    "user_name": lambda c: c.fake.user_name() + str(c.rng.randint(0, 99)),
    "wechat": lambda c: (
        "wxid_" + hashlib.md5(c.p.rid.encode()).hexdigest()[:14]
        if c.rng.random() < 0.6
        else c.fake.user_name() + "_" + str(c.i)
    ),
    "qq": lambda c: str(c.rng.randint(10**5, 4 * 10**9)),
    "md5": lambda c: hashlib.md5(f"{c.i}{c.rng.random()}".encode()).hexdigest(),
    "uuid": lambda c: str(uuid.UUID(int=c.rng.getrandbits(128), version=4)),
    "ip_server": lambda c: (
        f"10.{c.rng.randrange(256)}.{c.rng.randrange(256)}.{c.rng.randrange(1, 255)}"
    ),
    "ean13": lambda c: _ean13(c),
    "store_phone": lambda c: "400-" + v._digits(c, 3) + "-" + v._digits(c, 4),
    "when": v.when,
    "dt": lambda c: (
        datetime.combine(c.ref, time()) - timedelta(minutes=c.rng.randint(1, 400_000))
    ).strftime("%Y-%m-%d %H:%M:%S"),
    "openid": lambda c: "o" + "".join(c.rng.choice(_B64URL) for _ in range(27)),
    "new_mobile": v.new_mobile,
}
NAMED.update(t.TEXT)


def _ean13(c: Ctx) -> str:
    body = "69" + v._digits(c, 10)
    s = sum(int(d) * (3 if k % 2 else 1) for k, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def _dated(lo: int, hi: int) -> Maker:
    def make(c: Ctx) -> str:
        start = date(lo, 1, 1)
        end = date(hi, 12, 31)
        span = ((min(end, c.ref) if start < c.ref else end) - start).days
        return (start + timedelta(days=c.rng.randint(0, span))).isoformat()

    return make


def resolve(gen: str) -> Maker:
    """The maker a column names."""
    if gen in NAMED:
        return NAMED[gen]
    kind, _, arg = gen.partition(":")
    if kind == "pick":
        choices = arg.split("|")
        return lambda c: c.rng.choice(choices)
    if kind == "int":
        lo, hi = (int(x) for x in arg.split(":"))
        return lambda c: c.rng.randint(lo, hi)
    if kind == "num":
        a, b, d = arg.split(":")
        if d == "0":
            return lambda c: round(c.rng.uniform(float(a), float(b)))
        return lambda c: round(c.rng.uniform(float(a), float(b)), int(d))
    if kind == "code":
        prefix, n = arg.rsplit(":", 1)
        return lambda c: prefix + v._digits(c, int(n))
    if kind == "date":
        lo, hi = (int(x) for x in arg.split(":"))
        return _dated(lo, hi)
    if kind == "lit":
        return lambda c: arg
    raise KeyError(f"unknown maker {gen!r}")
