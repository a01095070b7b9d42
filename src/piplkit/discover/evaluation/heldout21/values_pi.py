"""Set 21's makers of personal values: each takes a row's :class:`person.Ctx` and writes one
cell the way the systems imitated here write it (masked where the system masks, tab-prefixed or
full-width where a clerk or an old export does). Identifiers carry their standards' check digits
(``heldout8.idgen``); the rest is Faker zh_CN and the table's random stream."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from piplkit.discover.evaluation.heldout8 import idgen
from piplkit.discover.evaluation.heldout21 import words
from piplkit.discover.evaluation.heldout21.person import Ctx, Person

Maker = Callable[[Ctx], Any]
_FW = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


def digits(ctx: Ctx, n: int) -> str:
    return "".join(ctx.rng.choice("0123456789") for _ in range(n))


def _mask_mobile(m: str) -> str:
    return f"{m[:3]}****{m[7:]}"


def _addr(ctx: Ctx) -> str:
    f, r = ctx.fake, ctx.rng
    return (f"{f.province()}{f.city_name()}市{f.district()}区{f.street_name()}{r.randint(1, 399)}号"
            f"{r.choice(words.ESTATES)}{r.randint(1, 32)}栋{r.randint(1, 4)}单元{r.randint(1, 33)}"
            f"{r.randint(1, 4):02d}室")  # fmt: skip


def _room(ctx: Ctx) -> str:
    r = ctx.rng
    building = f"{r.randint(1, 28)}栋{r.randint(1, 3)}单元"
    return f"{r.choice(words.ESTATES)}{building}{r.randint(2, 30)}{r.randint(1, 4):02d}"


def _birth(p: Person, style: str) -> Any:
    b = p.birth
    if style == "cn":
        return f"{b.year}年{b.month}月{b.day}日"
    if style == "slash":
        return b.strftime("%Y/%m/%d")
    if style == "compact":
        return b.strftime("%Y%m%d")
    if style == "xl":
        return (b - date(1899, 12, 30)).days
    return b.isoformat()


def _age(ctx: Ctx, p: Person) -> int:
    b = p.birth
    return ctx.ref.year - b.year - ((ctx.ref.month, ctx.ref.day) < (b.month, b.day))


def _baby(ctx: Ctx) -> tuple[int, float]:
    """A young child's height (cm) and weight (kg) for its age in months (the second person)."""
    months = max(0, (ctx.ref - ctx.q.birth).days // 30)
    height = 50 + (2.2 * months if months <= 12 else 26 + 0.75 * (months - 12))
    weight = 3.3 + (0.6 * months if months <= 12 else 7.2 + 0.18 * (months - 12))
    return round(height + ctx.rng.uniform(-3, 3)), round(weight + ctx.rng.uniform(-0.8, 0.8), 1)


_GRADES = ("一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "初一", "初二")


def _grade(ctx: Ctx) -> str:
    """A pupil's school grade from their age (school starts at six)."""
    return _GRADES[min(max(_age(ctx, ctx.p) - 6, 0), len(_GRADES) - 1)]


def _plate(ctx: Ctx) -> str:
    r = ctx.rng
    head = r.choice("京沪粤浙苏川鄂湘鲁豫闽渝") + r.choice("ABCDEFGH")
    if r.random() < 0.3:
        return head + r.choice("DF") + digits(ctx, 5)
    return head + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))


def _passport_cn(ctx: Ctx) -> str:
    return (
        ("E" + digits(ctx, 8))
        if ctx.rng.random() < 0.6
        else ("E" + ctx.rng.choice("ABCDEFG") + digits(ctx, 7))
    )


def _passport_foreign(ctx: Ctx) -> str:
    r = ctx.rng
    shape = r.randrange(4)
    if shape == 0:
        return digits(ctx, 9)
    if shape == 1:
        return "M" + digits(ctx, 8)
    if shape == 2:
        return r.choice(("TR", "TK", "MU")) + digits(ctx, 7)
    return r.choice("CFGH") + "".join(r.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))


