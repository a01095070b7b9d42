"""Set 8's makers of worded facts (health, money, messages, places, beliefs) and of ordinary
business cells, and :func:`resolve`, which turns a column's generator name into its maker."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import values as v
from piplkit.discover.evaluation.heldout8.values import Ctx, Maker

_DIAG = (
    "2型糖尿病",
    "高血压2级",
    "腰椎间盘突出",
    "抑郁状态",
    "焦虑障碍",
    "慢性乙型肝炎",
    "支气管哮喘",
    "前交叉韧带损伤",
    "多囊卵巢综合征",
    "少弱精子症",
    "冠心病",
    "痛风",
    "甲状腺结节",
    "尘肺病Ⅰ期",
    "噪声性听力损失",
    "阿尔茨海默病",
    "肺癌晚期",
    "脑梗死后遗症",
    "输卵管阻塞",
    "肩袖损伤",
)
_REL = ("父亲", "母亲", "配偶", "儿子", "女儿", "祖父", "外婆", "兄弟", "姐妹", "丈夫", "妻子")
_ETH = (
    "汉族",
    "汉族",
    "汉族",
    "汉族",
    "回族",
    "壮族",
    "满族",
    "维吾尔族",
    "苗族",
    "彝族",
    "藏族",
    "蒙古族",
)
_NAT = (
    "中国",
    "中国",
    "美国",
    "日本",
    "韩国",
    "俄罗斯",
    "德国",
    "法国",
    "马来西亚",
    "新加坡",
    "加拿大",
    "英国",
)
_EDU = ("初中", "高中", "中专", "大专", "本科", "本科", "硕士研究生", "博士研究生")
_JOBS = (
    "护士",
    "会计",
    "软件工程师",
    "教师",
    "销售经理",
    "厨师",
    "外卖骑手",
    "保安",
    "律师",
    "电工",
    "焊工",
    "司机",
    "主治医师",
    "项目经理",
    "个体经营",
    "农民",
    "快递员",
    "客服专员",
)
_SHOPS = (
    "美宜佳",
    "全家便利店",
    "盒马鲜生",
    "滴滴出行",
    "中国石化",
    "永辉超市",
    "美团外卖",
    "京东商城",
    "瑞幸咖啡",
)
_PLACES = (
    "首都机场T3",
    "望京SOHO",
    "西湖断桥",
    "南京南站",
    "天府广场",
    "五一广场",
    "深圳北站",
    "朝天门",
    "钟楼",
)
_HOTELS = (
    "如家酒店(北京西站店)",
    "汉庭酒店(杭州西湖店)",
    "全季酒店(成都春熙路店)",
    "亚朵酒店(上海虹桥店)",
    "7天连锁(武汉汉口站店)",
    "锦江之星(南京新街口店)",
)
_MSG = (
    "明天几点到?",
    "钱已经转你了",
    "孩子发烧了先不去了",
    "合同我看过了没问题",
    "晚上一起吃饭吗",
    "你把身份证照片发我一下",
    "验证码是多少",
    "我到楼下了",
    "这个月房租晚两天",
    "好的收到",
)
_SITES = (
    "https://m.jd.com/item/",
    "https://www.zhihu.com/question/",
    "https://v.douyin.com/",
    "https://search.bilibili.com/?q=",
    "https://www.baidu.com/s?wd=",
)
_WORDS = (
    "试管婴儿成功率",
    "离婚财产分割",
    "抑郁症自测",
    "二手房贷款",
    "考研调剂",
    "减肥药",
    "网贷逾期怎么办",
)


def _pick(c: Ctx, seq: tuple[str, ...]) -> str:
    return c.rng.choice(seq)


def _when(c: Ctx, back: int = 120) -> str:
    d = c.ref - timedelta(days=c.rng.randint(0, back), minutes=c.rng.randint(0, 1439))
    return f"{d:%Y-%m-%d} {c.rng.randint(6, 23):02d}:{c.rng.randint(0, 59):02d}"


def _txn(c: Ctx) -> str:
    """Two of a person's recent payments, as a bank app's statement line lists them."""
    first = f"{_when(c, 30)} {_pick(c, _SHOPS)} -{c.rng.uniform(5, 800):.2f}"
    return f"{first}; {_when(c, 30)} {_pick(c, _SHOPS)} -{c.rng.uniform(5, 300):.2f}"


def _deed(c: Ctx) -> str:
    """A real-estate certificate number: province, year, district, serial."""
    prov, year = _pick(c, ("京", "沪", "粤", "浙", "川")), c.rng.randint(2016, 2026)
    district = _pick(c, ("朝阳区", "浦东新区", "天河区", "西湖区", "武侯区"))
    return f"{prov}({year}){district}不动产权第{c.rng.randrange(10**7):07d}号"


MAKERS: dict[str, Maker] = {
    "health": lambda c: (
        _pick(c, _DIAG) if c.rng.random() < 0.7 else "、".join(c.rng.sample(_DIAG, 2))
    ),
    "allergy": lambda c: _pick(
        c, ("青霉素过敏", "头孢过敏", "海鲜过敏", "花粉过敏", "磺胺类过敏", "对芒果过敏")
    ),
    "meds": lambda c: _pick(
        c,
        (
            "二甲双胍 0.5g tid",
            "氨氯地平 5mg qd",
            "舍曲林 50mg qd",
            "来曲唑 2.5mg",
            "布洛芬缓释胶囊 0.3g bid",
            "促排卵针 150IU",
            "恩替卡韦 0.5mg qd",
        ),
    ),
    "blood_type": lambda c: _pick(c, ("A型", "B型", "O型", "AB型", "O型 Rh阴性")),
    "height": lambda c: c.rng.randint(150, 190),
    "weight": lambda c: round(c.rng.uniform(42, 98), 1),
    "hw": lambda c: f"{c.rng.randint(150, 190)}cm/{c.rng.randint(42, 98)}kg",
    "bp": lambda c: f"{c.rng.randint(100, 160)}/{c.rng.randint(60, 100)}",
    "bmi": lambda c: round(c.rng.uniform(17, 33), 1),
    "ethnicity": lambda c: _pick(c, _ETH),
    "nationality": lambda c: _pick(c, _NAT),
    "relation": lambda c: _pick(c, _REL),
    "marital": lambda c: _pick(c, ("已婚", "未婚", "离异", "丧偶", "已婚", "未婚")),
    "religion": lambda c: _pick(c, ("佛教", "道教", "基督教", "天主教", "伊斯兰教", "佛教")),
    "sexor": lambda c: _pick(c, ("异性恋", "同性恋", "双性恋", "异性恋", "异性恋")),
    "crime": lambda c: _pick(
        c,
        (
            "2015年因盗窃罪判处有期徒刑一年",
            "2019年危险驾驶罪拘役二个月",
            "无犯罪记录",
            "2012年诈骗罪判处有期徒刑三年",
            "2021年因吸毒行政拘留十日",
            "未发现违法犯罪记录",
        ),
    ),
    "edu": lambda c: _pick(c, _EDU),
    "school": lambda c: _pick(
        c,
        (
            "武汉大学",
            "四川师范大学",
            "广州市第六中学",
            "杭州电子科技大学",
            "北京体育大学",
            "山东中医药大学",
        ),
    ),
    "employer": lambda c: c.fake.company(),
    "job": lambda c: _pick(c, _JOBS),
    "income": lambda c: round(c.rng.uniform(3000, 35000), 2),
    "income_band": lambda c: _pick(
        c, ("5000以下", "5000-8000", "8000-15000", "15000-30000", "3万以上")
    ),
    "balance": lambda c: round(c.rng.uniform(0, 20000), 2),
    "credit": lambda c: _pick(
        c,
        (
            "信用良好",
            "逾期1次",
            "M2",
            "正常",
            "关注类",
            "芝麻分712",
            "征信有当前逾期",
            "无不良记录",
        ),
    ),
    "txn": lambda c: _txn(c),
    "realestate": lambda c: _deed(c),
    "comm": lambda c: f"[{_when(c, 10)}] {_pick(c, _MSG)}",
    "contacts": lambda c: ";".join(
        f"{c.fake.name()}:{v.mobile(c)[:3]}{c.rng.randrange(10**8):08d}" for _ in range(3)
    ),
    "browse": lambda c: " | ".join(
        _pick(c, _SITES) + str(c.rng.randrange(10**6, 10**8)) for _ in range(2)
    ),
    "search": lambda c: ",".join(c.rng.sample(_WORDS, 2)),
    "traj": lambda c: " -> ".join(
        f"{c.rng.randint(7, 21):02d}:{c.rng.randint(0, 59):02d} {p}"
        for p in c.rng.sample(_PLACES, 3)
    ),
    "accom": lambda c: f"{_when(c, 200)[:10]} 入住 {_pick(c, _HOTELS)} {c.rng.randint(1, 5)}晚",
    # ---- ordinary business cells (never PI) ----
    "dt": lambda c: _when(c, 365) + f":{c.rng.randint(0, 59):02d}",
    "date": lambda c: _when(c, 365)[:10],
    "price": lambda c: round(c.rng.uniform(1, 3000), 2),
    "amount": lambda c: round(c.rng.uniform(10, 50000), 2),
    "qty": lambda c: c.rng.randint(1, 200),
    "pct": lambda c: f"{c.rng.uniform(0, 100):.1f}%",
    "org": lambda c: c.fake.company(),
    "org_addr": lambda c: c.fake.street_address() + _pick(c, ("店", "营业厅", "服务点", "分所")),
    "city": lambda c: c.fake.city(),
    "product": lambda c: _pick(
        c,
        (
            "A4复印纸",
            "USB-C数据线",
            "矿泉水550ml",
            "工业酒精",
            "PVC管DN50",
            "机油5W-30",
            "猫粮2kg",
            "口罩N95",
            "洗衣液3kg",
            "螺丝M6",
        ),
    ),
    "sku": lambda c: f"SKU{c.rng.randrange(10**7):07d}",
    "serial": lambda c: f"SN{c.rng.randrange(16**10):010X}",
    "server_ip": lambda c: (
        f"10.{c.rng.randint(0, 255)}.{c.rng.randint(0, 255)}.{c.rng.randint(1, 254)}"
    ),
    "dept": lambda c: _pick(
        c, ("财务部", "运营部", "客服中心", "技术部", "仓储部", "市场部", "人事行政部")
    ),
    "note": lambda c: _pick(
        c, ("已处理", "待回访", "资料齐全", "需补材料", "加急", "客户要求改期", "")
    ),
    "uuid": lambda c: v.device_id(c).lower(),
    "temp_c": lambda c: round(c.rng.uniform(-5, 40), 1),
    "kwh": lambda c: round(c.rng.uniform(0, 80), 2),
    "score_pct": lambda c: c.rng.randint(60, 100),
}


def _seq(prefix: str) -> Maker:
    return lambda c: f"{prefix}{c.ref:%Y%m}{c.i + 1:05d}"


def _choice(opts: str) -> Maker:
    parts = tuple(opts.split("|"))
    return lambda c: c.rng.choice(parts)


def _int(lo: str, hi: str) -> Maker:
    return lambda c: c.rng.randint(int(lo), int(hi))


def resolve(gen: str) -> Maker:
    """The maker of a generator name: ``seq:PFX`` row keys, ``pick:a|b`` choices, ``int:lo:hi``,
    ``num:lo:hi`` (two decimals), a name from :data:`MAKERS` or :mod:`values`, ``*_q`` for the
    row's second person."""
    kind, _, arg = gen.partition(":")
    if kind == "seq":
        return _seq(arg)
    if kind == "pick":
        return _choice(arg)
    if kind == "int":
        return _int(*arg.split(":"))
    if kind == "num":
        lo, hi = (float(x) for x in arg.split(":"))
        return lambda c: round(c.rng.uniform(lo, hi), 2)
    if gen.endswith("_q"):
        inner = resolve(gen[:-2])

        def of_q(c: Ctx) -> Any:
            return inner(Ctx(c.rng, c.fake, c.q, c.p, c.i, c.ref))

        return of_q
    if gen in MAKERS:
        return MAKERS[gen]
    maker = getattr(v, gen, None)
    if maker is None or not callable(maker) or gen.startswith("_") or gen in ("Ctx", "Person"):
        raise KeyError(f"unknown generator {gen!r}")
    return maker
