"""Generators of identifier values in the writing variants seen in Chinese business text.

Every function takes a seeded :class:`random.Random` and returns ``(value, variant)``. Values are
valid where the real identifier has a check (resident ID and USCC check characters, Luhn for
cards), so a recognizer that validates is rewarded rather than punished.
"""

from __future__ import annotations

import ipaddress
import random
from collections.abc import Callable
from datetime import date, timedelta

from stdnum import luhn
from stdnum.cn import ric, uscc

from piplkit.discover.evaluation.regions import plausible_unknown_region, real_region

Maker = Callable[[random.Random], tuple[str, str]]

_DIGITS = "0123456789"
#: Letters used in plates and passport series: I and O are never issued (they read as 1 and 0).
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_PROVINCE_ABBR = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_MOBILE_PREFIXES = tuple(
    str(p)
    for p in (
        *range(130, 140), 145, 147, *range(150, 154), *range(155, 160), 166, 172, 173,
        *range(175, 179), *range(180, 190), 191, 193, 195, 198, 199,
    )
)  # fmt: skip
#: Area codes with the length of their local numbers (lengths as in libphonenumber's plan).
_AREA_CODES = (
    ("010", 8), ("020", 8), ("021", 8), ("022", 8), ("023", 8), ("024", 8), ("025", 8),
    ("027", 8), ("028", 8), ("029", 8), ("0755", 8), ("0571", 8), ("0512", 8), ("0591", 8),
    ("0731", 8), ("0871", 8), ("0898", 8), ("0311", 8), ("0351", 7), ("0371", 8),
    ("0431", 8), ("0451", 8), ("0531", 8), ("0551", 8), ("0769", 8), ("0757", 8),
    ("0574", 8), ("0532", 8), ("0592", 7), ("0771", 7), ("0931", 7), ("0991", 7),
)  # fmt: skip
#: Issuer prefixes of UnionPay debit/credit cards of large Chinese banks (all start with 62).
_UNIONPAY_BINS = (
    "622202", "622848", "621700", "622588", "621661", "622262", "621483", "622700",
    "621226", "622908", "623058", "621799", "625911", "628288", "620522", "622150",
)  # fmt: skip
_EMAIL_DOMAINS = (
    "qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "gmail.com",
    "outlook.com", "aliyun.com", "yeah.net", "hotmail.com", "sohu.com",
)  # fmt: skip
_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_KINDS = ("91", "92", "93", "11", "12", "31", "51", "52", "53")


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_DIGITS) for _ in range(n))


def _weighted(rng: random.Random, options: dict[str, float]) -> str:
    names = list(options)
    return rng.choices(names, weights=[options[n] for n in names])[0]


def birth_date(rng: random.Random, first: int = 1940, last: int = 2018) -> date:
    start = date(first, 1, 1)
    return start + timedelta(days=rng.randrange((date(last, 12, 31) - start).days))


def resident_id(rng: random.Random) -> tuple[str, str]:
    """18-digit IDs (check digit per GB 11643), some with unknown regions, and 15-digit old IDs."""
    variant = _weighted(rng, {"ric18": 0.7, "ric18_unknown_region": 0.15, "ric15": 0.15})
    if variant == "ric18_unknown_region":
        region, first, last = plausible_unknown_region(rng), 1950, 2018
    else:
        region, first, last = real_region(rng)
        while variant == "ric15" and first > 1999:  # 15-digit IDs were issued until 1999
            region, first, last = real_region(rng)
    if variant == "ric15":
        born = birth_date(rng, first, min(last, 1999))
        return region + born.strftime("%y%m%d") + digits(rng, 3), variant
    body = region + birth_date(rng, first, last).strftime("%Y%m%d") + digits(rng, 3)
    return body + ric.calc_check_digit(body + "0"), variant


def mobile_digits(rng: random.Random) -> str:
    return rng.choice(_MOBILE_PREFIXES) + digits(rng, 8)


def mobile(rng: random.Random) -> tuple[str, str]:
    n = mobile_digits(rng)
    variant = _weighted(
        rng, {"plain": 0.55, "dashed": 0.15, "plus86_spaced": 0.15, "plus86_compact": 0.15}
    )
    text = {
        "plain": n,
        "dashed": f"{n[:3]}-{n[3:7]}-{n[7:]}",
        "plus86_spaced": f"+86 {n[:3]} {n[3:7]} {n[7:]}",
        "plus86_compact": f"+86{n}",
    }[variant]
    return text, variant


def landline(rng: random.Random) -> tuple[str, str]:
    code, length = rng.choice(_AREA_CODES)
    local = str(rng.randint(2, 8)) + digits(rng, length - 1)
    variant = f"area{len(code)}_local{length}"
    return f"{code}-{local}", variant


