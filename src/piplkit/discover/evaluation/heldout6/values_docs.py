"""Set-6 cell makers for documents, biometrics, online identity, credentials and money,
registered into :data:`values.GENS` on import (split from ``values`` to keep modules short)."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import timedelta

from piplkit.discover.evaluation.heldout6 import ids
from piplkit.discover.evaluation.heldout6.values import FULLWIDTH, GENS, Ctx, both, gen, weighted

# --- identity documents ----------------------------------------------------------------
both("rid", lambda c, p: p.rid)
GENS["rid_masked"] = lambda c: c.p.rid[:6] + "********" + c.p.rid[-4:]
GENS["driver_license"] = lambda c: c.p.rid
# an ID typed into Excel as a number (shown as 1.10105199001011E+17); IDs ending in X stay text
GENS["rid_xls"] = lambda c: c.p.rid if c.p.rid.endswith("X") else float(c.p.rid)
GENS["mobile_int"] = lambda c: int(c.p.mobile)


@gen("rid_messy")
def _rid_messy(c: Ctx) -> str:
    r = c.p.rid
    roll = c.rng.random()
    if roll < 0.08:
        return f"{r[0]}.{r[1:6]}E+17"  # what Excel shows for an ID typed as a number
    if roll < 0.16:
        return "'" + r
    if roll < 0.22:
        return r.translate(FULLWIDTH)
    if roll < 0.3 and r.endswith("X"):
        return r[:-1] + "x"
    return r


@gen("rid_mixed_docs")
def _rid_mixed_docs(c: Ctx) -> str:
    """A 证件号码 column: about 88 % resident IDs, the rest passports and permits."""
    roll = c.rng.random()
    if roll < 0.05:
        return ids.passport(c.rng)
    if roll < 0.09:
        return ids.home_return_permit(c.rng)
    if roll < 0.12:
        return ids.taiwan_permit(c.rng)
    return c.p.rid


GENS["passport"] = lambda c: ids.passport(c.rng)
GENS["passport_foreign"] = lambda c: ids.foreign_passport(c.rng)
GENS["hk_permit"] = lambda c: ids.hk_macau_permit(c.rng)
GENS["home_return"] = lambda c: ids.home_return_permit(c.rng)
GENS["tw_permit"] = lambda c: ids.taiwan_permit(c.rng)
GENS["fpr"] = lambda c: ids.foreign_pr_2023(c.rng, c.p.birth)
GENS["fpr_q"] = lambda c: ids.foreign_pr_2023(c.rng, c.q.birth)
# sparse document columns: most parents hold one document or the other, few both
GENS["fpr_q_sparse"] = lambda c: (
    ids.foreign_pr_2023(c.rng, c.q.birth) if c.rng.random() < 0.45 else ""
)
GENS["tw_permit_sparse"] = lambda c: ids.taiwan_permit(c.rng) if c.rng.random() < 0.3 else ""
GENS["military"] = lambda c: ids.military_id(c.rng)
GENS["ssc"] = lambda c: c.rng.choice("ABCDEFGHJ") + f"{c.rng.randrange(10**8):08d}"
_ESTATE_OFFICES = (("京", "朝阳区"), ("沪", "浦东新区"), ("粤", "天河区"), ("浙", "西湖区"),
                   ("川", "武侯区"))  # fmt: skip


@gen("real_estate")
def _real_estate(c: Ctx) -> str:
    """不动产权证书号: 省简称(年份)市县不动产权第N号."""
    province, district = c.rng.choice(_ESTATE_OFFICES)
    year = c.rng.randrange(2016, 2026)
    return f"{province}({year}){district}不动产权第{c.rng.randrange(10**7):07d}号"


# --- biometrics, genes, images ----------------------------------------------------------


@gen("face_url")
def _face_url(c: Ctx) -> str:
    return (
        f"https://img-{c.rng.choice(('hz', 'sh', 'bj'))}.oss-cn-hangzhou.aliyuncs.com/face/"
        f"{c.ref.year}{c.rng.randrange(1, 13):02d}/{c.rng.getrandbits(64):016x}.jpg"
    )


GENS["face_path"] = lambda c: (
    f"D:\\FaceCapture\\{c.ref:%Y%m%d}\\{c.rng.getrandbits(40):010x}_face.jpg"
)
GENS["face_b64"] = lambda c: (
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA"
    + base64.b64encode(c.rng.getrandbits(240).to_bytes(30, "big")).decode()
)
GENS["fingerprint"] = lambda c: (
    "Rk1SACAyMAAA" + base64.b64encode(c.rng.getrandbits(360).to_bytes(45, "big")).decode()
)
GENS["finger_hex"] = lambda c: "0301" + f"{c.rng.getrandbits(248):062X}"
GENS["voiceprint"] = lambda c: json.dumps([round(c.rng.gauss(0, 0.3), 4) for _ in range(12)])
GENS["face_feature"] = lambda c: ",".join(f"{c.rng.gauss(0, 0.1):.5f}" for _ in range(16))
_SNPS = (
    "rs1801133",
    "rs4680",
    "rs1815739",
    "rs762551",
    "rs4988235",
    "rs671",
    "rs53576",
    "rs9939609",
)


@gen("genotype")
def _genotype(c: Ctx) -> str:
    picks = c.rng.sample(_SNPS, 3)
    return ";".join(f"{s}:{c.rng.choice(('AA', 'AG', 'GG', 'CT', 'CC', 'TT'))}" for s in picks)


GENS["hla_type"] = lambda c: (
    f"A*{c.rng.choice(('02', '11', '24', '33'))}:{c.rng.randrange(1, 9):02d} "
    f"B*{c.rng.choice(('46', '40', '58', '13'))}:01 "
    f"DRB1*{c.rng.choice(('09', '15', '12'))}:01"
)

# --- online identity and credentials ---------------------------------------------------
GENS["account_name"] = lambda c: (
    c.fake.user_name() + c.rng.choice(("", "", str(c.rng.randrange(100))))
)


@gen("wechat")
def _wechat(c: Ctx) -> str:
    if c.rng.random() < 0.4:
        return "wxid_" + "".join(
            c.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)
        )
    return c.fake.user_name() + c.rng.choice(("_", "")) + str(c.rng.randrange(1, 999))


GENS["qq"] = lambda c: str(c.rng.randrange(10**5, 4 * 10**9))
GENS["pwd_md5"] = lambda c: hashlib.md5(str(c.rng.random()).encode()).hexdigest()
GENS["pwd_sha256"] = lambda c: hashlib.sha256(str(c.rng.random()).encode()).hexdigest()
GENS["pwd_bcrypt"] = lambda c: (
    "$2a$10$"
    + base64.b64encode(c.rng.getrandbits(400).to_bytes(50, "big")).decode()[:53].replace("+", ".")
)
GENS["pwd_plain"] = lambda c: c.rng.choice(
    (
        "123456",
        "qwerty",
        "a123456",
        "woaini520",
        "abc123",
        "888888",
        f"{c.fake.user_name()}{c.rng.randrange(100)}",
    )
)
GENS["ipv4"] = lambda c: ids.user_ipv4(c.rng)
GENS["ipv6"] = lambda c: ids.user_ipv6(c.rng)
GENS["imei"] = lambda c: ids.imei(c.rng)
GENS["imsi"] = lambda c: ids.imsi(c.rng)
GENS["mac"] = lambda c: ids.mac(c.rng)
GENS["mac_dash"] = lambda c: ids.mac(c.rng).replace(":", "-").lower()
GENS["idfa"] = lambda c: ids.uuid_upper(c.rng)
GENS["oaid"] = lambda c: ids.uuid_upper(c.rng).lower()
GENS["android_id"] = lambda c: ids.android_id(c.rng)
GENS["plate"] = lambda c: ids.license_plate(c.rng)
GENS["vin"] = lambda c: ids.vin(c.rng)
GENS["uscc"] = lambda c: ids.uscc(c.rng)

# --- money -----------------------------------------------------------------------------
GENS["bank_card"] = lambda c: ids.bank_card(c.rng)


@gen("bank_card_masked")
def _bank_card_masked(c: Ctx) -> str:
    card = ids.bank_card(c.rng)
    return c.rng.choice((f"{card[:4]} **** **** {card[-4:]}", f"{card[:6]}******{card[-4:]}"))


GENS["balance"] = lambda c: round(c.rng.lognormvariate(6.5, 1.4), 2)
GENS["income_month"] = lambda c: c.p.pay
GENS["pay_deduction"] = lambda c: c.p.pay // 50 + 30
GENS["net_pay"] = lambda c: c.p.pay - (c.p.pay // 50 + 30)
GENS["income_bracket"] = lambda c: c.rng.choice(
    ("5万以下", "5-10万", "10-20万", "20-50万", "50万以上")
)
GENS["credit_score"] = lambda c: c.rng.randrange(350, 951)
GENS["credit_5tier"] = lambda c: weighted(
    c.rng, (("正常", 85), ("关注", 8), ("次级", 4), ("可疑", 2), ("损失", 1))
)


@gen("dishonest")
def _dishonest(c: Ctx) -> str:
    return c.rng.choice(
        (
            "有履行能力而拒不履行生效法律文书确定义务",
            "违反财产报告制度",
            "以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行",
            "违反限制消费令",
            "无正当理由拒不履行执行和解协议",
        )
    )


_SHOPS = ("美团外卖", "滴滴出行", "京东商城", "盒马鲜生", "中国石化", "12306", "瑞幸咖啡", "拼多多")


@gen("txn_desc")
def _txn_desc(c: Ctx) -> str:
    parts = []
    for _ in range(c.rng.randrange(2, 4)):
        d = c.ref - timedelta(days=c.rng.randrange(1, 60))
        parts.append(
            f"{d:%m-%d} {c.rng.choice(_SHOPS)} "
            f"￥{c.rng.randrange(5, 900)}.{c.rng.randrange(100):02d}"
        )
    return "; ".join(parts)


@gen("minibar_bill")
def _minibar_bill(c: Ctx) -> str:
    items = c.rng.sample(
        (
            "可乐×1 ￥15",
            "依云矿泉水×2 ￥40",
            "薯片×1 ￥18",
            "啤酒×2 ￥50",
            "坚果×1 ￥38",
            "巧克力×1 ￥25",
            "红酒(小)×1 ￥98",
        ),
        2,
    )
    return f"{c.ref - timedelta(days=c.rng.randrange(1, 20)):%m-%d} " + "，".join(items)
