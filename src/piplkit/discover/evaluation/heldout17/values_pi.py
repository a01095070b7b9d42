"""Set 17's makers of personal values: each takes the row context and writes one cell the way a
business system's export writes it (masked by the vendor, typed as a number by Excel, prefixed
with a tab or an apostrophe so Excel keeps an id as text, full-width from a phone keyboard).
A maker ending in ``_q`` writes about the row's second person."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen
from piplkit.discover.evaluation.heldout17.person import Ctx, Person

Maker = Callable[[Ctx], Any]
_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_EXCEL_EPOCH = date(1899, 12, 30)
_SURNAME_PY = {"王": "WANG", "李": "LI", "张": "ZHANG", "刘": "LIU", "陈": "CHEN", "杨": "YANG",
               "黄": "HUANG", "赵": "ZHAO", "吴": "WU", "周": "ZHOU", "徐": "XU", "孙": "SUN",
               "马": "MA", "朱": "ZHU", "胡": "HU", "郭": "GUO", "何": "HE", "高": "GAO",
               "林": "LIN", "罗": "LUO", "郑": "ZHENG", "梁": "LIANG"}  # fmt: skip
_GIVEN_PY = ("Wei", "Fang", "Na", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yang", "Yong",
             "Yan", "Jie", "Tao", "Ming", "Chao", "Xiuying", "Hui", "Ping")  # fmt: skip


def _age(p: Person, ref: date) -> int:
    return ref.year - p.birth.year - ((ref.month, ref.day) < (p.birth.month, p.birth.day))


def _pinyin(c: Ctx) -> tuple[str, str]:
    sur = _SURNAME_PY.get(c.p.name[0], c.rng.choice(list(_SURNAME_PY.values())))
    return sur, c.rng.choice(_GIVEN_PY)


def _name_masked(c: Ctx) -> str:
    n = c.p.name
    return n[0] + "*" + (n[-1] if len(n) > 2 else "")


def _pinyin_name(c: Ctx) -> str:
    sur, given = _pinyin(c)
    return f"{sur}/{given.upper()}" if c.rng.random() < 0.5 else f"{given} {sur.title()}"


def _mr(c: Ctx) -> str:
    return c.p.name[0] + ("先生" if c.p.male else "女士")


def _mobile_spaced(c: Ctx) -> str:
    m = c.p.mobile
    return f"{m[:3]} {m[3:7]} {m[7:]}"


def _landline(c: Ctx) -> str:
    area = c.rng.choice(("010", "021", "020", "0755", "0571", "025", "028", "027", "0512"))
    digits = 8 if len(area) == 3 else c.rng.choice((7, 8))
    return f"{area}-{c.rng.randint(2, 8)}" + "".join(
        c.rng.choice("0123456789") for _ in range(digits - 1)
    )


def _card_masked(c: Ctx) -> str:
    card = idgen.bank_card(c.rng)
    return f"{card[:4]} **** **** {card[-4:]}"


def _serial(d: date) -> int:
    return (d - _EXCEL_EPOCH).days


def _fprid(c: Ctx) -> str:
    """A 2023-format foreign permanent resident ID (9, province, country, birth, sequence, MOD
    11-2), present for about two rows in five (a sparse column)."""
    if c.rng.random() > 0.45:
        return ""
    body = (
        "9"
        + c.rng.choice(("11", "31", "44", "32"))
        + c.rng.choice(("840", "410", "392", "276", "250"))
    )
    body += f"{c.p.birth:%Y%m%d}{c.rng.randint(0, 999):03d}"
    return body + idgen.rid_check(body)


def _flat(c: Ctx) -> str:
    estate = c.rng.choice(
        ("阳光花园", "翠湖湾", "锦绣华庭", "金地名仕", "万科城", "碧桂园凤凰城", "保利香槟")
    )
    return f"{c.fake.city()}{c.fake.district()}{estate}{_house(c)}室"


def _addr_en(c: Ctx) -> str:
    road = c.rng.choice(
        ("Jianguo Rd", "Zhongshan Rd", "Nanjing W Rd", "Huaihai Middle Rd", "Tianfu Ave")
    )
    return f"No. {c.rng.randint(1, 999)} {road}, Apt {c.rng.randint(101, 2808)}"


def _uuid(c: Ctx, upper: bool = False) -> str:
    h = "".join(c.rng.choice("0123456789abcdef") for _ in range(32))
    s = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return s.upper() if upper else s


def _hex(c: Ctx, n: int) -> str:
    return "".join(c.rng.choice("0123456789abcdef") for _ in range(n))


def _ipv6(c: Ctx) -> str:
    return "240e:" + ":".join(_hex(c, 4).lstrip("0") or "0" for _ in range(7))


def _geo(c: Ctx) -> tuple[float, float]:
    return round(c.rng.uniform(22.5, 40.0), 6), round(c.rng.uniform(104.0, 121.6), 6)


def _track(c: Ctx) -> str:
    lat, lng = _geo(c)
    points, hour, minute = [], c.rng.randint(7, 20), c.rng.randint(0, 40)
    for _ in range(c.rng.randint(3, 5)):
        points.append(f"{hour:02d}:{minute:02d} {lat:.5f},{lng:.5f}")
        lat, lng, minute = (
            lat + c.rng.uniform(-0.01, 0.01),
            lng + c.rng.uniform(-0.01, 0.01),
            minute + c.rng.randint(3, 9),
        )
        hour, minute = hour + minute // 60, minute % 60
    return ";".join(points)


def _day(c: Ctx, back: int = 300) -> date:
    return c.ref - timedelta(days=c.rng.randint(1, back))


def _stays(c: Ctx) -> str:
    hotels = (
        "全季酒店(人民广场店)",
        "汉庭酒店(火车站店)",
        "亚朵酒店(西湖店)",
        "如家精选(高新店)",
        "维也纳酒店(机场店)",
    )
    out = []
    for _ in range(c.rng.randint(1, 3)):
        d = _day(c, 700)
        out.append(
            f"{d:%Y-%m-%d}至{d + timedelta(days=c.rng.randint(1, 4)):%m-%d} {c.rng.choice(hotels)}"
        )
    return "；".join(out)


def _txns(c: Ctx) -> str:
    items = ("私教课", "储值充值", "团课", "蛋白粉", "月卡续费", "毛巾租用")
    return "; ".join(
        f"{_day(c, 120):%Y-%m-%d} {c.rng.choice(items)} {c.rng.randint(2, 300) * 10:.2f}"
        for _ in range(c.rng.randint(2, 4))
    )


def _contacts(c: Ctx) -> str:
    rel = ("父亲", "母亲", "配偶", "同事", "朋友", "兄弟")
    people = [
        {
            "name": c.fake.name(),
            "relation": c.rng.choice(rel),
            "phone": c.q.mobile if k == 0 else c.fake.phone_number(),
        }
        for k in range(c.rng.randint(2, 3))
    ]
    return json.dumps(people, ensure_ascii=False)


def _pick(*options: str) -> Maker:
    return lambda c: c.rng.choice(options)


_DIAGNOSES = (
    "上呼吸道感染", "高血压2级", "2型糖尿病", "急性胃肠炎", "腰椎间盘突出", "过敏性鼻炎",
    "支气管炎", "J06.900 急性上呼吸道感染", "I10.x00 原发性高血压", "甲状腺结节",
)  # fmt: skip


def _health(c: Ctx) -> str:
    return c.rng.choice(_DIAGNOSES)


_LAB_ITEMS = (
    ("ALT", "U/L", 7, 80), ("GLU", "mmol/L", 3.5, 11.0), ("HbA1c", "%", 4.2, 9.5),
    ("WBC", "10^9/L", 3.0, 14.0), ("TG", "mmol/L", 0.5, 4.5),
)  # fmt: skip


def _lab(c: Ctx) -> str:
    item = c.rng.choice(_LAB_ITEMS)
    v = round(c.rng.uniform(item[2], item[3]), 1)
    return f"{item[0]} {v} {item[1]}" + (" ↑" if v > item[3] * 0.8 else "")


def _page(c: Ctx) -> str:
    path = c.rng.choice(
        (
            "/item/detail?id=",
            "/search?q=羽绒服&page=",
            "/live/room/",
            "/cart?ref=",
            "/coupon/center?from=",
        )
    )
    return f"https://m.shop.example.cn{path}{c.rng.randint(1000, 99999)}"


def _clock(c: Ctx) -> str:
    return f"{c.rng.randint(8, 23):02d}:{c.rng.randint(0, 59):02d}"


def _house(c: Ctx) -> str:
    building, unit = c.rng.randint(1, 22), c.rng.randint(1, 4)
    return f"{building}栋{unit}单元{c.rng.randint(2, 33)}0{c.rng.randint(1, 4)}"


def _property_cert(c: Ctx) -> str:
    serial = f"{c.rng.randint(10**6, 10**7 - 1):07d}"
    place = f"{c.rng.choice('京沪粤浙苏')}({c.rng.randint(2012, 2025)}){c.fake.district()}"
    return f"{place}不动产权第{serial}号"


def _browse_list(c: Ctx) -> str:
    pages = (
        "首页",
        "商品详情-儿童羽绒服",
        "搜索:降噪耳机",
        "直播间-美妆",
        "购物车",
        "领券中心",
        "订单详情",
    )
    return " | ".join(f"{_day(c, 10):%m-%d} {_clock(c)} {c.rng.choice(pages)}" for _ in range(3))


def _password(c: Ctx) -> str:
    r = c.rng.random()
    if r < 0.4:
        return "******"
    if r < 0.7:
        return _hex(c, 32)
    return "$2a$10$" + "".join(
        c.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./")
        for _ in range(53)
    )


def _plate(c: Ctx) -> str:
    prov = c.rng.choice("京沪粤浙苏川鄂湘鲁豫")
    letter = c.rng.choice("ABCDEFGH")
    tail = "".join(c.rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
    return f"{prov}{letter}{'D' + tail if c.rng.random() < 0.2 else tail}"


def _mac(c: Ctx) -> str:
    return ":".join(_hex(c, 2) for _ in range(6)).upper()


PI_MAKERS: dict[str, Maker] = {
    "name": lambda c: c.p.name,
    "name_q": lambda c: c.q.name,
    "name_masked": _name_masked,
    "name_starred": lambda c: c.p.name[0] + "*" * (len(c.p.name) - 1),
    "name_pinyin": _pinyin_name,
    "name_mr": _mr,
    "name_first": lambda c: _pinyin(c)[1],
    "name_last": lambda c: _pinyin(c)[0].title(),
    "mobile": lambda c: c.p.mobile,
    "mobile_q": lambda c: c.q.mobile,
    "mobile_masked": lambda c: c.p.mobile[:3] + "****" + c.p.mobile[-4:],
    "mobile_int": lambda c: int(c.p.mobile),
    "mobile_plus": lambda c: "+86 " + c.p.mobile,
    "mobile_e164": lambda c: "+86" + c.p.mobile,
    "mobile_spaced": _mobile_spaced,
    "mobile_fw": lambda c: c.p.mobile.translate(_FW),
    "mobile_tail": lambda c: "尾号" + c.p.mobile[-4:],
    "mobile_tab": lambda c: "\t" + c.p.mobile,
    "mobile_trail": lambda c: c.p.mobile + "  ",
    "mobiles_two": lambda c: f"{c.p.mobile}/{c.q.mobile}" if c.rng.random() < 0.4 else c.p.mobile,
    "landline": _landline,
    "email": lambda c: c.p.email,
    "email_q": lambda c: c.q.email,
    "rid": lambda c: c.p.rid,
    "rid_q": lambda c: c.q.rid,
    "rid_masked": lambda c: c.p.rid[:6] + "********" + c.p.rid[-4:],
    "rid_fw": lambda c: c.p.rid.translate(_FW),
    "rid_apos": lambda c: "'" + c.p.rid,
    "rid_tab": lambda c: "\t" + c.p.rid,
    "rid_spaced": lambda c: f"{c.p.rid[:6]} {c.p.rid[6:14]} {c.p.rid[14:]}",
    "dl": lambda c: c.p.rid,
    "sscard": lambda c: c.p.rid,
    "birth": lambda c: c.p.birth.isoformat(),
    "birth_q": lambda c: c.q.birth.isoformat(),
    "birth_xl": lambda c: _serial(c.p.birth),
    "birth_cn": lambda c: f"{c.p.birth.year}年{c.p.birth.month}月{c.p.birth.day}日",
    "birth_slash": lambda c: f"{c.p.birth.year}/{c.p.birth.month}/{c.p.birth.day}",
    "birth_compact": lambda c: f"{c.p.birth:%Y%m%d}",
    "age": lambda c: _age(c.p, c.ref),
    "age_text": lambda c: f"{_age(c.p, c.ref)}岁",
    "age_band": lambda c: f"{_age(c.p, c.ref) // 5 * 5}-{_age(c.p, c.ref) // 5 * 5 + 4}岁",
    "gender": lambda c: "男" if c.p.male else "女",
    "gender_q": lambda c: "男" if c.q.male else "女",
    "gender_mf": lambda c: "M" if c.p.male else "F",
    "gender_12": lambda c: 1 if c.p.male else 2,
    "gender_en": lambda c: "Male" if c.p.male else "Female",
    "address": lambda c: c.p.address,
    "address_q": lambda c: c.q.address,
    "address_flat": _flat,
    "address_en": _addr_en,
    "ethnicity": _pick(
        "汉族", "汉族", "汉族", "汉族", "回族", "满族", "壮族", "苗族", "土家族", "蒙古族"
    ),
    "nationality": _pick("中国", "中国", "中国", "美国", "韩国", "日本", "德国", "新加坡"),
    "nationality_code": _pick("CHN", "CHN", "CHN", "USA", "KOR", "JPN", "DEU", "SGP", "GBR"),
    "marital": _pick("已婚", "未婚", "已婚", "离异", "丧偶"),
    "religion": _pick("不信教", "不信教", "佛教", "基督教", "伊斯兰教", "道教", "天主教"),
    "relation": _pick("父亲", "母亲", "爷爷", "奶奶", "外公", "外婆"),
    "relation_hh": _pick("户主", "配偶", "子", "女", "父亲", "母亲", "孙子", "儿媳"),
    "passport": lambda c: (
        c.rng.choice("EG") + "".join(c.rng.choice("0123456789") for _ in range(8))
    ),
    "hk_permit": lambda c: (
        c.rng.choice(("C", "H")) + "".join(c.rng.choice("0123456789") for _ in range(8))
    ),
    "tw_permit": lambda c: "".join(c.rng.choice("0123456789") for _ in range(8)),
    "fprid": _fprid,
    "military": lambda c: (
        f"{c.rng.choice(('军', '政', '后', '装'))}字第{c.rng.randint(10**6, 10**7 - 1)}号"
    ),
    "face": lambda c: f"https://oss-cn-hangzhou.aliyuncs.com/face/{c.ref:%Y%m}/{_hex(c, 24)}.jpg",
    "face_path": lambda c: f"/data/capture/{_day(c, 30):%Y%m%d}/{_hex(c, 16)}_face.jpg",
    "biometric": lambda c: (
        "FPT1:"
        + "".join(
            c.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
            for _ in range(64)
        )
    ),
    "face_feature": lambda c: (
        "[" + ",".join(f"{c.rng.uniform(-1, 1):.4f}" for _ in range(8)) + ",...]"
    ),
    "genetic": _pick(
        "CYP2C19 *1/*1 快代谢型",
        "CYP2C19 *1/*2 中间代谢型",
        "CYP2C19 *2/*3 慢代谢型",
        "HLA-B*5801 阴性",
        "HLA-B*5801 阳性",
        "MTHFR C677T TT型",
        "MTHFR C677T CT型",
    ),
    "account": lambda c: (
        c.rng.choice(("tb", "jd_", "dy", "")) + c.fake.user_name() + str(c.rng.randint(1, 999))
    ),
    "nickname": lambda c: (
        c.rng.choice(("小", "阿", "大", ""))
        + c.fake.word()
        + c.rng.choice(("酱", "呀", "_", "666", ""))
    ),
    "wechat": lambda c: c.rng.choice(
        ("wxid_" + _hex(c, 14), c.fake.user_name() + str(c.rng.randint(10, 99)), c.p.mobile)
    ),
    "qq": lambda c: str(c.rng.randint(10**5, 3 * 10**9)),
    "ipv4": lambda c: c.fake.ipv4_public(),
    "ipv6": _ipv6,
    "health": _health,
    "lab": _lab,
    "allergy": _pick(
        "青霉素过敏", "无过敏史", "头孢类过敏", "海鲜过敏", "花粉过敏", "否认药物过敏史"
    ),
    "health_decl": _pick(
        "无心脏病、高血压", "高血压(服药控制)", "哮喘", "膝关节旧伤", "无", "糖尿病"
    ),
    "height": lambda c: c.p.height,
    "weight": lambda c: c.p.weight,
    "bp": lambda c: f"{c.rng.randint(100, 160)}/{c.rng.randint(60, 100)}",
    "temp": lambda c: round(c.rng.uniform(36.0, 38.6), 1),
    "education": _pick("本科", "硕士研究生", "大专", "高中", "博士研究生", "中专"),
    "school": _pick(
        "华中科技大学", "浙江工业大学", "深圳职业技术学院", "四川大学", "南京邮电大学", "郑州大学"
    ),
    "major": _pick(
        "计算机科学与技术", "会计学", "市场营销", "护理学", "机械设计制造及其自动化", "汉语言文学"
    ),
    "grade_school": _pick("一年级", "二年级", "三年级", "四年级", "五年级", "六年级"),
    "employer": lambda c: c.fake.company(),
    "job": lambda c: c.fake.job(),
    "bank_card": lambda c: idgen.bank_card(c.rng),
    "card_masked": _card_masked,
    "balance": lambda c: round(c.rng.uniform(0, 6000), 2),
    "credit": _pick(
        "征信良好", "近2年有1次逾期", "无信贷记录", "当前逾期", "信用良好 芝麻分735", "多头借贷"
    ),
    "overdue_days": lambda c: c.rng.randint(1, 180),
    "overdue_stage": _pick("M1", "M2", "M3", "M1", "M4+"),
    "txns": _txns,
    "income": lambda c: round(c.rng.uniform(4000, 38000), 2),
    "income_year": _pick("10万以下", "10-20万", "20-30万", "30-50万", "50万以上"),
    "salary_exp": _pick("8-10K", "10-15K", "15-20K", "20-30K", "面议", "6-8K"),
    "property_cert": _property_cert,
    "plate": _plate,
    "vin": lambda c: idgen.vin(c.rng),
    "words": _pick(
        "快递三天没动了，麻烦帮我催一下",
        "收到的衣服有破洞，要求退货退款",
        "你们客服一直不回消息，我要投诉",
        "我没有申请过这笔贷款，请核实",
        "下周一前一定还上，别再打我单位电话了",
        "宽带又断了，今天能不能上门修",
        "我想把套餐改成59元的，流量不够用",
    ),
    "contacts_json": _contacts,
    "page": _page,
    "browse_list": _browse_list,
    "imei": lambda c: idgen.imei(c.rng),
    "imsi": lambda c: (
        c.rng.choice(("46000", "46001", "46011", "46002"))
        + "".join(c.rng.choice("0123456789") for _ in range(10))
    ),
    "mac": _mac,
    "oaid": lambda c: _uuid(c),
    "idfa": lambda c: _uuid(c, upper=True),
    "android_id": lambda c: _hex(c, 16),
    "iccid": lambda c: "898600" + "".join(c.rng.choice("0123456789") for _ in range(14)),
    "geo": lambda c: "{:.6f},{:.6f}".format(*_geo(c)),
    "lat": lambda c: _geo(c)[0],
    "lng": lambda c: _geo(c)[1],
    "track": _track,
    "stays": _stays,
    "orientation": _pick("异性恋", "异性恋", "异性恋", "同性恋", "双性恋", "不愿透露"),
    "criminal": _pick("无犯罪记录", "无犯罪记录", "刑满释放人员", "社区矫正对象", "无违法犯罪记录"),
    "password": _password,
    "buyer_msg": lambda c: c.rng.choice(
        (
            "",
            "",
            "麻烦发顺丰，谢谢",
            "请不要放快递柜，放门卫",
            "送人的，别放价格单",
            "尽快发货，急用",
            "宝宝穿的，帮我挑件没线头的",
            "到了先打我电话",
        )
    ),
    "house": _house,
    "coach": _pick("王教练", "刘教练", "Kevin", "Lily", "小周", "陈教练", "Tony", "阿杰"),
    "staff": lambda c: c.fake.name(),
    "staff_mobile": lambda c: c.fake.phone_number(),
    "xjh": lambda c: "G" + c.p.rid,
    "ip_region": lambda c: f"{c.fake.ipv4_public()}({c.fake.province()[:2]}-{c.fake.city()[:-1]})",
    "card_last4": lambda c: idgen.bank_card(c.rng)[-4:],
    "openid": lambda c: (
        "o"
        + "".join(
            c.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
            for _ in range(27)
        )
    ),
}
