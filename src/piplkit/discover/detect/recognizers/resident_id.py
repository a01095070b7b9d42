"""PRC resident identity card numbers (GB 11643-1999), 18-digit and legacy 15-digit.

An 18-digit number is accepted only with a valid ISO 7064 MOD 11-2 check character, a real
calendar birth date not after the evaluation date, and a region code whose province part exists.
The county part is not checked against a code list: codes are retired and created every year and
people keep the numbers they were issued. Legacy 15-digit numbers carry no check digit, so they
need context ("身份证") to pass the default threshold.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any, ClassVar

from piplkit.discover.detect.checksums import mod11_2_valid
from piplkit.discover.detect.masking import mask_middle
from piplkit.discover.detect.recognizer import AnalysisContext, PatternRecognizer
from piplkit.discover.detect.registry import register

#: Province-level codes of GB/T 2260, plus 71 (Taiwan), 81/82 (Hong Kong, Macao residence
#: permits) and 83 (Taiwan residents' residence permits).
_PROVINCES = "11-15 21-23 31-37 41-46 50-54 61-65 71 81-83"
PROVINCE_CODES = frozenset(
    str(code) for span in _PROVINCES.split() for code in range(int(span[:2]), int(span[-2:]) + 1)
)

_DATE = r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"


@cache
def minor_age() -> int:
    """Age under which a holder is a minor (the catalogue's latest reading), looked up once:
    it is asked for every ID found, and custom types never change it. The catalogue is
    imported here, not with the module: loading the law package (pydantic models) took 0.1 s of
    every ``piplkit detect`` start, most of them on text without an ID."""
    from piplkit.assess.law.pi_types import builtin_catalogue

    return builtin_catalogue().minor_age


def birth_date_or_none(year: int, month: int, day: int, as_of: date) -> date | None:
    try:
        born = date(year, month, day)
    except ValueError:
        return None
    if born > as_of or year < 1890:
        return None
    return born


def age_on(born: date, as_of: date) -> int:
    return as_of.year - born.year - ((as_of.month, as_of.day) < (born.month, born.day))


@register
class ResidentIdRecognizer(PatternRecognizer):
    type_id: ClassVar[str] = "cn_resident_id"
    #: Every match holds 15 ASCII digits in a row (the number is written without separators).
    digit_run: ClassVar[int] = 15
    pattern: ClassVar[str] = (
        # The boundary check sits after the first character so that the regex engine can skip
        # ahead to candidate first characters (a leading lookbehind disables that: 3x slower).
        r"[1-8](?<![0-9][1-8])[0-9]{5}(?:"
        r"(?:18|19|20)[0-9]{2}" + _DATE + r"[0-9]{3}[0-9Xx]"  # 18-digit
        r"|[0-9]{2}" + _DATE + r"[0-9]{3}"  # legacy 15-digit
        r")(?![0-9A-Za-z])"
    )
    base_score: ClassVar[float] = 0.85
    legacy_score: ClassVar[float] = 0.35
    context_words: ClassVar[tuple[str, ...]] = (
        "身份证",
        "证件号",
        "公民身份",
        "身份号",
        "sfz",
        "id card",
        "idcard",
        "id_card",
        "id no",
    )
    negative_context: ClassVar[tuple[str, ...]] = (
        "订单",
        "单号",
        "流水号",
        "交易号",
        "运单",
        "order",
        "tracking",
    )

    def validate(self, value: str, ctx: AnalysisContext) -> dict[str, Any] | None:
        if value[:2] not in PROVINCE_CODES or value[2:6] == "0000":
            return None
        if len(value) == 18:
            if not mod11_2_valid(value):
                return None
            year, month, day = int(value[6:10]), int(value[10:12]), int(value[12:14])
            sex_digit = int(value[16])
        else:
            year, month, day = 1900 + int(value[6:8]), int(value[8:10]), int(value[10:12])
            sex_digit = int(value[14])
        born = birth_date_or_none(year, month, day, ctx.as_of)
        if born is None:
            return None
        age = age_on(born, ctx.as_of)
        return {
            "format": "18" if len(value) == 18 else "15",
            "birth_date": born.isoformat(),
            "sex": "male" if sex_digit % 2 else "female",
            "age": age,
            "minor": age < minor_age(),
        }

    def score(self, value: str, attributes: dict[str, Any]) -> float:
        return self.base_score if len(value) == 18 else self.legacy_score

    def mask(self, value: str) -> str:
        return mask_middle(value, 4, 4)
