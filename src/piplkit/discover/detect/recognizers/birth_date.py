"""Birth dates after a cue (出生日期, 生日, DOB …): basic personal data, and the age that makes a
person a minor (PIPL Art. 28, 31).

Dates are everywhere in business text, so only a date right after a cue is a birth date (0.85):
出生日期, 出生年月(日), 出生于, 出生, 生日, 生于, DOB, date of birth, birth date, birthday,
born. Writings: ``1990-01-02``, ``1990/1/2``, ``1990.01.02``, ``1990年1月2日`` (or ``2号``),
``19900102``, and year and month alone (``1990年1月``, ``1990-01``, as 出生年月 is often
filled in). The date must exist, not lie after the evaluation date, and not before 1890.

Attributes: ``birth_date`` (``YYYY-MM-DD``, or ``YYYY-MM`` for year and month), ``precision``,
``age`` and ``minor`` as of the evaluation date. With the day unknown, the age is counted from the
first of the month, the oldest the person can be, so ``minor`` is only set when certain.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from piplkit.discover.detect.cued import CuedRecognizer
from piplkit.discover.detect.recognizer import AnalysisContext
from piplkit.discover.detect.recognizers.resident_id import age_on, birth_date_or_none, minor_age
from piplkit.discover.detect.registry import register

_M = r"(?:0?[1-9]|1[0-2])"
_D = r"(?:0?[1-9]|[12][0-9]|3[01])"
_NUMBERS = re.compile(r"[0-9]+")


@register
class BirthDateRecognizer(CuedRecognizer):
    type_id: ClassVar[str] = "birth_date"
    pattern: ClassVar[str] = (
        r"(?<![0-9])(?:1[89]|20)[0-9]{2}(?:"
        rf"(?P<s>[-/.]){_M}(?:(?P=s){_D}(?![0-9])|(?![-/.0-9]))"
        rf"|年{_M}月(?:{_D}[日号])?"
        r"|(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?![0-9])"
        r")"
    )
    cues: ClassVar[tuple[str, ...]] = (
        "出生日期",
        "出生年月日",
        "出生年月",
        "出生于",
        "出生",
        "生日",
        "生于",
        "出生时间",
        "DOB",
        "D.O.B",
        "date of birth",
        "birth date",
        "birthdate",
        "birthday",
        "birth",
        "born",
        "born on",
    )
    filler: ClassVar[bool] = True
    needs_digit: ClassVar[bool] = True
    cue_score: ClassVar[float] = 0.85

    def validate(self, value: str, ctx: AnalysisContext) -> dict[str, Any] | None:
        if value.isdigit():  # 19900102
            parts = [int(value[:4]), int(value[4:6]), int(value[6:8])]
        else:
            parts = [int(n) for n in _NUMBERS.findall(value)]
        year, month = parts[0], parts[1]
        day = parts[2] if len(parts) > 2 else 1
        born = birth_date_or_none(year, month, day, ctx.as_of)
        if born is None:
            return None
        age = age_on(born, ctx.as_of)
        precise = len(parts) > 2
        return {
            "birth_date": born.isoformat() if precise else born.isoformat()[:7],
            "precision": "day" if precise else "month",
            "age": age,
            "minor": age < minor_age(),
        }

    def mask(self, value: str) -> str:
        # The year stays (reports generalise birth dates to it); month and day do not.
        return value[:4] + re.sub(r"[0-9]", "*", value[4:])
