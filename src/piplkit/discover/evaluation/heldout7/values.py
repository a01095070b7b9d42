"""Value makers for set 7's PI columns. Each maker takes the row's :class:`Ctx` and returns a
cell; names ending ``_q`` describe the row's second person (guardian, agent, staff), the others
its subject. Messy variants (``_masked``, ``_messy``, ``_int``) write a share of their cells the
way real exports damage them, so the column keeps the type of >= 80 % of its values."""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from faker import Faker

from piplkit.discover.evaluation.heldout7 import ids
from piplkit.discover.evaluation.heldout7.person import Person

Maker = Callable[["Ctx"], Any]
_FW = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


@dataclass
class Ctx:
    rng: random.Random
    fake: Faker
    p: Person
    q: Person
    i: int
    ref: date


def _mask_mid(s: str, keep_l: int, keep_r: int) -> str:
    return s[:keep_l] + "*" * (len(s) - keep_l - keep_r) + s[len(s) - keep_r :]


def rid_messy(c: Ctx) -> str:
    r = c.rng.random()
    rid = c.p.rid
    if r < 0.06:
        return f"{int(rid[:17]) * 10 / 1e17:.5f}E+17"  # Excel's scientific rendering
    if r < 0.10:
        return rid.translate(_FW)
    if r < 0.14:
        return "'" + rid
    return rid.lower() if rid.endswith("X") and r < 0.5 else rid


def mobile_messy(c: Ctx) -> str:
    m, r = c.p.mobile, c.rng.random()
    if r < 0.15:
        return "+86 " + m
    if r < 0.25:
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if r < 0.30:
        return "86-" + m
    if r < 0.34:
        return m.translate(_FW)
    return m


def birth_fmt(birth: date, style: str) -> str:
    return {
        "iso": birth.isoformat(),
        "slash": f"{birth.year}/{birth.month}/{birth.day}",
        "cn": f"{birth.year}年{birth.month}月{birth.day}日",
        "compact": f"{birth:%Y%m%d}",
        "dot": f"{birth:%Y.%m.%d}",
    }[style]


def birth_mixed(c: Ctx) -> str:
    return birth_fmt(c.p.birth, c.rng.choice(("iso", "iso", "slash", "cn", "compact", "dot")))


def _addr(c: Ctx) -> str:
    f, r = c.fake, c.rng
    return f"{f.province()}{f.city()}{f.district()}{f.street_name()}{r.randrange(1, 300)}号" + (
        f"{r.randrange(1, 30)}栋{r.randrange(1, 6)}单元{r.randrange(1, 33)}0{r.randrange(1, 5)}室"
        if r.random() < 0.6
        else ""
    )


def _card_masked(c: Ctx) -> str:
    n = ids.bank_card(c.rng)
    return _mask_mid(n, 6, 4) if c.rng.random() < 0.7 else n


def _geo(c: Ctx) -> str:
    lat, lng = 22.3 + c.rng.random() * 17, 103.5 + c.rng.random() * 17
    return f"{lat:.6f},{lng:.6f}"


def _track(c: Ctx) -> str:
    lat, lng, t = 30.2 + c.rng.random() * 9, 113.0 + c.rng.random() * 8, 6 * 3600
    pts = []
    for _ in range(c.rng.randrange(4, 8)):
        lat += (c.rng.random() - 0.5) / 100
        lng += (c.rng.random() - 0.5) / 100
        t += c.rng.randrange(60, 900)
        pts.append(f"{t // 3600:02d}:{t % 3600 // 60:02d} {lng:.5f},{lat:.5f}")
    return ";".join(pts)


def _password(c: Ctx) -> str:
    raw = c.fake.password(length=10).encode()
    r = c.rng.random()
    if r < 0.4:
        return hashlib.md5(raw).hexdigest()
    if r < 0.8:
        return hashlib.sha256(raw).hexdigest()
    salt = hashlib.sha1(raw).hexdigest()[:22]
    return f"$2a$10${salt}{hashlib.sha256(raw).hexdigest()[:31]}"


def _ipv4_user(c: Ctx) -> str:
    a, b = c.rng.choice(((111, 0), (117, 136), (223, 104), (116, 22), (183, 14), (221, 216)))
    return f"{a}.{b + c.rng.randrange(8)}.{c.rng.randrange(256)}.{c.rng.randrange(1, 255)}"


def _ipv6_user(c: Ctx) -> str:
    head = c.rng.choice(("240e:", "2409:8a", "2408:8"))
    hexes = [f"{c.rng.randrange(65536):x}" for _ in range(6)]
    return f"{head}{c.rng.randrange(16, 255):x}:{':'.join(hexes)}:{c.rng.randrange(65536):x}"


