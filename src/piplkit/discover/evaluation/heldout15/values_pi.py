"""Set 15's makers of personal values, each ``maker(ctx)`` for the row's person ``p`` (or ``q``
for a name ending in ``_q``), written for this set: identifiers with their standards' check
digits (``heldout8.idgen``), Faker zh_CN names and addresses, and the mess real exports carry
(masks, full-width digits, +86, spaces, two numbers in a cell, Excel serials, pinyin, 王先生)."""

from __future__ import annotations

import base64
import hashlib
import json
import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen
from piplkit.discover.evaluation.heldout15.person import Ctx, Person

Maker = Callable[[Ctx], Any]
_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_PY = {"王": "WANG", "李": "LI", "张": "ZHANG", "刘": "LIU", "陈": "CHEN", "杨": "YANG",
       "黄": "HUANG", "赵": "ZHAO", "吴": "WU", "周": "ZHOU", "徐": "XU", "孙": "SUN", "马": "MA",
       "朱": "ZHU", "胡": "HU", "郭": "GUO", "何": "HE", "高": "GAO",
       "林": "LIN", "罗": "LUO"}  # fmt: skip
_GIVEN = ("WEI", "FANG", "NA", "MIN", "JING", "LEI", "QIANG", "JUN", "YAN", "TAO", "XIN", "HAO")
_EXCEL0 = date(1899, 12, 30)


def _pick(ctx: Ctx, items: tuple[Any, ...]) -> Any:
    return ctx.rng.choice(items)


def _digits(ctx: Ctx, n: int) -> str:
    return "".join(ctx.rng.choice("0123456789") for _ in range(n))


def _who(q: bool) -> Callable[[Ctx], Person]:
    return (lambda c: c.q) if q else (lambda c: c.p)


def _name_pinyin(ctx: Ctx, p: Person) -> str:
    sur = _PY.get(p.name[0], "ZHOU")
    given = _pick(ctx, _GIVEN)
    return f"{sur}/{given}" if ctx.rng.random() < 0.5 else f"{given.title()} {sur.title()}"


def _masked_name(p: Person) -> str:
    return p.name[0] + "*" + (p.name[-1] if len(p.name) > 2 else "")


def _mobile_spaced(m: str) -> str:
    return f"{m[:3]} {m[3:7]} {m[7:]}"


def _cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _serial(d: date) -> int:
    return (d - _EXCEL0).days


def fprid(ctx: Ctx, p: Person) -> str:
    """The 2023 foreign permanent-resident number: 9, province, ISO numeric nationality, birth
    date, sequence, MOD 11-2 check character."""
    body = (
        "9" + _pick(ctx, ("11", "31", "44", "32", "33")) + _pick(ctx, ("840", "392", "410", "276"))
    )
    body += f"{p.birth:%Y%m%d}" + _digits(ctx, 3)
    return body + idgen.rid_check(body)


def _people_makers(q: bool) -> dict[str, Maker]:
    who = _who(q)
    return {
        "name": lambda c: who(c).name,
        "name_masked": lambda c: _masked_name(who(c)),
        "name_starred": lambda c: who(c).name[0] + "*" * (len(who(c).name) - 1),
        "name_pinyin": lambda c: _name_pinyin(c, who(c)),
        "name_mr": lambda c: who(c).name[0] + ("先生" if who(c).male else "女士"),
        "birth": lambda c: who(c).birth.isoformat(),
        "birth_cn": lambda c: _cn_date(who(c).birth),
        "birth_xl": lambda c: _serial(who(c).birth),
        "birth_slash": lambda c: f"{who(c).birth:%Y/%m/%d}",
        "age": lambda c: (c.ref - who(c).birth).days // 365,
        "gender": lambda c: "男" if who(c).male else "女",
        "gender_code": lambda c: "1" if who(c).male else "2",
        "gender_mf": lambda c: "M" if who(c).male else "F",
        "ethnicity": lambda c: who(c).ethnicity,
        "mobile": lambda c: who(c).mobile,
        "mobile_masked": lambda c: who(c).mobile[:3] + "****" + who(c).mobile[-4:],
        "mobile_plus": lambda c: "+86 " + who(c).mobile,
        "mobile_spaced": lambda c: _mobile_spaced(who(c).mobile),
        "mobile_fw": lambda c: who(c).mobile.translate(_FW),
        "mobile_int": lambda c: int(who(c).mobile),
        "mobile_trail": lambda c: who(c).mobile + "  ",
        "mobiles_two": lambda c: (
            who(c).mobile + "/1" + _pick(c, ("38", "59", "86")) + _digits(c, 8)
        ),
        "email": lambda c: who(c).email,
        "rid": lambda c: who(c).rid,
        "rid_masked": lambda c: who(c).rid[:6] + "********" + who(c).rid[-4:],
        "rid_fw": lambda c: who(c).rid.translate(_FW),
        "address": lambda c: who(c).address,
        "fprid": lambda c: fprid(c, who(c)),
    }


