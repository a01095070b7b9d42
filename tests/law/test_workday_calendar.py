"""Working-day calendar: official schedules day by day, hand-checked deadlines, properties.

Sources (each notice read via search on 2026-11-25; the dates below are transcribed from them):
- 2024: 国务院办公厅关于2024年部分节假日安排的通知, 国办发明电〔2023〕7号 (2023-10-25),
  https://www.gov.cn/zhengce/content/202310/content_6911527.htm
- 2025: 国务院办公厅关于2025年部分节假日安排的通知, 国办发明电〔2024〕12号 (2024-11-12),
  https://www.gov.cn/gongbao/2024/issue_11726/material/gwygb202433.pdf
- 2026: 国务院办公厅关于2026年部分节假日安排的通知, 国办发明电〔2025〕7号 (2025-11-04),
  https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm
Counting: Civil Code Art. 201 (the first day is not counted), Art. 203 (last-day roll, 24:00).
"""

from __future__ import annotations

import datetime as dt

import chinese_calendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piplkit.assess.law import calendar as cal
from piplkit.assess.law.calendar import CHINA_TZ, UnknownYearError, WorkdayCalendar
from piplkit.assess.law.holiday_schedules import CalendarDataError, load_schedules, parse_schedules

D = dt.date.fromisoformat

# (rest periods as the notice states them, make-up working days) per year.
NOTICES: dict[int, tuple[list[tuple[str, str]], list[str]]] = {
    2024: (  # 国办发明电〔2023〕7号
        [
            ("2024-01-01", "2024-01-01"),  # 元旦: 1月1日放假，与周末连休
            ("2024-02-10", "2024-02-17"),  # 春节: 2月10日至17日
            ("2024-04-04", "2024-04-06"),  # 清明节
            ("2024-05-01", "2024-05-05"),  # 劳动节
            ("2024-06-10", "2024-06-10"),  # 端午节: 6月10日放假，与周末连休
            ("2024-09-15", "2024-09-17"),  # 中秋节
            ("2024-10-01", "2024-10-07"),  # 国庆节
        ],
        [
            *("2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11"),
            *("2024-09-14", "2024-09-29", "2024-10-12"),
        ],
    ),
    2025: (  # 国办发明电〔2024〕12号
        [
            ("2025-01-01", "2025-01-01"),  # 元旦: 放假1天，不调休
            ("2025-01-28", "2025-02-04"),  # 春节: 除夕至正月初七
            ("2025-04-04", "2025-04-06"),  # 清明节
            ("2025-05-01", "2025-05-05"),  # 劳动节
            ("2025-05-31", "2025-06-02"),  # 端午节
            ("2025-10-01", "2025-10-08"),  # 国庆节、中秋节
        ],
        ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
    ),
    2026: (  # 国办发明电〔2025〕7号
        [
            ("2026-01-01", "2026-01-03"),  # 元旦
            ("2026-02-15", "2026-02-23"),  # 春节: 腊月二十八至正月初七，共9天
            ("2026-04-04", "2026-04-06"),  # 清明节
            ("2026-05-01", "2026-05-05"),  # 劳动节
            ("2026-06-19", "2026-06-21"),  # 端午节
            ("2026-09-25", "2026-09-27"),  # 中秋节
            ("2026-10-01", "2026-10-07"),  # 国庆节
        ],
        ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
    ),
}


def _days(a: dt.date, b: dt.date) -> list[dt.date]:
    return [a + dt.timedelta(days=i) for i in range((b - a).days + 1)]


@pytest.mark.parametrize("year", sorted(NOTICES))
def test_every_day_of_the_year_matches_the_notice(year: int) -> None:
    ranges, makeup = NOTICES[year]
    rest = {d for a, b in ranges for d in _days(D(a), D(b))}
    work = {D(x) for x in makeup}
    assert all(d.weekday() >= 5 for d in work)  # 调休上班 days are Saturdays/Sundays
    wrong = [
        d
        for d in _days(dt.date(year, 1, 1), dt.date(year, 12, 31))
        if cal.is_working_day(d) != (d in work or (d.weekday() < 5 and d not in rest))
    ]
    assert wrong == []


def test_day_info_names_the_festival_and_kind() -> None:
    sat = cal.day_info(D("2026-02-14"))  # Saturday, "2月14日（周六）上班"
    assert (sat.working, sat.kind, sat.holiday) == (True, "makeup_workday", "春节")
    rest = cal.day_info(D("2026-02-21"))  # Saturday inside the Spring Festival period
    assert (rest.working, rest.kind, rest.holiday) == (False, "holiday", "春节")
    assert cal.day_info(D("2026-03-07")).kind == "weekend"
    assert cal.day_info(D("2026-03-09")).kind == "workday"
    # 2024 除夕 (Friday 9 Feb): the notice only *encourages* rest; it stays a working day.
    assert cal.day_info(D("2024-02-09")).kind == "workday"


