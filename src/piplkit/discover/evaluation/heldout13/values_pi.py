"""Set 13's makers of PI values: each takes the row context and returns one cell. Makers whose
name ends in ``_q`` describe the row's second person; ``_masked`` makers write masked values."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen
from piplkit.discover.evaluation.heldout13.person import Ctx, Person, mobile

Maker = Callable[[Ctx], Any]
_FW = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")
_EXCEL_EPOCH = date(1899, 12, 30)
_PINYIN = ("ZHANG", "WANG", "LI", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU")
_GIVEN = ("WEI", "FANG", "NA", "MIN", "JING", "LEI", "QIANG", "YAN", "JUN", "TING")
_RELATIONS = ("父亲", "母亲", "配偶", "儿子", "女儿", "祖父", "祖母", "兄弟", "姐妹")
_ETHNIC = ("汉族", "汉族", "汉族", "回族", "满族", "壮族", "苗族", "维吾尔族", "土家族", "彝族")
_NATION = ("中国", "美国", "加拿大", "日本", "韩国", "新加坡", "英国", "澳大利亚")
_DIAG = ("高血压", "2型糖尿病", "慢性肾衰竭", "痛风", "过敏性鼻炎", "哮喘", "甲减", "贫血")
_ALLERGY = ("青霉素过敏", "花生过敏", "无已知过敏", "海鲜过敏", "尘螨过敏", "鸡蛋过敏")
_EDU = ("本科", "硕士研究生", "大专", "高中", "博士研究生", "中专")
_JOBS = ("销售经理", "工程师", "会计", "教师", "护士", "项目主管", "司机", "设计师", "律师")
_MARITAL = ("已婚", "未婚", "离异", "丧偶")
_RELIGION = ("无", "佛教", "伊斯兰教", "基督教", "天主教", "道教")
_CRIME = ("无犯罪记录", "未发现犯罪记录", "无违法犯罪记录")
_CREDIT = ("征信良好", "近2年逾期1次", "无不良记录", "当前逾期", "信用记录空白")
_GENE = ("21三体低风险", "18三体低风险", "13三体低风险", "性染色体未见异常", "21三体高风险")
_ORIENT = ("异性恋", "同性恋", "双性恋", "不愿透露")
_STREETS = ("人民路", "建设路", "解放大道", "中山路", "长江路", "和平街", "新华路")
_SITES = ("三亚蜈支洲", "涠洲岛", "分界洲岛", "西沙", "长滩岛", "仙本那")
_HOTELS = ("如家酒店", "全季酒店", "汉庭酒店", "亚朵酒店", "维也纳酒店")
_GOLD = ("足金手镯", "铂金戒指", "翡翠吊坠", "金条20g")
_CARDS = ("生日快乐，永远爱你", "妈妈辛苦了，节日快乐", "对不起，原谅我好吗", "祝早日康复")
_CITIES = ("北京", "上海", "广州", "深圳", "成都", "杭州", "武汉", "西安")


def _p(ctx: Ctx, q: bool) -> Person:
    return ctx.q if q else ctx.p


def _mask_mobile(m: str) -> str:
    return m[:3] + "****" + m[-4:]


def excel_serial(d: date) -> int:
    return (d - _EXCEL_EPOCH).days


def _address(ctx: Ctx) -> str:
    r = ctx.rng
    return (
        f"{ctx.fake.province()}{ctx.fake.city()}{ctx.fake.district()}{r.choice(_STREETS)}"
        f"{r.randint(1, 300)}号{r.randint(1, 30)}栋{r.randint(1, 4)}单元"
        f"{r.randint(1, 33)}0{r.randint(1, 4)}"
    )


def _recent(ctx: Ctx, k: int) -> list[str]:
    days = sorted(ctx.rng.sample(range(1, 700), k), reverse=True)
    return [(ctx.ref - timedelta(days=d)).isoformat() for d in days]


def _rid_masked(rid: str) -> str:
    return rid[:6] + "********" + rid[-4:]


def _coords(r: random.Random) -> tuple[float, float]:
    return round(r.uniform(22.5, 40.0), 6), round(r.uniform(104.0, 121.5), 6)


def _card(r: random.Random) -> str:
    return idgen.bank_card(r)


def _hex(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def _people(q: bool) -> dict[str, Maker]:
    s = "_q" if q else ""
    return {
        f"name{s}": lambda c: _p(c, q).name,
        f"name{s}_masked": lambda c: _p(c, q).name[0] + "*" * (len(_p(c, q).name) - 1),
        f"rid{s}": lambda c: _p(c, q).rid,
        f"rid{s}_masked": lambda c: _rid_masked(_p(c, q).rid),
        f"mobile{s}": lambda c: _p(c, q).mobile,
        f"mobile{s}_masked": lambda c: _mask_mobile(_p(c, q).mobile),
        f"birth{s}": lambda c: _p(c, q).birth.isoformat(),
        f"gender{s}": lambda c: "男" if _p(c, q).male else "女",
        f"age{s}": lambda c: (c.ref - _p(c, q).birth).days // 365,
    }


PI: dict[str, Maker] = {
    **_people(False),
    **_people(True),
    "rid_fw": lambda c: c.p.rid.translate(_FW),
    "dl": lambda c: c.p.rid,
    "sscard": lambda c: c.p.rid,
    "birth_xl": lambda c: excel_serial(c.p.birth),
    "birth_cn": lambda c: f"{c.p.birth.year}年{c.p.birth.month}月{c.p.birth.day}日",
    "gender_mf": lambda c: "M" if c.p.male else "F",
    "name_pinyin": lambda c: f"{c.rng.choice(_PINYIN)}/{c.rng.choice(_GIVEN)}",
    "name_mr": lambda c: c.p.name[0] + ("先生" if c.p.male else "女士"),
    "mobile_messy": lambda c: c.rng.choice(
        (
            f"+86 {c.p.mobile}",
            f"{c.p.mobile[:3]} {c.p.mobile[3:7]} {c.p.mobile[7:]}",
            c.p.mobile.translate(_FW),
            c.p.mobile + "  ",
            c.p.mobile,
        )
    ),
    "mobiles_two": lambda c: f"{c.p.mobile}/{mobile(c.rng)}",
    "mobile_int": lambda c: int(c.p.mobile),
    "mobile_other": lambda c: mobile(c.rng),
    "landline": lambda c: (
        f"0{c.rng.choice(('10', '21', '20', '755', '571', '28'))}-"
        f"{c.rng.randint(2000000, 89999999)}"
    ),
    "email": lambda c: c.fake.email(),
    "email_qq": lambda c: f"{c.rng.randint(10000, 3999999999)}@qq.com",
    "ethnic": lambda c: c.rng.choice(_ETHNIC),
    "nation": lambda c: c.rng.choice(_NATION),
    "relation": lambda c: c.rng.choice(_RELATIONS),
    "address": _address,
    "passport": lambda c: c.rng.choice("EG") + f"{c.rng.randrange(10**8):08d}",
    "hkm": lambda c: c.rng.choice("CHM") + f"{c.rng.randrange(10**8):08d}",
    "twp": lambda c: f"{c.rng.randrange(10**8):08d}",
    "fprid": lambda c: (lambda b: b + idgen.rid_check(b))(
        f"9{c.rng.choice(('11', '31', '44'))}{c.rng.choice(('840', '124', '392', '826'))}"
        f"{c.p.birth:%Y%m%d}{c.rng.randrange(1000):03d}"
    ),
    "military": lambda c: f"军字第{c.rng.randint(1000000, 9999999)}号",
    "photo": lambda c: f"/upload/photo/{c.ref:%Y%m}/{_hex(c.rng, 16)}.jpg",
    "face_vec": lambda c: json.dumps([round(c.rng.uniform(-1, 1), 4) for _ in range(8)]),
    "fp_tpl": lambda c: (
        "FMR" + "".join(c.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/") for _ in range(40))
    ),
    "gene": lambda c: c.rng.choice(_GENE),
    "account": lambda c: c.fake.user_name() + str(c.rng.randint(1, 99)),
    "wechat": lambda c: "wxid_" + _hex(c.rng, 14),
    "qq": lambda c: str(c.rng.randint(100000, 3999999999)),
    "ip4": lambda c: c.fake.ipv4_public(),
    "ip6": lambda c: c.fake.ipv6(),
    "diag": lambda c: c.rng.choice(_DIAG),
    "allergy": lambda c: c.rng.choice(_ALLERGY),
    "health_ok": lambda c: c.rng.choice(("合格", "合格", "不合格: 血压偏高", "合格", "复查")),
    "height": lambda c: c.rng.randint(150, 190),
    "height_child": lambda c: c.rng.randint(110, 165),
    "weight": lambda c: round(c.rng.uniform(42, 95), 1),
    "tshirt": lambda c: c.rng.choice(("S", "M", "L", "XL", "XXL", "120", "130", "140")),
    "ring": lambda c: f"{c.rng.randint(8, 22)}号",
    "temp": lambda c: round(c.rng.uniform(36.0, 37.4), 1),
    "edu": lambda c: c.rng.choice(_EDU),
    "school": lambda c: f"{c.fake.city_name()}第{c.rng.randint(1, 40)}中学",
    "employer": lambda c: c.fake.company(),
    "job": lambda c: c.rng.choice(_JOBS),
    "bank_card": lambda c: _card(c.rng),
    "bank_card_masked": lambda c: (lambda n: f"{n[:4]} **** **** {n[-4:]}")(_card(c.rng)),
    "password": lambda c: c.rng.choice(
        ("******", _hex(c.rng, 32), f"{c.rng.randint(0, 999999):06d}")
    ),
    "balance": lambda c: round(c.rng.uniform(0, 20000), 2),
    "credit": lambda c: c.rng.choice(_CREDIT),
    "income": lambda c: c.rng.randint(3, 60) * 1000,
    "income_year": lambda c: c.rng.randint(30, 600) * 1000,
    "realestate": lambda c: (
        f"{c.fake.province()[:2]}(2019){c.fake.city_name()}不动产权第"
        f"{c.rng.randint(1000000, 9999999):07d}号"
    ),
    "plate": lambda c: (
        c.rng.choice("京沪粤浙苏川鄂陕")
        + c.rng.choice("ABCDE")
        + "".join(c.rng.choice("0123456789ABCDEFGHJK") for _ in range(5))
    ),
    "vin": lambda c: idgen.vin(c.rng),
    "message": lambda c: c.rng.choice(
        (
            "卫生间漏水好几天了，麻烦尽快派人来修",
            "楼上装修太吵，晚上十点还在打钻",
            "家里门禁卡失效了，刷不开单元门",
            "厨房下水道堵了，请明天上午上门",
            "师傅上次修完还是滴水，能再来看下吗",
        )
    ),
    "contacts_json": lambda c: json.dumps(
        [{"name": c.q.name, "tel": c.q.mobile}, {"name": c.fake.name(), "tel": mobile(c.rng)}],
        ensure_ascii=False,
    ),
    "browse": lambda c: "；".join(
        f"{d} 第{c.rng.randint(1, 30)}讲" for d in _recent(c, c.rng.randint(2, 4))
    ),
    "purchases": lambda c: "；".join(
        f"{d} {c.rng.choice(_GOLD)} ¥{c.rng.randint(800, 30000)}"
        for d in _recent(c, c.rng.randint(1, 3))
    ),
    "deliveries": lambda c: "；".join(
        f"{d} 送水{c.rng.randint(1, 4)}桶" for d in _recent(c, c.rng.randint(2, 4))
    ),
    "laundry_orders": lambda c: "；".join(
        f"{d} {c.rng.choice(('羽绒服', '西装', '大衣'))}{c.rng.randint(1, 3)}件"
        for d in _recent(c, c.rng.randint(2, 3))
    ),
    "card_msg": lambda c: c.rng.choice(_CARDS),
    "imei": lambda c: idgen.imei(c.rng),
    "imsi": lambda c: "46000" + f"{c.rng.randrange(10**10):010d}",
    "mac": lambda c: ":".join(_hex(c.rng, 2) for _ in range(6)).upper(),
    "oaid": lambda c: (
        f"{_hex(c.rng, 8)}-{_hex(c.rng, 4)}-{_hex(c.rng, 4)}-{_hex(c.rng, 4)}-{_hex(c.rng, 12)}"
    ),
    "lat": lambda c: _coords(c.rng)[0],
    "lng": lambda c: _coords(c.rng)[1],
    "latlng": lambda c: "{:.6f},{:.6f}".format(*_coords(c.rng)),
    "polyline": lambda c: ";".join("{:.5f},{:.5f}".format(*_coords(c.rng)) for _ in range(4)),
    "dive_log": lambda c: "；".join(f"{d} {c.rng.choice(_SITES)}" for d in _recent(c, 3)),
    "flights": lambda c: "；".join(
        f"{d} {c.rng.choice(_CITIES)}-{c.rng.choice(_CITIES)}" for d in _recent(c, 2)
    ),
    "stays": lambda c: "；".join(
        f"{d} {c.fake.city_name()}{c.rng.choice(_HOTELS)} {c.rng.randint(1, 3)}晚"
        for d in _recent(c, 2)
    ),
    "marital": lambda c: c.rng.choice(_MARITAL),
    "religion": lambda c: c.rng.choice(_RELIGION),
    "orient": lambda c: c.rng.choice(_ORIENT),
    "crime": lambda c: c.rng.choice(_CRIME),
    "phq9": lambda c: f"PHQ-9 {c.rng.randint(0, 27)}分",
    "dry_weight": lambda c: f"{round(c.rng.uniform(45, 80), 1)}kg",
    "ktv": lambda c: f"Kt/V {round(c.rng.uniform(1.0, 1.8), 2)}",
    "gest_week": lambda c: f"孕{c.rng.randint(12, 22)}+{c.rng.randint(0, 6)}周",
    "uscc": lambda c: idgen.uscc(c.rng),
}
