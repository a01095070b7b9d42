"""The Chinese documents translate every engine phrase of the issue-13 regimes and plans.

Stricter than the sample-profile check: a translation that still holds three English words in
a row (e.g. an unknown part passed through a generic pattern) counts as missing.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from piplkit.assess.documents import build_report
from piplkit.assess.documents.labels import load_labels
from piplkit.assess.rules import evaluate, profile_from_data

from .helpers import GENERATED_ON, all_text

ZH = load_labels("zh")
ENGLISH = re.compile(r"[A-Za-z]+ [A-Za-z]+ [A-Za-z]+")


def _t(name: str, **kw: Any) -> dict[str, Any]:
    return {"name": name, "recipient": {"name": "R", "country": "DE"}, "purpose": "other", **kw}


PROFILES: list[dict[str, Any]] = [
    {  # free trade zone, automobile data, planned and projected volumes, no-PI data
        "handler": {
            "name": "Zone Co.",
            "individuals_processed": 2_000_000,
            "free_trade_zone": "tianjin",
            "automotive_data_handler": True,
            "online_platform": True,
            "plans_foreign_listing": True,
            "large_platform": True,
            "audit_ordered_on": "2025-06-01",
        },
        "processing": {
            "minors": True,
            "algorithm_recommendation": True,
            "deep_synthesis": True,
            "generative_ai": True,
            "public_opinion_or_mobilisation": True,
            "algorithm_service_launched_on": "2025-09-29",
            "sensitive_categories": ["biometric"],
        },
        "transfers": [
            _t("A", volumes=[{"year": 2025, "individuals": 50_000}], negative_list_categories=[]),
            _t(
                "B",
                volumes=[{"year": 2025, "individuals": 60_000}],
                negative_list_categories=["finance"],
                planned=[{"year": 2025, "individuals": 400_000, "sensitive_individuals": 20}],
            ),
            _t("C", volumes=[{"year": 2025, "individuals": 150_000}], projection="ledger_rate"),
            _t("D", contains_personal_information=False, purpose="international_business"),
            _t("E", volumes=[{"year": 2025, "individuals": 200_000}]),
        ],
    },
    {  # beijing list, assessment plan, CIIO procurement, result under the 2-year rule
        "handler": {
            "name": "Plan Co.",
            "individuals_processed": 500_000,
            "free_trade_zone": "beijing",
        },
        "transfers": [
            _t(
                "P",
                volumes=[{"year": 2024, "individuals": 300_000}],
                planned=[{"year": 2024, "individuals": 1_500_000, "sensitive_individuals": 15_000}],
            ),
            _t(
                "Q",
                volumes=[{"year": 2024, "individuals": 2_000_000}],
                assessment_result_issued_on="2022-10-10",
                negative_list_categories=["cars"],
            ),
        ],
    },
]
DAYS = [dt.date(2022, 10, 1), dt.date(2024, 3, 21), dt.date(2024, 7, 1), dt.date(2025, 12, 1)]


def _phrases(data: dict[str, Any], day: dt.date) -> list[str]:
    a = evaluate(profile_from_data(data), day)
    out = [o.due for o in a.obligations if o.due]
    for t in a.transfers:
        out += [*t.reasons, t.volumes.window, *(x for d in t.deadlines for x in (d.what, d.rule))]
        if t.plan:
            out += [*t.plan.reasons, *(x for d in t.plan.deadlines for x in (d.what, d.rule))]
    return out


@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("index", range(len(PROFILES)))
def test_every_new_engine_phrase_is_translated(index: int, day: dt.date) -> None:
    data = PROFILES[index]
    missing = [p for p in _phrases(data, day) if not ZH.knows(p) or ENGLISH.search(ZH.phrase(p))]
    assert not missing, f"add these engine phrases to labels/zh.yaml: {missing}"


def test_report_shows_the_plan_and_deadline_kinds() -> None:
    data = PROFILES[1]
    p = profile_from_data(data)
    en = all_text(
        build_report(p, evaluate(p, dt.date(2024, 7, 1)), "en", generated_on=GENERATED_ON)
    )
    assert "Plan for 2024 (planned volumes)" in en and "Projected to be reached" in en
    assert "from 2024-07-11" in en and "on 2024-10-10" in en  # earliest / event kinds
    zh = all_text(
        build_report(p, evaluate(p, dt.date(2024, 7, 1)), "zh", generated_on=GENERATED_ON)
    )
    assert "2024 年计划（计划出境量）" in zh and "自 2024-07-11" in zh