def fprid(ctx: Ctx, p: Person) -> str:
    """A 2023-layout permanent-resident number: 9, province, ISO numeric nationality, birth
    date, sequence, and the resident ID's MOD 11-2 check character."""
    province = ctx.rng.choice(("11", "31", "44", "32", "33"))
    nation = ctx.rng.choice(words.NATIONS)[2]
    body = f"9{province}{nation}{p.birth:%Y%m%d}{digits(ctx, 3)}"
    return body + idgen.rid_check(body)


def _json_contacts(ctx: Ctx) -> str:
    rel = ("爸爸", "妈妈", "爷爷", "奶奶", "外婆", "姑姑", "舅舅")
    people = [
        {"name": ctx.fake.name(), "relation": ctx.rng.choice(rel),
         "phone": "1" + ctx.rng.choice("3589") + digits(ctx, 9)}
              for _ in range(ctx.rng.randint(2, 3))]  # fmt: skip
    return json.dumps(people, ensure_ascii=False)


def _openid(ctx: Ctx) -> str:
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "o" + ctx.rng.choice("VXUw") + "".join(ctx.rng.choice(chars) for _ in range(26))


def _face_url(ctx: Ctx) -> str:
    h = f"{ctx.rng.getrandbits(128):032x}"
    return f"https://img-prod.oss-cn-hangzhou.aliyuncs.com/face/{ctx.ref:%Y%m}/{h}.jpg"


def _b64(ctx: Ctx, n: int) -> str:
    return base64.b64encode(bytes(ctx.rng.getrandbits(8) for _ in range(n))).decode()


def _ipv6(ctx: Ctx) -> str:
    head = ctx.rng.choice(("240e:3b4", "2409:8a1e", "2408:8207", "240e:47d"))
    return head + ":" + ":".join(f"{ctx.rng.getrandbits(16):x}" for _ in range(6))


def _ipv4(ctx: Ctx) -> str:
    r = ctx.rng
    first = r.choice((36, 58, 61, 101, 112, 113, 117, 120, 183, 218, 223))
    return f"{first}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _two_mobiles(ctx: Ctx) -> str:
    return f"{ctx.p.mobile}/{ctx.q.mobile}"


def doc_kind(p: Person) -> str:
    """Which document a ticket holder showed, fixed by the person so that the document-type
    column and the number column of one row agree (88 % resident IDs)."""
    roll = int(p.rid[14:17]) % 100
    return (
        "身份证"
        if roll < 88
        else "护照"
        if roll < 93
        else "港澳居民来往内地通行证"
        if roll < 97
        else "台湾居民来往大陆通行证"
    )


def _mixed_doc(ctx: Ctx) -> str:
    kind = doc_kind(ctx.p)
    if kind == "身份证":
        return ctx.p.rid
    if kind == "护照":
        return _passport_foreign(ctx)
    if kind.startswith("港澳"):
        return ctx.rng.choice("HM") + digits(ctx, 8)
    return digits(ctx, 8)


