"""More set-5 cell generators: the domain-specific ones (blood types, prescriptions, flats,
barcodes, log lines), kept apart from :mod:`values` so each module stays short."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout5 import ids
from piplkit.discover.evaluation.heldout5.values import Ctx, Gen


def _mixed_docs(c: Ctx) -> str:
    roll = c.rng.random()
    if roll < 0.88:
        return c.p.rid
    if roll < 0.95:
        return "E" + f"{c.rng.randrange(10**8):08d}"
    return "C" + f"{c.rng.randrange(10**8):08d}"


def _ean13(c: Ctx) -> str:
    body = "69" + "".join(str(c.rng.randrange(10)) for _ in range(10))
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _flat(c: Ctx) -> str:
    r = c.rng
    return (
        f"{r.randrange(1, 30)}栋{r.randrange(1, 4)}单元{r.randrange(1, 33)}{r.randrange(1, 5):02d}"
    )


MORE: dict[str, Gen] = {
    "id_type": lambda c: c.rng.choice(("居民身份证",) * 5 + ("护照", "港澳居民来往内地通行证")),
    "ss_card": lambda c: c.rng.choice("ABCDEFGHJK") + f"{c.rng.randrange(10**8):08d}",
    "estate_cert": lambda c: (
        f"沪({2015 + c.rng.randrange(9)})不动产权第{c.rng.randrange(10**7):07d}号"
    ),
    "color": lambda c: c.rng.choice(("黄色", "黑白", "棕色", "白色", "花色")),
    "open_type": lambda c: c.rng.choice(("指纹", "密码", "NFC卡", "App远程", "临时密码")),
    "blood_type": lambda c: c.rng.choice(("A型", "B型", "O型", "AB型", "O型Rh阴性")),
    "diopter": lambda c: f"-{c.rng.randrange(0, 32) * 0.25:.2f}",
    "pd": lambda c: str(c.rng.randrange(56, 70)),
    "height_child": lambda c: str(c.rng.randrange(115, 165)),
    "size": lambda c: c.rng.choice(("S", "M", "L", "XL", "XXL", "130", "140")),
    "pet_diag": lambda c: c.rng.choice(
        ("犬细小病毒", "猫鼻支", "皮肤真菌", "绝育手术", "疫苗接种", "耳螨")
    ),
    "birth_md": lambda c: f"{c.p.birth:%m-%d}",
    "product_salon": lambda c: c.rng.choice(("洗剪吹", "烫发", "染发", "头皮护理", "接发")),
    "iccid": lambda c: "8986" + "".join(str(c.rng.randrange(10)) for _ in range(16)),
    "mixed_docs": _mixed_docs,
    "checkup": lambda c: c.rng.choice(
        ("合格", "乙肝表面抗原阴性", "胸片未见异常", "合格", "肝功能轻度异常")
    ),
    "area_m2": lambda c: f"{c.rng.uniform(45, 180):.2f}",
    "flat": _flat,
    "uom": lambda c: c.rng.choice(("PCS", "箱", "KG", "卷", "套", "500ml*24")),
    "currency": lambda c: c.rng.choice(("CNY", "CNY", "USD", "EUR")),
    "ean13": _ean13,
    "inv_no": lambda c: f"{c.rng.randrange(10**19, 10**20)}",
    "defect": lambda c: c.rng.choice(("划伤", "尺寸超差", "色差", "缺料", "无")),
    "verdict": lambda c: c.rng.choice(("合格", "特采", "退货", "合格")),
    "hostname": lambda c: (
        f"app-{c.rng.choice(('web', 'api', 'db', 'mq'))}-{c.rng.randrange(1, 40):02d}"
    ),
    "level": lambda c: c.rng.choice(("INFO", "WARN", "ERROR", "DEBUG")),
    "logmsg": lambda c: c.rng.choice(
        (
            "GC pause 120ms",
            "connection pool exhausted",
            "job finished",
            "retrying upstream call",
            "cache miss ratio high",
        )
    ),
    "campaign": lambda c: c.rng.choice(("双11预热", "年货节", "618大促", "会员日", "开学季")),
    "big": lambda c: str(c.rng.randrange(10**4, 10**7)),
    "cloud_product": lambda c: c.rng.choice(("ECS", "RDS", "OSS", "SLB", "CDN")),
    "hours": lambda c: c.rng.choice(("09:00-21:00", "10:00-22:00", "24小时")),
    "usccs": lambda c: ids.uscc(c.rng),
}

MORE.update(
    {
        "gpa": lambda c: f"{c.rng.uniform(2.5, 4.0):.2f}",
        "nation_target": lambda c: c.rng.choice(("英国", "澳大利亚", "美国", "加拿大", "新加坡")),
        "face_url": lambda c: f"https://oss.example-cdn.cn/face/{c.rng.getrandbits(64):016x}.jpg",
        "crime_check": lambda c: c.rng.choice(("无犯罪记录",) * 3 + ("有记录:危险驾驶罪",)),
        "call_type": lambda c: c.rng.choice(("MO", "MT", "SMS_MO", "SMS_MT")),
        "lac_ci": lambda c: f"{c.rng.randrange(10000, 65535)}-{c.rng.randrange(10**4, 10**6)}",
        "listing": lambda c: c.rng.choice(
            ("洱海边小院", "鼓浪屿海景房", "西湖loft", "成都太古里公寓")
        ),
    }
)
MORE.update(
    {
        "seat": lambda c: f"{c.rng.randrange(1, 15)}排{c.rng.randrange(1, 25)}座",
        "political": lambda c: c.rng.choice(("群众", "中共党员", "共青团员", "群众", "民主党派")),
    }
)
MORE["cabin"] = lambda c: c.rng.choice(("一等舱", "二等舱", "经济舱", "散席", "VIP舱"))
