"""Set 20's makers of personal values: each takes a row context (:class:`person.Ctx`) and writes
one cell the way the imitated system writes it, masked, spaced or typed where that system does.

Written for this set from the standards and the systems' own screens: resident IDs and
driving-licence numbers (GB 11643, MOD 11-2), bank cards and IMEIs (Luhn), VINs (ISO 3779),
the 2023 permanent-resident card (``9``, province, ISO numeric nationality, birth date, sequence,
MOD 11-2). Nothing here is a real person's data.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen
from piplkit.discover.evaluation.heldout20.person import Ctx

Maker = Callable[[Ctx], Any]
_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_HEX = "0123456789abcdef"


def _hex(c: Ctx, n: int) -> str:
    return "".join(c.rng.choice(_HEX) for _ in range(n))


def _uuid(c: Ctx) -> str:
    h = _hex(c, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{h[16:20]}-{h[20:]}"


def _digits(c: Ctx, n: int) -> str:
    return "".join(c.rng.choice("0123456789") for _ in range(n))


def _masked_mobile(m: str) -> str:
    return f"{m[:3]}****{m[7:]}"


def _sex(c: Ctx, pair: tuple[Any, Any]) -> Any:
    return pair[0] if c.p.male else pair[1]


def _fprid(c: Ctx) -> str:
    """A 2023-layout permanent-resident card: 9, province, ISO numeric nationality, birth date,
    sequence, MOD 11-2 check."""
    province = c.rng.choice(("11", "31", "44", "32"))
    country = c.rng.choice(("840", "392", "410", "276", "250", "826"))
    body = f"9{province}{country}{c.p.birth:%Y%m%d}{_digits(c, 3)}"
    return body + idgen.rid_check(body)


def _sometimes(share: float, make: Maker) -> Maker:
    """A sparse document column: filled for ``share`` of the rows, empty otherwise."""
    return lambda c: make(c) if c.rng.random() < share else ""


_CITIES = (
    (39.9042, 116.4074),
    (31.2304, 121.4737),
    (23.1291, 113.2644),
    (22.5431, 114.0579),
    (30.2741, 120.1551),
    (30.5728, 104.0668),
    (30.5928, 114.3055),
    (34.3416, 108.9398),
)


def _point(c: Ctx) -> tuple[float, float]:
    lat, lng = _CITIES[c.i % len(_CITIES)]
    return round(lat + c.rng.uniform(-0.08, 0.08), 6), round(lng + c.rng.uniform(-0.08, 0.08), 6)


def _track(c: Ctx) -> str:
    lat, lng = _point(c)
    t, day = c.rng.randint(6, 21), c.rng.randint(1, 30)
    pts = []
    for k in range(c.rng.randint(4, 7)):
        lat, lng = (
            round(lat + c.rng.uniform(-0.004, 0.004), 6),
            round(lng + c.rng.uniform(-0.004, 0.004), 6),
        )
        pts.append({"t": f"2026-11-{day:02d} {t:02d}:{k * 3:02d}:00", "lng": lng, "lat": lat})
    return json.dumps(pts, ensure_ascii=False)


_GANTRIES = (
    "京港澳高速广州北",
    "沈海高速深圳机场",
    "广深沿江黄田",
    "沪杭高速嘉兴",
    "杭甬高速萧山",
    "京藏高速昌平西",
    "成渝高速龙泉",
    "机场高速东港",
    "虎门大桥东",
    "南沙大桥西",
)


def _gantry_chain(c: Ctx) -> str:
    hour, minute = c.rng.randint(6, 20), c.rng.randint(0, 40)
    stops = c.rng.sample(_GANTRIES, c.rng.randint(3, 5))
    out = []
    for s in stops:
        out.append(f"{hour:02d}:{minute:02d} {s}")
        minute += c.rng.randint(6, 15)
        hour, minute = hour + minute // 60, minute % 60
    return "→".join(out)


def _plate(c: Ctx) -> str:
    prov = c.rng.choice("京沪粤浙苏川鄂鲁湘闽")
    letter = c.rng.choice("ABCDEFGHJK")
    if c.rng.random() < 0.25:
        return f"{prov}{letter}{c.rng.choice('DF')}{_digits(c, 5)}"
    tail = "".join(c.rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + _digits(
        c, 2
    )
    return f"{prov}{letter}{tail}"


_ICD = (
    ("I10", "原发性高血压"),
    ("E11.9", "2型糖尿病"),
    ("J45.9", "支气管哮喘"),
    ("K29.7", "慢性胃炎"),
    ("J06.9", "急性上呼吸道感染"),
    ("M54.5", "腰痛"),
    ("E78.5", "高脂血症"),
    ("F41.1", "焦虑状态"),
    ("N39.0", "尿路感染"),
    ("L20.9", "特应性皮炎"),
)
_ALLERGY = ("青霉素", "头孢类", "花生", "海鲜", "尘螨", "磺胺类", "牛奶蛋白", "芒果")
_MEDS = (
    "氨氯地平片 5mg qd",
    "二甲双胍片 0.5g tid",
    "沙美特罗替卡松吸入剂 bid",
    "奥美拉唑肠溶胶囊 20mg qd",
    "阿托伐他汀钙片 20mg qn",
    "布地奈德混悬液 雾化 bid",
    "舍曲林片 50mg qd",
)
_GENO = (
    "CYP2C19 *1/*2 (中间代谢型)",
    "CYP2C19 *2/*3 (慢代谢型)",
    "HLA-B*58:01 阳性",
    "HLA-B*58:01 阴性",
    "MTHFR C677T TT型",
    "ALDH2 *1/*2",
    "SLCO1B1 521TC",
)
_SCHOOLS = (
    "华南理工大学",
    "浙江大学",
    "武汉大学",
    "四川大学",
    "广东工业大学",
    "郑州大学",
    "上海财经大学",
    "北京师范大学",
    "深圳职业技术学院",
    "湖南师范大学",
)
_DEGREES = ("本科", "硕士研究生", "大专", "博士研究生", "高中", "中专")
_TITLES = (
    "产品经理",
    "高级Java开发工程师",
    "财务主管",
    "人力资源专员",
    "销售总监",
    "UI设计师",
    "运营专员",
    "数据分析师",
    "行政助理",
    "测试工程师",
)
_TITLES_EN = (
    "Product Manager",
    "Software Engineer",
    "Finance Manager",
    "HR Business Partner",
    "Sales Director",
    "Marketing Specialist",
    "Data Analyst",
    "Operations Lead",
)
_TRADES = ("月嫂", "育儿嫂", "住家保姆", "钟点工", "养老护理员", "家电清洗师", "收纳师", "家庭司机")
_MSGS = (
    "请尽快发货，谢谢",
    "麻烦帮我放快递柜",
    "能便宜点吗？诚心要",
    "周末才在家，工作日别送",
    "我昨天下单的还没收到，帮忙查一下",
    "发票抬头写个人就行",
    "东西有划痕，想退货",
    "电话打不通请发短信",
    "老板这个还在吗",
    "孩子过敏，请不要放坚果",
)
_MSGS_EN = (
    "Hi, I can't log in since yesterday, please help",
    "How do I change my delivery address?",
    "I was charged twice for order 1042",
    "Please cancel my subscription",
    "The app crashes when I upload a photo",
    "我的会员到期了但还在扣费",
)
_PAGES = (
    "/product/{n}",
    "/search?q=%E8%BF%9E%E8%A1%A3%E8%A3%99",
    "/cart",
    "/article/{n}",
    "/category/baby-care",
    "/checkout/pay",
    "/user/orders",
    "/live/{n}",
)
_RELIGION = ("无",) * 10 + ("佛教", "佛教", "基督教", "伊斯兰教", "道教", "天主教")
_ETHNIC = ("汉族",) * 14 + ("回族", "壮族", "满族", "维吾尔族", "苗族", "土家族", "蒙古族")
_CRIME = ("无犯罪记录",) * 11 + (
    "有：2017年因盗窃罪被判处拘役四个月",
    "有：2015年危险驾驶罪 拘役二个月",
)
_SESAME = ("信用极好 756", "信用优秀 712", "信用良好 668", "信用极好 803", "信用中等 621")
_HOUSE = ("已购房（无贷款）", "已购房（有贷款）", "暂未购房", "与父母同住", "已购房（有贷款）")
_FUEL = ("92#", "95#", "0#柴油", "98#")


def _stays(c: Ctx) -> str:
    out = []
    for _ in range(c.rng.randint(1, 3)):
        day = c.ref - timedelta(days=c.rng.randint(40, 700))
        out.append(
            f"{day:%Y-%m-%d}入住{c.rng.randint(1, 4)}晚 "
            + c.rng.choice(("山景大床房", "亲子双床房", "整套loft"))
        )
    return "；".join(out)


def _fuel_history(c: Ctx) -> str:
    out = []
    for _ in range(c.rng.randint(2, 4)):
        day = c.ref - timedelta(days=c.rng.randint(1, 90))
        litres = round(c.rng.uniform(20, 55), 2)
        out.append(f"{day:%m-%d} {c.rng.choice(_FUEL)} {litres}L ¥{litres * 7.6:.2f}")
    return "; ".join(out)


def _friends(c: Ctx) -> str:
    people = [{"uid": int(_digits(c, 8)), "nick": c.fake.user_name(), "remark": c.fake.name()}
              for _ in range(c.rng.randint(2, 4))]  # fmt: skip
    return json.dumps(people, ensure_ascii=False)


def _landline(c: Ctx) -> str:
    area = c.rng.choice(("20", "21", "10", "755", "571", "28"))
    return f"0{area}-{c.rng.randint(3, 8)}{_digits(c, 7)}"


def _work_email(c: Ctx) -> str:
    domain = c.rng.choice(("nexora.cn", "bluepeak.com", "hengda-tech.com"))
    return f"{c.p.given_en.lower()}.{c.p.family_en.lower()}@{domain}"


def _address_room(c: Ctx) -> str:
    """A home in an estate: city, street and number, estate, building, unit and room."""
    street = f"{c.fake.city_name()}市{c.fake.street_name()}{c.rng.randint(1, 300)}号"
    estate = f"{c.fake.word()}小区{c.rng.randint(1, 30)}栋{c.rng.randint(1, 4)}单元"
    return f"{street}{estate}{c.rng.randint(1, 33)}{c.rng.randint(1, 4):02d}室"


def _ipv4(c: Ctx) -> str:
    first = c.rng.choice((36, 58, 113, 117, 183, 223, 101, 120))
    return f"{first}.{c.rng.randint(0, 255)}.{c.rng.randint(0, 255)}.{c.rng.randint(1, 254)}"


PI_MAKERS: dict[str, Maker] = {
    "name": lambda c: c.p.name,
    "name_q": lambda c: c.q.name,
    "name_masked": lambda c: c.p.name[0] + "*" + (c.p.name[2:] if len(c.p.name) > 2 else ""),
    "name_starred": lambda c: c.p.name[0] + "*" * (len(c.p.name) - 1),
    "name_mr": lambda c: c.p.name[0] + _sex(c, ("先生", "女士")),
    "name_pinyin": lambda c: f"{c.p.family_en.upper()}/{c.p.given_en.upper()}",
    "name_en": lambda c: f"{c.p.given_en} {c.p.family_en}",
    "first_en": lambda c: c.p.given_en,
    "last_en": lambda c: c.p.family_en,
    "first_cn": lambda c: c.p.name[1:],
    "last_cn": lambda c: c.p.name[0],
    "staff": lambda c: c.fake.name(),
    "staff_en": lambda c: f"{c.fake.first_romanized_name()} {c.fake.last_romanized_name()}",
    "birth": lambda c: c.p.birth.isoformat(),
    "birth_q": lambda c: c.q.birth.isoformat(),
    "birth_cn": lambda c: f"{c.p.birth.year}年{c.p.birth.month}月{c.p.birth.day}日",
    "birth_slash": lambda c: c.p.birth.strftime("%Y/%m/%d"),
    "birth_us": lambda c: c.p.birth.strftime("%m/%d/%Y"),
    "birth_compact": lambda c: c.p.birth.strftime("%Y%m%d"),
    "age": lambda c: (c.ref - c.p.birth).days // 365,
    "age_band": lambda c: (
        f"{(c.ref - c.p.birth).days // 3650 * 10}-{(c.ref - c.p.birth).days // 3650 * 10 + 9}岁"
    ),
    "sex_cn": lambda c: _sex(c, ("男", "女")),
    "sex_en": lambda c: _sex(c, ("Male", "Female")),
    "sex_mf": lambda c: _sex(c, ("M", "F")),
    "sex_code": lambda c: _sex(c, (1, 2)),
    "rid": lambda c: c.p.rid,
    "rid_q": lambda c: c.q.rid,
    "rid_masked": lambda c: f"{c.p.rid[:6]}********{c.p.rid[14:]}",
    "rid_fw": lambda c: c.p.rid.translate(_FW),
    "rid_apos": lambda c: "'" + c.p.rid,
    "rid_spaced": lambda c: f"{c.p.rid[:6]} {c.p.rid[6:14]} {c.p.rid[14:]}",
    "rid_tab": lambda c: "\t" + c.p.rid,
    "dl": lambda c: c.p.rid,
    "sscard": lambda c: c.p.rid,
    "mobile": lambda c: c.p.mobile,
    "mobile_q": lambda c: c.q.mobile,
    "mobile_masked": lambda c: _masked_mobile(c.p.mobile),
    "mobile_plus": lambda c: "+86 " + c.p.mobile,
    "mobile_e164": lambda c: "+86" + c.p.mobile,
    "mobile_spaced": lambda c: f"{c.p.mobile[:3]} {c.p.mobile[3:7]} {c.p.mobile[7:]}",
    "mobile_fw": lambda c: c.p.mobile.translate(_FW),
    "mobile_int": lambda c: int(c.p.mobile),
    "mobile_tail": lambda c: "尾号" + c.p.mobile[-4:],
    "mobiles_two": lambda c: f"{c.p.mobile}/{c.q.mobile}",
    "mobile_tab": lambda c: "\t" + c.p.mobile,
    "landline": _landline,
    "email": lambda c: c.p.email,
    "email_q": lambda c: c.q.email,
    "work_email": _work_email,
    "address": lambda c: c.p.address,
    "address_q": lambda c: c.q.address,
    "address_room": _address_room,
    "bank_card": lambda c: idgen.bank_card(c.rng),
    "bank_card_masked": lambda c: (lambda n: f"{n[:4]} **** **** {n[-4:]}")(idgen.bank_card(c.rng)),
    "bank_card_tab": lambda c: "\t" + idgen.bank_card(c.rng),
    "card_last4": lambda c: _digits(c, 4),
    "passport_some": _sometimes(0.3, lambda c: c.rng.choice("EEG") + _digits(c, 8)),
    "hkpermit_some": _sometimes(
        0.25, lambda c: "C" + c.rng.choice("0123456789ABCDEFGH") + _digits(c, 7)
    ),
    "twpermit_some": _sometimes(0.2, lambda c: _digits(c, 8)),
    "military_some": _sometimes(
        0.15, lambda c: f"{c.rng.choice('南北东西中')}字第{_digits(c, 7)}号"
    ),
    "fprid": _sometimes(0.3, _fprid),
    "face_url": lambda c: (
        f"https://img-{c.rng.choice(('cdn', 'oss'))}.example-cdn.cn/avatar/2026/{_hex(c, 16)}.jpg"
    ),
    "face_path": lambda c: f"/data/faceverify/{c.ref:%Y%m}/{_hex(c, 12)}_face.jpg",
    "feature": lambda c: base64.b64encode(bytes(c.rng.randrange(256) for _ in range(96))).decode(),
    "genotype": lambda c: c.rng.choice(_GENO),
    "nick_cn": lambda c: (
        c.rng.choice(("小", "阿", "大", ""))
        + c.fake.word()
        + c.rng.choice(("酱", "_", "呀", ""))
        + str(c.rng.randint(0, 99))
    ),
    "handle": lambda c: c.fake.user_name() + str(c.rng.randint(1, 9999)),
    "wxid": lambda c: (
        "wxid_" + "".join(c.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
        if c.rng.random() < 0.5
        else f"{c.p.given_en.lower()}{c.rng.randint(80, 2005)}"
    ),
    "openid": lambda c: (
        "oV"
        + "".join(
            c.rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-")
            for _ in range(26)
        )
    ),
    "qq": lambda c: str(c.rng.randint(10000, 3999999999)),
    "ipv4": _ipv4,
    "ipv6": lambda c: (
        f"240{c.rng.choice('89e')}:" + ":".join(_hex(c, 4).lstrip("0") or "0" for _ in range(7))
    ),
    "diagnosis": lambda c: "{1}({0})".format(*c.rng.choice(_ICD)),
    "icd": lambda c: c.rng.choice(_ICD)[0],
    "problems": lambda c: "；".join(x[1] for x in c.rng.sample(_ICD, c.rng.randint(1, 3))),
    "allergy": lambda c: (
        c.rng.choice(("无", "否认"))
        if c.rng.random() < 0.4
        else "、".join(c.rng.sample(_ALLERGY, c.rng.randint(1, 2)))
    ),
    "meds": lambda c: c.rng.choice(_MEDS),
    "smoking": lambda c: c.rng.choice(("从不吸烟", "已戒烟", "吸烟 10支/日", "偶尔吸烟")),
    "exam": lambda c: c.rng.choice(
        ("合格", "合格", "合格", "乙肝病毒携带", "肺结核筛查阴性 合格", "高血压 需复查")
    ),
    "chronic": lambda c: c.rng.choice(("无", "高血压", "糖尿病", "哮喘", "无", "甲状腺结节")),
    "bp": lambda c: f"{c.rng.randint(100, 160)}/{c.rng.randint(60, 100)}",
    "height": lambda c: (
        c.rng.randint(150, 188) if (c.ref - c.p.birth).days > 6000 else c.rng.randint(95, 165)
    ),
    "height_cm": lambda c: f"{c.rng.randint(152, 188)}cm",
    "weight": lambda c: (
        round(c.rng.uniform(42, 95), 1)
        if (c.ref - c.p.birth).days > 6000
        else round(c.rng.uniform(13, 55), 1)
    ),
    "pwd": lambda c: (
        "******" if c.rng.random() < 0.3 else "".join(c.rng.choice("0123456789") for _ in range(8))
    ),
    "shirt": lambda c: c.rng.choice(("S", "M", "L", "XL", "XXL", "M", "L")),
    "kid_shirt": lambda c: c.rng.choice(("110", "120", "130", "140", "150", "160")),
    "school": lambda c: c.rng.choice(_SCHOOLS),
    "degree": lambda c: c.rng.choice(_DEGREES),
    "degree_en": lambda c: c.rng.choice(("Bachelor's", "Master's", "PhD", "Associate")),
    "company": lambda c: c.fake.company(),
    "job_title": lambda c: c.rng.choice(_TITLES),
    "job_title_en": lambda c: c.rng.choice(_TITLES_EN),
    "trade": lambda c: c.rng.choice(_TRADES),
    "salary": lambda c: c.rng.randint(60, 450) * 100,
    "salary_month": lambda c: c.rng.randint(45, 380) * 100,
    "salary_text": lambda c: f"{c.rng.randint(8, 60)},{c.rng.randint(0, 999):03d}.00",
    "income_band": lambda c: c.rng.choice(
        ("5000以下", "5000-8000元", "8001-12000元", "12001-20000元", "20000元以上")
    ),
    "commission": lambda c: round(c.rng.uniform(300, 9000), 2),
    "balance": lambda c: round(c.rng.uniform(0, 3000), 2),
    "sesame": lambda c: c.rng.choice(_SESAME),
    "fuel_history": _fuel_history,
    "house": lambda c: c.rng.choice(_HOUSE),
    "plate": _plate,
    "vin": lambda c: idgen.vin(c.rng),
    "uscc": lambda c: idgen.uscc(c.rng),
    "message": lambda c: c.rng.choice(_MSGS),
    "chat_en": lambda c: c.rng.choice(_MSGS_EN),
    "friends": _friends,
    "page_url": lambda c: (
        "https://m.example-shop.cn" + c.rng.choice(_PAGES).format(n=c.rng.randint(1000, 99999))
    ),
    "imei": lambda c: idgen.imei(c.rng),
    "imsi": lambda c: c.rng.choice(("46000", "46002", "46011", "46001")) + _digits(c, 10),
    "mac": lambda c: ":".join(_hex(c, 2).upper() for _ in range(6)),
    "mac_dash": lambda c: "-".join(_hex(c, 2).upper() for _ in range(6)),
    "oaid": _uuid,
    "idfa": lambda c: _uuid(c).upper(),
    "android_id": lambda c: _hex(c, 16),
    "app_instance": lambda c: _hex(c, 32),
    "af_id": lambda c: f"17{_digits(c, 11)}-{_digits(c, 19)}",
    "geo_pair": lambda c: "{1},{0}".format(*_point(c)),
    "lat": lambda c: _point(c)[0],
    "lng": lambda c: _point(c)[1],
    "track": _track,
    "gantries": _gantry_chain,
    "stays": _stays,
    "marital": lambda c: c.rng.choice(("未婚", "已婚", "已婚", "离异", "丧偶")),
    "marital_en": lambda c: c.rng.choice(("Single", "Married", "Married", "Divorced")),
    "religion": lambda c: c.rng.choice(_RELIGION),
    "orientation": lambda c: c.rng.choice(("异性恋",) * 6 + ("同性恋", "双性恋", "不愿透露")),
    "criminal": lambda c: c.rng.choice(_CRIME),
    "ethnicity": lambda c: c.rng.choice(_ETHNIC),
    "nationality": lambda c: c.rng.choice(
        ("中国",) * 5 + ("美国", "日本", "韩国", "德国", "中国香港")
    ),
    "nationality_en": lambda c: c.rng.choice(
        ("China",) * 4 + ("United States", "Japan", "Singapore", "Germany")
    ),
    "guardian_rel": lambda c: c.rng.choice(("父亲", "母亲", "母亲", "爷爷", "外婆")),
    "guardian_rel_en": lambda c: c.rng.choice(("Mother", "Father", "Mother", "Grandparent")),
    "emerg_rel": lambda c: c.rng.choice(("配偶", "父亲", "母亲", "兄弟", "姐妹", "子女")),
}
