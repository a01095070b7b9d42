"""Identifier values with their real structure and check characters, each in the writing
variants found in exports (spaced, hyphenated, masked, lower-case check letters …)."""

from __future__ import annotations

import random
import string

from piplkit.discover.evaluation.heldout3 import vocab
from piplkit.discover.evaluation.heldout3.person import Person, mobile, ric_check

DIGITS = string.digits
HEX = "0123456789abcdef"


def luhn_complete(body: str) -> str:
    """``body`` plus the Luhn check digit."""
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def phone(rng: random.Random, number: str) -> str:
    """A mobile in one of the ways systems write it."""
    r = rng.random()
    if r < 0.62:
        return number
    if r < 0.72:
        return f"{number[:3]}-{number[3:7]}-{number[7:]}"
    if r < 0.8:
        return f"+86 {number[:3]} {number[3:7]} {number[7:]}"
    if r < 0.86:
        return "+86" + number
    return f"{number[:3]} {number[3:7]} {number[7:]}"


def masked_phone(number: str) -> str:
    return number[:3] + "****" + number[7:]


def landline(rng: random.Random) -> str:
    area = rng.choice(vocab.AREA_CODES)
    local = str(rng.randint(2, 8)) + digits(rng, 7 if len(area) == 3 else rng.choice((6, 7)))
    r = rng.random()
    if r < 0.6:
        text = f"{area}-{local}"
    elif r < 0.75:
        text = f"({area}){local}"
    elif r < 0.9:
        text = area + local
    else:
        text = f"{area} {local}"
    if rng.random() < 0.08:
        text += f"转{rng.randint(100, 899)}"
    return text


def resident_id(rng: random.Random, p: Person) -> str:
    value = p.resident_id
    if value.endswith("X") and rng.random() < 0.3:
        value = value[:-1] + "x"
    return value


def other_resident_id(rng: random.Random, born_year: int) -> str:
    """A valid resident ID of someone else (a co-resident, a guarantor)."""
    region = rng.choice([r for r in vocab.REGIONS if r[4] <= born_year] or vocab.REGIONS[:3])
    body = f"{region[0]}{born_year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{digits(rng, 3)}"
    return body + ric_check(body)


def bank_card(rng: random.Random) -> str:
    bin6 = rng.choice(vocab.UNIONPAY_BINS)
    return luhn_complete(bin6 + digits(rng, rng.choice((9, 12))))


def spaced(card: str) -> str:
    return " ".join(card[i : i + 4] for i in range(0, len(card), 4))


def masked_card(card: str) -> str:
    return card[:4] + " **** **** " + card[-4:]


def email(rng: random.Random, p: Person) -> str:
    r = rng.random()
    domain = rng.choice(vocab.MAIL_DOMAINS)
    if r < 0.25:
        return f"{rng.randint(10000, 3999999999)}@qq.com"
    if r < 0.5:
        return f"{p.handle}{p.born.year % 100:02d}@{domain}"
    if r < 0.7:
        return f"{p.handle}.{rng.randint(1, 999)}@{domain}"
    return f"{p.handle}_{digits(rng, 3)}@{domain}"