# start, n working days, expected due date, hand count against the notice
HAND_CHECKED = [
    # 2024 Spring Festival (国办发明电〔2023〕7号: rest 2/10-2/17, work Sun 2/4 and Sun 2/18)
    ("2024-02-09", 1, "2024-02-18"),  # Fri 除夕 → 2/18 Sunday make-up day is day 1
    ("2024-02-08", 10, "2024-02-28"),  # 2/9,2/18,19,20,21,22,23,26,27,28 (Mon-Fri: 2/22)
    ("2024-02-03", 1, "2024-02-04"),  # Sat → Sun 2/4 make-up day
    # 2024 National Day (rest 10/1-10/7, work Sun 9/29 and Sat 10/12)
    ("2024-09-27", 5, "2024-10-10"),  # 9/29,9/30,10/8,10/9,10/10
    ("2024-09-30", 10, "2024-10-18"),  # 10/8-11 (4), Sat 10/12 (5), 10/14-18 (10)
    # 2025 Spring Festival (国办发明电〔2024〕12号: rest 1/28-2/4, work Sun 1/26, Sat 2/8)
    ("2025-01-24", 3, "2025-02-05"),  # Sun 1/26, Mon 1/27, then Wed 2/5
    ("2025-01-27", 15, "2025-02-24"),  # 2/5,6,7, Sat 2/8, 2/10-14, 2/17-21, 2/24
    # 2025 National Day + Mid-Autumn (rest 10/1-10/8, work Sun 9/28, Sat 10/11)
    ("2025-09-26", 10, "2025-10-16"),  # 9/28,29,30,10/9,10,Sat 10/11,13,14,15,16
    ("2025-10-03", 1, "2025-10-09"),  # received on a rest day: counting starts after it
    # 2026 Spring Festival (国办发明电〔2025〕7号: rest 2/15-2/23, work Sat 2/14, Sat 2/28)
    ("2026-02-12", 10, "2026-03-04"),  # 2/13, Sat 2/14, 2/24-27, Sat 2/28, 3/2,3,4
    ("2026-02-01", 30, "2026-03-19"),  # (Mon-Fri would give 2026-03-13)
    # 2026 Mid-Autumn + National Day (rest 9/25-9/27 and 10/1-10/7, work Sun 9/20, Sat 10/10)
    ("2026-09-18", 10, "2026-10-09"),  # Sun 9/20, 9/21-24, 9/28-30, 10/8, 10/9
    ("2026-09-30", 5, "2026-10-13"),  # 10/8, 10/9, Sat 10/10, 10/12, 10/13
    # walking back: the working day before 2/24/2026 is the make-up Saturday 2/14
    ("2026-02-24", -1, "2026-02-14"),
]


@pytest.mark.parametrize(("start", "n", "due"), HAND_CHECKED)
def test_hand_checked_deadlines(start: str, n: int, due: str) -> None:
    assert cal.add_working_days(D(start), n) == D(due)
    assert cal.working_days_between(D(start), D(due)) == n


def test_zero_days_is_the_start_itself() -> None:
    assert cal.add_working_days(D("2026-02-16"), 0) == D("2026-02-16")


def test_calendar_days_roll_past_rest_periods() -> None:
    # Art. 203: 7 days from 2026-02-10 end on 2/17 (Spring Festival) → first day after: 2/24
    assert cal.add_calendar_days(D("2026-02-10"), 7) == D("2026-02-24")
    # last day on a make-up Saturday is a working day: no roll
    assert cal.add_calendar_days(D("2026-02-07"), 7) == D("2026-02-14")
    assert cal.add_calendar_days(D("2026-03-02"), 3) == D("2026-03-05")
    with pytest.raises(ValueError):
        cal.add_calendar_days(D("2026-03-02"), -1)


def test_hours_run_through_holidays_and_are_in_china_time() -> None:
    found = dt.datetime(2026, 2, 16, 23, 30, tzinfo=CHINA_TZ)  # during Spring Festival
    assert cal.add_hours(found, 4) == dt.datetime(2026, 2, 17, 3, 30, tzinfo=CHINA_TZ)
    utc = dt.datetime(2026, 10, 1, 2, 0, tzinfo=dt.UTC)  # 10:00 in Beijing on National Day
    due = cal.add_hours(utc, 1)
    assert due.utcoffset() == dt.timedelta(hours=8) and (due.hour, due.day) == (11, 1)
    with pytest.raises(ValueError, match="time zone"):
        cal.add_hours(dt.datetime(2026, 10, 1, 10, 0), 1)
    with pytest.raises(ValueError):
        cal.add_hours(found, -1)


