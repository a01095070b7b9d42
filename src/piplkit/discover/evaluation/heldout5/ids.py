"""Identifier generators with valid check digits, written for set 5 from the public standards
(GB 11643 resident id, ISO 3779 VIN, GB 32100 USCC, Luhn for bank cards and IMEIs), so a
classifier that checks digits sees realistic numbers and no real person's number is copied."""

from __future__ import annotations

import random
from datetime import date

#: Prefecture-level area codes used as the first six digits of generated resident ids.
AREAS = (
    "110105", "310115", "440305", "330106", "510104", "420111", "320106", "370212",
    "610113", "500112", "350203", "430104", "210202", "120104", "130102", "410105",
)  # fmt: skip
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def resident_id(rng: random.Random, birth: date, female: bool) -> str:
    """An 18-digit resident id whose birth date, sex digit and check digit agree."""
    seq = rng.randrange(0, 500) * 2 + (0 if female else 1)
    body = f"{rng.choice(AREAS)}{birth:%Y%m%d}{seq:03d}"
    total = sum(int(d) * w for d, w in zip(body, _ID_WEIGHTS, strict=True))
    return body + _ID_CHECK[total % 11]


def luhn_complete(prefix: str) -> str:
    """``prefix`` plus its Luhn check digit."""
    total = 0
    for i, ch in enumerate(reversed(prefix)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return prefix + str((10 - total % 10) % 10)


def bank_card(rng: random.Random) -> str:
    """A UnionPay-style debit or credit card number (16 or 19 digits)."""
    bins = ("622202", "621700", "622848", "621483", "625965", "622588", "436742", "622700")
    length = rng.choice((16, 19, 19))
    body = rng.choice(bins) + "".join(str(rng.randrange(10)) for _ in range(length - 7))
    return luhn_complete(body)


def imei(rng: random.Random) -> str:
    tac = rng.choice(("35391110", "86769104", "86425603", "35875309", "86012305"))
    return luhn_complete(tac + "".join(str(rng.randrange(10)) for _ in range(6)))


def imsi(rng: random.Random) -> str:
    return (
        "460"
        + rng.choice(("00", "01", "11", "02"))
        + "".join(str(rng.randrange(10)) for _ in range(10))
    )


_VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
_VIN_VALUE = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7, "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}  # fmt: skip
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(rng: random.Random) -> str:
    """A 17-character VIN with a valid ninth (check) character, Chinese WMI."""
    wmi = rng.choice(("LSV", "LFV", "LVS", "LGB", "LBV", "LRW", "LC0", "LGX"))
    chars = list(wmi + "".join(rng.choice(_VIN_CHARS) for _ in range(5)) + "0")
    chars += [rng.choice("KLMNPR"), rng.choice(_VIN_CHARS)]
    chars += [str(rng.randrange(10)) for _ in range(6)]
    total = sum(_VIN_VALUE[c] * w for c, w in zip(chars, _VIN_WEIGHTS, strict=True))
    check = total % 11
    chars[8] = "X" if check == 10 else str(check)
    return "".join(chars)


_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc(rng: random.Random) -> str:
    """An 18-character unified social credit code with a valid check character."""
    body = rng.choice(("91", "92", "52", "12")) + rng.choice(AREAS)
    body += "".join(rng.choice(_USCC_CHARS[:10] + "ABCDEFGH") for _ in range(9))
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(body, _USCC_WEIGHTS, strict=True))
    return body + _USCC_CHARS[(31 - total % 31) % 31]


def plate(rng: random.Random) -> str:
    """A mainland licence plate, petrol (7 chars) or new-energy (8 chars)."""
    prov = rng.choice("京沪粤浙川鄂苏鲁陕渝闽湘辽津冀豫")
    city = rng.choice("ABCDEFGH")
    if rng.random() < 0.3:
        return prov + city + rng.choice("DF") + "".join(str(rng.randrange(10)) for _ in range(5))
    tail = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
    return prov + city + tail
