"""Identity documents, devices, vehicles and credentials, each valid where the real one is.

Structures (summarised, our code): the 2004–2017 foreign permanent-resident card number is 3
letters (ISO 3166 alpha-3 nationality) + 4-digit issuing region + ``yymmdd`` + one sequence digit
(odd male, even female) + a check digit with the 7-3-1 weights of machine-readable travel
documents; the 2023 card is ``9`` + 2-digit province + ISO 3166 numeric nationality + ``yyyymmdd``
+ 3-digit sequence + a GB 11643 MOD 11-2 check character, first issued 2023-12-01 (National
Immigration Administration, 新版外国人永久居留身份证机读信息规则, as reproduced at
eastcoms.com/service/pro/840.html; the layout inside the digits follows an open-source
validator and was not checked against the rules' full text — test data only, verified: false).
台湾居民来往大陆通行证 numbers have 8 digits, 10 with a two-digit renewal count. VINs
carry the ISO 3779 check digit in position 9; IMEIs the Luhn digit in position 15.
"""

from __future__ import annotations

import base64
import hashlib
import random
import string
import struct
import uuid
from datetime import date

from stdnum import luhn
from stdnum.cn import ric

from piplkit.discover.evaluation.business.context import Ctx
from piplkit.discover.evaluation.business.randutil import digits
from piplkit.discover.evaluation.business.vocab_people import COUNTRIES

_UPPER = string.ascii_uppercase
_HEX = "0123456789abcdef"
_B64URL = string.ascii_letters + string.digits + "-_"


def _choice_str(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# --- identity documents -------------------------------------------------------------------


def _mrz_check(text: str) -> str:
    total = 0
    for i, ch in enumerate(text):
        value = int(ch) if ch.isdigit() else ord(ch) - 55
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def foreign_pr_old(ctx: Ctx) -> str:
    rng, p = ctx.rng, ctx.person
    country = rng.choice(COUNTRIES[1:])[1]
    body = country + p.region[:4] + p.birth.strftime("%y%m%d")
    body += str(rng.choice((1, 3, 5, 7, 9) if p.sex == "男" else (0, 2, 4, 6, 8)))
    return body + _mrz_check(body)


def foreign_pr_2023(ctx: Ctx) -> str:
    rng, p = ctx.rng, ctx.person
    country = rng.choice(COUNTRIES[1:])[2]
    seq = digits(rng, 2) + str(rng.choice((1, 3, 5, 7, 9) if p.sex == "男" else (0, 2, 4, 6, 8)))
    body = "9" + p.region[:2] + country + p.birth.strftime("%Y%m%d") + seq
    return body + ric.calc_check_digit(body + "0")


def foreign_pr_mixed(ctx: Ctx) -> str:
    """Cards issued since 2023-12 beside older ones still valid, as in a 2024+ register."""
    return foreign_pr_2023(ctx) if ctx.rng.random() < 0.45 else foreign_pr_old(ctx)


def taiwan_permit(ctx: Ctx) -> str:
    rng = ctx.rng
    number = digits(rng, 8)
    return number + f"{rng.randint(0, 3):02d}" if rng.random() < 0.3 else number


_MILITARY_PREFIXES = "军南北沈兰成济广海空参政后装武"


def military_id(ctx: Ctx) -> str:
    rng = ctx.rng
    head = rng.choice(_MILITARY_PREFIXES) + "字第"
    number = digits(rng, rng.choice((6, 7, 8)))
    return head + number + "号" if rng.random() < 0.8 else head + number


# --- devices ------------------------------------------------------------------------------


def imei(ctx: Ctx) -> str:
    rng = ctx.rng
    tac = rng.choice(("86", "86", "86", "35", "35", "01")) + digits(ctx.rng, 6)
    body = tac + digits(rng, 6)
    return body + luhn.calc_check_digit(body)


_OUIS = (
    "00E0FC", "286ED4", "F4C714", "640980", "28E31F", "3C22FB", "F01898", "A4C3F0", "B0E235",
    "8C8590", "D46A6A", "F8A45F", "ACBC32",
)  # fmt: skip


def mac(ctx: Ctx, style: str) -> str:
    rng = ctx.rng
    raw = rng.choice(_OUIS) + _choice_str(rng, "0123456789ABCDEF", 6)
    pairs = [raw[i : i + 2] for i in range(0, 12, 2)]
    if style == "colon":
        return ":".join(pairs)
    if style == "colon_lower":
        return ":".join(pairs).lower()
    if style == "dash":
        return "-".join(pairs)
    if style == "dotted":
        return ".".join(raw[i : i + 4] for i in range(0, 12, 4)).lower()
    return raw.lower() if rng.random() < 0.5 else raw


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def device_id(ctx: Ctx, style: str) -> str:
    rng = ctx.rng
    if style == "mixed":
        style = rng.choices(("idfa", "oaid", "android_id"), weights=(0.3, 0.45, 0.25))[0]
    if style == "idfa":
        if rng.random() < 0.04:  # tracking limited: the all-zero IDFA
            return "00000000-0000-0000-0000-000000000000"
        return str(_uuid(rng)).upper()
    if style == "oaid":
        if rng.random() < 0.5:  # Huawei: UUID-shaped; other makers: 16 or 64 hex digits
            return str(_uuid(rng))
        return _choice_str(rng, _HEX, rng.choice((16, 64)))
    if style == "android_id":
        return _choice_str(rng, _HEX, 16)
    return str(_uuid(rng))


# --- vehicles -----------------------------------------------------------------------------

_VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUES = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True))}
_VIN_VALUES.update(dict(zip("JKLMN", range(1, 6), strict=True)))
_VIN_VALUES.update({"P": 7, "R": 9})
_VIN_VALUES.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_YEARS = "ABCDEFGHJKLMNPRSTVWXY123456789"  # 2010 = A … 2030 = Y, then 2031+ digits
_WMIS = (
    "LSV", "LFV", "LVS", "LGB", "LSG", "LHG", "LVG", "LBV", "LE4", "LRW", "LGX", "LC0", "LB3",
    "L6T", "LNB", "LFP", "LZW", "WBA", "WDD", "JTD", "5YJ",
)  # fmt: skip


