"""Identifiers with the check digits of their standards, written for set 6 from the standards'
published rules (not from any other piplkit module): resident IDs (GB 11643-1999, ISO 7064
MOD 11-2), bank cards and IMEIs (Luhn), VINs (ISO 3779 / GB 16735 position 9), USCCs (GB 32100
with its GB 11714 organisation code), the 2023 18-digit foreign permanent-residence ID (MOD
11-2 like a resident ID), and the shapes of passports, permits, plates, MACs and device ids.
Every number is random: none belongs to a real person.
"""

from __future__ import annotations

import random
import string
from datetime import date

#: County-level codes in use since the 1980s (so any birth year after 1940 fits them).
DISTRICTS = (
    "110101", "110105", "110108", "120101", "130102", "210102", "230102", "310101", "310104",
    "320102", "320106", "330102", "330106", "370102", "370202", "420102", "420106", "430102",
    "440103", "440106", "510104", "510107", "530102", "620102", "650102",
)  # fmt: skip
_RID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_RID_CHECK = "10X98765432"


def mod11_2(body: str) -> str:
    """ISO 7064 MOD 11-2 check character of 17 digits (GB 11643)."""
    total = sum(int(d) * w for d, w in zip(body, _RID_WEIGHTS, strict=True))
    return _RID_CHECK[total % 11]


def resident_id(rng: random.Random, born: date, female: bool) -> str:
    """An 18-character resident ID: district, birth date, sequence (odd = male), check."""
    seq = rng.randrange(0, 100) * 10 + rng.choice((0, 2, 4, 6, 8) if female else (1, 3, 5, 7, 9))
    body = f"{rng.choice(DISTRICTS)}{born:%Y%m%d}{seq:03d}"
    return body + mod11_2(body)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


_BINS = (("622202", 19), ("622848", 19), ("621700", 19), ("622588", 16), ("601382", 19),
         ("622262", 19), ("621661", 19), ("628288", 16))  # fmt: skip


def bank_card(rng: random.Random) -> str:
    bin_, length = rng.choice(_BINS)
    body = bin_ + "".join(rng.choice(string.digits) for _ in range(length - 7))
    return body + luhn_digit(body)


_TACS = ("86891503", "86756004", "35391110", "86813204", "35876309", "86290105")


def imei(rng: random.Random) -> str:
    body = rng.choice(_TACS) + "".join(rng.choice(string.digits) for _ in range(6))
    return body + luhn_digit(body)


def imsi(rng: random.Random) -> str:
    return (
        "460"
        + rng.choice(("00", "01", "02", "11", "07"))
        + "".join(rng.choice(string.digits) for _ in range(10))
    )


_VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
_VIN_VALUE = {**{str(d): d for d in range(10)},
              **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
              **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10), strict=True))}  # fmt: skip
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_WMIS = ("LSV", "LFV", "LGB", "LVS", "LSG", "LHG", "LGX", "LRW", "LFM", "LBV")


def vin_check(vin17: str) -> str:
    total = sum(_VIN_VALUE[c] * w for c, w in zip(vin17, _VIN_WEIGHTS, strict=True))
    return "X" if total % 11 == 10 else str(total % 11)


def vin(rng: random.Random) -> str:
    body = (rng.choice(_WMIS) + "".join(rng.choice(_VIN_CHARS) for _ in range(5)) + "0"
            + rng.choice("KLMNPRS") + rng.choice(_VIN_CHARS)
            + "".join(rng.choice(string.digits) for _ in range(6)))  # fmt: skip
    chars = list(body)
    chars[8] = vin_check(body)
    return "".join(chars)


_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def org_code_check(body8: str) -> str:
    """GB 11714 check character of an 8-character organisation code."""
    total = sum(int(c, 36) * w for c, w in zip(body8, _ORG_WEIGHTS, strict=True))
    c9 = 11 - total % 11
    return "X" if c9 == 10 else "0" if c9 == 11 else str(c9)


def uscc_check(body17: str) -> str:
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(body17, _USCC_WEIGHTS, strict=True))
    return _USCC_CHARS[(31 - total % 31) % 31]


