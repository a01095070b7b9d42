"""Value makers for set 7's record columns (health, credit, messages, stays, genotypes ...), its
business look-alikes (company phones, store coordinates, server IPs and MACs, order and batch
numbers, hashes), and :func:`resolve`, which also reads parametric makers written in the
tables: ``pick:a|b``, ``int:lo:hi``, ``num:lo:hi:digits``, ``code:PREFIX:n`` (n random
digits), ``hex:n``, ``seq`` / ``seq:PREFIX:width``, ``date:from:to``, ``dt:from:to``."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, timedelta

from piplkit.discover.evaluation.heldout7 import ids
from piplkit.discover.evaluation.heldout7.values import PI, Ctx, Maker

_DX = (
    "2型糖尿病",
    "原发性高血压",
    "慢性胃炎",
    "腰椎间盘突出",
    "支气管哮喘",
    "甲状腺结节",
    "抑郁状态",
    "高脂血症",
    "慢性肾病3期",
    "过敏性鼻炎",
    "冠心病",
    "脂肪肝",
)
_ICD = ("E11.9", "I10.x00", "K29.5", "M51.2", "J45.9", "E04.1", "F32.9", "E78.5", "N18.3")
_DRUGS = (
    "二甲双胍片 0.5g tid",
    "氨氯地平片 5mg qd",
    "阿托伐他汀钙片 20mg qn",
    "美沙酮口服液 60ml qd",
    "舍曲林片 50mg qd",
    "布地奈德吸入剂 bid",
)
_CREDIT = (
    "近24个月无逾期",
    "信用卡逾期1次，已结清",
    "当前逾期 M2",
    "五级分类：关注",
    "呆账1笔",
    "近6个月查询次数7次",
    "贷款正常还款",
    "被列入失信被执行人名单",
)
_CHARGES = (
    "盗窃罪，判处有期徒刑一年",
    "危险驾驶罪，拘役二个月",
    "诈骗罪，缓刑二年",
    "故意伤害罪，有期徒刑三年",
    "无",
    "行政拘留十日（寻衅滋事）",
    "吸毒，强制隔离戒毒二年",
)
_MSGS = (
    "到楼下了，你下来拿一下",
    "明天几点见？",
    "我妈住院了这周去不了",
    "钱已经转你了",
    "孩子发烧了今天请假",
    "那个房子我们再看看",
    "你把合同拍给我",
)
_SITES = (
    "https://m.jd.com/item/",
    "https://www.zhihu.com/question/",
    "https://s.taobao.com/search?q=",
    "https://www.bilibili.com/video/BV1",
    "https://baike.baidu.com/item/",
)
_GOODS = ("矿泉水", "香烟", "面包", "洗发水", "茅台酒", "口红", "手表", "纸尿裤", "充电宝")
_HOTELS = ("如家酒店", "汉庭酒店", "全季酒店", "锦江之星", "亚朵酒店", "维也纳酒店")
_SNPS = ("rs1801133", "rs4680", "rs429358", "rs7412", "rs1815739", "rs671", "rs762551")


def _dt(c: Ctx, days: int = 365) -> datetime:
    return datetime(c.ref.year, c.ref.month, c.ref.day) - timedelta(
        seconds=c.rng.randrange(days * 86400)
    )


def _stays(c: Ctx) -> str:
    out = []
    for _ in range(c.rng.randrange(1, 4)):
        d = _dt(c, 700).date()
        out.append(f"{d} {c.fake.city_name()}{c.rng.choice(_HOTELS)} {c.rng.randrange(1, 4)}晚")
    return "；".join(out)


def _purchases(c: Ctx) -> str:
    return "；".join(
        f"{_dt(c, 90):%m-%d %H:%M} {c.rng.choice(_GOODS)} {c.rng.randrange(5, 900)}元"
        for _ in range(c.rng.randrange(1, 4))
    )


def _contacts(c: Ctx) -> str:
    rows = [
        {"name": c.fake.name(), "tel": c.fake.phone_number()} for _ in range(c.rng.randrange(2, 5))
    ]
    return json.dumps(rows, ensure_ascii=False)


def _genotype(c: Ctx) -> str:
    snps = c.rng.sample(_SNPS, 3)
    return ";".join(f"{s}:{c.rng.choice('ACGT')}{c.rng.choice('ACGT')}" for s in snps)


def _hla(c: Ctx) -> str:
    return (
        f"A*{c.rng.randrange(1, 34):02d}:{c.rng.randrange(1, 9):02d} "
        f"B*{c.rng.randrange(7, 58):02d}:{c.rng.randrange(1, 9):02d} "
        f"DRB1*{c.rng.randrange(1, 16):02d}:{c.rng.randrange(1, 9):02d}"
    )


RECORDS: dict[str, Maker] = {
    "diagnosis": lambda c: c.rng.choice(_DX),
    "icd": lambda c: c.rng.choice(_ICD),
    "drug": lambda c: c.rng.choice(_DRUGS),
    "test_result": lambda c: c.rng.choice(("阴性", "阴性", "阴性", "阳性", "弱阳性")),
    "allergy": lambda c: c.rng.choice(("无", "青霉素过敏", "海鲜过敏", "磺胺类过敏", "花粉过敏")),
    "blood_type": lambda c: c.rng.choice(("A型 Rh+", "B型 Rh+", "O型 Rh+", "AB型 Rh+", "O型 Rh-")),
    "height": lambda c: round(c.rng.gauss(168, 8), 1),
    "weight": lambda c: round(c.rng.gauss(63, 11), 1),
    "bmi": lambda c: round(c.rng.uniform(17, 33), 1),
    "temp": lambda c: round(c.rng.uniform(36.0, 37.6), 1),
    "chest": lambda c: c.rng.randrange(78, 118),
    "bp": lambda c: f"{c.rng.randrange(100, 160)}/{c.rng.randrange(60, 100)}",
    "credit": lambda c: c.rng.choice(_CREDIT),
    "credit_score": lambda c: c.rng.randrange(350, 950),
    "purchases": _purchases,
    "message": lambda c: c.rng.choice(_MSGS),
    "contacts": _contacts,
    "browsing": lambda c: " | ".join(
        c.rng.choice(_SITES) + str(c.rng.randrange(10**6, 10**8)) for _ in range(3)
    ),
    "songs": lambda c: "；".join(
        f"{c.fake.word()}{c.fake.word()}（{_dt(c, 30):%m-%d %H:%M}）" for _ in range(3)
    ),
    "genotype": _genotype,
    "hla": _hla,
    "charges": lambda c: c.rng.choice(_CHARGES),
    "stays": _stays,
    "title_job": lambda c: c.rng.choice(
        ("主治医师", "项目经理", "会计", "教师", "工程师", "销售代表", "厨师", "保安")
    ),
}


def _company_phone(c: Ctx) -> str:
    if c.rng.random() < 0.4:
        return f"400-{c.rng.randrange(100, 999)}-{c.rng.randrange(1000, 9999)}"
    return f"0{c.rng.choice(('10', '21', '755', '571'))}-8{c.rng.randrange(10**6, 10**7)}"


LOOKALIKE: dict[str, Maker] = {
    "company": lambda c: c.fake.company(),
    "company_phone": _company_phone,
    "company_addr": lambda c: (
        f"{c.fake.city()}{c.fake.district()}{c.fake.street_name()}"
        f"{c.rng.randrange(1, 900)}号{c.fake.company_prefix()}大厦"
    ),
    "uscc": lambda c: ids.uscc(c.rng),
    "store_geo": lambda c: f"{116.3 + c.rng.random() / 5:.6f},{39.85 + c.rng.random() / 5:.6f}",
    "server_ip": lambda c: c.rng.choice(
        (
            f"10.{c.rng.randrange(256)}.{c.rng.randrange(256)}.{c.rng.randrange(1, 255)}",
            f"172.{c.rng.randrange(16, 32)}.{c.rng.randrange(256)}.{c.rng.randrange(1, 255)}",
            f"47.{c.rng.randrange(90, 120)}.{c.rng.randrange(256)}.{c.rng.randrange(1, 255)}",
        )
    ),
    "server_mac": lambda c: ids.mac(c.rng, ids.SERVER_OUIS),
    "uuid": lambda c: c.fake.uuid4(),
    "md5": lambda c: hashlib.md5(str(c.rng.random()).encode()).hexdigest(),
    "sha256": lambda c: hashlib.sha256(str(c.rng.random()).encode()).hexdigest(),
    "ean13": lambda c: ids.ean13(c.rng),
    "order_no": lambda c: f"{c.ref:%Y}{c.rng.randrange(10**13, 10**14)}",
    "city": lambda c: c.fake.city_name(),
    "product": lambda c: c.fake.word() + c.rng.choice(("套装", "礼盒", "Pro", "标准版", "")),
    "url_img": lambda c: f"https://cdn.example-shop.cn/sku/{c.rng.randrange(10**6)}.jpg",
}


def _param(gen: str) -> Maker:
    kind, _, arg = gen.partition(":")
    parts = arg.split(":") if arg else []
    if kind == "pick":
        opts = arg.split("|")
        return lambda c: c.rng.choice(opts)
    if kind == "int":
        lo, hi = int(parts[0]), int(parts[1])
        return lambda c: c.rng.randint(lo, hi)
    if kind == "num":
        flo, fhi, nd = float(parts[0]), float(parts[1]), int(parts[2])
        return lambda c: round(c.rng.uniform(flo, fhi), nd)
    if kind == "code":
        pre, n = parts[0], int(parts[1])
        return lambda c: pre + "".join(str(c.rng.randrange(10)) for _ in range(n))
    if kind == "hex":
        n = int(parts[0])
        return lambda c: f"{c.rng.getrandbits(4 * n):0{n}x}"
    if kind == "seq":
        if not parts:
            return lambda c: c.i + 1
        pre, width = parts[0], int(parts[1])
        return lambda c: f"{pre}{c.i + 1:0{width}d}"
    if kind in ("date", "dt"):
        d0, d1 = date.fromisoformat(parts[0]), date.fromisoformat(parts[1])
        span = (d1 - d0).days
        if kind == "date":
            return lambda c: (d0 + timedelta(days=c.rng.randrange(span + 1))).isoformat()
        return lambda c: (
            datetime(d0.year, d0.month, d0.day) + timedelta(seconds=c.rng.randrange(span * 86400))
        ).strftime("%Y-%m-%d %H:%M:%S")
    raise KeyError(gen)


def resolve(gen: str) -> Maker:
    """The maker a column names."""
    for table in (PI, RECORDS, LOOKALIKE):
        if gen in table:
            return table[gen]
    return _param(gen)


def known(gen: str) -> bool:
    try:
        resolve(gen)
    except (KeyError, ValueError, IndexError):
        return False
    return True