def vin_check_digit(vin17: str) -> str:
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin17, _VIN_WEIGHTS, strict=True))
    rest = total % 11
    return "X" if rest == 10 else str(rest)


def vin(ctx: Ctx) -> str:
    rng = ctx.rng
    year = rng.randint(2010, min(ctx.reference.year, 2030))
    body = (
        rng.choice(_WMIS)
        + _choice_str(rng, _VIN_ALPHABET, 5)
        + "0"
        + _VIN_YEARS[year - 2010]
        + rng.choice(_VIN_ALPHABET)
        + digits(rng, 6)
    )
    return body[:8] + vin_check_digit(body) + body[9:]


# --- credentials and accounts -------------------------------------------------------------

_WEAK = ("123456", "a123456", "Aa123456", "qwerty123", "111111", "woaini1314", "abc123", "888888")


def plain_password(ctx: Ctx) -> str:
    rng, p = ctx.rng, ctx.person
    shape = rng.randrange(4)
    if shape == 0:
        return rng.choice(_WEAK)
    if shape == 1:
        return p.handle[:8] + p.birth.strftime("%Y")
    if shape == 2:
        return p.handle[:6].capitalize() + "@" + digits(rng, rng.randint(3, 6))
    return _choice_str(rng, string.ascii_letters + string.digits + "!@#", rng.randint(8, 14))


def password(ctx: Ctx, style: str) -> str:
    if style == "masked":
        return "*" * ctx.rng.choice((6, 6, 8))
    plain = plain_password(ctx)
    if style == "plain":
        return plain
    data = plain.encode()
    if style == "md5":
        return hashlib.md5(data, usedforsecurity=False).hexdigest()
    if style == "md5_upper":
        return hashlib.md5(data, usedforsecurity=False).hexdigest().upper()
    if style == "sha1":
        return hashlib.sha1(data, usedforsecurity=False).hexdigest()
    if style == "sha256":
        return hashlib.sha256(data).hexdigest()
    bcrypt_b64 = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
    if style == "bcrypt":
        return f"$2a$10${_choice_str(ctx.rng, bcrypt_b64, 53)}"
    salt = _choice_str(ctx.rng, string.ascii_letters + string.digits, 12)
    digest = base64.b64encode(hashlib.sha256(salt.encode() + data).digest()).decode()
    return f"pbkdf2_sha256$600000${salt}${digest}"


