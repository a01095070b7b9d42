"""Filing-readiness checks: route obligations dated by "latest" deadlines, plans, and whether
the PIPIA / self-assessment is recent and made after the last material change.

The filing guides' templates say the assessment was completed within 3 months before filing
(报告所述评估工作为本次申报前3个月内完成; marked unverified: edition of the copy read); a
material change after the assessment calls for a new one (PIPL Art. 55; SA Measures Art. 14).
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers_assess import profile, xfer

from piplkit.assess.rules import evaluate
from piplkit.assess.rules.calendar import add_months

D = dt.date.fromisoformat


def _ids(p, day: str) -> set[str]:
    return evaluate(p, D(day)).obligation_ids()


@pytest.mark.parametrize(
    ("pipia", "change", "stale"),
    [
        ("2024-03-19", None, False),  # filing due 2024-06-18: 3 months back is 2024-03-18
        ("2024-03-17", None, True),  # older than 3 months before the filing date
        ("2024-05-01", "2024-05-20", True),  # material change after the PIPIA
        ("2024-05-01", "2024-04-20", False),  # change before the PIPIA
    ],
)
def test_pipia_currency_for_the_contract_route(pipia: str, change: str | None, stale: bool) -> None:
    details = {"pipia_completed_on": pipia}
    if change:
        details["material_change_on"] = change
    p = profile(xfer(volumes={2024: 200_000}, contract_effective_on="2024-06-03", details=details))
    assert ("cross_border.assessment_currency[T1]" in _ids(p, "2024-06-05")) is stale


def test_self_assessment_currency_for_the_assessment_route() -> None:
    fresh = profile(
        xfer(volumes={2024: 2_000_000}, details={"self_assessment_completed_on": "2024-05-01"})
    )
    old = profile(
        xfer(volumes={2024: 2_000_000}, details={"self_assessment_completed_on": "2024-01-01"})
    )
    assert "cross_border.assessment_currency[T1]" not in _ids(fresh, "2024-06-01")
    o = next(
        o
        for o in evaluate(old, D("2024-06-01")).obligations
        if o.id == "cross_border.assessment_currency[T1]"
    )
    assert "more than 3 months" in o.title


def test_route_obligation_is_dated_by_a_latest_deadline_not_a_window() -> None:
    # the extension window opens 2024-07-11 (earliest) and the result expires 2024-10-10
    # (event); the latest-kind date is the re-declaration, the same day, never the expiry
    p = profile(xfer(volumes={2024: 2_000_000}, assessment_result_issued_on="2022-10-10"))
    o = next(
        o
        for o in evaluate(p, D("2024-06-01")).obligations
        if o.id == "cross_border.security_assessment[T1]"
    )
    assert o.due_date == D("2024-07-11")


def test_plan_becomes_an_obligation_dated_by_the_crossing() -> None:
    p = profile(xfer(volumes={2025: 50_000}, planned=[{"year": 2025, "individuals": 150_000}]))
    o = next(o for o in evaluate(p, D("2025-04-01")).obligations if o.id == "cross_border.plan[T1]")
    assert o.due_date == D("2025-08-16")
    assert ("cac_cbdf_provisions_2024", "Art. 5(4)") in {
        (c.instrument, c.article) for c in o.citations
    }


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        ("2024-05-31", -3, "2024-02-29"),
        ("2024-01-15", -3, "2023-10-15"),
        ("2023-11-30", 3, "2024-02-29"),
        ("2024-06-18", -3, "2024-03-18"),
    ],
)
def test_add_months(start: str, months: int, expected: str) -> None:
    assert add_months(D(start), months) == D(expected)
