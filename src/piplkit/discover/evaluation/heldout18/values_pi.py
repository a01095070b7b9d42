"""Set 18's personal values, written as the business systems it imitates export them: a seller
backend masks the buyer's phone, a bank file keeps the card number whole, an Excel-bound export
puts a tab or an apostrophe before an id so Excel keeps its digits, a survey tool stores what the
respondent typed (full-width digits, ``+86``, spaces). Each maker takes the row context
(:class:`~piplkit.discover.evaluation.heldout18.person.Ctx`) and returns one cell."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen
from piplkit.discover.evaluation.heldout18.person import Ctx, Person

_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_EXCEL_EPOCH = date(1899, 12, 30)


def _digits(ctx: Ctx, n: int) -> str:
    return "".join(ctx.rng.choice("0123456789") for _ in range(n))


def _masked_name(name: str) -> str:
    return name[0] + "*" + (name[-1] if len(name) > 2 else "")


def _pinyin(ctx: Ctx) -> str:
    first, last = ctx.fake.last_romanized_name(), ctx.fake.first_romanized_name()
    return f"{first.upper()}/{last.upper()}" if ctx.rng.random() < 0.5 else f"{last} {first}"


def _fprid(ctx: Ctx, who: Person) -> str:
    """A foreign permanent resident id of the 2023 layout: 9, province, nationality, birth,
    sequence and the ISO 7064 MOD 11-2 character a resident id also ends with."""
    body = "9" + ctx.rng.choice(("11", "31", "44", "32")) + ctx.rng.choice(("156", "840", "410",
        "392", "276", "250")) + who.birth.strftime("%Y%m%d") + _digits(ctx, 3)  # fmt: skip
    return body + idgen.rid_check(body)


def _plate(ctx: Ctx) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    tail = "".join(ctx.rng.choice(letters + "0123456789") for _ in range(4))
    head = ctx.rng.choice("京沪粤浙苏川鄂湘鲁豫")
    green = ctx.rng.random() < 0.25
    return f"{head}{ctx.rng.choice(letters)}{'D' if green else ''}{ctx.rng.choice(letters)}{tail}"


def _mac(ctx: Ctx) -> str:
    return ":".join(f"{ctx.rng.randint(0, 255):02X}" for _ in range(6))


def _uuid(ctx: Ctx) -> str:
    h = "".join(ctx.rng.choice("0123456789ABCDEF") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _passport(ctx: Ctx) -> str:
    return ctx.rng.choice("EG") + _digits(ctx, 8)


def _card_masked(ctx: Ctx) -> str:
    card = idgen.bank_card(ctx.rng)
    return f"{card[:4]} **** **** {card[-4:]}"


def _pwd_hash(ctx: Ctx) -> str:
    return hashlib.md5(_digits(ctx, 12).encode()).hexdigest()


PI_MAKERS: dict[str, Callable[[Ctx], Any]] = {
    # names
    "name": lambda c: c.p.name,
    "name_q": lambda c: c.q.name,
    "name_masked": lambda c: _masked_name(c.p.name),
    "name_starred": lambda c: c.p.name[0] + "*" * (len(c.p.name) - 1),
    "name_pinyin": _pinyin,
    "name_mr": lambda c: c.p.name[0] + ("先生" if c.p.male else "女士"),
    "nick": lambda c: c.fake.user_name(),
    # phones
    "mobile": lambda c: c.p.mobile,
    "mobile_q": lambda c: c.q.mobile,
    "mobile_masked": lambda c: c.p.mobile[:3] + "****" + c.p.mobile[-4:],
    "mobile_plus": lambda c: "+86 " + c.p.mobile,
    "mobile_e164": lambda c: "+86" + c.p.mobile,
    "mobile_spaced": lambda c: f"{c.p.mobile[:3]} {c.p.mobile[3:7]} {c.p.mobile[7:]}",
    "mobile_fw": lambda c: c.p.mobile.translate(_FW),
    "mobile_int": lambda c: int(c.p.mobile),
    "mobile_tab": lambda c: "\t" + c.p.mobile,
    "mobile_tail": lambda c: "尾号" + c.p.mobile[-4:],
    "mobiles_two": lambda c: f"{c.p.mobile}/{c.q.mobile}",
    "landline": lambda c: c.rng.choice(("010-", "021-", "0571-", "020-", "028-")) + _digits(c, 8),
    # identifiers
    "rid": lambda c: c.p.rid,
    "rid_q": lambda c: c.q.rid,
    "rid_masked": lambda c: c.p.rid[:6] + "********" + c.p.rid[-4:],
    "rid_apos": lambda c: "'" + c.p.rid,
    "rid_tab": lambda c: "\t" + c.p.rid,
    "rid_fw": lambda c: c.p.rid.translate(_FW),
    "rid_spaced": lambda c: f"{c.p.rid[:6]} {c.p.rid[6:14]} {c.p.rid[14:]}",
    "sscard": lambda c: c.p.rid,
    "dl": lambda c: c.p.rid,
    "fprid": lambda c: _fprid(c, c.p),
    "passport": _passport,
    "hk_permit": lambda c: "C" + _digits(c, 8),
    "tw_permit": lambda c: _digits(c, 8),
    "bank_card": lambda c: idgen.bank_card(c.rng),
    "bank_card_tab": lambda c: "\t" + idgen.bank_card(c.rng),
    "card_masked": _card_masked,
    "card_last4": lambda c: idgen.bank_card(c.rng)[-4:],
    "imei": lambda c: idgen.imei(c.rng),
    "imsi": lambda c: "46000" + _digits(c, 10),
    "mac": _mac,
    "idfa": _uuid,
    "android_id": lambda c: "".join(c.rng.choice("0123456789abcdef") for _ in range(16)),
    "vin": lambda c: idgen.vin(c.rng),
    "plate": _plate,
    "wechat": lambda c: (
        "wxid_" + "".join(c.rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14))
    ),
    "qq": lambda c: str(c.rng.randint(10_000_000, 3_999_999_999)),
    "email": lambda c: c.p.email,
    "email_q": lambda c: c.q.email,
    "pwd_hash": _pwd_hash,
    # birth, age, sex
    "birth": lambda c: c.p.birth.isoformat(),
    "birth_q": lambda c: c.q.birth.isoformat(),
    "birth_cn": lambda c: f"{c.p.birth.year}年{c.p.birth.month}月{c.p.birth.day}日",
    "birth_slash": lambda c: c.p.birth.strftime("%Y/%m/%d"),
    "birth_compact": lambda c: c.p.birth.strftime("%Y%m%d"),
    "birth_xl": lambda c: (c.p.birth - _EXCEL_EPOCH).days,
    "birth_us": lambda c: c.p.birth.strftime("%m/%d/%Y"),
    "age": lambda c: (c.ref - c.p.birth).days // 365,
    "age_band": lambda c: ("18岁以下", "18-25岁", "26-30岁", "31-40岁", "41-50岁", "50岁以上")[
        min(5, max(0, ((c.ref - c.p.birth).days // 365 - 8) // 9))
    ],
    "gender": lambda c: "男" if c.p.male else "女",
    "gender_code": lambda c: 1 if c.p.male else 2,
    "gender_en": lambda c: "M" if c.p.male else "F",
    "gender_q": lambda c: "男" if c.q.male else "女",
    # places
    "address": lambda c: c.p.address,
    "address_q": lambda c: c.q.address,
    "geo": lambda c: f"{c.rng.uniform(22.5, 40.0):.6f},{c.rng.uniform(104.0, 121.5):.6f}",
    "lat": lambda c: round(c.rng.uniform(22.5, 40.0), 6),
    "ipv4": lambda c: ".".join(
        str(c.rng.randint(a, b)) for a, b in ((36, 223), (0, 255), (0, 255), (1, 254))
    ),
    "ipv6": lambda c: "240e:" + ":".join(f"{c.rng.randint(0, 65535):x}" for _ in range(7)),
    "military": lambda c: f"{c.rng.choice('南北沈兰成济广')}字第{_digits(c, 7)}号",
    "dl_q": lambda c: c.q.rid,
    "gene": lambda c: c.rng.choice(
        (
            "BRCA1 c.68_69delAG 杂合",
            "CYP2C19 *2/*2 慢代谢型",
            "HLA-B*5801 阳性",
            "EGFR 19号外显子缺失突变",
            "MTHFR C677T TT型",
        )
    ),
    "orientation": lambda c: c.rng.choice(("异性恋", "同性恋", "双性恋", "不愿透露")),
    "contacts_json": lambda c: json.dumps(
        [
            {"name": c.q.name, "phone": c.q.mobile},
            {"name": c.fake.name(), "phone": c.fake.phone_number()},
        ],
        ensure_ascii=False,
    ),
    "trades": lambda c: "；".join(
        f"{(c.ref - timedelta(days=c.rng.randint(1, 90))).isoformat()} "
        f"{c.rng.choice(('西湖银泰店', '湖滨店', '小程序商城'))} 消费{c.rng.randint(20, 900)}.00元"
        for _ in range(2)
    ),
    "lng": lambda c: round(c.rng.uniform(104.0, 121.5), 6),
    # family, origin, beliefs, status
    "ethnicity": lambda c: c.rng.choice(("汉族", "汉族", "汉族", "回族", "壮族", "满族", "苗族")),
    "nationality": lambda c: c.rng.choice(("中国", "中国", "美国", "韩国", "日本", "德国")),
    "relation": lambda c: c.rng.choice(("父亲", "母亲", "配偶", "子女", "兄弟", "朋友")),
    "marital": lambda c: c.rng.choice(("已婚", "未婚", "离异", "已婚", "丧偶")),
    "politics": lambda c: c.rng.choice(("群众", "中共党员", "共青团员", "群众")),
    "religion": lambda c: c.rng.choice(("无", "佛教", "基督教", "伊斯兰教", "无", "道教")),
    "criminal": lambda c: c.rng.choice(
        ("无", "无", "无", "2019年因盗窃罪被判处有期徒刑一年", "2021年醉驾被判拘役三个月")
    ),
    # work, schooling, money
    "education": lambda c: c.rng.choice(("本科", "大专", "硕士研究生", "高中", "博士")),
    "school": lambda c: c.rng.choice(("浙江大学", "四川大学", "华中科技大学", "山东大学")),
    "employer": lambda c: c.fake.company(),
    "job": lambda c: c.fake.job(),
    "salary": lambda c: round(c.rng.uniform(4500, 42000), 2),
    "salary_text": lambda c: (
        f"{c.rng.randint(4, 42)},{c.rng.randint(0, 999):03d}.{c.rng.randint(0, 99):02d}"
    ),
    "balance": lambda c: round(c.rng.uniform(0, 8800), 2),
    "credit": lambda c: c.rng.choice(
        ("近24个月无逾期", "当前逾期1期", "M2", "征信良好", "近6个月查询7次")
    ),
    "credit_score": lambda c: c.rng.randint(350, 950),
    "house": lambda c: (
        f"{c.fake.street_name()}{c.rng.randint(1, 30)}幢{c.rng.randint(1, 3)}单元"
        f"{c.rng.randint(1, 32)}{c.rng.randint(1, 4):02d}室"
    ),
    "property_cert": lambda c: f"浙(2021)杭州市不动产权第{_digits(c, 7)}号",
    # health, body
    "diagnosis": lambda c: c.rng.choice(
        (
            "2型糖尿病",
            "原发性高血压",
            "急性上呼吸道感染",
            "慢性胃炎",
            "腰椎间盘突出症",
            "抑郁状态",
            "乙型病毒性肝炎",
        )
    ),
    "allergy": lambda c: c.rng.choice(("青霉素过敏", "无", "头孢类过敏", "海鲜过敏")),
    "height": lambda c: c.rng.randint(150, 190),
    "weight": lambda c: round(c.rng.uniform(42, 95), 1),
    "blood": lambda c: c.rng.choice(("A", "B", "O", "AB")) + c.rng.choice(("型", "型Rh+")),
    "face": lambda c: f"https://img.oss.example.cn/face/{_digits(c, 12)}.jpg",
    "fingerprint": lambda c: "FP" + "".join(c.rng.choice("0123456789ABCDEF") for _ in range(40)),
    # activity
    "url": lambda c: (
        c.rng.choice(("/product/detail?id=", "/search?kw=", "/live/room/")) + _digits(c, 6)
    ),
    "track": lambda c: "→".join(
        c.rng.sample(
            ("西湖区文三路", "滨江区江南大道", "萧山机场", "上城区解放路", "拱墅区湖墅南路"), 3
        )
    ),
    "checkin": lambda c: (
        f"{(c.ref - timedelta(days=c.rng.randint(1, 90))).isoformat()} 入住"
        f" {c.rng.randint(2, 28)}{c.rng.randint(1, 40):02d}房"
    ),
}
