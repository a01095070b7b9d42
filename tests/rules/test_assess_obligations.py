"""Obligations, deadlines, diff and trace: each expectation cites the article behind it."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers_assess import profile, xfer

from piplkit.assess.rules import diff, evaluate

D = dt.date.fromisoformat


def ids(p, day: str) -> set[str]:
    return evaluate(p, D(day)).obligation_ids()


def ob(p, day: str, oid: str):
    return next(o for o in evaluate(p, D(day)).obligations if o.id == oid)


@pytest.mark.parametrize(
    ("day", "processed", "expected"),
    [
        (
            "2025-04-30",
            2_000_000,
            False,
        ),  # Audit Measures not yet in force; PIPL Art. 52 sets no number
        ("2025-05-01", 1_000_000, True),  # Audit Measures Art. 12: ≥ 1,000,000
        ("2025-05-01", 999_999, False),
    ],
)
def test_officer_threshold(day: str, processed: int, expected: bool) -> None:
    assert ("officer" in ids(profile(processed=processed), day)) is expected


def test_officer_reporting_deadline_after_announcement() -> None:
    # CAC announcement 2025-07-18: 30 working days; by 2025-08-29 if already over the threshold
    assert ob(profile(processed=1_000_000), "2025-05-02", "officer").due is None
    due = ob(profile(processed=1_000_000), "2025-08-01", "officer").due
    assert due is not None and "30 working days" in due and "2025-08-29" in due


@pytest.mark.parametrize(
    ("processed", "day", "due"),
    [
        (
            10_000_000,
            "2025-06-01",
            "regularly (frequency set by the handler)",
        ),  # Art. 4: 超过 → strictly more
        (10_000_001, "2025-06-01", "at least once every 2 years"),  # Audit Measures Art. 4
        (10_000_001, "2025-04-30", "regularly (frequency set by the handler)"),  # PIPL Art. 54 only
    ],
)
def test_audit_frequency(processed: int, day: str, due: str) -> None:
    assert ob(profile(processed=processed), day, "compliance_audit").due == due


def test_frt_filing_threshold_and_effective_day() -> None:
    frt = {
        "facial_recognition": {"stored_individuals": 100_000, "threshold_reached_on": "2025-07-01"}
    }
    p = profile(processing=frt)
    assert "facial_recognition.filing" not in ids(p, "2025-05-31")  # FRT Measures eff. 2025-06-01
    o = ob(p, "2025-08-01", "facial_recognition.filing")  # Art. 15: 达到10万人, 30 working days
    assert o.due_date == D("2025-08-12")
    below = profile(processing={"facial_recognition": {"stored_individuals": 99_999}})
    assert "facial_recognition.filing" not in ids(below, "2025-08-01")


def test_frt_transitional_filing_date() -> None:
    # CAC announcement 2025-05-28: reached before 2025-06-01 → file by 2025-07-14
    frt = {
        "facial_recognition": {"stored_individuals": 300_000, "threshold_reached_on": "2024-01-01"}
    }
    assert ob(profile(processing=frt), "2025-06-02", "facial_recognition.filing").due_date == D(
        "2025-07-14"
    )


@pytest.mark.parametrize(
    ("day", "ciio", "fragment"),
    [
        (
            "2025-10-31",
            False,
            None,
        ),  # Incident Reporting Measures not yet in force: PIPL Art. 57 only
        (
            "2025-11-01",
            False,
            "within 4 hour(s)",
        ),  # Measures Art. 4: other operators, provincial CAC
        ("2025-11-01", True, "within 1 hour(s)"),  # Measures Art. 4: CII
    ],
)
def test_incident_reporting_hours(day: str, ciio: bool, fragment: str | None) -> None:
    due = ob(profile(ciio=ciio), day, "incident_response").due or ""
    assert due.startswith("immediately")
    if fragment is None:
        assert "hour" not in due
    else:
        assert fragment in due


def test_pipia_triggers_and_record_keeping() -> None:
    # PIPL Art. 55(1)-(4) and Art. 56 (≥ 3 years)
    p = profile(
        xfer(purpose="hr_management", volumes={2025: 10}),
        processing={
            "sensitive_categories": ["medical_health"],
            "automated_decision_making": True,
            "provides_to_other_handlers": True,
        },
    )
    o = ob(p, "2025-06-01", "pipia")
    arts = {c.article for c in o.citations}
    assert {"Art. 55(1)", "Art. 55(2)", "Art. 55(3)", "Art. 55(4)", "Art. 56"} <= arts
    assert "3 years" in ob(p, "2025-06-01", "pipia.records").title
    assert "pipia" not in ids(profile(), "2025-06-01")  # nothing high-risk declared


def test_exempt_transfer_still_needs_pipia_notice_and_consent() -> None:
    # PROV exemptions remove the filing mechanism, not PIPL Arts. 39 and 55(4)
    got = ids(profile(xfer(purpose="contract_with_individual", volumes={2025: 10})), "2025-06-01")
    assert {"pipia", "cross_border.notice", "separate_consent.cross_border"} <= got
    assert not any(i.startswith("cross_border.standard_contract") for i in got)


def test_separate_consent_depends_on_consent_basis() -> None:
    flags = {
        "provides_to_other_handlers": True,
        "publishes_pi": True,
        "sensitive_categories": ["biometric"],
    }
    with_consent = ids(profile(processing=flags), "2024-01-01")
    assert {
        "separate_consent.provides_to_other_handlers",  # PIPL Art. 23
        "separate_consent.publishes_pi",  # PIPL Art. 25
        "separate_consent.sensitive_pi",  # PIPL Art. 29
    } <= with_consent
    other = ids(profile(processing={**flags, "lawful_basis": "contract_or_hr"}), "2024-01-01")
    assert not any(i.startswith("separate_consent") for i in other)  # PIPL Art. 13(2)


def test_guardian_consent_for_minors() -> None:
    # PIPL Art. 31; Children's PI Provisions Art. 8 for network operators
    p = profile(processing={"minors_under_14": True, "sensitive_categories": ["minors_under_14"]})
    got = ids(p, "2024-01-01")
    assert {"minors.guardian_consent", "minors.children_rules_and_officer"} <= got
    assert "minors.children_rules_and_officer" not in ids(
        profile(processing={"minors_under_14": True}, network_operator=False), "2024-01-01"
    )


def test_overseas_representative_and_sector_rules() -> None:
    p = profile(located_outside_china=True, processing={"industry_regulators": ["PBOC"]})
    got = ids(p, "2024-01-01")
    assert "overseas_representative" in got  # PIPL Art. 53
    assert "sector_rules" in got  # PIPL Art. 60 (flagged unverified)


def test_important_data_duties_become_annual_under_ndsmr() -> None:
    p = profile(important_data_handler=True)
    assert (
        ob(p, "2024-12-31", "important_data.risk_assessment").due == "periodically"
    )  # DSL Art. 30
    assert (
        ob(p, "2025-01-01", "important_data.risk_assessment").due == "every year"
    )  # NDSMR (unverified art.)


def test_scc_filing_deadline_in_working_days() -> None:
    # SCC Art. 7: within 10 working days after the contract takes effect (Mon 2024-06-03).
    # Counted on the official calendar: 6/4-6/7 (4), Mon 6/10 is the Dragon Boat Festival
    # (国办发明电〔2023〕7号: 6月10日放假), 6/11-6/14 (8), 6/17 (9), 6/18 (10).
    # (The old Monday-Friday count gave 2024-06-17.)
    p = profile(xfer(volumes={2024: 200_000}, contract_effective_on="2024-06-03"))
    t = evaluate(p, D("2024-07-01")).transfer("T1")
    (d,) = [x for x in t.deadlines if "standard contract" in x.what]
    assert d.due == D("2024-06-18") and not d.approximate


def test_assessment_validity_follows_the_rules_on_the_issue_date() -> None:
    # SA Art. 14 (2 years) for a result issued 2023-05-01, on any as-of date; PROV Art. 9
    # (3 years) for a result issued 2024-05-01 (issue 13 item 3: no silent 3-year uplift)
    early = profile(
        xfer(volumes={2023: 200_000, 2024: 2_000_000}, assessment_result_issued_on="2023-05-01")
    )
    late = profile(xfer(volumes={2024: 2_000_000}, assessment_result_issued_on="2024-05-01"))
    old = evaluate(early, D("2023-06-01")).transfer("T1").deadlines
    new = evaluate(early, D("2024-06-01")).transfer("T1").deadlines
    assert any(d.due == D("2025-05-01") for d in old)
    assert any(d.due == D("2025-05-01") and d.kind == "event" for d in new)
    assert any(
        d.due == D("2027-05-01") for d in evaluate(late, D("2024-06-01")).transfer("T1").deadlines
    )


def test_unverified_items_are_surfaced() -> None:
    p = profile(xfer(volumes={2024: 2_000_000}, assessment_result_issued_on="2023-05-01"))
    subjects = {u.subject for u in evaluate(p, D("2024-06-01")).unverified}
    assert "assessment validity of results issued under the 2-year rule" in subjects


def test_diff_between_regimes() -> None:
    p = profile(xfer(volumes={2023: 60_000, 2024: 50_000}))
    d = diff(evaluate(p, D("2024-03-21")), evaluate(p, D("2024-03-22")))
    assert d["routes_changed"] == [
        {
            "name": "T1",
            "from": "security_assessment",
            "to": "exempt",
            "reasons": d["routes_changed"][0]["reasons"],
        }
    ]
    assert "cac_cbdf_provisions_2024" in d["instruments_entered_into_force"]
    assert "cross_border.security_assessment[T1]" in d["obligations_removed"]


def test_trace_names_parameters_with_instrument_versions() -> None:
    p = profile(xfer(volumes={2024: 150_000}))
    a = evaluate(p, D("2024-06-01"))
    step = next(s for s in a.trace if s.rule == "cross_border.route[T1]")
    used = {x["id"]: x for x in step.parameters}
    assert used["cross_border.assessment.exported_individuals"]["value"] == 1_000_000
    assert (
        used["cross_border.assessment.exported_individuals"]["instrument"]
        == "cac_cbdf_provisions_2024"
    )
    assert any(s.outcome == "not_in_force" for s in a.trace)  # e.g. FRT filing before 2025-06-01
    assert "trace" in a.to_dict(explain=True) and "trace" not in a.to_dict()


def test_as_of_before_pipl_is_rejected() -> None:
    from piplkit.assess.rules import ProfileError

    with pytest.raises(ProfileError) as err:
        evaluate(profile(), D("2021-10-31"))
    assert err.value.field == "as_of"
