"""Deadlines across holiday periods, each expected date counted by hand from the official notice.

Schedules used (State Council General Office notices):
- 2025 Spring Festival: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号):
  rest 2025-01-28 (除夕) to 02-04; make-up working days Sun 2025-01-26 and Sat 2025-02-08.
- 2025 National Day + Mid-Autumn: same notice: rest 2025-10-01 to 10-08; make-up working days
  Sun 2025-09-28 and Sat 2025-10-11.
The day of receipt is not counted (Civil Code Art. 201).
"""

from __future__ import annotations

import datetime as dt

import pytest

from piplkit.assess.law.calendar import CHINA_TZ
from piplkit.assess.rules.response_deadlines import incident_deadlines, request_deadline
from piplkit.respond.enums import IncidentGrade
from piplkit.respond.grading import grade_incident


def cst(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=CHINA_TZ)


@pytest.mark.parametrize(
    ("received", "days", "due", "why"),
    [
        # Mon 01-27 → 01-28..02-04 rest; 02-05,06,07 = 1-3; Sat 02-08 make-up = 4;
        # 02-10..14 = 5-9; 02-17..21 = 10-14; Mon 02-24 = 15.
        (cst(2025, 1, 27, 9), 15, dt.date(2025, 2, 24), "Spring Festival"),
        # Sat 01-25 → Sun 01-26 make-up = 1; 01-27 = 2; 02-05..07 = 3-5; 02-08 = 6;
        # 02-10..14 = 7-11; 02-17..20 = 12-15.
        (cst(2025, 1, 25, 15), 15, dt.date(2025, 2, 20), "Spring Festival, make-up Sunday"),
        # Tue 09-30 → 10-01..08 rest; 10-09,10 = 1-2; Sat 10-11 make-up = 3; 10-13..17 = 4-8;
        # 10-20..24 = 9-13; 10-27 = 14; 10-28 = 15.
        (cst(2025, 9, 30, 17), 15, dt.date(2025, 10, 28), "National Day"),
        # Sat 09-27 → Sun 09-28 make-up = 1; 09-29 = 2; 09-30 = 3; 10-09 = 4; 10-10 = 5.
        (cst(2025, 9, 27, 11), 5, dt.date(2025, 10, 10), "National Day, make-up Sunday"),
    ],
)
def test_request_deadline_counts_official_working_days(
    received: dt.datetime, days: int, due: dt.date, why: str
) -> None:
    deadline = request_deadline(received, days)
    assert deadline.due_on == due, why
    assert deadline.basis == "organisation_target"
    assert "sets no number of days" in deadline.note


def test_receipt_day_is_the_china_calendar_day() -> None:
    # 2025-01-26 17:00 UTC is 2025-01-27 01:00 in Beijing: counted like a Monday receipt.
    received = dt.datetime(2025, 1, 26, 17, 0, tzinfo=dt.UTC)
    assert request_deadline(received, 15).due_on == dt.date(2025, 2, 24)


def test_no_statutory_number_and_no_target_gives_no_date() -> None:
    deadline = request_deadline(cst(2025, 3, 3, 9), None)
    assert deadline.due_on is None and deadline.basis == "none"
    assert "NDSMR Art. 23" in deadline.citation
    assert "no organisation target" in deadline.note


def test_before_ndsmr_the_citation_is_pipl() -> None:
    assert request_deadline(cst(2024, 6, 3, 9), 10).citation == "PIPL Art. 50"


def test_year_without_schedule_says_so_instead_of_guessing() -> None:
    deadline = request_deadline(cst(2031, 12, 20, 9), 15)
    assert deadline.due_on is None
    assert "no official holiday schedule" in deadline.note


@pytest.mark.parametrize(
    ("count", "grade"),
    [
        (999_999, IncidentGrade.GENERAL),
        (1_000_000, IncidentGrade.RELATIVELY_MAJOR),
        (9_999_999, IncidentGrade.RELATIVELY_MAJOR),
        (10_000_000, IncidentGrade.MAJOR),
        (100_000_000, IncidentGrade.ESPECIALLY_MAJOR),
    ],
)
def test_grade_by_leaked_individuals(count: int, grade: IncidentGrade) -> None:
    result = grade_incident(dt.date(2025, 12, 1), leaked_individuals=count)
    assert result.grade == grade
    assert result.reportable == (grade != IncidentGrade.GENERAL)


def test_operator_assessment_raises_the_grade_never_lowers_it() -> None:
    day = dt.date(2025, 12, 1)
    up = grade_incident(day, leaked_individuals=10, assessed=IncidentGrade.MAJOR)
    assert up.grade == IncidentGrade.MAJOR
    kept = grade_incident(day, leaked_individuals=20_000_000, assessed=IncidentGrade.GENERAL)
    assert kept.grade == IncidentGrade.MAJOR


def test_measures_not_in_force_before_november_2025() -> None:
    result = grade_incident(dt.date(2025, 10, 31), leaked_individuals=5_000_000)
    assert not result.reportable and "2025-11-01" in result.explanation


@pytest.mark.parametrize(("operator", "hours"), [("other", 4), ("cii", 1), ("central_organ", 2)])
def test_report_deadline_in_hours_ignores_holidays(operator: str, hours: int) -> None:
    # Found at 22:30 on the eve of the 2026 Spring Festival holiday: hours run on regardless.
    found = cst(2026, 2, 14, 22, 30)
    duties = incident_deadlines(discovered_at=found, operator_type=operator, reportable=True)
    report = next(d for d in duties if d.duty == "report")
    assert report.due_at == found + dt.timedelta(hours=hours)
    assert report.hours == hours and "Art. 4" in report.citation


def test_not_reportable_has_no_report_duty_but_pipl_notice_stays() -> None:
    duties = incident_deadlines(
        discovered_at=cst(2025, 12, 1, 9), operator_type="other", reportable=False
    )
    assert [d.duty for d in duties] == ["notify_authority", "notify_individuals"]
    assert all(d.due_at is None and "immediately" in d.note for d in duties)


def test_summary_report_thirty_days_after_handling_ends() -> None:
    # Handling ended Thu 2025-12-04: day 1 is 12-05, day 30 is Sat 2026-01-03, which is within the
    # 2026 New Year rest (01-01..03), so it moves to Sun 01-04, a make-up working day
    # (2026 schedule as in chinese-calendar), and ends at 24:00 that day.
    duties = incident_deadlines(
        discovered_at=cst(2025, 11, 20, 9),
        operator_type="other",
        reportable=True,
        handling_ended_at=cst(2025, 12, 4, 18),
    )
    summary = next(d for d in duties if d.duty == "summary_report")
    assert summary.due_at == cst(2026, 1, 5, 0, 0)
