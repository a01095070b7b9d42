"""Set 12's makers of personal values, written for this set: one function per generator name,
each drawing from the row's context (``person.Ctx``). Masked, messy and typed variants sit
beside the clean ones, as real exports mix them."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from pypinyin import lazy_pinyin

from piplkit.discover.evaluation.heldout8 import idgen
from piplkit.discover.evaluation.heldout12.person import Ctx, Person, mobile

Maker = Callable[[Ctx], Any]
_FW = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")
_EXCEL0 = date(1899, 12, 30)


def _digits(ctx: Ctx, n: int) -> str:
    return "".join(ctx.rng.choice("0123456789") for _ in range(n))


def _pick(ctx: Ctx, *xs: Any) -> Any:
    return ctx.rng.choice(xs)


def _name_masked(p: Person) -> str:
    return p.name[0] + "*" * (len(p.name) - 1)


def _pinyin(p: Person) -> str:
    py = lazy_pinyin(p.name)
    return f"{py[0].upper()}/{''.join(py[1:]).upper()}"


def _mobile_messy(ctx: Ctx) -> str:
    m = ctx.p.mobile
    return ctx.rng.choice(
        (f"+86 {m}", f"{m[:3]} {m[3:7]} {m[7:]}", m.translate(_FW), f"{m}  ", f"86-{m}", m)
    )


def _birth_mixed(ctx: Ctx) -> str:
    b = ctx.p.birth
    return ctx.rng.choice(
        (b.isoformat(), f"{b.year}年{b.month}月{b.day}日", f"{b:%Y/%m/%d}", f"{b:%Y%m%d}")
    )


def _contacts_json(ctx: Ctx) -> str:
    rel = ("父亲", "母亲", "配偶", "同事", "朋友", "兄弟")
    people = [
        {"name": ctx.fake.name(), "rel": ctx.rng.choice(rel), "phone": mobile(ctx.rng)}
        for _ in range(ctx.rng.randint(1, 3))
    ]
    return json.dumps(people, ensure_ascii=False)


def _flat(c: Ctx) -> str:
    """A flat in an estate: street, compound, building, unit and room."""
    r = c.rng.randint
    return f"{c.fake.street_name()}{r(1, 30)}号院{r(1, 20)}栋{r(1, 4)}单元{r(1, 28)}0{r(1, 4)}"


def _days(ctx: Ctx, back: int) -> date:
    return ctx.ref - timedelta(days=ctx.rng.randrange(1, back))


def _trip_list(ctx: Ctx, places: tuple[str, ...], n: int = 3) -> str:
    stops = []
    for _ in range(n):
        d = _days(ctx, 60)
        stops.append(
            f"{d:%m-%d} {ctx.rng.randint(6, 22):02d}:{ctx.rng.randint(0, 59):02d} "
            f"{ctx.rng.choice(places)}"
        )
    return "；".join(sorted(stops))


_TOLLS = (
    "京港澳高速杜家坎站",
    "沪昆高速松江站",
    "沈海高速宁波东站",
    "杭甬高速柯桥站",
    "广深高速福永站",
    "京沪高速无锡东站",
    "成渝环线简阳站",
    "沪宁高速昆山站",
)
_METRO = (
    "人民广场",
    "徐家汇",
    "陆家嘴",
    "世纪大道",
    "中山公园",
    "静安寺",
    "虹桥火车站",
    "龙阳路",
    "西直门",
    "国贸",
    "五道口",
    "天安门东",
)
_RIDE = (
    "千岛湖环湖绿道",
    "滴水湖",
    "西湖北山路",
    "奥森北园",
    "青龙峡",
    "太湖大道",
    "东钱湖",
    "环南山",
)
_HOTELS = (
    "全季酒店(会展中心店)",
    "亚朵酒店(国博店)",
    "汉庭酒店(展览路店)",
    "锦江之星(机场店)",
    "维也纳酒店(西站店)",
    "如家精选(新区店)",
)
_SITES = (
    "taobao.com",
    "bilibili.com",
    "weibo.com",
    "ctrip.com",
    "zhihu.com",
    "jd.com",
    "douyin.com",
    "163.com",
    "meituan.com",
)
_GOODS = (
    "澳洲奶粉3段",
    "日本面霜",
    "韩国面膜10片",
    "德国保温杯",
    "美国鱼油",
    "法国红酒",
    "新西兰蜂蜜",
)
_ILL = (
    "高血压2级",
    "2型糖尿病",
    "冠心病 稳定型",
    "阿尔茨海默病早期",
    "慢阻肺",
    "脑梗后遗症",
    "骨质疏松",
    "帕金森病",
)
_CONSULT = (
    "咽痛三天伴低烧",
    "经常失眠多梦",
    "胃部反酸烧心",
    "皮疹瘙痒一周",
    "尿频尿急",
    "腰痛放射到腿",
)


_LOAN_MSG = (
    "这个月工资还没发，下周五前一定还上，别再打我单位电话了",
    "我已经在还了，能不能减免一点利息",
    "你们别再给我家里人打电话了，我会处理的",
    "下个月15号一次性还清",
    "我现在住院了，晚点再说",
    "钱借给朋友了还没拿回来，再宽限几天",
)


def _fprid(ctx: Ctx, who: Person) -> str:
    """The 2023 permanent-residence ID: 9, province, country, birth date, sequence, check."""
    body = (
        "9"
        + _pick(ctx, "11", "31", "44", "32")
        + _pick(ctx, "840", "392", "410", "276", "826", "250")
    )
    body += f"{who.birth:%Y%m%d}" + _digits(ctx, 3)
    body = body[:17]
    return body + idgen.rid_check(body)


PI: dict[str, Maker] = {
    "name": lambda c: c.p.name,
    "name_q": lambda c: c.q.name,
    "name_masked": lambda c: _name_masked(c.p),
    "name_pinyin": lambda c: _pinyin(c.p),
    "name_mr": lambda c: c.p.name[0] + ("先生" if c.p.male else "女士"),
    "name_any": lambda c: c.fake.name(),
    "birth": lambda c: c.p.birth.isoformat(),
    "birth_mixed": _birth_mixed,
    "birth_xl": lambda c: (c.p.birth - _EXCEL0).days,
    "birth_q": lambda c: c.q.birth.isoformat(),
    "age": lambda c: (c.ref - c.p.birth).days // 365,
    "gender": lambda c: "男" if c.p.male else "女",
    "gender_en": lambda c: "M" if c.p.male else "F",
    "ethnicity": lambda c: c.rng.choice(
        ("汉族",) * 6 + ("回族", "壮族", "满族", "苗族", "维吾尔族")
    ),
    "nationality": lambda c: c.rng.choice(
        ("美国", "英国", "德国", "日本", "韩国", "法国", "加拿大")
    ),
    "nationality_code": lambda c: c.rng.choice(("USA", "GBR", "DEU", "JPN", "KOR", "FRA", "CAN")),
    "relation": lambda c: c.rng.choice(("父亲", "母亲", "爷爷", "奶奶", "外公", "外婆")),
    "relation_adult": lambda c: c.rng.choice(("儿子", "女儿", "配偶", "侄子", "儿媳")),
    "address": lambda c: c.fake.address(),
    "address_flat": _flat,
    "mobile": lambda c: c.p.mobile,
    "mobile_q": lambda c: c.q.mobile,
    "mobile_masked": lambda c: c.p.mobile[:3] + "****" + c.p.mobile[7:],
    "mobile_messy": _mobile_messy,
    "mobile_int": lambda c: int(c.p.mobile),
    "mobiles_two": lambda c: f"{c.p.mobile}/{mobile(c.rng)}",
    "landline": lambda c: (
        _pick(c, "010", "021", "0571", "020", "028") + "-" + _pick(c, "6", "8") + _digits(c, 7)
    ),
    "email": lambda c: (
        "".join(lazy_pinyin(c.p.name))
        + _digits(c, 2)
        + "@"
        + _pick(c, "163.com", "qq.com", "126.com", "gmail.com", "outlook.com")
    ),
    "rid": lambda c: c.p.rid,
    "rid_q": lambda c: c.q.rid,
    "rid_masked": lambda c: c.p.rid[:6] + "********" + c.p.rid[14:],
    "rid_fw": lambda c: c.p.rid.translate(_FW),
    "dl": lambda c: c.p.rid,
    "passport": lambda c: _pick(c, "E", "EH", "EJ") + _digits(c, 8 if c.rng.random() < 0.5 else 7),
    "passport_foreign": lambda c: _pick(c, "5", "T", "M", "C") + _digits(c, 8),
    "hkmo": lambda c: (
        _pick(c, "H", "M") + _digits(c, 8) if c.rng.random() < 0.6 else "C" + _digits(c, 8)
    ),
    "twp": lambda c: _digits(c, 8),
    "fprid": lambda c: _fprid(c, c.p),
    "fprid_q": lambda c: _fprid(c, c.q),
    "military_id": lambda c: _pick(c, "南", "北", "海", "空", "政") + "字第" + _digits(c, 8) + "号",
    "ssc": lambda c: _pick(c, "A", "B", "C", "D") + _digits(c, 8),
    "face": lambda c: f"/upload/face/{c.ref:%Y%m}/{_digits(c, 10)}_{c.i}.jpg",
    "face_url": lambda c: f"https://oss.example.cn/snap/{_digits(c, 12)}.jpg",
    "biometric": lambda c: (
        "Rk1SACAyMAAA"
        + "".join(c.rng.choice("ABCDEFGHabcdefgh0123456789+/") for _ in range(40))
        + "=="
    ),
    "genetic": lambda c: f"ACTN3 {_pick(c, 'RR', 'RX', 'XX')}; ACE {_pick(c, 'II', 'ID', 'DD')}",
    "genetic_deaf": lambda c: _pick(
        c,
        "GJB2 235delC 杂合",
        "未检出突变",
        "SLC26A4 IVS7-2A>G 杂合",
        "未检出突变",
        "线粒体12S rRNA 1555A>G 均质",
    ),
    "nick": lambda c: c.fake.user_name() + _digits(c, 2),
    "wechat": lambda c: _pick(c, "wxid_", "") + c.fake.user_name() + _digits(c, 3),
    "qq": lambda c: str(c.rng.randint(10**7, 3 * 10**9)),
    "ipv4": lambda c: c.fake.ipv4_public(),
    "ipv4_lan": lambda c: (
        f"10.{c.rng.randint(0, 20)}.{c.rng.randint(0, 255)}.{c.rng.randint(2, 254)}"
    ),
    "ipv6": lambda c: c.fake.ipv6(),
    "health": lambda c: c.rng.choice(_ILL),
    "health_fit": lambda c: _pick(c, "合格", "合格", "合格", "暂不合格：血压偏高", "合格（近视）"),
    "height": lambda c: c.rng.randint(150, 190),
    "weight": lambda c: round(c.rng.uniform(45, 95), 1),
    "edu": lambda c: c.rng.choice(("本科", "大专", "硕士研究生", "高中", "中专", "博士")),
    "school": lambda c: c.rng.choice(
        (
            "浙江大学",
            "华中科技大学",
            "四川大学",
            "上海海事大学",
            "大连海事大学",
            "郑州大学",
            "苏州大学",
        )
    ),
    "gaokao_score": lambda c: c.rng.randint(380, 690),
    "employer": lambda c: c.fake.company(),
    "job": lambda c: c.fake.job(),
    "rank": lambda c: _pick(c, "船长", "大副", "二副", "轮机长", "水手", "机工", "厨师"),
    "bank_card": lambda c: idgen.bank_card(c.rng),
    "bank_card_masked": lambda c: (lambda b: b[:4] + " **** **** " + b[-4:])(
        idgen.bank_card(c.rng)
    ),
    "password": lambda c: _pick(
        c, "".join(c.rng.choice("0123456789") for _ in range(6)), c.fake.password(length=10)
    ),
    "password_hash": lambda c: c.fake.sha1(),
    "balance": lambda c: round(c.rng.uniform(0, 3000), 2),
    "credit": lambda c: _pick(c, "M1逾期", "M2逾期", "正常", "M3+", "已结清", "征信有不良记录"),
    "credit_score": lambda c: c.rng.randint(520, 820),
    "purchases": lambda c: "；".join(
        f"{_days(c, 90):%m-%d} {_pick(c, *_GOODS)} ¥{c.rng.randint(60, 900)}" for _ in range(2)
    ),
    "film_buys": lambda c: "；".join(
        f"{_days(c, 90):%m-%d} {_pick(c, '爆米花套餐', '3D眼镜', '可乐中杯', '观影券')} ¥"
        f"{c.rng.randint(15, 80)}"
        for _ in range(2)
    ),
    "income": lambda c: c.rng.randrange(4000, 45000, 100),
    "income_usd": lambda c: c.rng.randrange(1800, 9000, 50),
    "real_estate": lambda c: (
        f"{_pick(c, '京', '沪', '浙', '苏', '粤')}({c.rng.randint(2012, 2025)})"
        f"{_pick(c, '朝阳区', '浦东新区', '西湖区', '姑苏区', '天河区')}不动产权第{_digits(c, 7)}号"
    ),
    "plate": lambda c: (
        _pick(c, "京", "沪", "浙", "苏", "粤", "川")
        + _pick(c, "A", "B", "C", "E")
        + _pick(c, "", "D", "F")
        + "".join(c.rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
    ),
    "vin": lambda c: idgen.vin(c.rng),
    "msg_loan": lambda c: _pick(c, *_LOAN_MSG),
    "msg_med": lambda c: (
        "医生您好，我最近"
        + c.rng.choice(_CONSULT)
        + _pick(c, "，需要去医院吗？", "，吃什么药好？", "，严重吗")
    ),
    "baby_name": lambda c: c.q.name + ("之子" if c.p.male else "之女"),
    "high_school": lambda c: (
        c.fake.city_name() + _pick(c, "第一中学", "第二中学", "实验中学", "外国语学校")
    ),
    "primary_school": lambda c: c.fake.city_name() + _pick(c, "实验小学", "第三小学", "外国语小学"),
    "grade": lambda c: _pick(c, "一年级", "二年级", "三年级", "四年级", "五年级", "六年级"),
    "vision": lambda c: round(c.rng.uniform(4.3, 5.2), 1),
    "temp": lambda c: round(c.rng.uniform(36.0, 37.4), 1),
    "blood": lambda c: _pick(c, "A", "B", "O", "AB", "O", "A Rh-"),
    "allergy": lambda c: _pick(c, "花生过敏", "无已知过敏", "芒果过敏", "青霉素过敏", "尘螨过敏"),
    "drug": lambda c: _pick(
        c,
        "阿莫西林胶囊 0.5g tid",
        "布洛芬缓释胶囊",
        "奥美拉唑肠溶胶囊",
        "氯雷他定片",
        "头孢克肟分散片",
        "甲硝唑片",
    ),
    "camp_stays": lambda c: "；".join(
        f"{_days(c, 200):%Y-%m-%d} {_pick(c, '千岛湖', '莫干山', '安吉', '象山')}营地"
        f"{c.rng.randint(1, 3)}晚"
        for _ in range(2)
    ),
    "salary_band": lambda c: f"{(lo := c.rng.randrange(5, 30))}k-{lo + c.rng.randrange(3, 10)}k",
    "income_wan": lambda c: c.rng.randrange(30, 300),
    "major": lambda c: _pick(
        c, "汉语言文学", "工商管理", "会计学", "计算机科学与技术", "法学", "护理学"
    ),
    "contacts": _contacts_json,
    "contacts_text": lambda c: "；".join(
        f"{_pick(c, '妈妈', '爸爸', '老婆', '哥哥')}:{mobile(c.rng)}" for _ in range(2)
    ),
    "browsing": lambda c: "，".join(c.rng.sample(_SITES, 3)),
    "viewed_goods": lambda c: "、".join(c.rng.sample(_GOODS, 3)),
    "imei": lambda c: idgen.imei(c.rng),
    "imsi": lambda c: "460" + _pick(c, "00", "01", "11", "02") + _digits(c, 10),
    "mac": lambda c: ":".join(f"{c.rng.randint(0, 255):02x}" for _ in range(6)),
    "oaid": lambda c: c.fake.uuid4(),
    "iccid": lambda c: "8986" + _pick(c, "00", "01", "11") + _digits(c, 14),
    "geo": lambda c: f"{c.rng.uniform(22.5, 40.1):.6f},{c.rng.uniform(104.0, 121.6):.6f}",
    "lat": lambda c: round(c.rng.uniform(22.5, 40.1), 6),
    "lng": lambda c: round(c.rng.uniform(104.0, 121.6), 6),
    "toll_trips": lambda c: _trip_list(c, _TOLLS),
    "metro_trips": lambda c: _trip_list(c, _METRO, 4),
    "rides": lambda c: _trip_list(c, _RIDE),
    "hotel_stay": lambda c: (
        f"{_days(c, 30):%Y-%m-%d}起{c.rng.randint(1, 4)}晚 {_pick(c, *_HOTELS)}"
    ),
    "marital": lambda c: _pick(c, "已婚", "未婚", "离异", "丧偶", "已婚"),
    "religion": lambda c: _pick(c, "无宗教信仰", "佛教", "基督教", "伊斯兰教", "道教", "天主教"),
    "orientation": lambda c: _pick(c, "异性恋", "同性恋", "双性恋", "异性恋", "不确定"),
    "criminal": lambda c: _pick(
        c,
        "刑满释放（盗窃罪）",
        "无犯罪记录",
        "社区矫正（危险驾驶罪）",
        "无犯罪记录",
        "曾因吸毒被行政拘留",
    ),
    "uscc": lambda c: idgen.uscc(c.rng),
}