def test_end_of_day_is_midnight_china_time() -> None:
    assert cal.end_of_day(D("2026-03-04")) == dt.datetime(2026, 3, 5, tzinfo=CHINA_TZ)


def test_datetimes_are_refused_where_a_date_is_meant() -> None:
    with pytest.raises(TypeError, match="CHINA_TZ"):
        cal.is_working_day(dt.datetime(2026, 3, 4, 12, 0))  # type: ignore[arg-type]


# -- unknown years -------------------------------------------------------------------------------
def _first_unknown_year() -> int:
    year = 2004
    while cal.default_calendar().covers(year):
        year += 1
    return year


def test_a_date_outside_known_years_raises_a_clear_error() -> None:
    year = _first_unknown_year()
    with pytest.raises(UnknownYearError) as err:
        cal.is_working_day(dt.date(year, 3, 1))
    msg = str(err.value)
    assert err.value.year == year
    assert f"{year}年部分节假日安排" in msg and "holiday_schedules.yaml" in msg
    with pytest.raises(UnknownYearError, match="before 2004"):
        cal.is_working_day(D("2003-12-31"))


def test_counting_into_an_unknown_year_raises_instead_of_guessing() -> None:
    year = _first_unknown_year()
    last = dt.date(year - 1, 12, 31)
    n = cal.working_days_between(last - dt.timedelta(days=10), last)
    assert cal.add_working_days(last - dt.timedelta(days=10), n) <= last  # still known
    with pytest.raises(UnknownYearError):
        cal.add_working_days(last - dt.timedelta(days=10), n + 1)


def test_2027_is_not_in_the_shipped_data() -> None:
    # The 2027 notice had not been found on 2026-11-25; nothing may be guessed for it.
    assert 2027 not in {s.year for s in load_schedules()}
    with pytest.raises(UnknownYearError):
        WorkdayCalendar().is_working_day(D("2027-02-08"))


# -- the data file -------------------------------------------------------------------------------
SCHEDULE_2026 = """
schedules:
  - year: 2026
    title: 国务院办公厅关于2026年部分节假日安排的通知
    document: 国办发明电〔2025〕7号
    published: 2025-11-04
    source_url: https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm
    holidays:
      - {name: 元旦, start: 2026-01-01, end: 2026-01-03}
      - {name: 春节, start: 2026-02-15, end: 2026-02-23}
      - {name: 清明节, start: 2026-04-04, end: 2026-04-06}
      - {name: 劳动节, start: 2026-05-01, end: 2026-05-05}
      - {name: 端午节, start: 2026-06-19, end: 2026-06-21}
      - {name: 中秋节, start: 2026-09-25, end: 2026-09-27}
      - {name: 国庆节, start: 2026-10-01, end: 2026-10-07}
    makeup_workdays: [2026-01-04, 2026-02-14, 2026-02-28, 2026-05-09, 2026-09-20, 2026-10-10]
"""


def test_a_data_file_year_agrees_with_the_package_day_by_day() -> None:
    from_file = WorkdayCalendar(parse_schedules(SCHEDULE_2026), use_library=False)
    package = WorkdayCalendar(use_library=True)
    year = _days(D("2026-01-01"), D("2026-12-31"))
    assert [from_file.info(d).working for d in year] == [package.info(d).working for d in year]
    assert [from_file.info(d).kind for d in year] == [package.info(d).kind for d in year]
    assert from_file.info(D("2026-02-28")).holiday == "春节"  # nearest period of the notice
    with pytest.raises(UnknownYearError):
        from_file.is_working_day(D("2025-12-31"))


