"""Ages from the cells of birth-date columns, for minors (PIPL Art. 28) and the
population test of birth dates; per cell in Python and per column in Arrow, with equal results."""

from __future__ import annotations

import re
from datetime import date

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

#: Year, month and (optional) day at the start of a date-like cell: 1990-01-02, 1990/1/2,
#: 1990年1月2日, 19900102, 199001.
_YMD = (
    r"^(?P<y>(?:19|20)[0-9]{2})(?:[-/.年](?P<m1>[0-9]{1,2})(?:[-/.月](?P<d1>[0-9]{1,2}))?"
    r"|(?P<m2>[0-9]{2})(?P<d2>[0-9]{2})?)"
)
#: Day first, as passports and foreign registers write it: 06 MAR 1992, 06/03/1992, 6.3.1992
#: (a second number above 12 means the writer put the month first: 03/25/1992).
_DMY = (
    r"^(?P<d>[0-9]{1,2})[ /.-](?P<m>[0-9]{1,2}|[A-Za-z]{3,9})[ /.-]"
    r"(?P<y>(?:19|20)[0-9]{2})(?:$|[^0-9])"
)
#: Month name first: Mar 6, 1992.
_MDY = r"^(?P<m>[A-Za-z]{3,9})\.? (?P<d>[0-9]{1,2}),? (?P<y>(?:19|20)[0-9]{2})(?:$|[^0-9])"
#: A date a workbook kept as a bare number (a General-format cell): days since 1899-12-30, as
#: Excel counts them. Only five digits (1927-2036) count, under a birth-date header only (the
#: profile decides that): four digits are a year (1990), eight a compact date (19900502).
_SERIAL = r"^[1-4][0-9]{4}(?:\.0+)?$"
_EXCEL_EPOCH = date(1899, 12, 30)
_YMD_RE, _DMY_RE, _MDY_RE = re.compile(_YMD), re.compile(_DMY), re.compile(_MDY)
_SERIAL_RE = re.compile(_SERIAL)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _month(text: str) -> int:
    """A month written as a number or an English name (0 when it is neither)."""
    if text.isdigit():
        return int(text)
    low = text[:3].lower()
    return _MONTHS.index(low) + 1 if low in _MONTHS else 0


def _age(year: int, month: int, day: int, as_of: date) -> int | None:
    if not 1 <= month <= 12:
        return None
    return as_of.year - year - ((as_of.month, as_of.day) < (month, min(day, 31)))


def age_from_date(text: str, as_of: date) -> int | None:
    """Completed years on ``as_of`` of a person born on the date written in ``text``; ``None``
    when ``text`` does not start with a date. Without a day, the first of the month is used
    (an age is then at most one year too high, never too low, so minors are not overcounted).
    A workbook's date serial (43443: 2018-12-09) is read as the date it stands for."""
    if _SERIAL_RE.match(text):
        born = date.fromordinal(_EXCEL_EPOCH.toordinal() + int(float(text)))
        return _age(born.year, born.month, born.day, as_of)
    m = _YMD_RE.match(text)
    if m is not None:
        month = int(m["m1"] or m["m2"] or 1)
        return _age(int(m["y"]), month, int(m["d1"] or m["d2"] or 1), as_of)
    m = _DMY_RE.match(text) or _MDY_RE.match(text)
    if m is None:
        return None
    day, month = int(m["d"]), _month(m["m"])
    if month > 12 and day <= 12:  # 03/25/1992: month first
        day, month = month, day
    return _age(int(m["y"]), month, day, as_of)


def ages_from_dates(text: pa.Array, as_of: date) -> np.ndarray:
    """:func:`age_from_date` for every cell (``-1`` where a cell holds no date)."""
    parts = pc.extract_regex(text, _YMD)
    year = _ints(parts.field("y"))
    m1, d1 = _ints(parts.field("m1")), _ints(parts.field("d1"))
    month = np.where(m1 > 0, m1, _ints(parts.field("m2")))
    day = np.where(d1 > 0, d1, _ints(parts.field("d2")))
    month = np.where(month > 0, month, 1)
    day = np.where(day > 0, day, 1)
    for pattern in (_DMY, _MDY):
        todo = year == 0
        if not todo.any():
            break
        other = pc.extract_regex(text, pattern)
        y = _ints(other.field("y"))
        d = _ints(other.field("d"))
        m = _month_numbers(other.field("m"))
        swap = (m > 12) & (d <= 12)
        d, m = np.where(swap, m, d), np.where(swap, d, m)
        use = todo & (y > 0)
        year, month, day = np.where(use, y, year), np.where(use, m, month), np.where(use, d, day)
    serial = np.asarray(pc.match_substring_regex(text, _SERIAL).fill_null(False), np.bool_)
    if serial.any():
        # a workbook's date serial: days since 1899-12-30
        picked = text.filter(pa.array(serial))
        days = np.asarray(pc.cast(pc.cast(picked, pa.float64()), pa.int64()), dtype=np.int64)
        when = np.datetime64(_EXCEL_EPOCH.isoformat(), "D") + days.astype("timedelta64[D]")
        years = when.astype("datetime64[Y]")
        months = when.astype("datetime64[M]")
        year, month, day = year.copy(), month.copy(), day.copy()
        year[serial] = years.astype(np.int64) + 1970
        month[serial] = (months - years.astype("datetime64[M]")).astype(np.int64) + 1
        day[serial] = (when - months.astype("datetime64[D]")).astype(np.int64) + 1
    day = np.minimum(day, 31)
    before = (as_of.month < month) | ((as_of.month == month) & (as_of.day < day))
    ages = as_of.year - year - before.astype(int)
    valid = (year > 0) & (month >= 1) & (month <= 12)
    return np.where(valid, ages, -1)


def _month_numbers(values: pa.Array) -> np.ndarray:
    """:func:`_month` for every cell (0 for nulls and unknown names)."""
    low = pc.utf8_lower(pc.utf8_slice_codeunits(values, 0, 3))
    named = np.asarray(pc.index_in(low, value_set=pa.array(_MONTHS)).fill_null(-1)) + 1
    numeric = pc.if_else(pc.match_substring_regex(values, "^[0-9]+$"), values, None)
    return np.where(named > 0, named, _ints(numeric))


def _ints(values: pa.Array) -> np.ndarray:
    """Digits as integers; nulls and empty strings as 0 (no group matched)."""
    filled = pc.if_else(pc.equal(values, ""), None, values)
    return np.asarray(pc.cast(filled, pa.int64()).fill_null(0), dtype=np.int64)
