"""Dates in every common writing: ranges, abbreviations, relative Chinese dates, formal numerals."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from piplkit.track import dates

REF = dt.date(2023, 3, 31)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Nov. 3, the CAC released the draft.", "2022-11-03"),
        ("On Sept. 3rd the rules were published.", "2022-09-03"),
        ("From November 3-5, 2022, the forum was held.", "2022-11-03"),
        ("Between 3–5 November 2022 the forum was held.", "2022-11-03"),
        ("On the 3rd of November 2022 the court ruled.", "2022-11-03"),
        ("2023年3月1日至3日，论坛在北京举行。", "2023-03-01"),
        ("3月1-3日，论坛举行。", "2023-03-01"),
        ("本月3日，国家网信办发布通知。", "2023-03-03"),
        ("上月28日，工信部通报了一批APP。", "2023-02-28"),
        ("今年3月5日，市场监管总局作出处罚。", "2023-03-05"),
        ("去年12月8日，国家网信办发布征求意见稿。", "2022-12-08"),
        ("二〇二三年二月二十二日", "2023-02-22"),
        ("二〇二二年十二月三十一日", "2022-12-31"),
    ],
)
def test_event_dates_in_many_writings(text: str, expected: str) -> None:
    reference = (
        dt.date(2022, 11, 30) if "November" in text or "Nov" in text or "Sept" in text else REF
    )
    assert dates.event_date(text, "", reference) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Earlier this month, the CAC released the draft.", "2023-03"),
        ("Last month, MIIT named 20 apps.", "2023-02"),
        ("去年12月，国家网信办发布了征求意见稿。", "2022-12"),
        ("In late November, the committee said it would revise the rules.", "2022-11"),
    ],
)
def test_month_precision_and_relative_months(text: str, expected: str) -> None:
    assert dates.event_date(text, "", REF) == expected


def test_relative_dates_need_the_documents_date() -> None:
    assert dates.event_date("本月3日，国家网信办发布通知。", "", None) is None


def test_full_width_digits_are_read() -> None:
    from piplkit.track.blocktext import clean

    assert dates.event_date(clean("２０２３年３月２日，浙江省通报。"), "", None) == "2023-03-02"


_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31)), st.integers(0, 5))
def test_ranges_and_abbreviations_resolve_to_the_first_day(day: dt.date, style: int) -> None:
    month = _EN[day.month - 1]
    last = min(day.day + 2, 28) if day.day < 28 else day.day
    forms = [
        f"On {month[:3]}. {day.day}, {day.year}, the rules were issued.",
        f"From {month} {day.day}-{last}, {day.year}, the forum was held.",
        f"From {day.day}–{last} {month} {day.year}, the forum was held.",
        f"{day.year}年{day.month}月{day.day}日至{last}日，论坛举行。",
        f"{day.year}/{day.month:02d}/{day.day:02d}: the CAC issued the rules.",
        f"On {day.day} {month} {day.year}, the CAC issued the rules.",
    ]
    text = forms[style]
    if style == 0 and month == "May":
        text = f"On May {day.day}, {day.year}, the rules were issued."
    assert dates.event_date(text, "", None) == day.isoformat()


@given(st.text(max_size=300))
def test_date_finding_never_fails_and_gives_calendar_dates(text: str) -> None:
    for mention in dates.find_dates(text):
        iso = dates.resolve(mention, REF)
        if iso is not None and len(iso) == 10:
            dt.date.fromisoformat(iso)


_DATE_ALPHABET = "0123456789年月日号至到-–~ ，。本上今去明当二〇七十MayJune3rdof,"


@given(st.text(alphabet=_DATE_ALPHABET, max_size=60))
def test_chinese_patterns_searched_around_each_month_sign_find_what_a_full_scan_finds(
    text: str,
) -> None:
    """The Chinese date patterns run only in a window around each "月" (speed); every match a
    scan of the whole text finds is found there too, with the same span."""
    expected = [
        m.span() for p in dates._ZH_PATTERNS + dates._ZH_MONTH_ONLY for m in p.finditer(text)
    ]
    found = [m.span() for m in dates._matches(text, [], dates._ZH_PATTERNS + dates._ZH_MONTH_ONLY)]
    assert sorted(found) == sorted(expected)


def test_day_before_month_name_keeps_its_two_digits() -> None:
    """ "25 May" is the 25th; "45 May" is no date (a day is not read from inside a number)."""
    assert [(d.day, d.month) for d in dates.find_dates("On 25 May 2023 it was adopted.")] == [
        (25, 5)
    ]
    assert dates.find_dates("Item 45 May 2023") == ()