def _flat(c: Ctx) -> str:
    estate = _pick(c, ("锦绣花园", "阳光小区", "翠湖苑", "金色家园", "滨江名邸", "和平里"))
    building, unit = c.rng.randint(1, 30), c.rng.randint(1, 4)
    return (
        f"{c.fake.city()}{estate}{building}栋{unit}单元{c.rng.randint(1, 28)}0{c.rng.randint(1, 4)}"
    )


def _passport(c: Ctx) -> str:
    return _pick(c, ("E", "EA", "EB", "G")) + _digits(c, 8 if c.rng.random() < 0.7 else 7)


def _coords(c: Ctx) -> tuple[float, float]:
    lat, lng = _pick(c, ((39.90, 116.40), (31.23, 121.47), (30.27, 120.15), (22.54, 114.06)))
    return round(lat + c.rng.uniform(-0.2, 0.2), 6), round(lng + c.rng.uniform(-0.2, 0.2), 6)


def _track(c: Ctx) -> str:
    start = c.rng.randint(10, 20)
    stops = (
        "商家取餐",
        c.rng.choice(("文三路口", "学院路", "天目山路", "解放路口")),
        c.rng.choice(("小区东门", "小区北门", "写字楼B座")),
        "送达",
    )
    minute = c.rng.randint(0, 20)
    return "；".join(f"{start}:{minute + 12 * k:02d} {s}" for k, s in enumerate(stops))


def _track_pts(c: Ctx) -> str:
    lat, lng = _coords(c)
    pts = []
    for k in range(4):
        pts.append(f"{lng + k * 0.003:.5f},{lat + k * 0.002:.5f}@{10 + k}:{c.rng.randint(10, 59)}")
    return ";".join(pts)


def _txns(c: Ctx, items: tuple[str, ...]) -> str:
    out = []
    for _ in range(c.rng.randint(2, 4)):
        d = c.ref - timedelta(days=c.rng.randint(1, 200))
        out.append(f"{d:%m-%d} {_pick(c, items)} {c.rng.randint(8, 400)}元")
    return "; ".join(out)


def _contacts(c: Ctx) -> str:
    return json.dumps(
        [{"name": c.q.name, "phone": c.q.mobile, "relation": _pick(c, ("配偶", "父亲", "朋友"))},
         {"name": c.fake.name(), "phone": "1" + _pick(c, ("39", "58", "88")) + _digits(c, 8)}],
        ensure_ascii=False,
    )  # fmt: skip


def _bio(c: Ctx, n: int) -> str:
    raw = hashlib.sha256(f"{c.p.rid}{c.i}{n}".encode()).digest() * 3
    return base64.b64encode(raw[:n]).decode()


def _hla(c: Ctx) -> str:
    def allele(locus: str) -> str:
        return f"{locus}*{c.rng.randint(1, 80):02d}:{c.rng.randint(1, 30):02d}"

    return " ".join(allele(x) for x in ("A", "A", "B", "B", "DRB1", "DRB1"))


def _ipv6(c: Ctx) -> str:
    return "240e:" + ":".join(f"{c.rng.randint(0, 65535):x}" for _ in range(7))