def test_data_file_year_is_used_for_a_year_the_package_lacks(tmp_path) -> None:
    # A fictional schedule for 2099, only to exercise the loader; its period starts in 2098.
    path = tmp_path / "h.yaml"
    path.write_text(
        "schedules:\n  - year: 2099\n    title: t\n    published: 2098-11-01\n"
        "    source_url: https://example.invalid/notice\n"
        "    holidays: [{name: 元旦, start: 2098-12-31, end: 2099-01-02}]\n"
        "    makeup_workdays: [2099-01-04]\n",
        "utf-8",
    )
    c = WorkdayCalendar(load_schedules(path))
    assert not c.is_working_day(D("2099-01-02"))  # Friday in the rest period
    assert c.is_working_day(D("2099-01-04"))  # Sunday made a working day
    assert c.is_working_day(D("2099-01-05")) and not c.is_working_day(D("2099-01-10"))
    assert not c.is_working_day(D("2098-12-31"))  # spill-over day is known from the notice
    assert c.info(D("2099-01-02")).source == "https://example.invalid/notice"
    assert c.add_working_days(D("2098-12-31"), 1) == D("2099-01-04")
    with pytest.raises(UnknownYearError):
        c.is_working_day(D("2098-12-30"))


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ("makeup_workdays: [2099-01-05]", "schedules[0] (year 2099)"),  # a Monday
        ("makeup_workdays: [2099-01-03]", "both a rest day and a make-up"),  # Sat
        ("makeup_workdays: [not-a-date]", "makeup_workdays[0]"),
    ],
)
def test_bad_data_names_the_file_and_field(tmp_path, body: str, fragment: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        "schedules:\n  - year: 2099\n    title: t\n    published: 2098-11-01\n"
        "    source_url: https://example.invalid/n\n"
        f"    holidays: [{{name: 元旦, start: 2099-01-01, end: 2099-01-04}}]\n    {body}\n",
        "utf-8",
    )
    with pytest.raises(CalendarDataError) as err:
        load_schedules(path)
    assert str(path) in str(err.value) and fragment in str(err.value)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("schedules: [", "not valid YAML"),
        ("- 1", "expected a mapping"),
        (SCHEDULE_2026 + SCHEDULE_2026.replace("schedules:", ""), "listed twice"),
        (SCHEDULE_2026.replace("end: 2026-02-23", "end: 2026-02-10"), "holidays[1]"),
        (SCHEDULE_2026.replace("https://www.gov.cn", "www.gov.cn"), "source_url"),
        (SCHEDULE_2026.replace("2026-10-07}", "2026-10-30}"), "implausible"),
    ],
)
def test_bad_data_text(text: str, fragment: str) -> None:
    with pytest.raises(CalendarDataError) as err:
        parse_schedules(text, "x.yaml")
    assert str(err.value).startswith("x.yaml: ") and fragment in str(err.value)


def test_unreadable_data_file(tmp_path) -> None:
    with pytest.raises(CalendarDataError, match="cannot read"):
        load_schedules(tmp_path / "missing.yaml")


# -- every make-up day and holiday in the package -------------------------------------------------
def test_every_package_make_up_day_is_a_working_weekend_day() -> None:
    assert len(chinese_calendar.workdays) > 100
    for d in chinese_calendar.workdays:
        assert d.weekday() >= 5 and cal.is_working_day(d), d
        assert cal.day_info(d).kind == "makeup_workday"
    for d in chinese_calendar.holidays:
        assert not cal.is_working_day(d), d


# -- properties -----------------------------------------------------------------------------------
starts = st.dates(min_value=D("2004-04-01"), max_value=D("2026-10-31"))
counts = st.integers(min_value=0, max_value=40)


@settings(max_examples=200, deadline=None)
@given(starts, st.integers(min_value=1, max_value=40))
def test_result_is_a_working_day_after_the_start(start: dt.date, n: int) -> None:
    due = cal.add_working_days(start, n)
    assert due > start and cal.is_working_day(due)
    back = cal.add_working_days(start, -n)
    assert back < start and cal.is_working_day(back)


@settings(max_examples=200, deadline=None)
@given(starts, st.integers(min_value=0, max_value=20), st.integers(min_value=0, max_value=20))
def test_monotonic_and_additive(start: dt.date, a: int, b: int) -> None:
    lo, hi = sorted((a, b))
    if lo < hi:
        assert cal.add_working_days(start, lo) < cal.add_working_days(start, hi)
    assert cal.add_working_days(cal.add_working_days(start, a), b) == cal.add_working_days(
        start, a + b
    )


@settings(max_examples=200, deadline=None)
@given(starts, st.integers(min_value=-40, max_value=40))
def test_counting_back_gives_n(start: dt.date, n: int) -> None:
    assert cal.working_days_between(start, cal.add_working_days(start, n)) == n


@settings(max_examples=200, deadline=None)
@given(starts, st.integers(min_value=0, max_value=60))
def test_between_counts_working_days_excluding_start(start: dt.date, span: int) -> None:
    end = start + dt.timedelta(days=span)
    expected = sum(cal.is_working_day(d) for d in _days(start, end)[1:])
    assert cal.working_days_between(start, end) == expected
    # walking back from end to start excludes end and includes start
    back = sum(cal.is_working_day(d) for d in _days(start, end)[:-1])
    assert cal.working_days_between(end, start) == -back


@settings(max_examples=200, deadline=None)
@given(starts, st.integers(min_value=0, max_value=30))
def test_calendar_days_land_on_first_working_day_at_or_after(start: dt.date, n: int) -> None:
    due = cal.add_calendar_days(start, n)
    nominal = start + dt.timedelta(days=n)
    assert due >= nominal and cal.is_working_day(due)
    assert all(not cal.is_working_day(d) for d in _days(nominal, due)[:-1])
