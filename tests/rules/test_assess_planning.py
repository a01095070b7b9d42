"""Plan before you export (issue 13): planned volumes, ledger-rate projections, crossings.

The thresholds are those of the 2024 Provisions (Art. 5(4): 不满10万人 exempt; Art. 8: the
contract band; Art. 7(2): 100万人以上 / 1万人以上敏感个人信息 assessment). A crossing date is
a linear estimate between the as-of date and 31 December and is marked approximate.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers_assess import profile, xfer

from piplkit.assess.rules import evaluate

D = dt.date.fromisoformat


def _plan(day: str, **transfer: object):
    t = evaluate(profile(xfer(**transfer)), D(day)).transfer("T1")  # type: ignore[arg-type]
    assert t.plan is not None
    return t


@pytest.mark.parametrize(
    ("actual", "planned", "route_now", "route_planned", "crossed"),
    [
        (
            50_000,
            150_000,
            "exempt",
            "standard_contract_or_certification",
            "cross_border.exemption.small_volume_individuals",
        ),  # Art. 5(4) ends at 100,000
        (
            200_000,
            1_200_000,
            "standard_contract_or_certification",
            "security_assessment",
            "cross_border.assessment.exported_individuals",
        ),  # Art. 7(2): 100万人以上
        (50_000, 90_000, "exempt", "exempt", None),  # stays under 不满10万人
        (
            999_999,
            1_000_000,
            "standard_contract_or_certification",
            "security_assessment",
            "cross_border.assessment.exported_individuals",
        ),  # exactly 1,000,000 is 以上
    ],
)
def test_planned_volumes(
    actual: int, planned: int, route_now: str, route_planned: str, crossed: str | None
) -> None:
    t = _plan(
        "2025-04-01",
        volumes={2025: actual},
        planned=[{"year": 2025, "individuals": planned, "sensitive_individuals": 0}],
    )
    assert t.route == route_now
    assert t.plan is not None and t.plan.route == route_planned and t.plan.basis == "planned"
    assert [c.parameter for c in t.plan.crossings][:1] == ([crossed] if crossed else [])


def test_crossing_date_is_a_linear_estimate() -> None:
    # 50,000 on 2025-04-01, 150,000 planned by 31 Dec: 100,000 is reached halfway through the
    # remaining 274 days → 2025-04-01 + 137 days = 2025-08-16
    t = _plan(
        "2025-04-01", volumes={2025: 50_000}, planned=[{"year": 2025, "individuals": 150_000}]
    )
    (c,) = t.plan.crossings
    assert c.on == D("2025-08-16") and c.value == 100_000
    (conclude, file) = t.plan.deadlines
    assert conclude.due == D("2025-08-16") and conclude.approximate and conclude.kind == "latest"
    assert "standard contract" in conclude.what and file.due is None


def test_assessment_plan_gives_a_declare_by_date() -> None:
    # SA Arts. 7 and 12: 5 + 7 + 45 = 57 working days before the projected crossing
    t = _plan(
        "2025-02-01", volumes={2025: 200_000}, planned=[{"year": 2025, "individuals": 2_000_000}]
    )
    assert t.plan.route == "security_assessment"
    passed, declare = t.plan.deadlines
    assert passed.due is not None and declare.due is not None and declare.due < passed.due
    assert "57 working days" in declare.rule and declare.approximate


def test_first_sensitive_individual_ends_the_small_volume_exemption() -> None:
    t = _plan(
        "2025-06-30",
        volumes={2025: (10_000, 0)},
        planned=[{"year": 2025, "individuals": 20_000, "sensitive_individuals": 50}],
    )
    assert t.route == "exempt" and t.plan.route == "standard_contract_or_certification"
    assert t.plan.crossings[0].counted == "sensitive_individuals"


def test_ledger_rate_projection() -> None:
    # 2025-03-31 is day 90 of 365: 40,000 so far → ceil(40,000 * 365 / 90) = 162,223 by 31 Dec
    t = _plan("2025-03-31", volumes={2025: 40_000}, projection="ledger_rate")
    assert t.plan.basis == "ledger_rate" and t.plan.individuals == 162_223
    assert t.plan.route == "standard_contract_or_certification"


def test_plan_below_what_was_exported_keeps_the_export() -> None:
    t = _plan(
        "2025-06-01", volumes={2025: 120_000}, planned=[{"year": 2025, "individuals": 80_000}]
    )
    assert t.plan.individuals == 120_000


def test_unplanned_transfers_count_as_exported_and_are_named() -> None:
    p = profile(
        xfer("T1", volumes={2025: 50_000}, planned=[{"year": 2025, "individuals": 70_000}]),
        xfer("T2", volumes={2025: 40_000}),
    )
    t = evaluate(p, D("2025-05-01")).transfer("T1")
    assert t.plan is not None and t.plan.aggregate_individuals == 110_000
    assert t.plan.route == "standard_contract_or_certification"
    assert any("T2" in r for r in t.plan.reasons)
    assert evaluate(p, D("2025-05-01")).transfer("T2").plan is None


def test_previous_year_window_counts_last_year_too() -> None:
    # SA Art. 4(3) (2022-09-01..2024-03-21): since 1 Jan of the previous year
    t = _plan(
        "2023-05-01",
        volumes={2022: 60_000, 2023: 10_000},
        planned=[{"year": 2023, "individuals": 50_000}],
    )
    assert t.plan.individuals == 110_000 and t.plan.route == "security_assessment"


def test_plan_serialises() -> None:
    t = _plan(
        "2025-04-01", volumes={2025: 50_000}, planned=[{"year": 2025, "individuals": 150_000}]
    )
    d = t.to_dict()["plan"]
    assert d["route"] == "standard_contract_or_certification"
    assert d["crossings"][0]["projected_on"] == "2025-08-16"


def test_a_plan_through_the_band_gets_each_routes_steps_in_turn() -> None:
    # 50,000 exempt now; 1,200,000 planned: the band (Art. 8) is reached first (~2025-04-13),
    # the assessment threshold (Art. 7(2)) later: the contract is due first, the assessment next
    t = _plan(
        "2025-04-01", volumes={2025: 50_000}, planned=[{"year": 2025, "individuals": 1_200_000}]
    )
    whats = [d.what for d in t.plan.deadlines]
    assert whats[0].startswith("conclude the standard contract")
    assert any(w.startswith("pass the security assessment") for w in whats)
    contract = t.plan.deadlines[0]
    assessment = next(d for d in t.plan.deadlines if d.what.startswith("pass the security"))
    assert contract.due is not None and assessment.due is not None and contract.due < assessment.due
