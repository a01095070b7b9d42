"""Foreign permanent resident ID cards (外国人永久居留身份证, "五星卡").

* 2023 format (issued since 2023-12-01; National Immigration Administration, 新版外国人永久
  居留身份证机读信息规则(2023版)): 18 characters, like the resident ID's number: ``9`` (the
  identifier of a foreigner; resident IDs begin with 1-8), 2 digits for the province-level
  place of application, 3 digits for the nationality (ISO 3166-1 numeric), 8 digits of birth
  date, 3 of sequence and an ISO 7064 MOD 11-2 check character (digit or X), "与公民身份号码校验
  方式相同". Source text read (a copy of the NIA rule): http://www.eastcoms.com/service/pro/840.html
* earlier cards (2004 and 2017 editions): 15 characters, the nationality as ISO 3166-1 alpha-3
  letters, 4 digits for the place of application (province + city), 6 digits of birth date
  (YYMMDD), 1 sequence digit and 1 check digit. The check digit is computed with weights
  7, 3, 1 over the 14 characters before it (letters A=10 … Z=35), mod 10, as the MRZ of travel
  documents does; that rule was found in two independent public implementations, not in an
  official text: ``verified: false``. Two-digit years are read as 20YY when that date is not
  after the evaluation date, else 19YY.

Both formats carry a birth date, so findings have ``birth_date``, ``age`` and ``minor`` as
resident IDs do, and the holder's ``nationality`` (alpha-3). Scores: 0.85 for the 18-character
number (place, nationality, date and check character all hold: a random number passes about
once in 3,000), 0.7 for the 15-character one; a cue (永居证, 永久居留 …) adds 0.15. A whole cell
scores the same.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from importlib import resources
from typing import Any, ClassVar

from piplkit.discover.detect.checksums import mod11_2_valid
from piplkit.discover.detect.masking import mask_middle
from piplkit.discover.detect.recognizer import AnalysisContext, PatternRecognizer
from piplkit.discover.detect.recognizers.resident_id import (
    PROVINCE_CODES,
    age_on,
    birth_date_or_none,
    minor_age,
)
from piplkit.discover.detect.registry import register

_WEIGHTS_731 = (7, 3, 1)


@cache
def countries() -> tuple[dict[str, str], frozenset[str]]:
    """ISO 3166-1 numeric → alpha-3, and the set of alpha-3 codes (data/iso3166_countries.tsv)."""
    text = (
        resources.files("piplkit.discover.detect")
        .joinpath("data/iso3166_countries.tsv")
        .read_text(encoding="utf-8")
    )
    numeric: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, alpha3, _alpha2 = line.split("\t")
            numeric[code] = alpha3
    return numeric, frozenset(numeric.values())


def check_731(value: str) -> str:
    """The 7-3-1 check digit of letters and digits (A=10 … Z=35), as in travel-document MRZs."""
    total = sum(int(c, 36) * _WEIGHTS_731[i % 3] for i, c in enumerate(value))
    return str(total % 10)


def _two_digit_year(yy: int, month: int, day: int, as_of: date) -> date | None:
    for century in (2000, 1900):
        born = birth_date_or_none(century + yy, month, day, as_of)
        if born is not None:
            return born
    return None


@register
class ForeignPermanentResidentIdRecognizer(PatternRecognizer):
    type_id: ClassVar[str] = "foreign_permanent_resident_id"
    #: Every match holds 12 ASCII digits in a row (the digits after the letters, or 17 of 18).
    digit_run: ClassVar[int] = 12
    pattern: ClassVar[str] = (
        r"[9A-Z](?<![0-9A-Za-z][9A-Z])"
        r"(?:(?<=9)[0-9]{16}[0-9Xx]|(?<=[A-Z])[A-Z]{2}[0-9]{12})(?![0-9A-Za-z])"
    )
    base_score: ClassVar[float] = 0.85
    old_score: ClassVar[float] = 0.7
    needs_digit: ClassVar[bool] = True
    context_words: ClassVar[tuple[str, ...]] = (
        "永居证",
        "永久居留",
        "居留身份证",
        "五星卡",
        "绿卡",
        "permanent resident",
        "证件号",
    )
    context_boost: ClassVar[float] = 0.15

    def validate(self, value: str, ctx: AnalysisContext) -> dict[str, Any] | None:
        numeric, alpha3 = countries()
        if value[0] == "9":
            nationality = numeric.get(value[3:6])
            if value[1:3] not in PROVINCE_CODES or nationality in (None, "CHN"):
                return None
            if not mod11_2_valid(value):
                return None
            born = birth_date_or_none(
                int(value[6:10]), int(value[10:12]), int(value[12:14]), ctx.as_of
            )
            edition = "2023"
        else:
            nationality = value[:3]
            if nationality not in alpha3 or nationality == "CHN":
                return None
            if value[3:5] not in PROVINCE_CODES or check_731(value[:14]) != value[14]:
                return None
            born = _two_digit_year(int(value[7:9]), int(value[9:11]), int(value[11:13]), ctx.as_of)
            edition = "2004"
        if born is None:
            return None
        age = age_on(born, ctx.as_of)
        return {
            "format": edition,
            "nationality": nationality,
            "birth_date": born.isoformat(),
            "age": age,
            "minor": age < minor_age(),
        }

    def score(self, value: str, attributes: dict[str, Any]) -> float:
        return self.base_score if attributes["format"] == "2023" else self.old_score

    def mask(self, value: str) -> str:
        return mask_middle(value, 3, 2)
