"""Identifiers with the check digits the issuing systems compute, written for set 4.

Resident IDs (GB 11643, ISO 7064 MOD 11-2), bank cards and IMEIs (Luhn), VINs (ISO 3779 /
GB 16735 weights), unified social credit codes (GB 32100), container numbers (ISO 6346) and
EAN-13 barcodes. A value a real system would reject is not a realistic value."""

from __future__ import annotations

import random
import string
from datetime import date

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"

#: Real county-level division codes (province, city, district) from several provinces.
AREAS = (
    "110101", "110105", "110108", "120104", "130102", "140105", "210203", "220102", "230103",
    "310104", "310115", "320106", "320583", "330106", "330212", "340104", "350203", "360103",
    "370202", "410105", "420106", "430104", "440106", "440305", "450103", "500103", "510107",
    "520102", "530102", "610113", "620102", "650102",
)  # fmt: skip


def id_check(body17: str) -> str:
    total = sum(int(d) * w for d, w in zip(body17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def resident_id(rng: random.Random, born: date, female: bool) -> str:
    seq = rng.randint(0, 99) * 10 + rng.choice((0, 2, 4, 6, 8) if female else (1, 3, 5, 7, 9))
    body = f"{rng.choice(AREAS)}{born:%Y%m%d}{seq:03d}"
    return body + id_check(body)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


#: Issuer prefixes (BIN) of debit and credit cards of Chinese banks, with the card length.
_BINS = (
    ("622202", 19), ("622848", 19), ("621700", 19), ("622588", 16), ("621483", 16),
    ("622260", 19), ("621226", 19), ("625965", 16), ("436742", 19), ("622700", 19),
    ("622609", 16), ("623668", 19),
)  # fmt: skip


def bank_card(rng: random.Random) -> str:
    prefix, length = rng.choice(_BINS)
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


_TACS = ("86769004", "35332510", "86012345", "35404911", "86891203", "35209910", "86440605")


def imei(rng: random.Random) -> str:
    body = rng.choice(_TACS) + "".join(rng.choice(string.digits) for _ in range(6))
    return body + luhn_digit(body)


def imsi(rng: random.Random) -> str:
    return (
        "460"
        + rng.choice(("00", "01", "02", "03", "07", "11"))
        + "".join(rng.choice(string.digits) for _ in range(10))
    )


_VIN_VALUES = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True))}
_VIN_VALUES.update(dict(zip("JKLMN", range(1, 6), strict=True)))
_VIN_VALUES.update({"P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10), strict=True))})
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_WMIS = ("LSV", "LFV", "LGB", "LVS", "LHG", "LBV", "LRW", "LGW", "LNB", "LDC", "LSG", "LZW")
_YEARS = "ABCDEFGHJKLMNPRST"  # 2010 … 2026


def vin(rng: random.Random) -> str:
    chars = list(rng.choice(_WMIS))
    chars += [rng.choice(_VIN_CHARS) for _ in range(5)] + ["0"]
    chars += [rng.choice(_YEARS), rng.choice(_VIN_CHARS)]
    chars += [rng.choice(string.digits) for _ in range(6)]
    total = sum(_VIN_VALUES[c] * w for c, w in zip(chars, _VIN_WEIGHTS, strict=True))
    check = total % 11
    chars[8] = "X" if check == 10 else str(check)
    return "".join(chars)


_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc(rng: random.Random) -> str:
    org = "".join(rng.choice(string.digits + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    org_weights = (3, 7, 9, 10, 5, 8, 4, 2)
    values = [int(c) if c.isdigit() else ord(c) - 55 for c in org]
    c9 = 11 - sum(v * w for v, w in zip(values, org_weights, strict=True)) % 11
    org += "X" if c9 == 10 else "0" if c9 == 11 else str(c9)
    body = "91" + rng.choice(AREAS) + org
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(body, _USCC_WEIGHTS, strict=True))
    return body + _USCC_CHARS[(31 - total % 31) % 31]


def container_no(rng: random.Random) -> str:
    owner = rng.choice(("MSK", "CSQ", "TGH", "OOL", "COS", "EMC", "TCN")) + "U"
    body = owner + "".join(rng.choice(string.digits) for _ in range(6))
    values = []
    for ch in body:
        if ch.isdigit():
            values.append(int(ch))
        else:
            v = 10 + string.ascii_uppercase.index(ch)
            v += (v - 1) // 10  # ISO 6346 skips 11, 22, 33
            values.append(v)
    check = sum(v * 2**i for i, v in enumerate(values)) % 11 % 10
    return body + str(check)


def ean13(rng: random.Random) -> str:
    body = "69" + "".join(rng.choice(string.digits) for _ in range(10))
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def passport(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return "E" + "".join(rng.choice(string.digits) for _ in range(8))
    return (
        "E"
        + rng.choice("ABCDEFGHJKLMNPQRSTUVWXY")
        + "".join(rng.choice(string.digits) for _ in range(7))
    )


def hk_macau_permit(rng: random.Random) -> str:
    """The card since 2014: C, then a letter or digit, then 7 digits; a few old W numbers."""
    if rng.random() < 0.15:
        return "W" + "".join(rng.choice(string.digits) for _ in range(8))
    second = rng.choice("ABCDEFGHJKLMNPQRSTUVWXY0123456789")
    return "C" + second + "".join(rng.choice(string.digits) for _ in range(7))


def taiwan_permit(rng: random.Random) -> str:
    """The eight-digit card number since 2015."""
    return "".join(rng.choice(string.digits) for _ in range(8))


def foreign_pr_2023(rng: random.Random, born: date) -> str:
    """The 18-digit card of 2023: 9, issuing province, ISO 3166 numeric nationality, birth date,
    sequence, MOD 11-2 check."""
    province = rng.choice(("11", "31", "44", "32", "33"))
    nation = rng.choice(("840", "392", "410", "276", "250", "826", "036", "124"))
    body = f"9{province}{nation}{born:%Y%m%d}{rng.randint(0, 999):03d}"
    return body + id_check(body)


def foreign_pr_2017(rng: random.Random, born: date) -> str:
    """The 15-character card before 2023: nationality letters, authority code, birth, sequence."""
    nat = rng.choice(("USA", "JPN", "KOR", "DEU", "FRA", "GBR", "AUS", "CAN"))
    return (
        f"{nat}{rng.choice(('1100', '3100', '4400', '3200'))}{born:%y%m%d}{rng.randint(0, 99):02d}"
    )


def military_id(rng: random.Random) -> str:
    zone = rng.choice(("南", "北", "沈", "兰", "成", "济", "广", "海", "空", "参", "政", "后"))
    return f"{zone}字第{rng.randint(1000000, 9999999)}号"


_PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川"
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def plate(rng: random.Random) -> str:
    head = rng.choice(_PLATE_PROVINCES) + rng.choice("ABCDEFGH")
    if rng.random() < 0.3:  # new-energy plates have six characters after the region
        return head + rng.choice("DF") + "".join(rng.choice(string.digits) for _ in range(5))
    tail = [rng.choice(string.digits) for _ in range(5)]
    tail[rng.randrange(3)] = rng.choice(_PLATE_LETTERS)
    return head + "".join(tail)


def mac(rng: random.Random, sep: str = ":") -> str:
    octets = [rng.randrange(256) for _ in range(6)]
    octets[0] &= 0xFC
    return sep.join(f"{o:02X}" for o in octets)


def ipv4_public(rng: random.Random) -> str:
    first = rng.choice(
        (
            36,
            39,
            42,
            58,
            59,
            60,
            101,
            106,
            111,
            112,
            113,
            114,
            117,
            120,
            123,
            180,
            183,
            218,
            221,
            222,
            223,
        )
    )
    return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(("240e", "2409", "2408", "2001:da8"))
    groups = [f"{rng.randrange(65536):x}" for _ in range(8 - head.count(":") - 1)]
    if rng.random() < 0.4:
        return head + ":" + ":".join(groups[:3]) + "::" + groups[-1]
    return head + ":" + ":".join(groups)


def uuid_like(rng: random.Random, upper: bool = False) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    s = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"
    return s.upper() if upper else s


def android_id(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(16))


def hexstr(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def real_estate_cert(rng: random.Random) -> str:
    abbr, district = rng.choice(
        (("京", "朝阳区"), ("沪", "浦东新区"), ("粤", "广州市"), ("浙", "杭州市"), ("苏", "南京市"),
         ("川", "成都市"), ("鄂", "武汉市"), ("京", "海淀区"))
    )  # fmt: skip
    return f"{abbr}({rng.randint(2016, 2026)}){district}不动产权第{rng.randint(1, 999999):07d}号"
