"""MLPS duties in the calendar: dated cases for filing, certificate, tests, self-inspection,
expert review and rectification, on the official holiday calendar."""

from __future__ import annotations

import pytest
from tests.agenda.helpers import D, calendar, none, one

from piplkit.map.agenda.facts import Record, Rectification, SystemFacts


def system(**kw: object) -> SystemFacts:
    return SystemFacts(name=str(kw.pop("name", "会员系统")), organisation="甲公司", **kw)  # type: ignore[arg-type]


def test_filing_30_days_after_the_level_of_a_running_system_is_determined() -> None:
    s = system(mlps_level=3, live_on=D("2025-05-01"), graded_on=D("2026-03-02"))
    e = one(calendar("2026-03-10", systems=(s,)), "mlps.filing")
    assert e.due == D("2026-04-01") and not e.provisional
    assert (e.source.instrument, e.source.article) == ("mps_mlps_measures_2007", "Art. 15 para. 1")
    assert e.source.verified and "30日内" in (e.source.quote or "")
    assert e.status(D("2026-03-10")) == "due_soon"
    assert one(calendar("2026-04-02", systems=(s,)), "mlps.filing").status(D("2026-04-02")) == (
        "overdue"
    )


def test_filing_after_going_live_moves_past_the_national_day_holiday() -> None:
    # graded before going live (a new system): 30 days after 2026-09-05 is 2026-10-05, a rest
    # day of National Day (10-01..10-07, 国办发明电〔2025〕7号) → the next working day, 10-08
    s = system(mlps_level=2, graded_on=D("2026-08-20"), live_on=D("2026-09-05"))
    e = one(calendar("2026-09-10", systems=(s,)), "mlps.filing")
    assert e.due == D("2026-10-08")
    assert e.source.article == "Art. 15 para. 2"
    assert "going live" in e.rule


def test_filing_into_2027_gives_the_nominal_day_as_provisional() -> None:
    s = system(mlps_level=2, live_on=D("2024-01-01"), graded_on=D("2026-12-15"))
    e = one(calendar("2026-12-16", systems=(s,)), "mlps.filing")
    assert e.due == D("2027-01-14") and e.provisional
    assert "2027" in e.note and "next working day" in e.note


def test_level_1_is_not_filed_and_a_filed_system_is_not_asked_again() -> None:
    none(
        calendar("2026-03-10", systems=(system(mlps_level=1, graded_on=D("2026-03-02")),)),
        "mlps.filing",
    )
    filed = system(mlps_level=2, graded_on=D("2026-03-02"), filed_on=D("2026-03-20"))
    none(calendar("2026-04-10", systems=(filed,)), "mlps.filing")
    # a filing dated after the as-of day had not happened yet on that day
    assert one(calendar("2026-03-10", systems=(filed,)), "mlps.filing").due == D("2026-04-01")


def test_filing_without_grading_or_go_live_date_is_undated() -> None:
    e = one(calendar("2026-03-10", systems=(system(mlps_level=3),)), "mlps.filing")
    assert e.due is None and e.status(D("2026-03-10")) == "undated"
    assert "record the grading date" in e.note


def test_certificate_is_the_authoritys_10_working_days() -> None:
    # 2026-09-28 + 10 working days, over National Day and its make-up Saturday 10-10
    s = system(mlps_level=3, graded_on=D("2026-09-01"), filed_on=D("2026-09-28"))
    e = one(calendar("2026-10-01", systems=(s,)), "mlps.certificate")
    assert (e.due, e.kind, e.basis) == (D("2026-10-16"), "event", "authority")
    assert e.source.article == "Art. 17"
    numbered = system(
        mlps_level=3, graded_on=D("2026-09-01"), filed_on=D("2026-09-28"), filing_number="X-1"
    )
    none(calendar("2026-10-01", systems=(numbered,)), "mlps.certificate")


@pytest.mark.parametrize(
    ("level", "last", "due"),
    [
        (3, "2025-06-15", "2026-06-15"),
        (4, "2026-01-31", "2026-07-31"),
        (4, "2026-08-31", "2027-02-28"),  # no 31 February: the month's last day
    ],
)
def test_tests_every_12_months_at_level_3_and_6_at_level_4(level: int, last: str, due: str) -> None:
    s = system(
        mlps_level=level,
        graded_on=D("2025-01-01"),
        filed_on=D("2025-01-20"),
        filing_number="X",
        expert_reviewed_on=D("2025-01-05"),
        records=(Record("mlps_test", D(last)),),
    )
    e = one(calendar(last, systems=(s,)), "mlps.test")
    assert e.due == D(due)
    assert e.source.article == "Art. 14" and e.source.verified


def test_level_3_test_comes_with_the_filing_when_none_is_recorded() -> None:
    s = system(mlps_level=3, live_on=D("2025-05-01"), graded_on=D("2026-03-02"))
    e = one(calendar("2026-03-10", systems=(s,)), "mlps.test")
    assert e.due == D("2026-04-01")  # the filing's due date (Art. 16(5) test report)
    assert [a.article for a in e.also] == ["Art. 16(5)"]


def test_an_untested_filed_system_is_counted_from_go_live_as_a_reading() -> None:
    s = system(
        mlps_level=3, live_on=D("2025-05-01"), graded_on=D("2025-04-01"), filed_on=D("2025-05-20")
    )
    e = one(calendar("2026-06-01", systems=(s,)), "mlps.test")
    assert e.due == D("2026-05-01") and "piplkit's reading" in e.rule
    assert e.status(D("2026-06-01")) == "overdue"