def _device_id(c: Ctx) -> str:
    r = c.rng.random()
    u = c.fake.uuid4()
    if r < 0.4:
        return u.upper()  # IDFA
    if r < 0.7:
        return f"{c.rng.getrandbits(64):016x}"  # Android ID
    return u  # OAID


def _biometric(c: Ctx) -> str:
    blob = bytes(c.rng.randrange(256) for _ in range(60))
    import base64

    return "Rk1SACAyMAA" + base64.b64encode(blob).decode()


def _face(c: Ctx) -> str:
    u = c.fake.uuid4().replace("-", "")
    return c.rng.choice(
        (
            f"https://img-{c.rng.randrange(1, 9)}.oss-cn-hangzhou.aliyuncs.com/face/{u[:16]}.jpg",
            f"/data/photo/{c.ref.year}/{u[:8]}.jpg",
            f"face/{u}.png",
        )
    )


def _plate(c: Ctx) -> str:
    prov = c.rng.choice("京沪粤浙苏川鄂湘豫鲁闽渝津陕")
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if c.rng.random() < 0.25:  # new-energy plate
        return f"{prov}{c.rng.choice(letters)}{c.rng.choice('DF')}{c.rng.randrange(10**5):05d}"
    tail = "".join(c.rng.choice(letters + "0123456789") for _ in range(4))
    return f"{prov}{c.rng.choice(letters)}{c.rng.randrange(10)}{tail}"


