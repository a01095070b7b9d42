"""Set 14's PI makers, written for this set: each takes the row's :class:`Ctx` and returns one
cell. Names ending in ``_q`` describe the row's second person (guardian, agent, staff)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen
from piplkit.discover.evaluation.heldout14.person import Ctx

Maker = Callable[[Ctx], Any]
_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_DIAG = ("2型糖尿病", "高血压2级", "腰椎间盘突出", "过敏性鼻炎", "青霉素过敏", "轻度贫血",
         "乙肝表面抗原阴性", "哮喘", "甲状腺结节", "无既往病史")  # fmt: skip
_PY = {"王": "WANG", "李": "LI", "张": "ZHANG", "刘": "LIU", "陈": "CHEN", "杨": "YANG"}


def _pinyin(ctx: Ctx) -> str:
    given = ctx.rng.choice(("XIAOMING", "JING", "HAOYU", "YUTONG", "ZIHAN", "WEI"))
    return f"{_PY.get(ctx.p.name[0], 'ZHAO')}/{given}"


def _xl(d: date) -> int:
    return (d - date(1899, 12, 30)).days


def _mask_rid(r: str) -> str:
    return r[:6] + "********" + r[14:]


def _card_masked(ctx: Ctx) -> str:
    c = idgen.bank_card(ctx.rng)
    return f"{c[:4]} **** **** {c[-4:]}"


def _fprid(ctx: Ctx) -> str:
    body = (f"9{ctx.rng.choice(('11', '31', '44', '32'))}{ctx.rng.choice(('840', '392', '410', '826'))}"  # noqa: E501
            f"{ctx.p.birth:%Y%m%d}{ctx.rng.randrange(1000):03d}")  # fmt: skip
    return body + idgen.rid_check(body)


def _ipv6(ctx: Ctx) -> str:
    return "240e:" + ":".join(f"{ctx.rng.randrange(65536):x}" for _ in range(7))


def _track(ctx: Ctx) -> str:
    lat, lng, t = 30.5 + ctx.rng.random(), 114.2 + ctx.rng.random(), 8 * 60
    pts = []
    for _ in range(4):
        t += ctx.rng.randint(3, 20)
        lat, lng = lat + ctx.rng.uniform(-0.01, 0.01), lng + ctx.rng.uniform(-0.01, 0.01)
        pts.append(f"{t // 60:02d}:{t % 60:02d} {lat:.5f},{lng:.5f}")
    return ";".join(pts)


def _contacts(ctx: Ctx) -> str:
    return json.dumps([{"name": ctx.fake.name(), "tel": ctx.q.mobile},
                       {"name": ctx.fake.name(), "tel": ctx.p.mobile[:3] + ctx.q.mobile[3:]}],
                      ensure_ascii=False)  # fmt: skip


PI: dict[str, Maker] = {
    "name": lambda c: c.p.name,
    "name_q": lambda c: c.q.name,
    "name_masked": lambda c: c.p.name[0] + "*" + (c.p.name[2:] if len(c.p.name) > 2 else ""),
    "name_pinyin": _pinyin,
    "name_mr": lambda c: c.p.name[0] + ("先生" if c.p.male else "女士"),
    "birth": lambda c: c.p.birth.isoformat(),
    "birth_q": lambda c: c.q.birth.isoformat(),
    "birth_cn": lambda c: f"{c.p.birth.year}年{c.p.birth.month}月{c.p.birth.day}日",
    "birth_xl": lambda c: _xl(c.p.birth),
    "age": lambda c: (c.ref - c.p.birth).days // 365,
    "gender": lambda c: "男" if c.p.male else "女",
    "gender_mf": lambda c: "M" if c.p.male else "F",
    "ethnicity": lambda c: c.rng.choice(("汉族", "汉族", "汉族", "回族", "壮族", "满族", "苗族")),
    "nationality": lambda c: c.rng.choice(("中国", "中国", "美国", "日本", "韩国", "CHN")),
    "relation": lambda c: c.rng.choice(("父子", "母女", "配偶", "本人", "祖孙", "兄妹")),
    "address": lambda c: c.fake.address().replace("\n", " "),
    "mobile": lambda c: c.p.mobile,
    "mobile_q": lambda c: c.q.mobile,
    "mobile_masked": lambda c: c.p.mobile[:3] + "****" + c.p.mobile[7:],
    "mobile_plus": lambda c: "+86 " + c.p.mobile,
    "mobile_spaced": lambda c: f"{c.p.mobile[:3]} {c.p.mobile[3:7]} {c.p.mobile[7:]}",
    "mobile_fw": lambda c: c.p.mobile.translate(_FW),
    "mobile_int": lambda c: int(c.p.mobile),
    "mobiles_two": lambda c: f"{c.p.mobile}/{c.q.mobile}",
    "landline": lambda c: (
        f"0{c.rng.choice(('10', '21', '571', '27', '755'))}-{c.rng.randint(2000000, 89999999)}"
    ),
    "email": lambda c: c.fake.user_name() + c.rng.choice(("@qq.com", "@163.com", "@126.com")),
    "rid": lambda c: c.p.rid,
    "rid_q": lambda c: c.q.rid,
    "rid_masked": lambda c: _mask_rid(c.p.rid),
    "rid_fw": lambda c: c.p.rid.translate(_FW),
    "dl": lambda c: c.p.rid,
    "sscard": lambda c: c.p.rid,
    "passport": lambda c: c.rng.choice("EG") + f"{c.rng.randint(10000000, 99999999)}",
    "hk_permit": lambda c: "C" + f"{c.rng.randint(10000000, 99999999)}",
    "tw_permit": lambda c: f"{c.rng.randint(10000000, 99999999)}",
    "fprid": _fprid,
    "military_id": lambda c: (
        f"{c.rng.choice(('陆', '海', '空', '火'))}字第{c.rng.randint(1000000, 9999999)}号"
    ),
    "photo": lambda c: f"https://img.example.cn/face/{c.rng.getrandbits(48):012x}.jpg",
    "finger": lambda c: "FP1:" + "".join(c.rng.choice("ABCDEF0123456789") for _ in range(40)),
    "hla": lambda c: (
        f"A*{c.rng.randint(1, 33):02d}:01,B*{c.rng.randint(7, 58):02d}:02,DRB1*{c.rng.randint(1, 15):02d}:01"  # noqa: E501
    ),
    "username": lambda c: c.fake.user_name() + str(c.rng.randint(1, 99)),
    "wechat": lambda c: (
        "wxid_" + "".join(c.rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14))
    ),
    "qq": lambda c: str(c.rng.randint(10000000, 2999999999)),
    "ipv4": lambda c: c.fake.ipv4_public(),
    "ipv6": _ipv6,
    "diagnosis": lambda c: c.rng.choice(_DIAG),
    "height": lambda c: c.rng.randint(150, 190),
    "weight": lambda c: round(c.rng.uniform(45, 95), 1),
    "bodyfat": lambda c: f"{c.rng.uniform(12, 35):.1f}%",
    "education": lambda c: c.rng.choice(("本科", "大专", "硕士", "高中", "中专", "博士")),
    "employer": lambda c: c.fake.company(),
    "job": lambda c: c.fake.job(),
    "bank_card": lambda c: idgen.bank_card(c.rng),
    "bank_card_masked": _card_masked,
    "password": lambda c: "******",
    "balance": lambda c: round(c.rng.uniform(0, 80000), 2),
    "credit": lambda c: c.rng.choice(("正常", "关注", "逾期30天", "逾期90天+", "无记录")),
    "txn": lambda c: (
        f"{c.ref - timedelta(days=c.rng.randint(1, 90))} 消费 {c.rng.randint(5, 999)}.00元; 转账 {c.rng.randint(100, 5000)}.00元"  # noqa: E501
    ),
    "income": lambda c: c.rng.randrange(3000, 40000, 100),
    "property": lambda c: (
        f"浙({c.rng.randint(2015, 2025)})杭州市不动产权第{c.rng.randint(1000000, 9999999):07d}号"
    ),
    "plate": lambda c: (
        c.rng.choice(("京", "沪", "粤", "浙", "鄂"))
        + c.rng.choice("ABCDE")
        + f"{c.rng.randint(10000, 99999)}"
    ),
    "vin": lambda c: idgen.vin(c.rng),
    "calls": lambda c: (
        f"{c.q.mobile} 主叫 {c.rng.randint(10, 600)}s; {c.p.mobile[:7]}{c.rng.randint(1000, 9999)} 被叫 {c.rng.randint(10, 600)}s"  # noqa: E501
    ),
    "contacts": _contacts,
    "browse": lambda c: f"/item/{c.rng.randint(1000, 9999)}|/search?q=婴儿车|/cart",
    "imei": lambda c: idgen.imei(c.rng),
    "imsi": lambda c: "46000" + f"{c.rng.randint(0, 9999999999):010d}",
    "mac": lambda c: ":".join(f"{c.rng.randrange(256):02X}" for _ in range(6)),
    "oaid": lambda c: c.fake.uuid4(),
    "latlng": lambda c: f"{30 + c.rng.random():.6f},{114 + c.rng.random():.6f}",
    "lat": lambda c: round(30 + c.rng.random(), 6),
    "lng": lambda c: round(114 + c.rng.random(), 6),
    "track": _track,
    "stay": lambda c: (
        f"{c.rng.choice(('如家', '汉庭', '全季'))}{c.rng.randint(101, 909)}房 {c.ref - timedelta(days=c.rng.randint(1, 60))} 入住2晚"  # noqa: E501
    ),
    "marital": lambda c: c.rng.choice(("未婚", "已婚", "离异", "丧偶")),
    "religion": lambda c: c.rng.choice(("无", "佛教", "基督教", "伊斯兰教", "道教")),
    "orientation": lambda c: c.rng.choice(("异性恋", "同性恋", "双性恋", "不愿透露")),
    "criminal": lambda c: c.rng.choice(("无", "无", "有", "盗窃罪(2015)", "行政拘留10日")),
    "uscc": lambda c: idgen.uscc(c.rng),
}