PI_MAKERS: dict[str, Maker] = {
    # names
    "name": lambda c: c.p.name,
    "name_q": lambda c: c.q.name,
    "staff": lambda c: c.fake.name(),
    "name_masked": lambda c: c.p.name[0] + "*" + (c.p.name[-1] if len(c.p.name) > 2 else ""),
    "name_starred": lambda c: c.p.name[0] + "*" * (len(c.p.name) - 1),
    "name_mr": lambda c: c.p.name[0] + ("先生" if c.p.male else "女士"),
    "name_pinyin": lambda c: (
        c.p.latin if c.rng.random() < 0.7 else c.p.latin.replace("/", " ").title()
    ),
    "name_male": lambda c: c.fake.name_male(),
    "spouse": lambda c: c.fake.name_female() if c.p.male else c.fake.name_male(),
    "name_title": lambda c: c.p.latin.replace("/", " ").title(),
    "name_en": lambda c: f"{c.rng.choice(words.WEST_GIVEN)} {c.rng.choice(words.WEST_FAMILY)}",
    "name_en_upper": lambda c: (
        f"{c.rng.choice(words.WEST_FAMILY).upper()}/{c.rng.choice(words.WEST_GIVEN).upper()}"
    ),
    # basic facts
    "gender": lambda c: "男" if c.p.male else "女",
    "gender_q": lambda c: "男" if c.q.male else "女",
    "gender_code": lambda c: 1 if c.p.male else 2,
    "gender_en": lambda c: "M" if c.p.male else "F",
    "birth": lambda c: _birth(c.p, "iso"),
    "birth_q": lambda c: _birth(c.q, "iso"),
    "birth_cn": lambda c: _birth(c.p, "cn"),
    "birth_slash": lambda c: _birth(c.p, "slash"),
    "birth_compact": lambda c: _birth(c.p, "compact"),
    "birth_xl": lambda c: _birth(c.p, "xl"),
    "age": lambda c: _age(c, c.p),
    "age_q": lambda c: _age(c, c.q),
    "baby_height": lambda c: _baby(c)[0],
    "baby_weight": lambda c: _baby(c)[1],
    "grade_by_age": _grade,
    "age_sui": lambda c: f"{_age(c, c.p)}岁",
    "ethnic": lambda c: c.rng.choice(words.ETHNIC),
    "nat_cn": lambda c: (
        "中国" if c.rng.random() < 0.9 else c.rng.choice(("中国香港", "中国台湾", "中国澳门"))
    ),
    "nat_foreign": lambda c: c.rng.choice(words.NATIONS)[0],
    "nat_iso": lambda c: c.rng.choice(words.NATIONS)[1],
    "edu": lambda c: c.rng.choice(words.EDU),
    "marital": lambda c: c.rng.choice(words.MARITAL),
    "religion": lambda c: c.rng.choice(words.RELIGION),
    # identity documents
    "rid": lambda c: c.p.rid,
    "rid_q": lambda c: c.q.rid,
    "rid_masked": lambda c: c.p.rid[:6] + "********" + c.p.rid[14:],
    "rid_masked_q": lambda c: c.q.rid[:6] + "********" + c.q.rid[14:],
    "rid_fw": lambda c: c.p.rid.translate(_FW),
    "rid_apos": lambda c: "'" + c.p.rid,
    "rid_tab": lambda c: "\t" + c.p.rid,
    "rid_spaced": lambda c: f"{c.p.rid[:6]} {c.p.rid[6:14]} {c.p.rid[14:]}",
    "dl": lambda c: c.p.rid,
    "sscard": lambda c: c.p.rid,
    "passport_cn": _passport_cn,
    "passport_foreign": _passport_foreign,
    "rid_mixdoc": _mixed_doc,
    "doc_type": lambda c: doc_kind(c.p),
    "hkmo_cn": lambda c: ("C" + digits(c, 8)) if c.rng.random() < 0.7 else ("CA" + digits(c, 7)),
    "hkmo": lambda c: (
        c.rng.choice("HM") + digits(c, 8) + (digits(c, 2) if c.rng.random() < 0.3 else "")
    ),
    "twp": lambda c: digits(c, 8),
    "fprid": lambda c: fprid(c, c.p),
    "milid": lambda c: f"{c.rng.choice(words.MIL)}字第{digits(c, 7)}号",
    # contact
    "mobile": lambda c: c.p.mobile,
    "mobile_q": lambda c: c.q.mobile,
    "mobile_staff": lambda c: "1" + c.rng.choice("3578") + digits(c, 9),
    "mobile_masked": lambda c: _mask_mobile(c.p.mobile),
    "mobile_tail": lambda c: "尾号" + c.p.mobile[-4:],
    "mobile_plus": lambda c: "+86 " + c.p.mobile,
    "mobile_e164": lambda c: "+86" + c.p.mobile,
    "mobile_spaced": lambda c: f"{c.p.mobile[:3]} {c.p.mobile[3:7]} {c.p.mobile[7:]}",
    "mobile_fw": lambda c: c.p.mobile.translate(_FW),
    "mobile_int": lambda c: int(c.p.mobile),
    "mobile_tab": lambda c: "\t" + c.p.mobile,
    "mobile_trail": lambda c: c.p.mobile + "  ",
    "mobiles_two": _two_mobiles,
    "landline": lambda c: (
        c.rng.choice(("010-", "021-", "020-", "0755-", "0571-", "028-", "027-"))
        + c.rng.choice("2356789")
        + digits(c, 7)
    ),
    "email": lambda c: c.p.email,
    "email_q": lambda c: c.q.email,
    "addr": _addr,
    "addr_q": _addr,
    "room": _room,
    # property and vehicles
    "bank_card": lambda c: idgen.bank_card(c.rng),
    "bank_card_tab": lambda c: "\t" + idgen.bank_card(c.rng),
    "bank_card_masked": lambda c: (lambda n: f"{n[:4]} **** **** {n[-4:]}")(idgen.bank_card(c.rng)),
    "card_mask6": lambda c: (lambda n: f"{n[:6]}******{n[-4:]}")(idgen.bank_card(c.rng)),
    "plate": _plate,
    "vin": lambda c: idgen.vin(c.rng),
    "realestate": lambda c: (
        f"{c.rng.choice('京沪粤浙苏')}({c.rng.randint(2012, 2025)}){c.fake.district()}区"
        f"不动产权第{digits(c, 7)}号"
    ),
    # network and devices
    "imei": lambda c: idgen.imei(c.rng),
    "imsi": lambda c: c.rng.choice(("46000", "46001", "46002", "46011", "46007")) + digits(c, 10),
    "mac": lambda c: (
        c.rng.choice(words.OUI) + ":" + ":".join(f"{c.rng.getrandbits(8):02X}" for _ in range(3))
    ),
    "oaid": lambda c: "-".join(f"{c.rng.getrandbits(b):0{b // 4}x}" for b in (32, 16, 16, 16, 48)),
    "ipv4": _ipv4,
    "ipv6": _ipv6,
    "wxid": lambda c: (
        "wxid_" + "".join(c.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
        if c.rng.random() < 0.6
        else c.fake.user_name() + digits(c, 2)
    ),
    "openid": _openid,
    "qq": lambda c: str(c.rng.randint(10000, 3999999999)),
    "account": lambda c: c.fake.user_name() + (digits(c, 3) if c.rng.random() < 0.4 else ""),
    "nickname": lambda c: c.rng.choice(words.NICK) + (digits(c, 2) if c.rng.random() < 0.3 else ""),
    "pwd_mask": lambda c: "******",
    "pwd_md5": lambda c: hashlib.md5(
        digits(c, 6).encode()
    ).hexdigest(),  # a stored hash, as old systems keep it
    # biometrics and pictures
    "face_url": _face_url,
    "face_path": lambda c: f"D:\\FaceImg\\{c.ref:%Y%m%d}\\{digits(c, 12)}.jpg",
    "face_feat": lambda c: _b64(c, 96),
    "fp_hex": lambda c: "464D5200" + f"{c.rng.getrandbits(480):0120x}",
    # relations
    "contacts_json": _json_contacts,
}


def sparse(make: Maker, share: float) -> Maker:
    """A column filled for only ``share`` of the rows (a document most people do not hold)."""

    def cell(ctx: Ctx) -> Any:
        return make(ctx) if ctx.rng.random() < share else ""

    return cell


def days_ago(ctx: Ctx, low: int, high: int) -> date:
    return ctx.ref - timedelta(days=ctx.rng.randint(low, high))
