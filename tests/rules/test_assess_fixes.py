"""Issue 13 fixes: boundaries, deadline kinds, validity on the issue date, verified values.

Each case names the article and words that decide it. Chinese drafting: 以上 includes the
number, 超过 excludes it, 不满 excludes it; 届满前60个工作日内 opens a window (an earliest
date), 届满60个工作日前 is a latest date.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers_assess import profile, xfer

from piplkit.assess.law.kb import load_knowledge_base
from piplkit.assess.rules import evaluate

D = dt.date.fromisoformat
KB = load_knowledge_base()


# -- 1. NDSMR Art. 28: 处理1000万人以上个人信息 (以上 includes the number) ------------------------
@pytest.mark.parametrize(
    ("processed", "day", "expected", "why"),
    [
        (10_000_000, "2025-01-01", True, "NDSMR Art. 28: 1000万人以上 includes exactly 10,000,000"),
        (9_999_999, "2025-01-01", False, "NDSMR Art. 28: below 1000万人"),
        (10_000_000, "2024-12-31", False, "NDSMR in force from 2025-01-01"),
        (25_000_000, "2025-06-01", True, "NDSMR Art. 28"),
    ],
)
def test_ndsmr_large_handler_boundary(processed: int, day: str, expected: bool, why: str) -> None:
    got = "ndsmr.large_handler" in evaluate(profile(processed=processed), D(day)).obligation_ids()
    assert got is expected, why


def test_ndsmr_threshold_is_verified_with_its_words() -> None:
    pv = KB.param("ndsmr.large_handler_individuals", D("2025-01-01"))
    assert pv is not None and pv.verified and pv.quote is not None and "1000万人以上" in pv.quote
    assert KB.parameters["ndsmr.large_handler_individuals"].comparison == "gte"


# -- 2. extension window (2024 Provisions Art. 9) vs re-declaration (2022 Measures Art. 14) ---
def _deadlines(issued: str, day: str) -> dict[str, tuple[dt.date | None, str]]:
    volumes = {2022: 200_000, 2023: 200_000, 2024: 2_000_000, 2025: 2_000_000}
    p = profile(xfer(volumes=volumes, assessment_result_issued_on=issued))
    t = evaluate(p, D(day)).transfer("T1")
    return {d.what: (d.due, d.kind) for d in t.deadlines}


def test_extension_under_the_2024_provisions_is_a_window_that_opens() -> None:
    # PROV Art. 9: 可以在有效期届满前60个工作日内…提出延长评估结果有效期申请 → earliest date.
    # A 3-year result issued 2024-06-03 expires 2027-06-03; 60 working days back lie in 2027,
    # whose holiday schedule is unknown: the date is explicitly unknown, never a weekday guess.
    got = _deadlines("2024-06-03", "2025-01-10")
    expiry, kind = got["assessment result expires"]
    assert expiry == D("2027-06-03") and kind == "event"
    due, kind = got["extension application window opens (apply to extend the result)"]
    assert kind == "earliest" and due is None
    # a 2-year result issued 2022-10-10 expires 2024-10-10: the window opens on a known date
    got = _deadlines("2022-10-10", "2024-06-01")
    due, kind = got["extension application window opens (apply to extend the result)"]
    assert kind == "earliest" and due == D("2024-07-11")


def test_redeclaration_under_the_2022_measures_is_a_latest_date() -> None:
    # SA Art. 14: 应当在有效期届满60个工作日前重新申报评估 → latest date, re-declaration
    got = _deadlines("2022-10-10", "2023-01-10")
    expiry, _ = got["assessment result expires"]
    assert expiry == D("2024-10-10")
    # 60 working days before 2024-10-10 fall after 2024-03-22: the 2024 window applies too,
    # and the re-declaration stays a latest date (the day before the window's first day)
    assert got["extension application window opens (apply to extend the result)"][1] == "earliest"
    due, kind = got[
        "re-declare the assessment to keep exporting after expiry (if no extension is granted)"
    ]
    assert kind == "latest" and due == D("2024-07-11")


def test_before_the_2024_provisions_only_redeclaration_exists() -> None:
    # Every 2-year result (first issued from 2022-09-01) reaches its action date after
    # 2024-03-22, so the difference shows in the dated parameters themselves.
    assert (
        KB.param("cross_border.assessment.extension_window_working_days", D("2024-03-21")) is None
    )
    pv = KB.param("cross_border.assessment.redeclare_lead_working_days", D("2023-01-01"))
    assert pv is not None and pv.verified and "届满60个工作日前重新申报评估" in (pv.quote or "")


# -- 3. validity follows the rules in force on the issue date ---------------------------------
@pytest.mark.parametrize(
    ("issued", "day", "expiry", "flagged"),
    [
        ("2023-05-01", "2023-06-01", "2025-05-01", False),  # SA Art. 14: 2 years
        ("2023-05-01", "2024-06-01", "2025-05-01", True),  # still 2 years; 3-year uplift unstated
        ("2024-05-01", "2024-06-01", "2027-05-01", False),  # PROV Art. 9: 3 years
    ],
)
def test_validity_from_the_issue_date_rules(
    issued: str, day: str, expiry: str, flagged: bool
) -> None:
    p = profile(xfer(volumes={2023: 200_000, 2024: 2_000_000}, assessment_result_issued_on=issued))
    a = evaluate(p, D(day))
    got = {d.what: d.due for d in a.transfer("T1").deadlines}
    assert got["assessment result expires"] == D(expiry)
    subjects = {u.subject for u in a.unverified}
    assert ("assessment validity of results issued under the 2-year rule" in subjects) is flagged


# -- 4. values that are in the text are verified, with their words ----------------------------
@pytest.mark.parametrize(
    ("parameter", "day", "words"),
    [
        (
            "cross_border.assessment.exported_sensitive_individuals",
            "2024-06-01",
            "1万人以上敏感个人信息",
        ),
        ("cross_border.assessment.validity_years", "2023-01-01", "有效期为2年"),
        ("cross_border.assessment.redeclare_lead_working_days", "2023-01-01", "60个工作日前"),
        ("cross_border.assessment.extension_window_working_days", "2024-06-01", "60个工作日内"),
    ],
)
def test_values_read_in_the_text_are_verified(parameter: str, day: str, words: str) -> None:
    pv = KB.param(parameter, D(day))
    assert pv is not None and pv.verified and words in (pv.quote or "")


def test_scc_band_is_not_flagged_unverified_any_more() -> None:
    # PROV Art. 8: 10万人以上、不满100万人个人信息或者不满1万人敏感个人信息 (read in the text)
    a = evaluate(profile(xfer(volumes={2024: (150_000, 100)})), D("2024-06-01"))
    assert a.transfer("T1").route == "standard_contract_or_certification"
    flagged = {(u.instrument, u.article) for u in a.unverified}
    assert ("cac_cbdf_provisions_2024", "Art. 7(2)") not in flagged
    assert ("cac_cbdf_provisions_2024", "Art. 8") not in flagged


# -- 5. certification rules in force only from 2022-11-04 -------------------------------------
@pytest.mark.parametrize(
    ("day", "certification_available"),
    [("2022-09-01", False), ("2022-11-03", False), ("2022-11-04", True), ("2023-05-31", True)],
)
def test_certification_availability(day: str, certification_available: bool) -> None:
    t = evaluate(profile(xfer(volumes={2022: 20_000, 2023: 20_000})), D(day)).transfer("T1")
    assert t.route == "standard_contract_or_certification"
    text = " ".join(t.reasons)
    cited = {c.instrument for c in t.citations}
    assert ("pi_certification_rules_2022" in cited) is certification_available
    if certification_available:
        assert "certification" in text and "not yet" not in text
    else:
        assert "neither" in text and "2022-11-04" in text


# -- 6. FRT filing goes to the CAC at provincial level or above -------------------------------
def test_frt_filing_authority() -> None:
    frt = {
        "facial_recognition": {"stored_individuals": 100_000, "threshold_reached_on": "2025-07-01"}
    }
    o = next(
        o
        for o in evaluate(profile(processing=frt), D("2025-08-01")).obligations
        if o.id == "facial_recognition.filing"
    )
    assert "省级以上网信部门" in o.title_zh and "provincial level or above" in o.title
    cites = {(c.instrument, c.article) for c in o.citations}
    assert ("frt_measures_2025", "Art. 15") in cites
