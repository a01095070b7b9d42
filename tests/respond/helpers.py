"""Test data: valid identifiers built from check digits, never real people's."""

from __future__ import annotations

from stdnum.cn import ric
from stdnum.iso7064 import mod_11_2


def resident_id(birth: str, seq: str = "123", region: str = "110105") -> str:
    """A resident ID with a correct check character (``birth`` as YYYYMMDD)."""
    body = region + birth + seq
    return body + mod_11_2.calc_check_digit(body)


assert ric.is_valid(resident_id("19800101"))

MOBILE = "13812345678"
ADULT_ID = resident_id("19800101")
CHILD_ID = resident_id("20150601")
