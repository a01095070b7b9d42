"""Identifiers with the check digits of their standards, written for set 7.

Resident IDs (GB 11643, ISO 7064 MOD 11-2), bank cards and IMEIs (Luhn), VINs (ISO 3779 position
9), unified social credit codes (GB 32100 with the GB 11714 organisation-code check), 2023 foreign
permanent-residence IDs (``9`` + 17 characters, MOD 11-2). Numbers are random apart from the
prefixes (district codes, card BINs, IMEI TACs, WMIs, MAC OUIs) which are real public codes.
"""

from __future__ import annotations

import random
from datetime import date

#: District codes in use for decades (Beijing Dongcheng/Chaoyang, Shanghai Xuhui, Guangzhou
#: Tianhe, Hangzhou Xihu, Chengdu Wuhou, Wuhan Wuchang, Nanjing Xuanwu, Xi'an Yanta, Qingdao
#: Shinan, Chongqing Yuzhong, Tianjin Heping, Xiamen Siming, Changsha Yuelu, Zhengzhou Jinshui,
#: Kunming Wuhua, Harbin Nangang, Jinan Lixia, Hefei Luyang, Nanning Qingxiu).
DISTRICTS = (
    "110101", "110105", "310104", "440106", "330106", "510107", "420106", "320102", "610113",
    "370202", "500103", "120101", "350203", "430104", "410105", "530102", "230103", "370102",
    "340103", "450103",
)  # fmt: skip

_W_RID = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_RID_CHECK = "10X98765432"


def mod11_2(body17: str) -> str:
    return _RID_CHECK[sum(int(c) * w for c, w in zip(body17, _W_RID, strict=True)) % 11]


def resident_id(rng: random.Random, birth: date, male: bool) -> str:
    seq = rng.randrange(0, 100)
    sex = rng.choice((1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8))
    body = f"{rng.choice(DISTRICTS)}{birth:%Y%m%d}{seq:02d}{sex}"
    return body + mod11_2(body)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return number.isdigit() and luhn_digit(number[:-1]) == number[-1]


#: UnionPay debit/credit BINs of Chinese issuers (ICBC, ABC, CCB, CMB, BOC, BoCom, PSBC).
CARD_BINS = ("622202", "622848", "621700", "622588", "621483", "621661", "622262", "621799")


def bank_card(rng: random.Random) -> str:
    length = rng.choice((16, 19, 19))
    bin_ = rng.choice(CARD_BINS)
    body = bin_ + "".join(str(rng.randrange(10)) for _ in range(length - len(bin_) - 1))
    return body + luhn_digit(body)


#: Type allocation codes of phones sold in China (Huawei, Xiaomi, Apple, OPPO, vivo).
TACS = ("86891203", "86446903", "35328510", "86769704", "86012345", "35391110", "86530104")


def imei(rng: random.Random) -> str:
    body = rng.choice(TACS) + "".join(str(rng.randrange(10)) for _ in range(6))
    return body + luhn_digit(body)


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VAL = {**{str(d): d for d in range(10)},
            **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
            **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
            **dict(zip("STUVWXYZ", range(2, 10), strict=True))}  # fmt: skip
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
#: World manufacturer identifiers of cars built in China (FAW-VW, SAIC-VW, SAIC-GM, BYD, Geely,
#: Tesla Shanghai, Great Wall, Changan).
WMIS = ("LFV", "LSV", "LSG", "LGX", "L6T", "LRW", "LGW", "LS5")


def vin_check(vin: str) -> str:
    total = sum(_VIN_VAL[c] * w for c, w in zip(vin, _VIN_W, strict=True))
    r = total % 11
    return "X" if r == 10 else str(r)


def vin(rng: random.Random) -> str:
    vds = "".join(rng.choice(_VIN_CHARS) for _ in range(5))
    year = rng.choice("GHJKLMNPRS")  # 2016-2025
    tail = rng.choice(_VIN_CHARS) + "".join(str(rng.randrange(10)) for _ in range(6))
    raw = rng.choice(WMIS) + vds + "0" + year + tail
    return raw[:8] + vin_check(raw) + raw[9:]


_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_W = (3, 7, 9, 10, 5, 8, 4, 2)


def org_check(body8: str) -> str:
    c = 11 - sum(int(ch, 36) * w for ch, w in zip(body8, _ORG_W, strict=True)) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc_check(body17: str) -> str:
    c = 31 - sum(_USCC_CHARS.index(ch) * w for ch, w in zip(body17, _USCC_W, strict=True)) % 31
    return _USCC_CHARS[0 if c == 31 else c]


def uscc(rng: random.Random) -> str:
    org = "".join(str(rng.randrange(10)) for _ in range(8))
    body = "91" + rng.choice(DISTRICTS) + org + org_check(org)
    return body + uscc_check(body)


def foreign_pr_2023(rng: random.Random, birth: date) -> str:
    nat = rng.choice(("840", "392", "410", "826", "276", "250", "643", "036", "124", "702"))
    body = (
        f"9{rng.choice(('11', '31', '44', '32', '33'))}{nat}{birth:%Y%m%d}{rng.randrange(1000):03d}"
    )
    return body + mod11_2(body)


#: OUIs of consumer devices (Apple, Xiaomi, Huawei, OPPO, vivo, Samsung).
PHONE_OUIS = ("F0:18:98", "AC:BC:32", "28:6C:07", "64:09:80", "00:E0:FC", "48:3C:0C", "C4:0B:CB")
#: OUIs of network gear and servers (Cisco, H3C, Dell, Supermicro).
SERVER_OUIS = ("00:1B:54", "3C:8C:40", "F8:BC:12", "AC:1F:6B")


def mac(rng: random.Random, ouis: tuple[str, ...] = PHONE_OUIS) -> str:
    return rng.choice(ouis) + "".join(f":{rng.randrange(256):02X}" for _ in range(3))


def imsi(rng: random.Random) -> str:
    return (
        "460"
        + rng.choice(("00", "01", "02", "03", "07", "11"))
        + "".join(str(rng.randrange(10)) for _ in range(10))
    )


def ean13(rng: random.Random) -> str:
    body = "69" + "".join(str(rng.randrange(10)) for _ in range(10))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)
