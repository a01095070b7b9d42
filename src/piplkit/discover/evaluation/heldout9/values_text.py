"""Set 9's makers of coded and free-text personal values: vocabularies written for this set
(GB/T 3304 ethnic groups, GB/T 2261 marital codes, GB/T 4658 education levels, ICD-10 chapters)
and record texts (a person's purchases, chats, address book, pages, stays, credit standing)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from piplkit.discover.evaluation.heldout9.person import Ctx, mobile

Maker = Callable[[Ctx], Any]

_ETHNIC = ("汉族",) * 18 + (
    "壮族",
    "回族",
    "满族",
    "维吾尔族",
    "苗族",
    "彝族",
    "土家族",
    "藏族",
    "蒙古族",
)
_NATION = ("中国",) * 6 + ("美国", "日本", "韩国", "德国", "法国", "澳大利亚", "加拿大", "新加坡")
_MARITAL = ("未婚", "已婚", "已婚", "离婚", "丧偶", "已婚")
_RELIGION = ("无",) * 6 + ("佛教", "基督教", "伊斯兰教", "天主教", "道教")
_ORIENT = ("异性恋", "异性恋", "异性恋", "同性恋", "双性恋", "不愿透露")
_EDU = ("博士研究生", "硕士研究生", "大学本科", "大学本科", "大学专科", "高中", "中等专科", "初中")
_SCHOOLS = (
    "浙江大学",
    "武汉大学",
    "四川大学",
    "华中科技大学",
    "中山大学",
    "山东大学",
    "厦门大学",
    "南京师范大学",
    "西南交通大学",
    "郑州大学",
)
_MAJORS = (
    "临床医学",
    "计算机科学与技术",
    "会计学",
    "法学",
    "机械工程",
    "汉语言文学",
    "护理学",
    "金融学",
)
_REL = ("父亲", "母亲", "配偶", "子女", "祖父", "外婆", "兄弟", "姐妹")
_CREDIT = (
    "征信良好，无逾期",
    "近24个月逾期2次",
    "当前逾期M1",
    "五级分类：关注",
    "信用评分 712",
    "有呆账记录1笔",
    "近6个月查询次数7次",
    "正常",
)
_GOODS = ("纸尿裤", "连衣裙", "蓝牙耳机", "洗发水", "运动鞋", "猫粮", "保温杯", "奶粉", "面膜")
_PAGES = ("/item/detail?id=", "/search?q=", "/live/room/", "/article/", "/cart", "/coupon/list")
_HOTELS = (
    "如家酒店(西湖店)",
    "全季酒店(陆家嘴)",
    "汉庭酒店(春熙路)",
    "亚朵酒店(中关村)",
    "锦江之星(解放碑)",
)
_CHATS = (
    "明天几点到？",
    "合同我发你邮箱了",
    "孩子今天发烧了",
    "晚上一起吃饭吗",
    "钱已经转你了",
    "我到楼下了",
    "这个月房租晚几天",
    "体检报告出来了吗",
)
_CRIME = (
    "无犯罪记录",
    "2015年因盗窃罪判处有期徒刑一年",
    "2019年酒驾行政拘留十日",
    "曾因诈骗罪缓刑二年",
    "无",
    "2021年赌博行政处罚",
)
_DX = (
    "I10 原发性高血压",
    "E11.9 2型糖尿病",
    "J45.9 哮喘",
    "M54.5 下背痛",
    "K29.7 胃炎",
    "N97.9 女性不孕症",
    "F32.9 抑郁发作",
    "I63.9 脑梗死",
    "S82.2 胫骨干骨折",
    "J30.4 过敏性鼻炎",
)


def _pick(seq: tuple[str, ...]) -> Maker:
    return lambda c: c.rng.choice(seq)


def _money(lo: float, hi: float) -> Maker:
    return lambda c: round(c.rng.uniform(lo, hi), 2)


def transactions(c: Ctx) -> str:
    items = []
    for _ in range(c.rng.randint(2, 4)):
        d = c.ref - timedelta(days=c.rng.randint(1, 200))
        items.append(f"{d:%m-%d} {c.rng.choice(_GOODS)} ¥{c.rng.uniform(9, 899):.2f}")
    return "；".join(items)


def contacts(c: Ctx) -> str:
    return ",".join(f"{c.fake.name()}:{mobile(c.rng)}" for _ in range(c.rng.randint(2, 4)))


def browsing(c: Ctx) -> str:
    return " | ".join(
        f"{c.rng.choice(_PAGES)}{c.rng.randint(1000, 99999)}" for _ in range(c.rng.randint(2, 5))
    )


def stays(c: Ctx) -> str:
    out = []
    for _ in range(c.rng.randint(1, 3)):
        d = c.ref - timedelta(days=c.rng.randint(5, 600))
        out.append(f"{d:%Y-%m-%d} {c.rng.choice(_HOTELS)} {c.rng.randint(1, 4)}晚")
    return "；".join(out)


def chat(c: Ctx) -> str:
    return c.rng.choice(_CHATS)


TEXT: dict[str, Maker] = {
    "ethnicity": _pick(_ETHNIC),
    "ethnicity_code": _pick(("01",) * 10 + ("02", "03", "08", "04", "11")),
    "nationality": _pick(_NATION),
    "nationality_iso": _pick(("CHN", "CHN", "CHN", "USA", "JPN", "KOR", "DEU", "SGP")),
    "marital": _pick(_MARITAL),
    "marital_code": _pick(("10", "20", "20", "21", "30", "40")),
    "religion": _pick(_RELIGION),
    "orientation": _pick(_ORIENT),
    "edu": _pick(_EDU),
    "school": _pick(_SCHOOLS),
    "major": _pick(_MAJORS),
    "family_rel": _pick(_REL),
    "parent_rel": _pick(("父亲", "母亲", "父亲", "母亲", "祖母", "外公")),
    "income": _money(4500, 38000),
    "income_year": _money(60000, 600000),
    "balance": _money(0, 88000),
    "credit": _pick(_CREDIT),
    "transactions": transactions,
    "contacts": contacts,
    "browsing": browsing,
    "stays": stays,
    "chat": chat,
    "crime": _pick(_CRIME),
    "dx": _pick(_DX),
    "allergy": _pick(("青霉素过敏", "无", "海鲜过敏", "花粉过敏", "磺胺类过敏", "无已知过敏")),
    "height": lambda c: round(c.rng.uniform(150, 188), 1),
    "height_child": lambda c: round(c.rng.uniform(75, 160), 1),
    "weight": lambda c: round(c.rng.uniform(45, 95), 1),
    "weight_child": lambda c: round(c.rng.uniform(10, 48), 1),
    "bmi": lambda c: round(c.rng.uniform(17.5, 31), 1),
    "hr": lambda c: c.rng.randint(55, 105),
    "spo2": lambda c: c.rng.randint(92, 100),
    "temp": lambda c: round(c.rng.uniform(36.0, 37.4), 2),
}