PI: dict[str, Maker] = {
    "name": lambda c: c.p.name,
    "name_q": lambda c: c.q.name,
    "name_masked": lambda c: (
        c.p.surname + "*" * len(c.p.given) if c.rng.random() < 0.8 else c.p.name
    ),
    "name_staff": lambda c: c.fake.name(),
    "baby_name": lambda c: c.q.name + ("之子" if c.p.male else "之女"),
    "name_pinyin": lambda c: c.fake.romanized_name().upper().replace(" ", "/", 1),
    "sex": lambda c: "男" if c.p.male else "女",
    "sex_code": lambda c: 1 if c.p.male else 2,
    "sex_mf": lambda c: "M" if c.p.male else "F",
    "sex_q": lambda c: "男" if c.q.male else "女",
    "birth": lambda c: c.p.birth.isoformat(),
    "birth_q": lambda c: c.q.birth.isoformat(),
    "birth_mixed": birth_mixed,
    "birth_ym": lambda c: f"{c.p.birth.year}.{c.p.birth.month:02d}",
    "birth_cn": lambda c: birth_fmt(c.p.birth, "cn"),
    "birth_compact": lambda c: birth_fmt(c.p.birth, "compact"),
    "birth_hour": lambda c: (
        f"{c.p.birth.isoformat()} {c.rng.randrange(24):02d}:"
        f"{c.rng.choice(('00', '15', '30', '45'))}"
    ),
    "age": lambda c: (c.ref - c.p.birth).days // 365,
    "rid": lambda c: c.p.rid,
    "rid_q": lambda c: c.q.rid,
    "rid_masked": lambda c: _mask_mid(c.p.rid, 6, 4) if c.rng.random() < 0.85 else c.p.rid,
    "rid_messy": rid_messy,
    "rid_int": lambda c: int(c.p.rid) if c.p.rid.isdigit() else c.p.rid,
    "disability_no": lambda c: c.p.rid + f"{c.rng.randrange(1, 8)}{c.rng.randrange(1, 5)}",
    "mobile": lambda c: c.p.mobile,
    "mobile_q": lambda c: c.q.mobile,
    "mobile_masked": lambda c: _mask_mid(c.p.mobile, 3, 4) if c.rng.random() < 0.85 else c.p.mobile,
    "mobile_messy": mobile_messy,
    "mobile_int": lambda c: int(c.p.mobile),
    "landline": lambda c: (
        f"0{c.rng.choice(('10', '21', '20', '755', '571', '28'))}-"
        f"{c.rng.randrange(2, 9)}{c.rng.randrange(10**6, 10**7)}"
    ),
    "email": lambda c: c.p.email,
    "address": _addr,
    "ethnicity": lambda c: c.rng.choices(
        ("汉族", "回族", "壮族", "满族", "维吾尔族", "苗族", "彝族", "土家族", "藏族", "蒙古族"),
        (80, 3, 3, 2, 2, 2, 2, 2, 2, 2),
    )[0],
    "ethnicity_short": lambda c: c.rng.choices(
        ("汉", "回", "壮", "满", "苗", "土家", "朝鲜"), (85, 3, 3, 3, 2, 2, 2)
    )[0],
    "nationality": lambda c: c.rng.choice(
        (
            "中国",
            "美国",
            "日本",
            "韩国",
            "英国",
            "德国",
            "法国",
            "俄罗斯",
            "新加坡",
            "加拿大",
            "澳大利亚",
        )
    ),
    "nationality_iso": lambda c: c.rng.choice(
        ("CHN", "USA", "JPN", "KOR", "GBR", "DEU", "FRA", "RUS", "SGP", "CAN")
    ),
    "marital": lambda c: c.rng.choice(("未婚", "已婚", "已婚", "离异", "丧偶")),
    "marital_code": lambda c: c.rng.choice(("10", "20", "20", "21", "23", "30", "40")),
    "religion": lambda c: c.rng.choices(
        ("无", "佛教", "道教", "伊斯兰教", "基督教", "天主教"), (70, 12, 5, 5, 6, 2)
    )[0],
    "orientation": lambda c: c.rng.choices(
        ("异性恋", "同性恋", "双性恋", "不愿透露"), (80, 8, 6, 6)
    )[0],
    "relation": lambda c: c.rng.choice(
        ("父亲", "母亲", "配偶", "子女", "祖父", "外婆", "兄弟", "姐妹")
    ),
    "education": lambda c: c.rng.choice(
        ("初中", "高中", "中专", "大专", "本科", "硕士研究生", "博士研究生")
    ),
    "school": lambda c: c.rng.choice(
        (
            "北京大学",
            "浙江大学",
            "武汉大学",
            "四川大学",
            "华南理工大学",
            "山东大学",
            "西安交通大学",
            "湖南师范大学",
        )
    ),
    "employer": lambda c: c.fake.company(),
    "job": lambda c: c.fake.job(),
    "income": lambda c: round(c.rng.uniform(3500, 42000), 2),
    "balance": lambda c: round(c.rng.uniform(0, 80000), 2),
    "plate": _plate,
    "vin": lambda c: ids.vin(c.rng),
    "bank_card": lambda c: ids.bank_card(c.rng),
    "bank_card_masked": _card_masked,
    "passport": lambda c: (
        "E" + f"{c.rng.randrange(10**8):08d}"
        if c.rng.random() < 0.7
        else "EJ" + f"{c.rng.randrange(10**7):07d}"
    ),
    "hk_permit": lambda c: "C" + f"{c.rng.randrange(10**8):08d}",
    "home_return": lambda c: c.rng.choice("HM") + f"{c.rng.randrange(10**8):08d}",
    "tw_permit": lambda c: f"{c.rng.randrange(10**7, 10**8)}",
    "fpr_id": lambda c: ids.foreign_pr_2023(c.rng, c.p.birth),
    "military_id": lambda c: f"{c.rng.choice('南北西东海空')}字第{c.rng.randrange(10**6, 10**7)}号",
    "ss_card": lambda c: c.rng.choice("ABCDEFGHJKLM") + f"{c.rng.randrange(10**8):08d}",
    "real_estate": lambda c: (
        f"{c.rng.choice('京沪粤浙苏川鄂湘')}({c.rng.randrange(2016, 2026)})"
        f"{c.fake.city_name()}市不动产权第{c.rng.randrange(10**7):07d}号"
    ),
    "tw_permit10": lambda c: f"{c.rng.randrange(10**7, 10**8)}{c.rng.randrange(10, 99)}",
    "face": _face,
    "biometric": _biometric,
    "account": lambda c: c.fake.user_name() + str(c.rng.randrange(1000)),
    "wechat": lambda c: (
        "wxid_" + "".join(c.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
        if c.rng.random() < 0.6
        else c.fake.user_name() + f"_{c.rng.randrange(100)}"
    ),
    "qq": lambda c: str(c.rng.randrange(10**5, 3 * 10**9)),
    "qq_int": lambda c: c.rng.randrange(10**5, 3 * 10**9),
    "password": _password,
    "password_masked": lambda c: "******" if c.rng.random() < 0.5 else _password(c),
    "ipv4": _ipv4_user,
    "ipv6": _ipv6_user,
    "imei": lambda c: ids.imei(c.rng),
    "imsi": lambda c: ids.imsi(c.rng),
    "mac": lambda c: ids.mac(c.rng),
    "mac_dash": lambda c: ids.mac(c.rng).replace(":", "-").lower(),
    "device_id": _device_id,
    "geo": _geo,
    "lat": lambda c: round(22.3 + c.rng.random() * 17, 6),
    "lng": lambda c: round(103.5 + c.rng.random() * 17, 6),
    "track": _track,
    "track_json": lambda c: json.dumps(
        [
            [round(113 + c.rng.random() * 8, 5), round(30 + c.rng.random() * 9, 5)]
            for _ in range(c.rng.randrange(3, 6))
        ]
    ),
}
