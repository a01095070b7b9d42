"""Read the date parts out of a date as people write it, for generalising birth dates.

Exports and forms write the same birth date as ``1990-05-06``, ``1990/5/6 00:00:00``,
``19900506``, ``1990年5月6日``, ``一九九〇年五月六日``, ``06/05/1990``, ``May 6, 1990``, or give
only ``1990年5月`` or ``1990``. Generalising to a year needs only the year, so a writing whose
day and month cannot be told apart (``06/05/1990``) still yields its year; it is the level asked
for (``year_month``, ``age_band``) that decides whether the parts found are enough.

Only four-digit years are read: ``90-05-06`` could be 1990 or 2090 and is not guessed at.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

_YMD = re.compile(
    r"(?P<y>\d{4})\s*(?:[-/.年]\s*(?P<m>\d{1,2})\s*(?:[-/.月]\s*(?P<d>\d{1,2})\s*日?|月)?)?\s*年?"
)
_COMPACT = re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})?")
_DMY = re.compile(r"(?P<a>\d{1,2})\s*[-/.]\s*(?P<b>\d{1,2})\s*[-/.]\s*(?P<y>\d{4})")
_TIME = re.compile(r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)$")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_NAME = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ENGLISH = (
    re.compile(
        rf"(?P<mn>{_MONTH_NAME})\.?\s+(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?(?P<y>\d{{4}})"
    ),
    re.compile(rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mn>{_MONTH_NAME})\.?,?\s+(?P<y>\d{{4}})"),
)
_CN_DIGITS = str.maketrans("〇零○Ｏ一二三四五六七八九", "0000123456789")
_CN_DATE = re.compile(
    r"(?P<y>[〇零○Ｏ一二三四五六七八九]{4})年(?:(?P<m>[一二三四五六七八九十]{1,3})月"
    r"(?:(?P<d>[一二三四五六七八九十]{1,3})日)?)?"
)
_FULLWIDTH = str.maketrans("０１２３４５６７８９／－．：", "0123456789/-.:")


@dataclass(frozen=True, slots=True)
class DateParts:
    """A year, with the month and day when the writing gives them unambiguously."""

    year: int
    month: int | None = None
    day: int | None = None

    def age_range(self, as_of: dt.date) -> tuple[int, int]:
        """The youngest and oldest age the person can be on ``as_of``."""
        base = as_of.year - self.year
        if self.month is None:
            return base - 1, base
        if self.day is None:
            if self.month == as_of.month:
                return base - 1, base
            return (base - 1, base - 1) if as_of.month < self.month else (base, base)
        before = (as_of.month, as_of.day) < (self.month, self.day)
        age = base - 1 if before else base
        return age, age


def date_parts(value: Any) -> DateParts | None:
    """The parts of a date written in any of the forms above; ``None`` when none is found."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return DateParts(value.year, value.month, value.day)
    if not isinstance(value, str):
        return None
    text = _TIME.sub("", value.strip().translate(_FULLWIDTH)).strip()
    if not text or len(text) > 40:
        return None
    return _numeric(text) or _english(text) or _chinese_numerals(text)


def parse_date(value: Any) -> dt.date | None:
    """A full date (year, month and day) or ``None``."""
    parts = date_parts(value)
    if parts is None or parts.month is None or parts.day is None:
        return None
    return dt.date(parts.year, parts.month, parts.day)


def _numeric(text: str) -> DateParts | None:
    m = _YMD.fullmatch(text)
    if m and (m["m"] is not None or not text.isdigit() or len(text) == 4):
        return _checked(m["y"], m["m"], m["d"])
    m = _COMPACT.fullmatch(text)
    if m:
        return _checked(m["y"], m["m"], m["d"])
    m = _DMY.fullmatch(text)
    if m:
        a, b = int(m["a"]), int(m["b"])
        if a > 12 and b <= 12:  # day first
            return _checked(m["y"], str(b), str(a))
        if b > 12 and a <= 12:  # month first
            return _checked(m["y"], str(a), str(b))
        if a == b:
            return _checked(m["y"], str(a), str(b))
        # 06/05/1990: the year is certain, day and month are not.
        return _checked(m["y"], None, None) if a <= 12 and b <= 12 else None
    return None


def _english(text: str) -> DateParts | None:
    low = text.lower()
    for pattern in _ENGLISH:
        m = pattern.fullmatch(low)
        if m:
            return _checked(m["y"], str(_MONTHS[m["mn"]]), m["d"])
    return None


def _chinese_numerals(text: str) -> DateParts | None:
    m = _CN_DATE.fullmatch(text)
    if not m:
        return None
    year = m["y"].translate(_CN_DIGITS)
    month = _small_number(m["m"]) if m["m"] else None
    day = _small_number(m["d"]) if m["d"] else None
    if (m["m"] and month is None) or (m["d"] and day is None):
        return None
    return _checked(year, None if month is None else str(month), None if day is None else str(day))


def _small_number(text: str) -> int | None:
    """一 … 三十一 as a number (month or day)."""
    digits = text.translate(_CN_DIGITS)
    if digits.isdigit() and len(digits) == 1:
        return int(digits)
    tens, _, ones = text.partition("十")
    if "十" not in text:
        return None
    high = 1 if not tens else _small_number(tens)
    low = 0 if not ones else _small_number(ones)
    if high is None or low is None or low > 9:
        return None
    return high * 10 + low


def _checked(year: str, month: str | None, day: str | None) -> DateParts | None:
    y = int(year)
    if not 1000 <= y <= 2999:
        return None
    if month is None:
        return DateParts(y)
    m = int(month)
    if not 1 <= m <= 12:
        return None
    if day is None:
        return DateParts(y, m)
    try:
        dt.date(y, m, int(day))
    except ValueError:
        return None
    return DateParts(y, m, int(day))
