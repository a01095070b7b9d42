"""Check-digit arithmetic for the held-out set, written apart from the detector's validators.

The held-out set must hold identifiers that pass their real checks (a classifier that validates
should get them right, one that only looks at length should not be rewarded by invalid ones),
so each scheme is coded here from its standard, not borrowed from ``piplkit.discover.detect``:

* resident ID and the 2023 foreign permanent resident ID: GB 11643-1999, ISO 7064 MOD 11-2;
* bank cards and IMEI: Luhn (ISO/IEC 7812-1 Annex B; 3GPP TS 23.003 for the IMEI);
* VIN: ISO 3779 / GB 16735 position-9 check character (weights 8…2, 10, 0, 9…2; mod 11);
* unified social credit code: GB 32100-2015 (31-character alphabet, mod 31), whose
  positions 9-17 are a GB 11714 organisation code with its own mod-11 check.
"""

from __future__ import annotations

import random
from datetime import date

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"


def mod11_2(body17: str) -> str:
    """The 18th character of a GB 11643 number (also used by the 2023 permanent-residence ID)."""
    total = sum(int(d) * w for d, w in zip(body17, ID_WEIGHTS, strict=True))
    return ID_CHECK[total % 11]


def resident_id(region: str, born: date, male: bool, rng: random.Random) -> str:
    seq = rng.randrange(0, 100) * 10 + rng.choice((1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8))
    body = f"{region}{born:%Y%m%d}{seq:03d}"
    return body + mod11_2(body)


def resident_id_valid(value: str) -> bool:
    v = value.strip().upper()
    return len(v) == 18 and v[:17].isdigit() and mod11_2(v[:17]) == v[17]


def luhn_digit(body: str) -> str:
    """The digit that makes ``body + digit`` pass Luhn."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(value: str) -> bool:
    digits = "".join(ch for ch in value if ch.isdigit())
    return len(digits) > 1 and luhn_digit(digits[:-1]) == digits[-1]


def luhn_number(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


def vin_check(vin17: str) -> str:
    total = sum(VIN_VALUES[c] * w for c, w in zip(vin17, VIN_WEIGHTS, strict=True))
    rest = total % 11
    return "X" if rest == 10 else str(rest)


def vin(wmi: str, year_code: str, rng: random.Random) -> str:
    vds = "".join(rng.choice(VIN_CHARS) for _ in range(5))
    plant = rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ")
    serial = "".join(rng.choice("0123456789") for _ in range(6))
    draft = f"{wmi}{vds}0{year_code}{plant}{serial}"
    return draft[:8] + vin_check(draft) + draft[9:]


def vin_valid(value: str) -> bool:
    v = value.strip().upper()
    return len(v) == 17 and all(c in VIN_VALUES for c in v) and vin_check(v) == v[8]


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def _org_value(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def org_code_check(body8: str) -> str:
    rest = 11 - sum(_org_value(c) * w for c, w in zip(body8, ORG_WEIGHTS, strict=True)) % 11
    return {10: "X", 11: "0"}.get(rest, str(rest))


def uscc_check(body17: str) -> str:
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_WEIGHTS, strict=True))
    return USCC_CHARS[(31 - total % 31) % 31]


def uscc(region: str, rng: random.Random) -> str:
    """An enterprise (``91``), sole trader (``92``) or social-organisation (``51``/``52``) code."""
    head = rng.choices(("91", "92", "93", "51", "52", "12"), weights=(80, 8, 2, 4, 3, 3))[0]
    org8 = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    body = head + region + org8 + org_code_check(org8)
    return body + uscc_check(body)


def uscc_valid(value: str) -> bool:
    v = value.strip().upper()
    if len(v) != 18 or any(c not in USCC_CHARS for c in v):
        return False
    return v[16] == org_code_check(v[8:16]) and uscc_check(v[:17]) == v[17]


def imei(tac_prefix: str, rng: random.Random) -> str:
    """15 digits: an 8-digit type allocation code, 6 serial digits and the Luhn digit."""
    return luhn_number(tac_prefix, 15, rng)


def foreign_permanent_id_2023(
    province: str, country_num: str, born: date, male: bool, rng: random.Random
) -> str:
    """The 18-digit card of 2023-12-01: ``9``, receiving province, ISO 3166 numeric country,
    birth date, sequence (odd for men) and the GB 11643 check character."""
    seq = rng.randrange(0, 100) * 10 + rng.choice((1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8))
    body = f"9{province}{country_num}{born:%Y%m%d}{seq:03d}"[:17]
    return body + mod11_2(body)


def foreign_permanent_id_2004(alpha3: str, province: str, born: date, rng: random.Random) -> str:
    """The 15-character card (3 Latin letters + 12 digits) issued before 2023-12-01."""
    return f"{alpha3}{province}{born:%y%m%d}{rng.randrange(0, 10000):04d}"