def _luhn_complete(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def bank_card(rng: random.Random) -> tuple[str, str]:
    variant = _weighted(
        rng,
        {"unionpay16": 0.2, "unionpay19": 0.35, "unionpay_spaced": 0.1, "visa": 0.2, "mc": 0.15},
    )
    if variant == "visa":
        return _luhn_complete(rng, "4", 16), variant
    if variant == "mc":
        prefix = str(rng.randint(51, 55)) if rng.random() < 0.7 else str(rng.randint(2221, 2720))
        return _luhn_complete(rng, prefix, 16), variant
    length = (
        16 if variant == "unionpay16" else 19 if variant == "unionpay19" else rng.choice((16, 19))
    )
    number = _luhn_complete(rng, rng.choice(_UNIONPAY_BINS), length)
    if variant == "unionpay_spaced":
        number = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    return number, variant


def email(rng: random.Random, user: str) -> tuple[str, str]:
    """An address for ``user`` (a romanised name handle from Faker)."""
    variant = _weighted(rng, {"handle": 0.6, "qq_numeric": 0.2, "dotted_corporate": 0.2})
    if variant == "qq_numeric":
        return f"{rng.randint(10_000_000, 3_999_999_999)}@qq.com", variant
    if variant == "dotted_corporate":
        corp = rng.choice(("huaxin", "zhongtai", "xinda", "tianhe", "jinmao", "ruifeng"))
        tld = rng.choice(("com.cn", "cn", "com"))
        return f"{user}.{rng.randint(1, 99)}@{corp}-tech.{tld}", variant
    return f"{user}@{rng.choice(_EMAIL_DOMAINS)}", variant


def ipv4(rng: random.Random) -> tuple[str, str]:
    variant = _weighted(rng, {"public": 0.7, "private": 0.3})
    if variant == "private":
        first = rng.choice(("10", "172.16", "192.168"))
        rest = 4 - first.count(".") - 1
        return first + "".join(f".{rng.randint(0, 255)}" for _ in range(rest)), variant
    octets = [rng.randint(1, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)]
    return ".".join(map(str, octets)), variant


def ipv6(rng: random.Random) -> tuple[str, str]:
    variant = _weighted(rng, {"full": 0.4, "compressed": 0.5, "link_local": 0.1})
    if variant == "link_local":
        return f"fe80::{rng.randint(1, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}", variant
    groups = [rng.randint(0, 0xFFFF) for _ in range(8)]
    groups[0] = rng.choice((0x2001, 0x2400, 0x240E, 0x2408, 0x2409))
    if variant == "compressed":
        zero_from = rng.randint(2, 5)
        for i in range(zero_from, zero_from + rng.randint(2, 3)):
            groups[i] = 0
        return str(ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))), variant
    groups[1:] = [g or 1 for g in groups[1:]]  # no zero run, so nothing gets compressed
    return ":".join(f"{g:x}" for g in groups), variant


def passport(rng: random.Random) -> tuple[str, str]:
    variant = _weighted(rng, {"e8": 0.4, "e_letter7": 0.3, "g8": 0.15, "dsp8": 0.15})
    if variant == "e8":
        return "E" + digits(rng, 8), variant
    if variant == "e_letter7":
        return "E" + rng.choice(_PLATE_LETTERS) + digits(rng, 7), variant
    if variant == "g8":
        return "G" + digits(rng, 8), variant
    return rng.choice("DSP") + digits(rng, 8), variant


def _plate_tail(rng: random.Random, n: int) -> str:
    chars = [rng.choice(_DIGITS) for _ in range(n)]
    for i in rng.sample(range(n), rng.choice((0, 0, 1, 2))):
        chars[i] = rng.choice(_PLATE_LETTERS)
    return "".join(chars)


def license_plate(rng: random.Random) -> tuple[str, str]:
    variant = _weighted(rng, {"std": 0.45, "dot": 0.2, "ne_small": 0.2, "ne_large": 0.15})
    head = rng.choice(_PROVINCE_ABBR) + rng.choice(_PLATE_LETTERS)
    if variant == "std":
        return head + _plate_tail(rng, 5), variant
    if variant == "dot":
        return head + "·" + _plate_tail(rng, 5), variant
    if variant == "ne_small":
        return head + rng.choice("DF") + rng.choice(_PLATE_LETTERS + _DIGITS) + digits(
            rng, 4
        ), variant
    return head + digits(rng, 5) + rng.choice("DF"), variant


def hk_macau_permit(rng: random.Random) -> tuple[str, str]:
    """往来港澳通行证 (C + 8 digits) and the older home-return permits (H/M + 8 or 10 digits)."""
    variant = _weighted(rng, {"c8": 0.5, "h8": 0.15, "h10": 0.15, "m8": 0.1, "m10": 0.1})
    if variant == "c8":
        return "C" + digits(rng, 8), variant
    return variant[0].upper() + digits(rng, int(variant[1:])), variant


def uscc_value(rng: random.Random) -> tuple[str, str]:
    body = rng.choice(_USCC_KINDS) + real_region(rng)[0]
    body += "".join(rng.choice(_USCC_ALPHABET) for _ in range(9))
    return body + uscc.calc_check_digit(body + "0"), "uscc"


#: Identifier makers that need nothing but the random source, by PI type id.
SIMPLE_MAKERS: dict[str, Maker] = {
    "cn_resident_id": resident_id,
    "cn_mobile": mobile,
    "cn_landline": landline,
    "bank_card": bank_card,
    "ipv4": ipv4,
    "ipv6": ipv6,
    "passport": passport,
    "license_plate": license_plate,
    "hk_macau_permit": hk_macau_permit,
    "cn_uscc": uscc_value,
}