def test_a_test_after_the_as_of_day_does_not_count_yet() -> None:
    s = system(
        mlps_level=3,
        graded_on=D("2024-01-01"),
        filed_on=D("2024-01-20"),
        records=(Record("mlps_test", D("2024-06-01")), Record("mlps_test", D("2025-06-01"))),
    )
    assert one(calendar("2025-05-01", systems=(s,)), "mlps.test").due == D("2025-06-01")
    assert one(calendar("2025-06-02", systems=(s,)), "mlps.test").due == D("2026-06-01")


def test_level_2_has_no_test_interval_and_level_5_no_number() -> None:
    two = system(mlps_level=2, graded_on=D("2025-01-01"), filed_on=D("2025-01-10"))
    none(calendar("2026-01-01", systems=(two,)), "mlps.test")
    five = system(
        mlps_level=5,
        graded_on=D("2025-01-01"),
        filed_on=D("2025-01-10"),
        expert_reviewed_on=D("2025-01-02"),
    )
    e = one(calendar("2026-01-01", systems=(five,)), "mlps.test")
    assert e.kind == "standing" and e.due is None and "special security needs" in e.rule


def test_self_inspection_every_12_and_6_months() -> None:
    three = system(
        mlps_level=3,
        graded_on=D("2025-01-01"),
        filed_on=D("2025-01-10"),
        records=(Record("mlps_self_inspection", D("2025-11-30")),),
    )
    e = one(calendar("2026-01-01", systems=(three,)), "mlps.self_inspection")
    assert e.due == D("2026-11-30") and e.source.article == "Art. 14 para. 2"
    four = system(
        mlps_level=4,
        graded_on=D("2025-01-01"),
        filed_on=D("2025-01-10"),
        expert_reviewed_on=D("2025-01-02"),
        records=(Record("mlps_self_inspection", D("2025-11-30")),),
    )
    assert one(calendar("2026-01-01", systems=(four,)), "mlps.self_inspection").due == D(
        "2026-05-30"
    )


def test_level_4_needs_expert_review_cited_unverified() -> None:
    s = system(mlps_level=4, graded_on=D("2026-01-05"))
    e = one(calendar("2026-01-10", systems=(s,)), "mlps.expert_review")
    assert e.kind == "standing" and e.since == D("2026-01-05")
    assert e.source.article == "Art. 10" and not e.verified
    cal = calendar("2026-01-10", systems=(s,))
    assert any("Art. 10" in u for u in cal.unverified)
    reviewed = system(mlps_level=4, graded_on=D("2026-01-05"), expert_reviewed_on=D("2026-01-08"))
    none(calendar("2026-01-10", systems=(reviewed,)), "mlps.expert_review")
    none(
        calendar("2026-01-10", systems=(system(mlps_level=3, graded_on=D("2026-01-05")),)),
        "mlps.expert_review",
    )


def test_rectification_items_keep_the_plans_dates() -> None:
    s = system(
        mlps_level=3,
        graded_on=D("2025-01-01"),
        filed_on=D("2025-01-10"),
        rectifications=(
            Rectification("日志留存不足", D("2025-06-15"), D("2025-09-30")),
            Rectification("弱口令", D("2025-06-15"), D("2025-07-31"), D("2025-07-20")),
            Rectification("备份未加密", D("2025-06-15")),
        ),
    )
    cal = calendar("2025-08-01", systems=(s,))
    items = {e.title: e for e in cal.entries if e.duty == "mlps.rectification"}
    assert set(items) == {"Rectify: 日志留存不足", "Rectify: 备份未加密"}
    dated = items["Rectify: 日志留存不足"]
    assert (dated.due, dated.basis, dated.kind) == (D("2025-09-30"), "organisation", "latest")
    assert dated.source.article == "Art. 14 para. 3"
    undated = items["Rectify: 备份未加密"]
    assert undated.kind == "standing" and "set one" in undated.note
    # closed on 2025-07-20: still open as of 2025-07-01
    earlier = calendar("2025-07-01", systems=(s,))
    assert any(e.title == "Rectify: 弱口令" for e in earlier.entries)


def test_an_ungraded_system_is_asked_to_grade_under_the_csl_article_in_force() -> None:
    s = system(live_on=D("2024-03-01"))
    before = one(calendar("2025-12-31", systems=(s,)), "mlps.grade")
    after = one(calendar("2026-01-01", systems=(s,)), "mlps.grade")
    assert (before.source.instrument, before.source.article) == ("csl", "Art. 21")
    assert (after.source.instrument, after.source.article) == ("csl", "Art. 23")
    assert after.kind == "standing" and after.since == D("2024-03-01")
    # before the Cybersecurity Law took effect there was no MLPS duty to compute
    assert calendar("2017-05-31", systems=(s,)).entries == ()


def test_power_sector_rules_are_named_as_not_read() -> None:
    s = system(mlps_level=3, graded_on=D("2026-03-02"), live_on=D("2025-01-01"), sector="power")
    cal = calendar("2026-03-10", systems=(s,))
    assert "sector rules (Power Industry MLPS Measures)" in one(cal, "mlps.filing").note
    assert any("Power Industry MLPS Measures" in u for u in cal.unverified)


def test_cadence_of_a_running_system_graded_later_starts_at_grading() -> None:
    s = system(mlps_level=4, live_on=D("2024-05-01"), graded_on=D("2025-03-02"),
               filed_on=D("2025-03-25"), expert_reviewed_on=D("2025-03-20"))
    e = one(calendar("2025-06-01", systems=(s,)), "mlps.self_inspection")
    assert e.due == D("2025-09-02") and "grading (2025-03-02)" in e.rule
