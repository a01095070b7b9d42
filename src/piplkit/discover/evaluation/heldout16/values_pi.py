"""Set 16's makers of personal values, each ``ctx -> cell``: the row's person ``p`` (or ``q``
for makers ending in ``_q``), written as the exports of its report kinds write them — plain,
masked (``*_masked``), or messy (full-width, +86, spaced, trailing spaces, two in a cell, pinyin,
王先生, 年月日, typed as numbers). Vocabularies are this set's own."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen
from piplkit.discover.evaluation.heldout16.person import Ctx, Person

Maker = Callable[[Ctx], Any]
_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_PINYIN = ("ZHANG", "WANG", "LI", "LIU", "CHEN", "YANG", "ZHAO", "HUANG", "ZHOU", "WU", "XU")
_GIVEN = ("WEI", "FANG", "NA", "MIN", "JING", "LEI", "YANG", "JUN", "TAO", "XIU", "HAO", "YU")


def _serial(d: date) -> int:
    return (d - date(1899, 12, 30)).days


def _masked_name(name: str) -> str:
    return name[0] + "*" + (name[2:] if len(name) > 2 else "")


def _pinyin(ctx: Ctx) -> str:
    sur, given = ctx.rng.choice(_PINYIN), ctx.rng.choice(_GIVEN)
    return f"{sur}/{given}" if ctx.rng.random() < 0.5 else f"{sur.title()} {given.title()}"


def _two(ctx: Ctx, p: Person) -> str:
    other = "1" + ctx.rng.choice("3589") + "".join(ctx.rng.choice("0123456789") for _ in range(9))
    return f"{p.mobile}/{other}"


def _hkmo(ctx: Ctx) -> str:
    if ctx.rng.random() < 0.5:
        return "C" + "".join(ctx.rng.choice("0123456789") for _ in range(8))
    return ctx.rng.choice("HM") + "".join(ctx.rng.choice("0123456789") for _ in range(10))


def _fprid(ctx: Ctx) -> str:
    """A 2023-format foreign permanent resident ID: 9, area, nationality, birth, seq, check."""
    body = "9" + ctx.rng.choice(("11", "31", "44", "32")) + ctx.rng.choice(("840", "392", "410"))
    body += f"{ctx.p.birth:%Y%m%d}" + f"{ctx.rng.randrange(0, 999):03d}"
    return body + idgen.rid_check(body)


def _biometric(ctx: Ctx) -> str:
    raw = bytes(ctx.rng.randrange(256) for _ in range(48))
    return base64.b64encode(raw).decode()


def _track(ctx: Ctx, n: int) -> str:
    lat, lng = ctx.rng.uniform(22.5, 40.0), ctx.rng.uniform(104.0, 121.0)
    t = ctx.rng.randint(7, 17)
    pts = []
    for k in range(n):
        lat, lng = lat + ctx.rng.uniform(-0.01, 0.01), lng + ctx.rng.uniform(-0.01, 0.01)
        pts.append(f"{t + k // 6:02d}:{(k * 10) % 60:02d} {lat:.5f},{lng:.5f}")
    return ";".join(pts)


def _dated(ctx: Ctx, items: tuple[str, ...], n: int, sep: str = "；") -> str:
    out = []
    for _ in range(n):
        d = ctx.ref - timedelta(days=ctx.rng.randint(3, 400))
        out.append(f"{d:%m-%d} {ctx.rng.choice(items)}")
    return sep.join(out)


_SCHOOLS = ("实验小学", "第二中学", "外国语学校", "育才小学", "师大附中", "城南幼儿园")
_DEGREES = ("本科", "大专", "硕士研究生", "高中", "中专", "博士研究生")
_JOBS = ("工程师", "教师", "会计", "护士", "销售经理", "公务员", "个体经营", "司机", "律师", "厨师")
_DIAG = (
    "高血压",
    "2型糖尿病",
    "哮喘",
    "青霉素过敏",
    "腰椎间盘突出",
    "肺结核(治疗中)",
    "无既往病史",
)
_RELATIONS = ("父亲", "母亲", "祖父", "祖母", "外公", "外婆", "配偶", "姐姐", "叔叔")
_ETH = ("汉族", "汉族", "汉族", "回族", "满族", "壮族", "苗族", "土家族", "蒙古族", "藏族")
_NAT = ("中国", "美国", "日本", "韩国", "德国", "法国", "俄罗斯", "新加坡", "英国")
_HOTELS = ("如家酒店", "汉庭酒店", "全季酒店", "锦江之星", "亚朵酒店", "维也纳酒店")
_SHOPS = ("茶饮", "午餐", "文具", "水果", "药品", "打车", "话费充值", "零食")
_PAGES = ("/game/detail/218", "/product/8831", "/news/2026/11/2", "/search?q=桌游", "/video/553")
_DV = (
    "他昨晚又动手了，我想申请保护令",
    "孩子也被吓到了，我不敢回家",
    "请帮我联系律师",
    "我想先找个地方住几天",
)
_MSGS = ("请问周六还有名额吗", "我明天晚点到，帮我留位", "麻烦退一下定金", "孩子有点发烧今天请假")


def _contacts(ctx: Ctx) -> str:
    people = [
        {"name": ctx.fake.name(), "phone": "1" + str(ctx.rng.randint(3000000000, 9999999999))}
        for _ in range(ctx.rng.randint(1, 3))
    ]
    return json.dumps(people, ensure_ascii=False)


def _pi_makers() -> dict[str, Maker]:
    return {
        "name": lambda c: c.p.name,
        "name_q": lambda c: c.q.name,
        "name_staff": lambda c: c.fake.name(),
        "name_masked": lambda c: _masked_name(c.p.name),
        "name_starred": lambda c: c.p.name[0] + "*" * (len(c.p.name) - 1),
        "name_pinyin": _pinyin,
        "name_mr": lambda c: c.p.name[0] + ("先生" if c.p.male else "女士"),
        "gender": lambda c: "男" if c.p.male else "女",
        "gender_q": lambda c: "男" if c.q.male else "女",
        "gender_code": lambda c: 1 if c.p.male else 2,
        "gender_mf": lambda c: "M" if c.p.male else "F",
        "birth": lambda c: c.p.birth.isoformat(),
        "birth_q": lambda c: c.q.birth.isoformat(),
        "birth_cn": lambda c: f"{c.p.birth.year}年{c.p.birth.month}月{c.p.birth.day}日",
        "birth_slash": lambda c: f"{c.p.birth.year}/{c.p.birth.month}/{c.p.birth.day}",
        "birth_xl": lambda c: _serial(c.p.birth),
        "age": lambda c: (c.ref - c.p.birth).days // 365,
        "age_q": lambda c: (c.ref - c.q.birth).days // 365,
        "ethnicity": lambda c: c.rng.choice(_ETH),
        "nationality": lambda c: c.rng.choice(_NAT),
        "relation": lambda c: c.rng.choice(_RELATIONS),
        "address": lambda c: c.p.address,
        "address_q": lambda c: c.q.address,
        "mobile": lambda c: c.p.mobile,
        "mobile_q": lambda c: c.q.mobile,
        "mobile_masked": lambda c: c.p.mobile[:3] + "****" + c.p.mobile[7:],
        "mobile_fw": lambda c: c.p.mobile.translate(_FW),
        "mobile_plus": lambda c: f"+86 {c.p.mobile}",
        "mobile_spaced": lambda c: f"{c.p.mobile[:3]} {c.p.mobile[3:7]} {c.p.mobile[7:]}",
        "mobile_trail": lambda c: c.p.mobile + "  ",
        "mobiles_two": lambda c: _two(c, c.p),
        "mobile_int": lambda c: int(c.p.mobile),
        "mobile_q_int": lambda c: int(c.q.mobile),
        "mobile_tail": lambda c: "尾号" + c.p.mobile[-4:],
        "landline": lambda c: (
            c.rng.choice(("010", "021", "0571", "020", "028", "0755"))
            + "-"
            + str(c.rng.randint(2000000, 89999999))
        ),
        "email": lambda c: c.p.email,
        "email_q": lambda c: c.q.email,
        "rid": lambda c: c.p.rid,
        "rid_q": lambda c: c.q.rid,
        "rid_masked": lambda c: c.p.rid[:6] + "********" + c.p.rid[14:],
        "rid_fw": lambda c: c.p.rid.translate(_FW),
        "dl": lambda c: c.p.rid,
        "sscard": lambda c: c.p.rid,
        "passport": lambda c: c.rng.choice("EG") + str(c.rng.randint(10000000, 99999999)),
        "hkmo": _hkmo,
        "twp": lambda c: str(c.rng.randint(10000000, 99999999)),
        "fprid": _fprid,
        "military": lambda c: (
            f"{c.rng.choice(('军', '政', '后'))}字第{c.rng.randint(100000, 9999999)}号"
        ),
        "face": lambda c: f"https://img.example.cn/face/{c.rng.getrandbits(48):012x}.jpg",
        "biometric": _biometric,
        "genetic": lambda c: (
            "HLA-A*"
            + c.rng.choice(("02:01", "11:01", "24:02"))
            + " B*"
            + c.rng.choice(("40:01", "46:01", "58:01"))
        ),
        "account": lambda c: c.fake.user_name() + str(c.rng.randint(1, 99)),
        "wechat": lambda c: (
            "wxid_" + "".join(c.rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(14))
        ),
        "qq": lambda c: str(c.rng.randint(10000000, 2999999999)),
        "ipv4": lambda c: c.fake.ipv4_public(),
        "ipv6": lambda c: c.fake.ipv6(),
        "device_id": lambda c: c.fake.uuid4(),
        "imei": lambda c: idgen.imei(c.rng),
        "imsi": lambda c: (
            "4600" + c.rng.choice("0127") + str(c.rng.randint(1000000000, 9999999999))
        ),
        "mac": lambda c: c.fake.mac_address().upper(),
        "health": lambda c: c.rng.choice(_DIAG),
        "height": lambda c: c.p.height,
        "weight": lambda c: c.p.weight,
        "education": lambda c: c.rng.choice(_DEGREES),
        "school": lambda c: c.fake.city_name() + c.rng.choice(_SCHOOLS),
        "grade": lambda c: (
            ("一", "二", "三", "四", "五", "六")[
                min(5, max(0, (c.ref - c.p.birth).days // 365 - 6))
            ]
            + "年级"
        ),
        "employer": lambda c: c.fake.company(),
        "job": lambda c: c.rng.choice(_JOBS),
        "bank_card": lambda c: idgen.bank_card(c.rng),
        "bank_card_masked": lambda c: (b := idgen.bank_card(c.rng))[:4] + " **** **** " + b[-4:],
        "password": lambda c: "******" if c.rng.random() < 0.5 else c.fake.sha256()[:40],
        "balance": lambda c: round(c.rng.uniform(0, 5000), 2),
        "credit": lambda c: c.rng.choice(
            ("正常", "关注", "逾期30天", f"芝麻分{c.rng.randint(550, 800)}")
        ),
        "txn": lambda c: (
            _dated(c, _SHOPS, c.rng.randint(2, 4)) + " 消费" + str(c.rng.randint(10, 300)) + "元"
        ),
        "income": lambda c: c.rng.randrange(3000, 40000, 100),
        "real_estate": lambda c: (
            f"{c.rng.choice('京沪粤浙苏川')}({c.rng.randint(2012, 2025)})"
            f"{c.fake.city_name()}不动产权第{c.rng.randint(1, 9999999):07d}号"
        ),
        "plate": lambda c: (
            c.rng.choice("京沪粤浙苏川鄂湘")
            + c.rng.choice("ABCDE")
            + "".join(c.rng.choice("0123456789ABCDEFGHJK") for _ in range(5))
        ),
        "vin": lambda c: idgen.vin(c.rng),
        "comm": lambda c: c.rng.choice(_MSGS),
        "contacts": _contacts,
        "browsing": lambda c: _dated(c, _PAGES, 3, " | "),
        "geo": lambda c: f"{c.rng.uniform(22.5, 40.0):.6f},{c.rng.uniform(104.0, 121.0):.6f}",
        "lat": lambda c: round(c.rng.uniform(22.5, 40.0), 6),
        "lng": lambda c: round(c.rng.uniform(104.0, 121.0), 6),
        "track": lambda c: _track(c, c.rng.randint(3, 6)),
        "stays": lambda c: _dated(c, _HOTELS, 2) + " 入住1晚",
        "marital": lambda c: c.rng.choice(("已婚", "未婚", "离异", "丧偶")),
        "religion": lambda c: c.rng.choice(("佛教", "基督教", "伊斯兰教", "道教", "无宗教信仰")),
        "orientation": lambda c: c.rng.choice(("异性恋", "同性恋", "双性恋", "不愿透露")),
        "criminal": lambda c: c.rng.choice(
            ("无犯罪记录", "无犯罪记录", "曾因盗窃罪判处有期徒刑一年", "行政拘留十日")
        ),
        "uscc": lambda c: idgen.uscc(c.rng),
        "initials": lambda c: "".join(
            c.rng.choice("BCDGHJLMQSTWXYZ") for _ in range(c.rng.choice((2, 3, 3, 4)))
        ),
        "comm_dv": lambda c: c.rng.choice(_DV),
    }


PI_MAKERS = _pi_makers()
