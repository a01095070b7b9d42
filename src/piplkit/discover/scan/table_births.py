"""Table rule for a birth date that the same row's resident ID number confirms (issue 11, set 14).

A column of dates under a header that says nothing (``col_3``, 字段3) is a birth date only when
the dates are spread like a population's (``columns.birth_like``): a roster of children (a drum
school's pupils, born 2013-2020) fails that test, and its business dates (enrolment, lessons)
would pass it no better. A register that also holds each person's resident ID number settles
it: digits 7 to 14 of the ID are the holder's birth date (GB 11643-1999, 4.3), so a date column
that repeats them row by row is the birth date whatever its header. An enrolment or a
payment date never agrees with the ID on most rows.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

from piplkit.discover.scan.analysis import clean
from piplkit.discover.scan.columns import ColumnStats, Decision, Evidence
from piplkit.discover.scan.hints import HeaderEvidence
from piplkit.discover.scan.tables import Row

#: A date written year first: 2015-03-08, 2015/3/8, 2015.03.08, 2015年3月8日, 20150308 (a time
#: after it, 2015-03-08 00:00:00, as a typed cell is read back, is allowed).
_DATE = re.compile(
    r"((?:19|20)[0-9]{2})(?:[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})日?|([0-9]{2})([0-9]{2}))"
    r"(?:[ T][0-9:.]+)?"
)
#: A workbook's date serial (days since 1899-12-30), as a General-format cell keeps a date.
_SERIAL = re.compile(r"[1-4][0-9]{4}(?:\.0+)?")
_EXCEL_EPOCH = date(1899, 12, 30)
#: An 18-digit resident ID (birth date at digits 7-14) or a 15-digit one (yymmdd at 7-12).
_ID18 = re.compile(r"[1-8][0-9]{5}((?:19|20)[0-9]{6})[0-9]{3}[0-9Xx]")
_ID15 = re.compile(r"[1-8][0-9]{5}([0-9]{6})[0-9]{3}")
#: Share of the rows holding both a date and an ID in which they must agree, and the fewest
#: such rows that can show it.
_AGREE = 0.8
_MIN_ROWS = 10


def apply_birth_rules(
    rows: list[Row],
    headers: list[HeaderEvidence],
    stats: list[ColumnStats],
    decisions: list[Decision],
) -> None:
    """Decide, in place, an undecided date column whose dates are the row's ID birth dates."""
    ids = [i for i, d in enumerate(decisions) if d.pi_type == "cn_resident_id"]
    if not ids:
        return
    for i, d in enumerate(decisions):
        header = headers[i]
        if d.pi_type is not None or header.organisation or header.negative:
            continue
        if header.types and "birth_date" not in header.types:
            continue
        share = _agreement(rows, i, ids)
        if share is None:
            continue
        evidence = Evidence(None, False, "id_birth", share)
        # The dates are the IDs' holders' birth dates: as many are minors as the IDs show (a
        # workbook's date serial fits no birth-date shape outside a birth-date header, so the
        # column's own count can miss them).
        young = max(stats[i].young.get("birth_date", 0), max(decisions[j].minors for j in ids))
        minors = d.minors + young
        matches = stats[i].fits.get("birth_date", 0) or round(share * stats[i].non_empty)
        decisions[i] = Decision("birth_date", 0.8, matches, d.other, minors, evidence)


def _agreement(rows: list[Row], index: int, ids: list[int]) -> float | None:
    """The share of rows whose date equals an ID's birth date (``None`` below the floor)."""
    both = agree = 0
    for row in rows:
        born = _date(clean(row[index]))
        if born is None:
            continue
        births = [b for j in ids if j != index and (b := _id_birth(clean(row[j]))) is not None]
        if not births:
            continue
        both += 1
        agree += born in births
    if both < _MIN_ROWS or agree < _AGREE * both:
        return None
    return agree / both


def _date(text: str | None) -> date | None:
    if not text:
        return None
    text = unicodedata.normalize("NFKC", text).strip()
    if _SERIAL.fullmatch(text):
        return _EXCEL_EPOCH + timedelta(days=int(float(text)))
    m = _DATE.fullmatch(text)
    if m is None:
        return None
    month, day = (m[2], m[3]) if m[2] else (m[4], m[5])
    return _valid(int(m[1]), int(month), int(day))


def _id_birth(text: str | None) -> date | None:
    if not text:
        return None
    text = unicodedata.normalize("NFKC", text).replace(" ", "")
    m = _ID18.fullmatch(text)
    if m is not None:
        digits = m[1]
        return _valid(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    m = _ID15.fullmatch(text)
    if m is not None:
        digits = m[1]
        return _valid(1900 + int(digits[:2]), int(digits[2:4]), int(digits[4:]))
    return None


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
