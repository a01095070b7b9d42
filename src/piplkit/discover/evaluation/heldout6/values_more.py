"""More set-6 cell makers: health, education and work, location, records of a person's
communications and activity, and the business (non-PI) cells, including look-alikes of PI
(order numbers, SKUs, machine IPs, company phones and addresses, parcel weights).

Generic business cells are named by a small spec instead of a function:
``pick:a|b|c`` (one of), ``int:lo:hi``, ``num:lo:hi:decimals``, ``code:PREFIX:digits``,
``day:-days:+days`` (a date around the reference date), ``ts:-days`` (a timestamp),
``const:text``.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, time, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout6 import (
    ids,
    values_docs,  # noqa: F401  (registers its makers)
)
from piplkit.discover.evaluation.heldout6.values import GENS, Ctx, Gen, gen

# --- health and body -------------------------------------------------------------------
_DIAG = (
    ("2型糖尿病", "E11.9"),
    ("原发性高血压", "I10"),
    ("慢性浅表性胃炎", "K29.3"),
    ("支气管哮喘", "J45.9"),
    ("腰椎间盘突出", "M51.2"),
    ("甲状腺结节", "E04.1"),
    ("过敏性鼻炎", "J30.4"),
    ("抑郁发作", "F32.9"),
    ("龋病", "K02.9"),
    ("冠心病", "I25.1"),
    ("脂肪肝", "K76.0"),
    ("混合性听力损失", "H90.8"),
)
GENS["diagnosis"] = lambda c: c.rng.choice(_DIAG)[0]
GENS["icd10"] = lambda c: c.rng.choice(_DIAG)[1]
GENS["diag_both"] = lambda c: "{}({})".format(*c.rng.choice(_DIAG))
GENS["allergy"] = lambda c: c.rng.choice(
    ("无", "青霉素过敏", "头孢类过敏", "花生过敏", "海鲜过敏", "磺胺类过敏", "尘螨")
)
GENS["history"] = lambda c: c.rng.choice(
    ("高血压5年", "糖尿病史", "否认慢性病史", "乙肝携带", "癫痫", "先天性心脏病术后", "哮喘")
)
GENS["child_health"] = lambda c: c.rng.choice(
    ("健康", "健康", "健康", "哮喘", "癫痫史", "先心病术后", "蚕豆病(G6PD缺乏)", "过敏体质")
)
GENS["rabies_grade"] = lambda c: c.rng.choice(("Ⅱ级暴露", "Ⅲ级暴露", "Ⅲ级暴露", "Ⅱ级暴露(抓伤)"))
GENS["vaccine_dose"] = lambda c: f"人用狂犬病疫苗(Vero细胞) 第{c.rng.randrange(1, 6)}针"
GENS["glucose"] = lambda c: round(c.rng.uniform(3.6, 14.5), 1)
GENS["hba1c"] = lambda c: f"{c.rng.uniform(5.2, 10.5):.1f}%"
GENS["audiogram"] = lambda c: (
    "L:"
    + "/".join(str(c.rng.randrange(2, 17) * 5) for _ in range(4))
    + " R:"
    + "/".join(str(c.rng.randrange(2, 17) * 5) for _ in range(4))
)
GENS["blood_type"] = lambda c: c.rng.choice(
    ("A型 Rh+", "B型 Rh+", "O型 Rh+", "AB型 Rh+", "O型 Rh-")
)
GENS["semen_result"] = lambda c: (
    f"浓度{c.rng.randrange(15, 120)}×10^6/ml 前向运动{c.rng.randrange(32, 70)}%"
)
GENS["crew_medical"] = lambda c: c.rng.choice(
    ("合格", "合格", "合格(需戴矫正镜)", "暂不合格(高血压)", "合格(限制:夜间)")
)
GENS["mental_eval"] = lambda c: c.rng.choice(("未见异常", "轻度焦虑", "睡眠障碍", "未见异常"))
GENS["hiv_result"] = lambda c: c.rng.choice(("阴性", "阴性", "阴性", "阳性待确认"))
GENS["prep_drug"] = lambda c: c.rng.choice(("TDF/FTC 每日服药", "TDF/FTC 按需服药(2-1-1)"))
GENS["fall_event"] = lambda c: c.rng.choice(
    ("跌倒报警-已确认", "心率异常(132次/分)", "久卧未动报警", "血氧偏低(89%)")
)
GENS["height"] = lambda c: round(c.rng.gauss(165 if c.p.female else 174, 6), 1)
GENS["child_height"] = lambda c: round(c.rng.uniform(100, 150), 1)
GENS["weight"] = lambda c: round(c.rng.gauss(57 if c.p.female else 71, 8), 1)
GENS["bmi"] = lambda c: round(c.rng.gauss(22.5, 3), 1)
GENS["body_fat"] = lambda c: f"{c.rng.uniform(12, 35):.1f}%"
GENS["heart_rate"] = lambda c: c.rng.randrange(55, 120)
GENS["newborn_weight"] = lambda c: round(c.rng.uniform(2.5, 4.3), 2)

# --- education and work ----------------------------------------------------------------
GENS["education"] = lambda c: c.rng.choice(
    ("本科", "硕士研究生", "大专", "博士研究生", "高中", "中专")
)
GENS["education_code"] = lambda c: c.rng.choice(("21", "14", "31", "11", "61", "41"))
GENS["school"] = lambda c: c.rng.choice(
    (
        "北京航空航天大学",
        "中国民航大学",
        "复旦大学",
        "武汉大学",
        "中山大学",
        "四川大学",
        "南京大学",
        "浙江大学",
    )
)
GENS["degree_major"] = lambda c: c.rng.choice(
    (
        "计算机科学与技术 学士",
        "临床医学 硕士",
        "会计学 学士",
        "飞行技术 学士",
        "法学 硕士",
        "机械工程 学士",
    )
)
GENS["employer"] = lambda c: c.p.company
GENS["job"] = lambda c: c.p.job if c.p.job != "其他" else "工程师"
GENS["crew_rank"] = lambda c: c.rng.choice(
    ("机长", "副驾驶", "第二机长", "乘务长", "乘务员", "安全员")
)

# --- location --------------------------------------------------------------------------
_CENTRES = (
    (39.9042, 116.4074),
    (31.2304, 121.4737),
    (23.1291, 113.2644),
    (30.5728, 104.0668),
    (30.2741, 120.1551),
    (22.5431, 114.0579),
    (34.3416, 108.9398),
)


def _point(c: Ctx) -> tuple[float, float]:
    lat, lng = c.rng.choice(_CENTRES)
    return round(lat + c.rng.uniform(-0.15, 0.15), 6), round(lng + c.rng.uniform(-0.15, 0.15), 6)


GENS["latlng"] = lambda c: "{},{}".format(*_point(c))
GENS["lnglat"] = lambda c: "{1},{0}".format(*_point(c))
GENS["lat"] = lambda c: _point(c)[0]
GENS["lng"] = lambda c: _point(c)[1]


@gen("track_json")
def _track_json(c: Ctx) -> str:
    lat, lng = _point(c)
    pts = []
    for k in range(c.rng.randrange(4, 7)):
        lat += c.rng.uniform(-0.01, 0.01)
        lng += c.rng.uniform(-0.01, 0.01)
        pts.append(
            {
                "t": f"{8 + k // 2:02d}:{(k * 7) % 60:02d}",
                "lat": round(lat, 5),
                "lng": round(lng, 5),
            }
        )
    return json.dumps(pts, separators=(",", ":"))


_PLACES = (
    "望京SOHO",
    "国贸",
    "中关村",
    "西单大悦城",
    "首都机场T3",
    "三里屯",
    "南锣鼓巷",
    "北京南站",
    "798艺术区",
    "五道口",
)
GENS["track_text"] = lambda c: " → ".join(
    f"{h:02d}:{c.rng.randrange(60):02d} {p}"
    for h, p in zip(sorted(c.rng.sample(range(7, 22), 4)), c.rng.sample(_PLACES, 4), strict=True)
)


@gen("stays")
def _stays(c: Ctx) -> str:
    out = []
    for _ in range(c.rng.randrange(2, 4)):
        d = c.ref - timedelta(days=c.rng.randrange(10, 300))
        out.append(
            f"{d:%Y-%m-%d} {c.rng.choice(('如家', '汉庭', '全季', '亚朵', '锦江之星'))}"
            f"({c.rng.choice(('杭州西湖', '成都春熙路', '西安钟楼', '广州天河'))}店) "
            f"{c.rng.randrange(1, 4)}晚"
        )
    return "；".join(out)


# --- communications and activity -------------------------------------------------------
_CHAT = (
    "到哪了？我在楼下等你",
    "明天上午十点方便视频看房吗",
    "孩子今天是外婆来接，谢谢老师",
    "我这周五能请假吗，家里有点事",
    "刚转你了，记得查收",
    "报告出来了没，医生怎么说",
    "晚上一起吃饭吗",
    "验证码别告诉别人",
)
GENS["chat"] = lambda c: c.rng.choice(_CHAT)
GENS["call_transcript"] = lambda c: (
    "客户："
    + c.rng.choice(("我想问下理赔进度", "这个月账单不对", "我要投诉配送员", "帮我改一下收货地址"))
    + " 坐席："
    + c.rng.choice(("好的，马上为您查询", "请您提供一下订单号", "已为您登记"))
)


@gen("contacts_json")
def _contacts(c: Ctx) -> str:
    return json.dumps(
        [
            {"n": c.fake.name(), "m": f"1{c.rng.choice('3589')}{c.rng.randrange(10**9):09d}"}
            for _ in range(c.rng.randrange(2, 5))
        ],
        ensure_ascii=False,
    )


@gen("browse")
def _browse(c: Ctx) -> str:
    pages = (
        "/course/python-basics/lesson-3",
        "/course/ielts-writing/lesson-12",
        "/live/20261103",
        "/search?q=%E8%80%83%E7%A0%94",
        "/course/cpa-tax/lesson-7",
        "/forum/thread/88231",
    )
    return " | ".join(f"https://www.xuetang-example.cn{p}" for p in c.rng.sample(pages, 3))


@gen("watch_history")
def _watch_history(c: Ctx) -> str:
    return ",".join(
        c.rng.sample(
            (
                "/video/v_19ab",
                "/video/v_77fe",
                "/live/room/10231",
                "/search?kw=减肥食谱",
                "/topic/婚恋",
                "/video/v_c0d2",
            ),
            3,
        )
    )


_CRIMES = (
    "盗窃罪",
    "诈骗罪",
    "故意伤害罪",
    "危险驾驶罪",
    "抢劫罪",
    "非法吸收公众存款罪",
    "贩卖毒品罪",
    "寻衅滋事罪",
)
GENS["crime"] = lambda c: c.rng.choice(_CRIMES)
GENS["sentence"] = lambda c: c.rng.choice(
    (
        "有期徒刑三年",
        "有期徒刑一年六个月",
        "有期徒刑十年",
        "无期徒刑",
        "有期徒刑五年，剥夺政治权利一年",
    )
)

# --- business (non-PI) -----------------------------------------------------------------
GENS["seq"] = lambda c: c.i + 1
GENS["order_no"] = lambda c: f"{c.ref:%Y%m}{c.rng.randrange(10**12):012d}"
GENS["waybill"] = lambda c: c.rng.choice(("SF", "YT", "JT")) + f"{c.rng.randrange(10**12):012d}"
GENS["sku"] = lambda c: (
    f"SKU-{c.rng.choice('ABCDEFGH')}{c.rng.randrange(10**5):05d}-"
    f"{c.rng.choice(('S', 'M', 'L', 'XL'))}"
)
GENS["ean13"] = lambda c: ids.ean13(c.rng)
GENS["server_ip"] = lambda c: ids.server_ipv4(c.rng)
GENS["trace_id"] = lambda c: f"{c.rng.getrandbits(128):032x}"
GENS["row_md5"] = lambda c: hashlib.md5(str(c.rng.random()).encode()).hexdigest().upper()
GENS["org_phone"] = lambda c: c.rng.choice(
    (
        f"400-{c.rng.randrange(100, 999)}-{c.rng.randrange(1000, 9999)}",
        f"0{c.rng.choice(('10', '21', '755'))}-"
        f"{c.rng.randrange(6000, 8999)}{c.rng.randrange(1000, 9999)}",
    )
)
GENS["org_address"] = lambda c: (
    f"{c.rng.choice(('北京市', '苏州市', '东莞市', '天津市'))}"
    f"{c.rng.choice(('经济技术开发区', '工业园区', '高新区'))}"
    f"{c.rng.choice(('科创路', '兴业大道', '星湖街'))}{c.rng.randrange(1, 300)}号"
)
GENS["company"] = lambda c: c.fake.company()
GENS["parcel_kg"] = lambda c: round(c.rng.uniform(0.2, 30), 2)
GENS["store_lat"] = lambda c: round(c.rng.choice(_CENTRES)[0] + c.rng.uniform(-0.1, 0.1), 6)
GENS["store_lng"] = lambda c: round(c.rng.choice(_CENTRES)[1] + c.rng.uniform(-0.1, 0.1), 6)
GENS["flight"] = lambda c: (
    c.rng.choice(("CA", "MU", "CZ", "HU", "3U", "ZH")) + str(c.rng.randrange(1001, 9899))
)
GENS["serial"] = lambda c: c.rng.choice(("SN", "1581F", "DJI")) + f"{c.rng.getrandbits(40):010X}"
GENS["device_model"] = lambda c: c.rng.choice(
    ("iPhone15,3", "HUAWEI Mate 60", "Xiaomi 14", "OPPO Find X7", "vivo X100", "Redmi K70")
)
GENS["app_ver"] = lambda c: f"{c.rng.randrange(3, 9)}.{c.rng.randrange(20)}.{c.rng.randrange(10)}"
GENS["url_product"] = lambda c: f"https://item.shop-example.cn/p/{c.rng.randrange(10**9)}.html"


def _spec_gen(spec: str) -> Gen:
    kind, _, rest = spec.partition(":")
    if kind == "pick":
        options = rest.split("|")
        return lambda c: c.rng.choice(options)
    if kind == "int":
        lo, hi = (int(x) for x in rest.split(":"))
        return lambda c: c.rng.randint(lo, hi)
    if kind == "num":
        a, b, d = rest.split(":")
        return lambda c: round(c.rng.uniform(float(a), float(b)), int(d))
    if kind == "code":
        prefix, digits = rest.rsplit(":", 1)
        n = int(digits)
        return lambda c: f"{prefix}{c.rng.randrange(10**n):0{n}d}"
    if kind == "day":
        lo, hi = (int(x) for x in rest.split(":"))
        return lambda c: (c.ref + timedelta(days=c.rng.randint(lo, hi))).isoformat()
    if kind == "ts":
        back = int(rest)

        def ts(c: Ctx) -> str:
            d = c.ref - timedelta(days=c.rng.randrange(0, back))
            t = time(c.rng.randrange(6, 23), c.rng.randrange(60), c.rng.randrange(60))
            return datetime.combine(d, t).strftime("%Y-%m-%d %H:%M:%S")

        return ts
    if kind == "const":
        return lambda c: rest
    raise KeyError(spec)


def resolve(name: str) -> Gen:
    """The cell maker for a column's generator name or spec."""
    if name in GENS:
        return GENS[name]
    return _spec_gen(name)


def numeric(name: str) -> bool:
    """Cells of this generator are numbers (typed in XLSX, Parquet and JSON Lines)."""
    return name.startswith(("int:", "num:")) or name in _NUMERIC


_NUMERIC = frozenset(
    {
        "seq",
        "glucose",
        "height",
        "child_height",
        "weight",
        "bmi",
        "heart_rate",
        "newborn_weight",
        "lat",
        "lng",
        "balance",
        "income_month",
        "pay_deduction",
        "net_pay",
        "credit_score",
        "parcel_kg",
        "store_lat",
        "store_lng",
        "gender_code",
        "age",
        "age_q",
    }
)


def cell(name: str, c: Ctx) -> Any:
    return resolve(name)(c)