_NICK_WORDS = (
    "小鱼儿",
    "阳光",
    "星空",
    "晴天",
    "木子",
    "追风少年",
    "Lucky",
    "糖果",
    "大白",
    "橙子",
)


def account_name(ctx: Ctx, style: str) -> str:
    rng, p = ctx.rng, ctx.person
    if style == "nickname":
        return (
            rng.choice(_NICK_WORDS) + rng.choice(("", "", "_", "")) + digits(rng, rng.randint(0, 4))
        )
    if style == "generated":
        return f"user_{rng.randint(1_000_000, 99_999_999)}"
    sep = rng.choice(("", "_", ".", ""))
    return f"{p.handle}{sep}{rng.randint(1, 9999)}" if rng.random() < 0.6 else p.handle


def wechat_id(ctx: Ctx, style: str) -> str:
    rng, p = ctx.rng, ctx.person
    if style == "openid":
        return (
            "o"
            + _choice_str(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 5)
            + _choice_str(rng, _B64URL, 22)
        )
    roll = rng.random()
    if roll < 0.4:
        return "wxid_" + _choice_str(rng, string.ascii_lowercase + string.digits, 14)
    tail = rng.choice(("", "_", "-")) + digits(rng, rng.randint(2, 6))
    return (p.handle + tail)[:20] if p.handle[0].isalpha() else "w" + (p.handle + tail)[:19]


def qq_number(ctx: Ctx) -> str:
    rng = ctx.rng
    n = rng.choices((6, 7, 8, 9, 10), weights=(0.03, 0.07, 0.2, 0.45, 0.25))[0]
    return str(rng.randint(1, 9)) + digits(rng, n - 1)


# --- images and biometric templates -------------------------------------------------------


def face_image(ctx: Ctx, style: str) -> str:
    rng, p = ctx.rng, ctx.person
    if style == "url":
        bucket = rng.choice(("hr-files", "kyc-prod", "member-avatar", "his-photo"))
        day = ctx.reference.isoformat().replace("-", "/")
        return f"https://{bucket}.oss-cn-hangzhou.aliyuncs.com/face/{day}/{_uuid(rng).hex}.jpg"
    if style == "path":
        if rng.random() < 0.5:
            return f"D:\\HIS\\photo\\{p.resident_id[:6]}\\{rng.randint(100000, 999999)}.jpg"
        return f"/data/upload/face/{rng.randint(2019, 2025)}/{_uuid(rng).hex[:16]}.png"
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    payload = base64.b64encode(jpeg + rng.randbytes(rng.randint(300, 700))).decode()
    return "data:image/jpeg;base64," + payload if style == "data_uri" else payload


def biometric(ctx: Ctx, style: str) -> str:
    rng = ctx.rng
    if style == "fingerprint":  # ISO/IEC 19794-2 record: "FMR\0" " 20\0" then the record
        minutiae = rng.randint(20, 60)
        head = b"FMR\x00 20\x00" + struct.pack(">I", 28 + 6 * minutiae)
        return base64.b64encode(head + rng.randbytes(20 + 6 * minutiae)).decode()
    if style == "iris":  # ISO/IEC 19794-6 record: "IIR\0" " 20\0"
        return base64.b64encode(b"IIR\x00 20\x00" + rng.randbytes(rng.randint(120, 240))).decode()
    if style == "voiceprint":  # a speaker embedding as written by an ASR vendor's API
        dims = rng.choice((32, 64))
        return "[" + ",".join(f"{rng.gauss(0, 0.15):.4f}" for _ in range(dims)) + "]"
    return rng.randbytes(rng.choice((256, 384))).hex()  # vendor fingerprint template, hex


def birth_text(day: date, style: str) -> str | date:
    if style == "dash":
        return day.isoformat()
    if style == "slash":
        return f"{day.year}/{day.month}/{day.day}"
    if style == "compact":
        return day.strftime("%Y%m%d")
    if style == "chinese":
        return f"{day.year}年{day.month}月{day.day}日"
    return day