def _mac(c: Ctx) -> str:
    oui = _pick(c, ("28:6C:07", "00:E0:4C", "AC:BC:32", "F4:8E:38", "B0:E2:35"))
    return oui + ":" + ":".join(f"{c.rng.randint(0, 255):02X}" for _ in range(3))


def _oaid(c: Ctx) -> str:
    h = hashlib.md5(f"{c.p.rid}{c.i}oaid".encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _plate(c: Ctx) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return (
        _pick(c, ("京", "沪", "粤", "浙", "苏", "川"))
        + _pick(c, tuple("ABCDE"))
        + "".join(c.rng.choice(letters + "0123456789") for _ in range(5))
    )


def _real_estate(c: Ctx) -> str:
    prov = _pick(c, ("京", "沪", "浙", "苏"))
    area = _pick(c, ("朝阳区", "西湖区", "浦东新区", "鼓楼区"))
    return f"{prov}({c.rng.randint(2012, 2025)}){area}不动产权第{_digits(c, 7)}号"


def _stay(c: Ctx) -> str:
    day = c.ref - timedelta(days=c.rng.randint(30, 700))
    chain = _pick(c, ("如家", "全季", "亚朵", "汉庭"))
    return f"{day:%Y-%m-%d} {chain}{c.fake.city_name()}店 {c.rng.randint(1, 4)}晚"


_KID_GRADES = ("一年级", "二年级", "三年级", "四年级", "五年级", "六年级")


def _age(c: Ctx) -> int:
    return (c.ref - c.p.birth).days // 365


def _body(c: Ctx) -> tuple[float, float]:
    """The row subject's adult height and weight, the same in every column of the row."""
    r = random.Random(f"{c.p.rid}:body")
    height = r.gauss(172 if c.p.male else 160, 6)
    bmi = r.uniform(18.5, 29)
    return round(height, 1), round(bmi * (height / 100) ** 2, 1)


def _kid_body(c: Ctx) -> tuple[float, float]:
    """A child's height and weight from the age (rough growth-chart means)."""
    r = random.Random(f"{c.p.rid}:kid")
    height = 76 + 6 * _age(c) + r.gauss(0, 5)
    return round(height), round(2.2 * _age(c) + 8 + r.gauss(0, 3), 1)


def _lost(c: Ctx) -> float:
    return round(random.Random(f"{c.p.rid}:lost").uniform(0.5, 14), 1)


def _browsing_books(c: Ctx) -> str:
    titles = ("《三体》", "《活着》", "《平凡的世界》", "《围城》", "《明朝那些事儿》",
              "《白夜行》",
              "《人类简史》", "《长安的荔枝》")  # fmt: skip
    return "，".join(
        f"{(c.ref - timedelta(days=c.rng.randint(1, 90))):%m/%d}{t}"
        for t in c.rng.sample(titles, 3)
    )


def _viewing(c: Ctx) -> str:
    shows = ("新闻联播", "庆余年", "非诚勿扰", "CCTV5 足球之夜", "熊出没", "动物世界", "甄嬛传")
    return " | ".join(
        f"12-0{c.rng.randint(1, 6)} {c.rng.randint(18, 23)}:00 {s}" for s in c.rng.sample(shows, 3)
    )


#: A customer's own words to a shop or a rider (``communication_record``, set 9's 28).
_MESSAGES = ("师傅麻烦快点，孩子在家等", "到了打我电话，别按门铃", "上次的奶油有点腻，这次少糖",
             "放门口就行谢谢", "帮我看看还要多久", "请问可以改到下午三点送吗")  # fmt: skip
_DIAG = ("高血压: 否; 心脏病: 否; 癫痫: 否", "高血压: 是(服药控制)", "哮喘: 否; 近期手术: 否",
         "颈椎病史", "无重大疾病史", "2型糖尿病, 二甲双胍")  # fmt: skip
_ALLERGY = ("花生过敏", "无", "青霉素过敏", "海鲜过敏", "尘螨过敏", "无已知过敏", "芒果过敏")
_EXAM = (
    "可从事放射工作",
    "晶状体轻度混浊, 复查",
    "白细胞偏低, 暂缓",
    "未见异常",
    "甲状腺结节, 随访",
)


def _pi_makers() -> dict[str, Maker]:
    m: dict[str, Maker] = {}
    m.update(_people_makers(False))
    m.update({k + "_q": v for k, v in _people_makers(True).items()})
    m.update(
        {
            "staff": lambda c: c.fake.name(),
            "baby_name": lambda c: c.q.name + _pick(c, ("之子", "之女")),
            "relation_q": lambda c: _pick(
                c, ("父亲", "母亲", "爷爷", "奶奶", "外婆", "父子", "母女")
            ),
            "relation": lambda c: _pick(c, ("配偶", "长子", "次女", "孙子", "女儿", "儿子")),
            "flat": _flat,
            "landline": lambda c: (
                f"0{_pick(c, ('10', '21', '571', '25', '28'))}-{c.rng.randint(2, 8)}{_digits(c, 7)}"
            ),
            "passport": _passport,
            "nationality": lambda c: _pick(
                c, ("美国", "日本", "韩国", "德国", "法国", "英国", "新加坡")
            ),
            "nationality_iso": lambda c: _pick(
                c, ("USA", "JPN", "KOR", "DEU", "FRA", "GBR", "SGP")
            ),
            "hkm": lambda c: _pick(c, ("C", "CE")) + _digits(c, 8 if c.rng.random() < 0.6 else 7),
            "twp": lambda c: _digits(c, 8),
            "military": lambda c: (
                _pick(c, ("南", "北", "沈", "兰", "成", "海", "空")) + f"字第{_digits(c, 7)}号"
            ),
            "dl": lambda c: c.p.rid,
            "sscard": lambda c: c.p.rid,
            "photo": lambda c: (
                f"https://oss-cn-hz.example-cdn.cn/face/{c.ref:%Y%m}/{_oaid(c)[:13]}.jpg"
            ),
            "photo_path": lambda c: f"/data/upload/idphoto/{c.i:05d}_{_digits(c, 6)}.jpg",
            "face_feat": lambda c: _bio(c, 96),
            "fingerprint": lambda c: "Rk1SACAyMAA" + _bio(c, 60),
            "hla": _hla,
            "account": lambda c: c.fake.user_name() + _digits(c, 2),
            "nick": lambda c: (
                _pick(c, ("小", "阿", "大", ""))
                + c.fake.first_name()
                + _pick(c, ("酱", "", "_", "呀", "2000"))
            ),
            "weibo": lambda c: "@" + c.fake.user_name(),
            "wechat": lambda c: (
                "wxid_"
                + "".join(c.rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14))
            ),
            "qq": lambda c: str(c.rng.randint(10000000, 3999999999)),
            "ipv4": lambda c: (
                _pick(c, ("117", "223", "36", "112", "183"))
                + f".{c.rng.randint(0, 255)}.{c.rng.randint(0, 255)}.{c.rng.randint(1, 254)}"
            ),
            "ipv6": _ipv6,
            "mac": _mac,
            "oaid": _oaid,
            "imei": lambda c: idgen.imei(c.rng),
            "imsi": lambda c: "46000" + _digits(c, 10),
            "health_decl": lambda c: _pick(c, _DIAG),
            "allergy": lambda c: _pick(c, _ALLERGY),
            "blood_type": lambda c: _pick(
                c, ("A型 Rh+", "B型 Rh+", "O型 Rh+", "AB型 Rh+", "O型 Rh-")
            ),
            "exam_result": lambda c: _pick(c, _EXAM),
            "history": lambda c: _pick(
                c, ("高血压", "脂肪肝", "睡眠呼吸暂停", "无", "高尿酸血症", "甲减")
            ),
            "height": lambda c: _body(c)[0],
            "height_kid": lambda c: _kid_body(c)[0],
            "weight": lambda c: _body(c)[1],
            "weight_big": lambda c: round(_body(c)[1] + 35, 1),
            "weight_now": lambda c: round(_body(c)[1] + 35 - _lost(c), 1),
            "weight_kid": lambda c: _kid_body(c)[1],
            "body_fat": lambda c: f"{c.rng.uniform(18, 42):.1f}%",
            "waist": lambda c: c.rng.randint(72, 125),
            "lost_kg": _lost,
            "size_wear": lambda c: _pick(c, ("S", "M", "L", "XL", "XXL")),
            "size_kid": lambda c: str(min(170, (int(_kid_body(c)[0]) + 5) // 10 * 10)),
            "school_kid": lambda c: (
                c.fake.city_name() + _pick(c, ("实验小学", "第二小学", "外国语学校", "育才小学"))
            ),
            "grade_kid": lambda c: _KID_GRADES[min(5, max(0, _age(c) - 7))],
            "education": lambda c: _pick(c, ("高中", "中专", "大专", "本科", "硕士研究生", "初中")),
            "major": lambda c: _pick(
                c, ("汉语言文学", "行政管理", "会计", "计算机应用", "法律", "护理学")
            ),
            "score": lambda c: c.rng.randint(42, 96),
            "skill_level": lambda c: _pick(
                c, ("初级工(五级)", "中级工(四级)", "高级工(三级)", "技师(二级)")
            ),
            "employer": lambda c: c.fake.company(),
            "job_title": lambda c: c.fake.job(),
            "trade": lambda c: _pick(
                c, ("电工", "焊工", "育婴员", "中式烹调师", "保育员", "汽车维修工")
            ),
            "bank_card": lambda c: idgen.bank_card(c.rng),
            "bank_card_masked": lambda c: (lambda s: f"{s[:4]} **** **** {s[-4:]}")(
                idgen.bank_card(c.rng)
            ),
            "balance": lambda c: round(c.rng.uniform(0, 3000), 2),
            "income": lambda c: c.rng.randint(20, 600) * 1000,
            "txn_sessions": lambda c: _txns(
                c, ("中式台球2h", "斯诺克1h", "包厢4h", "自动麻将桌3h")
            ),
            "txn_coffee": lambda c: _txns(c, ("拿铁", "美式", "生椰拿铁", "燕麦拿铁", "可颂")),
            "txn_market": lambda c: _txns(c, ("鸡蛋", "牛奶", "大米5kg", "食用油", "洗衣液")),
            "real_estate": _real_estate,
            "plate": _plate,
            "vin": lambda c: idgen.vin(c.rng),
            "message": lambda c: _pick(c, _MESSAGES),
            "contacts_json": _contacts,
            "books_read": _browsing_books,
            "viewing": _viewing,
            "geo": lambda c: "{:.6f},{:.6f}".format(*_coords(c)),
            "lat": lambda c: _coords(c)[0],
            "lng": lambda c: _coords(c)[1],
            "track": _track,
            "track_pts": _track_pts,
            "marital": lambda c: _pick(c, ("已婚", "未婚", "离异", "丧偶", "已婚", "未婚")),
            "religion": lambda c: _pick(
                c, ("无", "无", "无", "佛教", "基督教", "伊斯兰教", "道教")
            ),
            "orientation": lambda c: _pick(c, ("异性恋", "同性恋", "双性恋", "不愿透露")),
            "criminal": lambda c: _pick(
                c, ("无犯罪记录", "无", "曾因盗窃罪被判处拘役三个月", "无")
            ),
            "credit": lambda c: _pick(
                c, ("信用良好", "近24月逾期2次", "当前逾期", "无贷款记录", "关注类")
            ),
            "password": lambda c: hashlib.sha256(f"{c.p.mobile}{c.i}".encode()).hexdigest(),
            "password_masked": lambda c: "******",
            "stays": lambda c: "；".join(_stay(c) for _ in range(2)),
            "comm": lambda c: f"{c.ref:%m-%d} 呼出 {c.q.mobile} {c.rng.randint(15, 600)}秒",
        }
    )
    return m


PI_MAKERS: dict[str, Maker] = _pi_makers()
