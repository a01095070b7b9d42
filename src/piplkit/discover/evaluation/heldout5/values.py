"""Cell generators for set 5, by name. Each takes the row context and returns one cell.

Person cells come from the row's :class:`Person` (``c.p``) or its second person (``c.q``: a
guardian, an emergency contact, a staff member); business cells are made up from the row number
and the random generator. Messy variants (masked, full-width, apostrophe, +86, Excel float) are
separate generators so the gold of each column says which variant it holds.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from faker import Faker

from piplkit.discover.evaluation.heldout5 import ids
from piplkit.discover.evaluation.heldout5.person import Person


@dataclass
class Ctx:
    rng: random.Random
    fake: Faker
    p: Person
    q: Person
    i: int
    ref: date


Gen = Callable[[Ctx], Any]
_FW = str.maketrans("0123456789", "０１２３４５６７８９")


def _r(c: Ctx) -> random.Random:
    return c.rng


def _when(c: Ctx, days: int = 400) -> datetime:
    base = datetime(c.ref.year, c.ref.month, c.ref.day, 8, 0, 0)
    return base - timedelta(seconds=c.rng.randrange(days * 86400))


def _mobile_messy(c: Ctx) -> str:
    m = c.p.mobile
    k = c.rng.randrange(6)
    return (m, "+86 " + m, "86-" + m, f"{m[:3]}-{m[3:7]}-{m[7:]}", f"{m[:3]} {m[3:7]} {m[7:]}", m)[
        k
    ]


def _rid_messy(c: Ctx) -> str:
    r = c.p.rid
    k = c.rng.randrange(8)
    if k == 0:
        return "'" + r
    if k == 1:
        return r.translate(_FW)
    if k == 2 and r.endswith("X"):
        return r[:-1] + "x"
    if k == 3 and not r.endswith("X"):
        return f"{int(r[:17]) / 10**17 * 10:.5E}".replace("E+18", "E+17")
    return r


def _mask_name(n: str) -> str:
    return n[0] + "*" + (n[2:] if len(n) > 2 else "")


def _landline(c: Ctx) -> str:
    area = c.rng.choice(("010", "021", "020", "0755", "0571", "028", "027", "025"))
    digits = 8 if len(area) == 3 else c.rng.choice((7, 8))
    return f"{area}-{c.rng.randrange(2, 10)}{c.rng.randrange(10 ** (digits - 1)):0{digits - 1}d}"


def _coord(c: Ctx, lo: float, hi: float) -> str:
    return f"{c.rng.uniform(lo, hi):.6f}"


def _trajectory(c: Ctx) -> str:
    lng, lat = c.rng.uniform(113.8, 114.3), c.rng.uniform(22.5, 22.8)
    pts = []
    for _ in range(c.rng.randrange(3, 6)):
        lng += c.rng.uniform(-0.01, 0.01)
        lat += c.rng.uniform(-0.01, 0.01)
        pts.append(f"{lng:.5f},{lat:.5f}")
    return ";".join(pts)


_DIAG = (
    "2型糖尿病", "原发性高血压", "急性上呼吸道感染", "腰椎间盘突出症", "慢性胃炎", "过敏性鼻炎",
    "支气管哮喘", "抑郁状态", "甲状腺结节", "高脂血症", "痛风", "左踝关节扭伤", "龋齿",
)  # fmt: skip
_PRODUCTS = (
    "不锈钢保温杯500ml", "无线蓝牙耳机Pro", "儿童防晒霜SPF50", "有机纯牛奶250ml*12", "A4复印纸70g",
    "LED护眼台灯", "运动速干T恤", "304厨房置物架", "猫粮成猫2kg", "电动牙刷替换头",
)  # fmt: skip
_REMARKS = ("", "加急", "已电话确认", "客户要求改期", "货品破损已补发", "周末不送", "等待财务审批",
            "系统自动生成", "二次复核通过", "退回重审", "按合同执行", "无")  # fmt: skip
_STATUSES = ("待处理", "处理中", "已完成", "已取消", "已关闭", "待审核")


def _status(c: Ctx) -> str:
    return c.rng.choice(_STATUSES)


def _ipv4(c: Ctx) -> str:
    r = c.rng
    if r.random() < 0.3:
        return f"192.168.{r.randrange(256)}.{r.randrange(2, 255)}"
    first = r.choice((36, 58, 113, 117, 120, 183, 223))
    return f"{first}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"


def _mac(c: Ctx) -> str:
    sep = c.rng.choice((":", "-"))
    return sep.join(f"{c.rng.randrange(256):02X}" for _ in range(6))


def _uuid(c: Ctx) -> str:
    h = f"{c.rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


GENS: dict[str, Gen] = {
    # --- the row's person ---
    "name": lambda c: c.p.name,
    "name_masked": lambda c: _mask_name(c.p.name),
    "name_q": lambda c: c.q.name,
    "gender": lambda c: "女" if c.p.female else "男",
    "gender_code": lambda c: "2" if c.p.female else "1",
    "gender_en": lambda c: "F" if c.p.female else "M",
    "birth": lambda c: c.p.birth.isoformat(),
    "birth_mixed": lambda c: c.rng.choice(
        (
            f"{c.p.birth:%Y/%m/%d}",
            f"{c.p.birth:%Y%m%d}",
            f"{c.p.birth.year}年{c.p.birth.month}月{c.p.birth.day}日",
            c.p.birth.isoformat(),
        )
    ),
    "birth_q": lambda c: c.q.birth.isoformat(),
    "age": lambda c: str(c.ref.year - c.p.birth.year),
    "rid": lambda c: c.p.rid,
    "rid_messy": _rid_messy,
    "rid_masked": lambda c: c.p.rid[:6] + "********" + c.p.rid[-4:],
    "rid_q": lambda c: c.q.rid,
    "mobile": lambda c: c.p.mobile,
    "mobile_messy": _mobile_messy,
    "mobile_masked": lambda c: c.p.mobile[:3] + "****" + c.p.mobile[-4:],
    "mobile_q": lambda c: c.q.mobile,
    "landline": _landline,
    "email": lambda c: c.p.email,
    "address": lambda c: c.p.address,
    "address_q": lambda c: c.q.address,
    "ethnic": lambda c: c.rng.choice(("汉族",) * 8 + ("回族", "壮族", "满族", "苗族", "土家族")),
    "nation": lambda c: c.rng.choice(("中国",) * 6 + ("美国", "韩国", "日本", "新加坡")),
    "passport": lambda c: c.rng.choice("EEEG") + f"{c.rng.randrange(10**8):08d}",
    "hk_permit": lambda c: (
        "C" + c.rng.choice("0123456789ABCDEFGHJ") + f"{c.rng.randrange(10**7):07d}"
    ),
    "edu": lambda c: c.rng.choice(("本科", "大专", "硕士研究生", "高中", "中专", "博士", "初中")),
    "employer": lambda c: c.fake.company(),
    "job": lambda c: c.fake.job(),
    "income": lambda c: str(c.rng.randrange(4000, 45000, 100)),
    "income_range": lambda c: c.rng.choice(("5k-8k", "8k-12k", "12k-20k", "20k以上", "3k以下")),
    "bank_card": lambda c: ids.bank_card(c.rng),
    "bank_card_masked": lambda c: (lambda b: f"{b[:4]} **** **** {b[-4:]}")(ids.bank_card(c.rng)),
    "plate": lambda c: ids.plate(c.rng),
    "vin": lambda c: ids.vin(c.rng),
    "qq": lambda c: str(c.rng.randrange(10**5, 4 * 10**9)),
    "wechat": lambda c: (
        c.rng.choice(("wxid_", "", "")) + c.fake.user_name() + str(c.rng.randrange(100))
    ),
    "nickname": lambda c: (
        c.rng.choice(("小", "阿", "大", ""))
        + c.fake.word()
        + c.rng.choice(("酱", "君", "ing", "_", ""))
        + str(c.rng.randrange(99))
    ),
    "username": lambda c: c.fake.user_name() + str(c.rng.randrange(1000)),
    "ipv4": _ipv4,
    "ipv6": lambda c: "240e:" + ":".join(f"{c.rng.randrange(65536):x}" for _ in range(7)),
    "mac": _mac,
    "imei": lambda c: ids.imei(c.rng),
    "imsi": lambda c: ids.imsi(c.rng),
    "oaid": _uuid,
    "idfa": lambda c: _uuid(c).upper(),
    "lat": lambda c: _coord(c, 22.5, 40.1),
    "lng": lambda c: _coord(c, 104.0, 121.5),
    "latlng": lambda c: f"{_coord(c, 104.0, 121.5)},{_coord(c, 22.5, 40.1)}",
    "trajectory": _trajectory,
    "diagnosis": lambda c: c.rng.choice(_DIAG),
    "allergy": lambda c: c.rng.choice(
        ("青霉素", "无", "海鲜", "花粉", "头孢类", "否认", "磺胺类", "芒果")
    ),
    "height": lambda c: str(c.rng.randrange(150, 190)),
    "weight": lambda c: f"{c.rng.uniform(42, 95):.1f}",
    "marital": lambda c: c.rng.choice(("已婚", "未婚", "离异", "丧偶", "已婚", "未婚")),
    "religion": lambda c: c.rng.choice(("佛教", "基督教", "道教", "伊斯兰教", "天主教", "无")),
    "relation": lambda c: c.rng.choice(("父亲", "母亲", "爷爷", "奶奶", "外婆", "其他监护人")),
    "relation_adult": lambda c: c.rng.choice(("配偶", "子女", "父母", "兄弟", "姐妹", "朋友")),
    "balance": lambda c: f"{c.rng.uniform(0, 8000):.2f}",
    "credit_score": lambda c: str(c.rng.randrange(350, 950)),
    "password_hash": lambda c: f"{c.rng.getrandbits(256):064x}",
    "bcrypt": lambda c: (
        "$2a$10$"
        + "".join(
            c.rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./")
            for _ in range(53)
        )
    ),
    "sexual_orientation": lambda c: c.rng.choice(("异性恋", "同性恋", "双性恋", "不透露")),
    "message": lambda c: c.rng.choice(
        (
            "明天几点到？",
            "我在小区门口等你",
            "钱已经转你了",
            "晚上一起吃饭吗",
            "快递放门卫就行",
            "你电话怎么打不通",
            "想你了",
            "周末带孩子去医院",
        )
    ),
    "url_history": lambda c: ";".join(
        c.rng.choice(
            (
                "m.jd.com/item/1002",
                "baike.baidu.com/item/x",
                "news.qq.com/a/2",
                "www.zhihu.com/question/5",
                "v.douyin.com/abc",
            )
        )
        for _ in range(3)
    ),
    "contacts": lambda c: ",".join(
        c.rng.choice(("138", "139", "186")) + f"{c.rng.randrange(10**8):08d}" for _ in range(3)
    ),
    "crime": lambda c: c.rng.choice(
        (
            "盗窃罪 有期徒刑一年",
            "危险驾驶罪 拘役三个月",
            "诈骗罪 有期徒刑三年",
            "故意伤害罪 缓刑二年",
        )
    ),
    "stay": lambda c: (
        f"{_when(c):%Y-%m-%d}入住 "
        f"{c.rng.choice(('如家', '汉庭', '锦江之星', '全季'))}{c.rng.randrange(1, 6)}晚"
    ),
    "txn": lambda c: (
        c.rng.choice(
            ("微信支付-美团外卖", "支付宝-滴滴出行", "转账给张*", "京东白条还款", "信用卡消费-携程")
        )
        + f" {c.rng.uniform(5, 900):.2f}元"
    ),
    # --- business, no PI ---
    "order_no": lambda c: f"{c.ref:%Y%m%d}{c.rng.randrange(10**10):010d}",
    "seq": lambda c: str(c.i + 1),
    "code": lambda c: c.rng.choice("ABCDEFGH") + f"{c.rng.randrange(10**6):06d}",
    "sku": lambda c: (
        f"SKU-{c.rng.randrange(10**5):05d}-{c.rng.choice(('BK', 'WH', 'RD', 'XL', 'M'))}"
    ),
    "amount": lambda c: f"{c.rng.uniform(1, 3000):.2f}",
    "amount_int": lambda c: str(c.rng.randrange(1, 500) * 10),
    "qty": lambda c: str(c.rng.randrange(1, 60)),
    "status": _status,
    "flag": lambda c: c.rng.choice(("是", "否")),
    "flag01": lambda c: c.rng.choice(("0", "1")),
    "ts": lambda c: f"{_when(c):%Y-%m-%d %H:%M:%S}",
    "ts_iso": lambda c: f"{_when(c):%Y-%m-%dT%H:%M:%S}+08:00",
    "epoch": lambda c: str(int(_when(c).timestamp())),
    "date": lambda c: f"{_when(c):%Y-%m-%d}",
    "month": lambda c: f"{_when(c):%Y-%m}",
    "product": lambda c: c.rng.choice(_PRODUCTS),
    "dept": lambda c: c.rng.choice(("D01", "D02", "HR-03", "FIN-01", "OPS-07", "IT-02")),
    "remark": lambda c: c.rng.choice(_REMARKS),
    "uuid": _uuid,
    "percent": lambda c: f"{c.rng.uniform(0, 100):.1f}%",
    "city": lambda c: c.rng.choice(("北京", "上海", "深圳", "杭州", "成都", "武汉")),
    "store": lambda c: c.rng.choice(
        ("朝阳大悦城店", "徐家汇店", "福田中心店", "西湖银泰店", "春熙路店")
    ),
    "store_addr": lambda c: (
        c.fake.street_address() + "商业中心" + str(c.rng.randrange(1, 5)) + "楼"
    ),
    "company": lambda c: c.fake.company(),
    "uscc": lambda c: ids.uscc(c.rng),
    "room": lambda c: f"{c.rng.randrange(2, 20)}{c.rng.randrange(1, 30):02d}",
    "duration": lambda c: str(c.rng.randrange(1, 3600)),
    "kwh": lambda c: f"{c.rng.uniform(3, 80):.2f}",
    "version": lambda c: f"{c.rng.randrange(1, 9)}.{c.rng.randrange(20)}.{c.rng.randrange(50)}",
    "server_ip": lambda c: (
        f"10.{c.rng.randrange(256)}.{c.rng.randrange(256)}.{c.rng.randrange(1, 255)}"
    ),
    "device_sn": lambda c: "SN" + "".join(c.rng.choice("0123456789ABCDEF") for _ in range(12)),
    "category": lambda c: c.rng.choice(("生鲜", "日用", "数码", "服饰", "母婴", "家电")),
    "channel": lambda c: c.rng.choice(("APP", "小程序", "门店", "官网", "电话")),
    "grade": lambda c: c.rng.choice(("一年级", "二年级", "三年级", "小班", "中班", "大班")),
    "class": lambda c: f"{c.rng.randrange(1, 9)}班",
    "pay_method": lambda c: c.rng.choice(("微信", "支付宝", "银联", "现金", "余额")),
    "rating": lambda c: str(c.rng.randrange(1, 6)),
    "sha": lambda c: f"{c.rng.getrandbits(160):040x}",
    "station": lambda c: (
        c.rng.choice(("南山科技园站", "宝安中心站", "龙华汽车站", "前海湾站"))
        + f"-{c.rng.randrange(1, 20):02d}号桩"
    ),
    "locker": lambda c: f"柜{c.rng.randrange(1, 9)}-{c.rng.randrange(1, 60):02d}格",
    "pickup_code": lambda c: f"{c.rng.randrange(10**6):06d}",
    "breed": lambda c: c.rng.choice(
        ("中华田园犬", "柯基", "金毛", "泰迪", "英短", "布偶猫", "柴犬")
    ),
    "pet_name": lambda c: c.rng.choice(("豆豆", "旺财", "咪咪", "可乐", "球球", "糯米")),
    "cargo": lambda c: c.rng.choice(("文件", "服装", "电子产品", "食品", "日用品")),
    "weight_kg": lambda c: f"{c.rng.uniform(0.2, 30):.2f}",
    "district": lambda c: c.rng.choice(("朝阳区", "海淀区", "浦东新区", "南山区", "西湖区")),
}


def placeholder(rng: random.Random) -> str:
    return rng.choice(("", "", "NULL", "-", "无", "/"))
