"""Generators of valid (synthetic) Chinese identifiers, for samples, tests and evaluation.

Faker's zh_CN provider makes plausible names, addresses and phone numbers, but its resident-ID
region codes are often not real ones; these helpers build numbers that pass every check the
recognizers apply, from region codes that exist.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from stdnum import luhn
from stdnum.iso7064 import mod_11_2

#: A handful of real county-level codes (GB/T 2260): Beijing Chaoyang, Shanghai Xuhui, Guangzhou
#: Tianhe, Shenzhen Nanshan, Hangzhou Xihu, Chengdu Wuhou, Wuhan Wuchang, Xi'an Yanta.
REGION_CODES = ("110105", "310104", "440106", "440305", "330106", "510107", "420106", "610113")

MOBILE_PREFIXES = ("130", "135", "138", "139", "150", "158", "166", "177", "186", "189", "199")


def resident_id(rng: random.Random, born: date | None = None, region: str | None = None) -> str:
    """An 18-digit resident ID with a correct MOD 11-2 check character."""
    born = born or date(1950, 1, 1) + timedelta(days=rng.randrange(0, 365 * 70))
    body = f"{region or rng.choice(REGION_CODES)}{born:%Y%m%d}{rng.randrange(0, 1000):03d}"
    return body + mod_11_2.calc_check_digit(body)


def bank_card(rng: random.Random, prefix: str = "622202", length: int = 19) -> str:
    """A Luhn-valid card number with the given issuer prefix (default: a UnionPay debit BIN)."""
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(0, 10**8):08d}"


def order_number(rng: random.Random) -> str:
    """An 18-digit order number that is not a resident ID: it starts with a date, so its first
    two digits (20) are no province code."""
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 600))
    return f"{day:%Y%m%d}{rng.randrange(0, 10**10):010d}"