def uscc(rng: random.Random) -> str:
    org = "".join(rng.choice(string.digits + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    body = "91" + rng.choice(DISTRICTS) + org + org_code_check(org)
    return body + uscc_check(body)


_PR_NATIONS = ("840", "392", "410", "276", "250", "826", "036", "124", "643", "702")
_PR_PROVINCES = ("11", "31", "44", "32", "33", "51", "42", "37")


def foreign_pr_2023(rng: random.Random, born: date) -> str:
    body = "9" + rng.choice(_PR_PROVINCES) + rng.choice(_PR_NATIONS) + f"{born:%Y%m%d}"
    body += f"{rng.randrange(1000):03d}"[:3]
    body = body[:17]
    return body + mod11_2(body)


def passport(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return "E" + "".join(rng.choice(string.digits) for _ in range(8))
    return (
        "E"
        + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
        + "".join(rng.choice(string.digits) for _ in range(7))
    )


def foreign_passport(rng: random.Random) -> str:
    shape = rng.randrange(3)
    if shape == 0:  # US-style 9 digits
        return "".join(rng.choice(string.digits) for _ in range(9))
    if shape == 1:  # Japan/Korea-style two letters + 7 digits
        return "".join(rng.choice("MTRS") for _ in range(2)) + "".join(
            rng.choice(string.digits) for _ in range(7)
        )
    return "C" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8))


def hk_macau_permit(rng: random.Random) -> str:
    """往来港澳通行证: C + 8 digits (card) — the mainland resident's permit."""
    return "C" + "".join(rng.choice(string.digits) for _ in range(8))


def home_return_permit(rng: random.Random) -> str:
    """港澳居民来往内地通行证: H/M + 8 or 10 digits."""
    return rng.choice("HHHM") + "".join(
        rng.choice(string.digits) for _ in range(rng.choice((8, 10)))
    )


def taiwan_permit(rng: random.Random) -> str:
    return "".join(rng.choice(string.digits) for _ in range(8))


def military_id(rng: random.Random) -> str:
    return (
        rng.choice("南北沈兰济广成政后装海空")
        + "字第"
        + "".join(rng.choice(string.digits) for _ in range(rng.choice((7, 8))))
        + "号"
    )


_PLATE_PREFIX = ("京A", "京N", "沪A", "沪B", "粤A", "粤B", "浙A", "苏A", "川A", "鄂A", "湘A")
_PLATE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def license_plate(rng: random.Random) -> str:
    prefix = rng.choice(_PLATE_PREFIX)
    if rng.random() < 0.25:  # new-energy plates: D/F + 5
        return prefix + rng.choice("DF") + "".join(rng.choice(string.digits) for _ in range(5))
    return prefix + "".join(rng.choice(_PLATE_CHARS) for _ in range(5))


_OUIS = ("3C:22:FB", "F0:18:98", "28:6C:07", "64:09:80", "AC:BC:32", "48:3C:0C", "00:9A:CD",
         "DC:A6:32", "E4:5F:01")  # fmt: skip


def mac(rng: random.Random) -> str:
    tail = ":".join(f"{rng.randrange(256):02X}" for _ in range(3))
    return f"{rng.choice(_OUIS)}:{tail}"


def uuid_upper(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032X}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{h[16:20]}-{h[20:]}"


def android_id(rng: random.Random) -> str:
    return f"{rng.getrandbits(64):016x}"


def user_ipv4(rng: random.Random) -> str:
    first = rng.choice((36, 39, 58, 60, 106, 111, 113, 117, 120, 183, 218, 223))
    return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def user_ipv6(rng: random.Random) -> str:
    prefix = rng.choice(("240e:3a1", "2409:8a1e", "2408:8207", "240e:47c"))
    groups = ":".join(f"{rng.randrange(65536):x}" for _ in range(5))
    return f"{prefix}:{groups}:{rng.randrange(65536):x}"


def server_ipv4(rng: random.Random) -> str:
    return rng.choice((f"10.{rng.randrange(1, 40)}.{rng.randrange(256)}.{rng.randrange(2, 250)}",
                       f"172.16.{rng.randrange(32)}.{rng.randrange(2, 250)}",
                       f"192.168.{rng.randrange(1, 20)}.{rng.randrange(2, 250)}"))  # fmt: skip


def ean13(rng: random.Random) -> str:
    body = "69" + "".join(rng.choice(string.digits) for _ in range(10))
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)
