"""Obligations of the regimes added in issue 13, each case with the article deciding it.

Cybersecurity Review Measures Art. 7 (超过100万用户, strictly more; in force 2022-02-15);
Minors Online Regulations Arts. 32-37 (未成年人: under 18; in force 2024-01-01); Algorithm
Recommendation Provisions Arts. 16-18, 24, 27 (2022-03-01); Deep Synthesis Provisions Art. 19
(2023-01-10); Generative AI Measures Art. 17 (2023-08-15); Automobile Data Provisions Art. 3
item 5 (超过10万人) and the annual report by 15 December; PIPL Arts. 17, 30, 51, 58, 64.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from helpers_assess import profile

from piplkit.assess.rules import evaluate

D = dt.date.fromisoformat


def _ids(day: str, processing: dict[str, Any] | None = None, **handler: Any) -> set[str]:
    return evaluate(profile(processing=processing, **handler), D(day)).obligation_ids()


def _ob(day: str, oid: str, processing: dict[str, Any] | None = None, **handler: Any):
    a = evaluate(profile(processing=processing, **handler), D(day))
    return next(o for o in a.obligations if o.id == oid)


LISTING = {"online_platform": True, "plans_foreign_listing": True}
ALGO = {"algorithm_recommendation": True, "public_opinion_or_mobilisation": True}


@pytest.mark.parametrize(
    ("day", "handler", "processing", "oid", "expected", "why"),
    [
        (
            "2022-02-15",
            {**LISTING, "processed": 1_000_001},
            None,
            "cybersecurity_review.foreign_listing",
            True,
            "Review Measures Art. 7: 超过100万用户",
        ),
        (
            "2022-02-15",
            {**LISTING, "processed": 1_000_000},
            None,
            "cybersecurity_review.foreign_listing",
            False,
            "Art. 7: exactly 1,000,000 is not 超过",
        ),
        (
            "2022-02-14",
            {**LISTING, "processed": 5_000_000},
            None,
            "cybersecurity_review.foreign_listing",
            False,
            "2020 Measures: no listing trigger",
        ),
        (
            "2024-01-01",
            {"online_platform": True, "processed": 5_000_000},
            None,
            "cybersecurity_review.foreign_listing",
            False,
            "no listing planned",
        ),
        (
            "2023-01-01",
            {"ciio": True, "ciio_procurement_national_security_risk": True},
            None,
            "cybersecurity_review.ciio_procurement",
            True,
            "Review Measures Art. 5 (CIIO purchases)",
        ),
        (
            "2023-12-31",
            {},
            {"minors": True},
            "minors.compliance_audit",
            False,
            "Minors Online Regulations in force 2024-01-01",
        ),
        (
            "2024-01-01",
            {},
            {"minors": True},
            "minors.compliance_audit",
            True,
            "Minors Online Regulations Art. 37: 每年 compliance audit",
        ),
        (
            "2024-01-01",
            {},
            {"minors_under_14": True},
            "minors.online_protection",
            True,
            "Art. 32-36 cover all 未成年人, children under 14 included",
        ),
        ("2024-01-01", {}, None, "minors.compliance_audit", False, "no minors' PI"),
        ("2022-02-28", {}, ALGO, "algorithm.filing", False, "Algorithm Provisions from 2022-03-01"),
        ("2022-03-01", {}, ALGO, "algorithm.filing", True, "Algorithm Provisions Art. 24"),
        (
            "2022-03-01",
            {},
            {"algorithm_recommendation": True},
            "algorithm.filing",
            False,
            "Art. 24 only for public-opinion or mobilisation capability",
        ),
        (
            "2022-03-01",
            {},
            {"algorithm_recommendation": True},
            "algorithm.user_choice",
            True,
            "Algorithm Provisions Arts. 16-17",
        ),
        (
            "2023-01-09",
            {},
            {"deep_synthesis": True, "public_opinion_or_mobilisation": True},
            "deep_synthesis.filing",
            False,
            "Deep Synthesis Provisions from 2023-01-10",
        ),
        (
            "2023-01-10",
            {},
            {"deep_synthesis": True, "public_opinion_or_mobilisation": True},
            "deep_synthesis.filing",
            True,
            "Deep Synthesis Provisions Art. 19",
        ),
        (
            "2023-08-15",
            {},
            {"generative_ai": True, "public_opinion_or_mobilisation": True},
            "generative_ai.filing",
            True,
            "Generative AI Measures Art. 17",
        ),
        (
            "2023-08-14",
            {},
            {"generative_ai": True, "public_opinion_or_mobilisation": True},
            "generative_ai.filing",
            False,
            "Generative AI Measures from 2023-08-15",
        ),
        (
            "2024-06-01",
            {"automotive_data_handler": True, "processed": 100_001},
            None,
            "automotive.annual_report",
            True,
            "Automobile Data Provisions Art. 3(5): 超过10万人",
        ),
        (
            "2024-06-01",
            {"automotive_data_handler": True, "processed": 100_000},
            None,
            "automotive.annual_report",
            False,
            "exactly 100,000 is not 超过10万人",
        ),
        ("2024-06-01", {"large_platform": True}, None, "large_platform", True, "PIPL Art. 58"),
        (
            "2024-06-01",
            {"audit_ordered_on": D("2024-05-01")},
            None,
            "compliance_audit.ordered",
            True,
            "PIPL Art. 64",
        ),
        (
            "2024-04-30",
            {"audit_ordered_on": D("2024-05-01")},
            None,
            "compliance_audit.ordered",
            False,
            "not yet ordered on the as-of date",
        ),
        ("2021-11-01", {}, None, "notice", True, "PIPL Art. 17: every handler"),
        ("2021-11-01", {}, None, "security_measures", True, "PIPL Art. 51: every handler"),
    ],
)
def test_regime_obligation(
    day: str,
    handler: dict[str, Any],
    processing: dict[str, Any] | None,
    oid: str,
    expected: bool,
    why: str,
) -> None:
    assert (oid in _ids(day, processing, **handler)) is expected, why


def test_algorithm_filing_due_date_uses_working_days() -> None:
    # Art. 24: 提供服务之日起十个工作日内. From 2025-09-29: 9-30, 10-9, 10-10, 10-11 (a
    # Saturday made a working day), 10-13 … 10-17, 10-20; 10-1 … 10-8 are holidays
    o = _ob(
        "2025-10-20", "algorithm.filing", {**ALGO, "algorithm_service_launched_on": "2025-09-29"}
    )
    assert o.due_date == D("2025-10-20")
    cites = {(c.instrument, c.article) for c in o.citations}
    assert ("algorithm_recommendation_provisions_2021", "Art. 24") in cites
    assert ("algorithm_recommendation_provisions_2021", "Art. 27") in cites


def test_algorithm_filing_in_an_unknown_year_is_unknown() -> None:
    a = evaluate(
        profile(processing={**ALGO, "algorithm_service_launched_on": "2026-12-28"}), D("2026-12-29")
    )
    o = next(o for o in a.obligations if o.id == "algorithm.filing")
    assert o.due_date is None and "date unknown" in (o.due or "")
    assert any(u.subject.startswith("working-day deadline") for u in a.unverified)


def test_automotive_report_is_the_next_15_december() -> None:
    o = _ob(
        "2024-12-16",
        "automotive.annual_report",
        automotive_data_handler=True,
        important_data_handler=True,
    )
    assert o.due_date == D("2025-12-15")
    flagged = {
        (u.instrument, u.article)
        for u in evaluate(
            profile(automotive_data_handler=True, important_data_handler=True), D("2024-06-01")
        ).unverified
    }
    assert ("auto_data_provisions_2021", "Art. 13") in flagged  # article text not read


def test_sensitive_notice_adds_art_30_and_ndsmr_rules() -> None:
    o = _ob("2025-01-01", "notice", {"sensitive_categories": ["medical_health"]})
    cites = {(c.instrument, c.article) for c in o.citations}
    assert {("pipl", "Art. 17"), ("pipl", "Art. 30"), ("ndsmr", "Art. 21")} <= cites
    assert ("ndsmr", "Art. 21") not in {
        (c.instrument, c.article) for c in _ob("2024-12-31", "notice").citations
    }


def test_minors_algorithms_add_art_18() -> None:
    o = _ob(
        "2024-06-01", "algorithm.user_choice", {"algorithm_recommendation": True, "minors": True}
    )
    assert ("algorithm_recommendation_provisions_2021", "Art. 18") in {
        (c.instrument, c.article) for c in o.citations
    }


def test_verified_citations_are_not_flagged() -> None:
    # the PIPL, Minors Regulations and Algorithm Provisions wording was read (LawRefBook mirror)
    a = evaluate(
        profile(
            processing={
                **ALGO,
                "minors": True,
                "sensitive_categories": ["biometric"],
                "provides_to_other_handlers": True,
            }
        ),
        D("2024-06-01"),
    )
    flagged = {(u.instrument, u.article) for u in a.unverified}
    for cite in [
        ("pipl", "Art. 23"),
        ("pipl", "Art. 29"),
        ("pipl", "Art. 17"),
        ("minors_online_regulations_2023", "Art. 37"),
        ("algorithm_recommendation_provisions_2021", "Art. 24"),
    ]:
        assert cite not in flagged
