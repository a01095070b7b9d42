"""Every kind of calendar entry has its rule and note in Chinese as well as English.

The scenarios below reach every duty the calendar computes, each in its variants (dated,
undated, counted from a record or from a designation, a year whose holidays are unknown), so a
new sentence written in English only fails here.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from tests.agenda.helpers import D, calendar

from piplkit.map.agenda import Entry
from piplkit.map.agenda.facts import (
    DatasetFacts,
    IncidentFacts,
    OrganisationFacts,
    Record,
    Rectification,
    RequestFacts,
    SystemFacts,
    TransferFacts,
)

ORG = "甲公司"
CST = dt.timezone(dt.timedelta(hours=8))
CJK = re.compile(r"[\u4e00-\u9fff]")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: every duty the calendar computes
DUTIES = {
    "mlps.grade",
    "mlps.expert_review",
    "mlps.filing",
    "mlps.certificate",
    "mlps.test",
    "mlps.self_inspection",
    "mlps.rectification",
    "cii.testing",
    "data.declare",
    "data.officer",
    "data.risk_report",
    "transfer.scc_filing",
    "transfer.assessment_expiry",
    "transfer.extension_window",
    "transfer.redeclare",
    "transfer.certificate_expiry",
    "pipl.officer_report",
    "pipl.compliance_audit",
    "pipl.minors_audit",
    "pipl.frt_filing",
    "dsr.respond",
    "incident.report",
    "incident.notify_authority",
    "incident.notify_individuals",
    "incident.summary_report",
}


def _request(name: str, basis: str, due: dt.date | None) -> RequestFacts:
    return RequestFacts(
        name=name,
        received_at=dt.datetime(2025, 11, 3, 9, 0, tzinfo=CST),
        due_on=due,
        basis=basis,
        deadline_note="PIPL Art. 50 sets no number of days",
        organisation=ORG,
    )


def _scenarios() -> list[tuple[str, dict[str, object]]]:
    found = dt.datetime(2025, 12, 1, 22, 30, tzinfo=CST)
    systems = (
        SystemFacts(name="未定级系统", organisation=ORG, live_on=D("2025-01-01")),
        SystemFacts(name="四级系统", organisation=ORG, mlps_level=4, graded_on=D("2025-10-01")),
        SystemFacts(
            name="三级系统",
            organisation=ORG,
            mlps_level=3,
            graded_on=D("2025-09-01"),
            live_on=D("2025-01-01"),
            sector="power",
            rectifications=(
                Rectification("补丁", found_on=D("2025-10-01"), due_on=D("2025-12-31")),
                Rectification("日志", found_on=D("2025-10-01")),
            ),
        ),
        SystemFacts(name="未记日期", organisation=ORG, mlps_level=3),
        SystemFacts(
            name="已备案",
            organisation=ORG,
            mlps_level=3,
            graded_on=D("2025-03-01"),
            filed_on=D("2025-11-03"),
            records=(Record("mlps_test", D("2025-05-01")),),
        ),
        SystemFacts(name="五级系统", organisation=ORG, mlps_level=5, graded_on=D("2025-03-01")),
        SystemFacts(name="调度系统", organisation=ORG, cii=True, cii_designated_on=D("2025-03-01")),
    )
    organisations = (
        OrganisationFacts(
            name=ORG,
            individuals_processed=12_000_000,
            important_data_handler=True,
            officer_threshold_reached_on=D("2025-11-03"),
            face_individuals=200_000,
            processes_minors=True,
        ),
        OrganisationFacts(name="乙公司", ciio=True, individuals_processed=12_000_000),
        OrganisationFacts(
            name="丙公司",
            individuals_processed=2_000_000,
            officer_threshold_reached_on=D("2020-01-01"),
            records=(Record("minors_audit", D("2025-01-01")),),
        ),
    )
    transfers = (
        TransferFacts("合同", "R", "DE", "standard_contract", ORG, effective_on=D("2025-11-03")),
        TransferFacts("评估", "R", "DE", "security_assessment", ORG, effective_on=D("2024-06-01")),
        TransferFacts(
            "评估旧", "R", "DE", "security_assessment", ORG, effective_on=D("2023-03-01")
        ),
        TransferFacts("认证", "R", "DE", "certification", ORG, effective_on=D("2025-02-10")),
    )
    requests = (
        _request("REQ-1", "organisation_target", D("2025-11-17")),
        _request("REQ-2", "none", None),
        _request("REQ-3", "statutory", D("2025-11-24")),
    )
    incidents = (
        IncidentFacts("INC-1", found, "other", True, organisation=ORG),
        IncidentFacts("INC-2", found, "cii", True, handling_ended_at=found + dt.timedelta(days=1)),
    )
    full: dict[str, object] = dict(
        systems=systems,
        organisations=organisations,
        datasets=(DatasetFacts("电网数据", ORG, grade="important", identified_on=D("2025-03-10")),),
        transfers=transfers,
        requests=requests,
        incidents=incidents,
    )
    late = SystemFacts(name="跨年", organisation=ORG, mlps_level=3, graded_on=D("2026-12-20"))
    return [
        ("2025-12-02", full),
        ("2026-01-10", full),
        ("2024-06-03", full),
        ("2026-12-28", {"systems": (late,)}),
        ("2024-06-01", {"organisations": (OrganisationFacts(ORG, important_data_handler=True),)}),
        ("2026-01-05", {"transfers": transfers, "incidents": incidents}),
    ]


def _all_entries() -> list[Entry]:
    return [e for day, facts in _scenarios() for e in calendar(day, **facts).entries]


def test_the_scenarios_reach_every_duty() -> None:
    assert {e.duty for e in _all_entries()} == DUTIES


@pytest.mark.parametrize("entry", _all_entries(), ids=lambda e: f"{e.duty}:{e.subject.name}")
def test_rule_and_note_have_chinese_with_the_same_dates(entry: Entry) -> None:
    assert CJK.search(entry.rule_zh), (entry.duty, entry.rule)
    assert entry.rule_in("zh") == entry.rule_zh and entry.rule_in("en") == entry.rule
    # the same dates in both languages (the Chinese is the same sentence, not a summary)
    assert set(DATE.findall(entry.rule)) <= set(DATE.findall(entry.rule_zh)), entry.rule
    if entry.note:
        assert CJK.search(entry.note_zh), (entry.duty, entry.note)
        assert set(DATE.findall(entry.note)) <= set(DATE.findall(entry.note_zh)), entry.note
    else:
        assert entry.note_zh == ""
    data = entry.to_dict(D("2025-12-02"))
    assert (data["rule_zh"], data["note_zh"]) == (entry.rule_zh, entry.note_zh)


def test_a_provisional_day_says_why_in_chinese_citing_the_civil_code() -> None:
    late = SystemFacts(name="跨年", organisation=ORG, mlps_level=3, graded_on=D("2026-12-20"))
    filing = next(
        e for e in calendar("2026-12-28", systems=(late,)).entries if e.duty == "mlps.filing"
    )
    assert filing.provisional and "民法典" in filing.note_zh and "2027" in filing.note_zh
