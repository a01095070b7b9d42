"""Identifiers with the check digits of their standards, written for set 8 from the standards
themselves: GB 11643-1999 (resident ID, ISO 7064 MOD 11-2), GB 32100-2015 (USCC) with
GB 11714-1997 (its organisation code), ISO 3779 (VIN), Luhn (IMEI, bank cards)."""

from __future__ import annotations

import random
from datetime import date

#: County-level division codes (GB/T 2260) used as the first six digits.
AREAS = (
    "110105",
    "110108",
    "310104",
    "310115",
    "440106",
    "440304",
    "330106",
    "320106",
    "510107",
    "420106",
    "370202",
    "610113",
    "500103",
    "210102",
    "350203",
    "430104",
    "130102",
    "410105",
    "530102",
    "450103",
    "220102",
    "140105",
    "340104",
    "360102",
    "520102",
    "620102",
    "650102",
    "150102",
    "230103",
    "460106",
)
_W18 = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def rid_check(first17: str) -> str:
    """The 18th character of a resident ID (ISO 7064 MOD 11-2)."""
    s = sum(int(c) * w for c, w in zip(first17, _W18, strict=True))
    return "10X98765432"[s % 11]


def resident_id(rng: random.Random, born: date, male: bool) -> str:
    """An 18-digit resident ID; the sequence's last digit is odd for men."""
    area = rng.choice(AREAS)
    seq = rng.randrange(0, 499) * 2 + (1 if male else 0)
    body = f"{area}{born:%Y%m%d}{seq:03d}"
    return body + rid_check(body)


def resident_id_15(rng: random.Random, born: date, male: bool) -> str:
    """An old 15-digit resident ID (two-digit year, no check digit)."""
    seq = rng.randrange(0, 499) * 2 + (1 if male else 0)
    return f"{rng.choice(AREAS)}{born:%y%m%d}{seq:03d}"


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return str((10 - total % 10) % 10)


def imei(rng: random.Random) -> str:
    tac = rng.choice(("35332811", "86754303", "86891204", "35209610", "86012345", "35846709"))
    body = tac + "".join(rng.choice("0123456789") for _ in range(6))
    return body + luhn_digit(body)


def bank_card(rng: random.Random) -> str:
    bin_, length = rng.choice(
        (
            ("622202", 19),
            ("621700", 19),
            ("622848", 19),
            ("623668", 19),
            ("621483", 16),
            ("622588", 16),
            ("436742", 19),
            ("625907", 16),
        )
    )
    body = bin_ + "".join(rng.choice("0123456789") for _ in range(length - 7))
    return body + luhn_digit(body)


_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_W = (3, 7, 9, 10, 5, 8, 4, 2)


def uscc(rng: random.Random) -> str:
    """A unified social credit code: dept 9, type 1/2/3, area, organisation code, check."""
    org8 = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    val = sum(
        (int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(org8, _ORG_W, strict=True)
    )
    c9 = 11 - val % 11
    org = org8 + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))
    body = rng.choice("9") + rng.choice("123") + rng.choice(AREAS) + org
    s = sum(_USCC.index(c) * w for c, w in zip(body, _USCC_W, strict=True))
    return body + _USCC[(31 - s % 31) % 31]


_VIN_CH = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
_VIN_VAL = dict(
    zip(
        "ABCDEFGHJKLMNPRSTUVWXYZ",
        (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
        strict=True,
    )
)
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(rng: random.Random) -> str:
    wmi = rng.choice(("LFV", "LSV", "LGW", "LVS", "LSG", "LHG", "LDC", "LNB", "LGX", "LRW"))
    vds = "".join(rng.choice(_VIN_CH) for _ in range(5))
    year = rng.choice("GHJKLMNPRS")
    tail = rng.choice(_VIN_CH) + "".join(rng.choice("0123456789") for _ in range(6))
    v = wmi + vds + "0" + year + tail
    s = sum((int(c) if c.isdigit() else _VIN_VAL[c]) * w for c, w in zip(v, _VIN_W, strict=True))
    check = "X" if s % 11 == 10 else str(s % 11)
    return v[:8] + check + v[9:]