def passport_cn(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.55:
        return "E" + digits(rng, 8)
    if r < 0.85:
        return "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(rng, 7)
    return rng.choice("GDSP") + digits(rng, 8)


def passport_foreign(rng: random.Random, alpha3: str) -> str:
    if alpha3 == "USA":
        return str(rng.randint(5, 6)) + digits(rng, 8)
    if alpha3 == "JPN":
        return rng.choice(("TK", "TZ", "MU")) + digits(rng, 7)
    if alpha3 == "KOR":
        return "M" + digits(rng, 8)
    if alpha3 == "GBR":
        return digits(rng, 9)
    return rng.choice("CFGHJK") + "".join(
        rng.choice(DIGITS + "CFGHJKLMNPRTVWXYZ") for _ in range(8)
    )


def hk_macau_mainlander(rng: random.Random) -> str:
    """往来港澳通行证 (mainland residents): C + 8 digits, newer C + letter + 7 digits."""
    if rng.random() < 0.7:
        return "C" + digits(rng, 8)
    return "C" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") + digits(rng, 7)


def hk_macau_resident(rng: random.Random) -> str:
    """港澳居民来往内地通行证 (回乡证): H/M + 8 digits, older cards + 2 digits of issue count."""
    head = "H" if rng.random() < 0.75 else "M"
    return head + digits(rng, 8) + (f"{rng.randint(0, 3):02d}" if rng.random() < 0.3 else "")


def taiwan_permit(rng: random.Random) -> str:
    if rng.random() < 0.75:
        return digits(rng, 8)
    return digits(rng, 10) + rng.choice(("(B)", "(C)", "(D)", ""))


_FPR_WEIGHTS = (7, 3, 1)


def foreign_pr_id(rng: random.Random, p: Person, numeric: str, alpha3: str) -> str:
    """2023 format (18 characters: 9, province, ISO numeric, birth date, sequence, MOD 11-2)
    or the 2004 format (15: alpha-3, authority, yymmdd, sequence, 7-3-1 check digit)."""
    if rng.random() < 0.65:
        body = f"9{p.region[0][:2]}{numeric}{p.born:%Y%m%d}{digits(rng, 3)}"
        return body + ric_check(body)
    body = f"{alpha3}{p.region[0][:2]}{p.born:%y%m%d}{digits(rng, 2)}"
    total = 0
    for i, c in enumerate(body):
        value = int(c) if c.isdigit() else ord(c) - 55
        total += value * _FPR_WEIGHTS[i % 3]
    return body + str(total % 10)


def military_id(rng: random.Random) -> str:
    word = rng.choice("南北东西中军政后装参海空武")
    if rng.random() < 0.7:
        return f"{word}字第{digits(rng, rng.choice((7, 8)))}号"
    return digits(rng, 8)


def driver_licence(p: Person) -> str:
    """A mainland driving licence number is the holder's resident ID number."""
    return p.resident_id


def imei(rng: random.Random) -> str:
    tac = rng.choice(("86", "35", "86", "01")) + digits(rng, 6)
    return luhn_complete(tac + digits(rng, 6))


def imsi(rng: random.Random) -> str:
    return "460" + rng.choice(("00", "01", "02", "03", "11", "07")) + digits(rng, 10)


def mac(rng: random.Random) -> str:
    first = rng.randrange(0, 256) & 0b11111100
    octets = [first] + [rng.randrange(256) for _ in range(5)]
    r = rng.random()
    if r < 0.5:
        return ":".join(f"{o:02X}" for o in octets)
    if r < 0.75:
        return ":".join(f"{o:02x}" for o in octets)
    if r < 0.92:
        return "-".join(f"{o:02X}" for o in octets)
    h = "".join(f"{o:02x}" for o in octets)
    return f"{h[:4]}.{h[4:8]}.{h[8:]}"


def uuid_text(rng: random.Random, upper: bool) -> str:
    h = "".join(rng.choice(HEX) for _ in range(32))
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    text = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return text.upper() if upper else text


def device_id(rng: random.Random, kind: str) -> str:
    if kind == "idfa":
        return uuid_text(rng, True)
    if kind == "oaid":
        return uuid_text(rng, False)
    return "".join(rng.choice(HEX) for _ in range(16))  # Android ID


_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


def vin(rng: random.Random) -> str:
    wmi = rng.choice(("LSV", "LFV", "LGB", "LVS", "LBV", "LHG", "LSG", "LGX", "LRW", "LVH"))
    vds = "".join(rng.choice(_VIN_CHARS) for _ in range(5))
    year = rng.choice("EFGHJKLMNPR")
    rest = rng.choice(_VIN_CHARS) + digits(rng, 6)
    body = wmi + vds + "0" + year + rest
    total = sum(_VIN_VALUES[c] * w for c, w in zip(body, _VIN_WEIGHTS, strict=True))
    check = "X" if total % 11 == 10 else str(total % 11)
    return body[:8] + check + body[9:]


_PLATE_PROVINCES = "京沪粤浙苏川鄂湘陕鲁津闽豫辽皖云桂吉黑赣贵冀蒙甘新渝"
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def plate(rng: random.Random) -> str:
    head = rng.choice(_PLATE_PROVINCES) + rng.choice("ABCDEFGH")
    r = rng.random()
    if r < 0.65:
        tail = "".join(rng.choice(DIGITS + _PLATE_LETTERS[:10]) for _ in range(5))
        tail = tail[:4] + rng.choice(DIGITS)
    elif r < 0.85:
        tail = rng.choice("DF") + digits(rng, 5)
    else:
        tail = digits(rng, 5) + rng.choice("DF")
    return head + ("·" if rng.random() < 0.1 else "") + tail


_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def uscc(rng: random.Random, individual: bool = False) -> str:
    """GB 32100-2015 code: registration authority and type, region, GB 11714 organisation code
    (with its own check character), GB 32100 check character."""
    org = "".join(rng.choice(string.digits + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    s = sum(_USCC_ALPHABET.index(c) * w for c, w in zip(org, _ORG_WEIGHTS, strict=True))
    c9 = 11 - s % 11
    org += "X" if c9 == 10 else "0" if c9 == 11 else str(c9)
    body = ("92" if individual else "91") + rng.choice(vocab.REGIONS)[0] + org
    total = sum(_USCC_ALPHABET.index(c) * w for c, w in zip(body, _USCC_WEIGHTS, strict=True))
    return body + _USCC_ALPHABET[(31 - total % 31) % 31]


def qq(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + digits(rng, rng.choice((5, 7, 8, 8, 9, 9)))


def wechat(rng: random.Random, p: Person) -> str:
    r = rng.random()
    if r < 0.3:
        return "wxid_" + "".join(rng.choice(string.ascii_lowercase + DIGITS) for _ in range(14))
    if r < 0.75:
        return p.handle[:12] + rng.choice(("", "_", "-")) + digits(rng, rng.randint(2, 4))
    if r < 0.9:
        return p.handle[:10] + rng.choice(("666", "888", "520", "1314"))
    return mobile(rng)  # WeChat ids set to the mobile number


def account_name(rng: random.Random, p: Person) -> str:
    r = rng.random()
    if r < 0.4:
        return p.handle + str(p.born.year)
    if r < 0.7:
        return f"{p.handle[:8]}_{digits(rng, 2)}"
    if r < 0.85:
        return "u_" + digits(rng, 8)
    return p.handle[:1] + rng.choice(("ly", "xx", "zz")) + digits(rng, 4)


def ipv4_public(rng: random.Random) -> str:
    first = rng.choice(
        (
            36,
            39,
            42,
            58,
            60,
            101,
            106,
            112,
            113,
            114,
            116,
            117,
            120,
            121,
            123,
            124,
            180,
            182,
            183,
            211,
            218,
            219,
            220,
            221,
            222,
            223,
        )
    )
    return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(("240e", "2408", "2409", "240a", "2001:da8"))
    groups = [f"{rng.randrange(65536):x}" for _ in range(8 - head.count(":") - 1)]
    text = head + ":" + ":".join(groups)
    if rng.random() < 0.3:
        parts = text.split(":")
        text = ":".join(parts[:3]) + "::" + ":".join(parts[-2:])
    return text


def ean13(rng: random.Random) -> str:
    body = "69" + digits(rng, 10)
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)
