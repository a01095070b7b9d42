"""CII, important-data, PIPL, transfer, rights-request and incident duties in the calendar:
dated cases for each cadence and deadline, on the official holiday calendar."""

from __future__ import annotations

import datetime as dt

from tests.agenda.helpers import D, calendar, entries, none, one

from piplkit.map.agenda.facts import (
    DatasetFacts,
    IncidentFacts,
    OrganisationFacts,
    Record,
    RequestFacts,
    SystemFacts,
    TransferFacts,
)

ORG = "甲公司"
CST = dt.timezone(dt.timedelta(hours=8))


def org(**kw: object) -> OrganisationFacts:
    return OrganisationFacts(name=ORG, **kw)  # type: ignore[arg-type]


# --- critical information infrastructure --------------------------------------------------------


def test_cii_system_is_tested_a_year_after_designation_then_after_each_test() -> None:
    s = SystemFacts(name="调度系统", organisation=ORG, cii=True, cii_designated_on=D("2025-03-01"))
    e = one(calendar("2026-01-10", systems=(s,)), "cii.testing")
    assert e.due == D("2026-03-01") and "designation" in e.rule
    assert (e.source.instrument, e.source.article) == ("cii_regulations_2021", "Art. 17")
    # the Cybersecurity Law's article, renumbered 38 -> 40 on 2026-01-01
    assert [a.article for a in e.also] == ["Art. 40"]
    assert [a.article for a in one(calendar("2025-12-31", systems=(s,)), "cii.testing").also] == [
        "Art. 38"
    ]
    # a test recorded on the operator counts for its CII systems
    tested = org(records=(Record("cii_testing", D("2025-11-20")),))
    e = one(calendar("2026-01-10", systems=(s,), organisations=(tested,)), "cii.testing")
    assert e.due == D("2026-11-20") and "last on 2025-11-20" in e.rule


def test_cii_designation_after_the_as_of_day_and_plain_systems_owe_nothing() -> None:
    later = SystemFacts(name="调度系统", cii=True, cii_designated_on=D("2026-05-01"))
    none(calendar("2026-01-10", systems=(later,)), "cii.testing")
    none(calendar("2026-01-10", systems=(SystemFacts(name="办公系统"),)), "cii.testing")


def test_a_ciio_without_cii_systems_recorded_is_due_as_an_organisation() -> None:
    o = org(ciio=True, ciio_designated_on=D("2024-07-01"))
    e = one(calendar("2025-08-01", organisations=(o,)), "cii.testing")
    assert e.subject.type == "organisation" and e.due == D("2025-07-01")
    assert e.status(D("2025-08-01")) == "overdue"
    undated = one(calendar("2025-08-01", organisations=(org(ciio=True),)), "cii.testing")
    assert undated.due is None and "designation date" in undated.note


# --- important data ----------------------------------------------------------------------------


def important(**kw: object) -> DatasetFacts:
    return DatasetFacts(name="电网运行数据", organisation=ORG, grade="important", **kw)  # type: ignore[arg-type]


def test_important_data_declaration_officer_and_yearly_risk_report() -> None:
    cal = calendar(
        "2025-06-01", organisations=(org(),), datasets=(important(identified_on=D("2025-03-10")),)
    )
    declare = one(cal, "data.declare")
    assert declare.kind == "standing" and declare.since == D("2025-03-10")
    assert (declare.source.instrument, declare.source.article) == ("ndsmr", "Art. 29 para. 2")
    officer = one(cal, "data.officer")
    assert officer.source.article == "Art. 30" and "officer or body" in officer.rule
    report = one(cal, "data.risk_report")
    assert report.due == D("2026-03-10") and report.source.article.startswith("Art. 33")
    done = org(records=(Record("important_data_risk_report", D("2025-12-01")),))
    cal = calendar(
        "2026-01-05",
        organisations=(done,),
        datasets=(important(identified_on=D("2025-03-10"), declared_on=D("2025-04-01")),),
    )
    assert one(cal, "data.risk_report").due == D("2026-12-01")
    none(cal, "data.declare")


def test_risk_report_before_the_ndsmr_is_periodic_without_a_number() -> None:
    cal = calendar(
        "2024-06-01",
        organisations=(org(important_data_handler=True),),
    )
    report = one(cal, "data.risk_report")
    assert report.kind == "standing" and report.due is None
    assert (report.source.instrument, report.source.article) == ("dsl", "Art. 30")
    assert one(cal, "data.officer").source.instrument == "dsl"
    none(cal, "data.declare")


def test_no_handler_duties_for_general_data_a_named_officer_or_later_identification() -> None:
    general = DatasetFacts(name="公告", organisation=ORG)
    cal = calendar("2025-06-01", organisations=(org(),), datasets=(general,))
    assert entries(cal, "data.risk_report") == entries(cal, "data.officer") == []
    staffed = org(data_security_officer="CISO", data_security_body="数据安全部")
    cal = calendar(
        "2025-06-01", organisations=(staffed,), datasets=(important(identified_on=D("2025-03-10")),)
    )
    none(cal, "data.officer")
    cal = calendar(
        "2025-06-01", organisations=(org(),), datasets=(important(identified_on=D("2025-09-10")),)
    )
    none(cal, "data.declare")


def test_a_large_pi_handler_names_a_data_security_officer_under_ndsmr_art_28() -> None:
    e = one(
        calendar("2025-06-01", organisations=(org(individuals_processed=12_000_000),)),
        "data.officer",
    )
    assert "Art. 28" in [a.article for a in e.also] and "10,000,000" in e.rule


# --- PIPL duties of the organisation ------------------------------------------------------------


def test_pi_officer_report_30_working_days_after_the_threshold_or_the_transitional_date() -> None:
    # 2025-11-03 + 30 working days (no holidays in Nov/Dec 2025) = 2025-12-15
    e = one(
        calendar(
            "2025-11-10",
            organisations=(
                org(individuals_processed=1_500_000, officer_threshold_reached_on=D("2025-11-03")),
            ),
        ),
        "pipl.officer_report",
    )
    assert e.due == D("2025-12-15") and e.source.article == "Announcement item 2"
    before = org(individuals_processed=1_500_000, officer_threshold_reached_on=D("2025-05-10"))
    assert one(calendar("2025-08-01", organisations=(before,)), "pipl.officer_report").due == D(
        "2025-08-29"
    )
    reported = org(
        individuals_processed=1_500_000, records=(Record("officer_report", D("2025-08-20")),)
    )
    none(calendar("2025-09-01", organisations=(reported,)), "pipl.officer_report")
    none(
        calendar("2025-09-01", organisations=(org(individuals_processed=900_000),)),
        "pipl.officer_report",
    )


def test_compliance_audit_every_two_years_above_ten_million() -> None:
    big = org(individuals_processed=20_000_000)
    e = one(calendar("2025-06-01", organisations=(big,)), "pipl.compliance_audit")
    assert e.due == D("2027-05-01") and "piplkit's reading" in e.rule
    assert e.source.instrument == "pi_audit_measures_2025" and e.source.article == "Art. 4"
    audited = org(
        individuals_processed=20_000_000, records=(Record("compliance_audit", D("2025-10-10")),)
    )
    assert one(calendar("2025-11-01", organisations=(audited,)), "pipl.compliance_audit").due == D(
        "2027-10-10"
    )
    # "more than" ten million: exactly ten million is not caught
    none(
        calendar("2025-06-01", organisations=(org(individuals_processed=10_000_000),)),
        "pipl.compliance_audit",
    )


def test_minors_audit_every_year() -> None:
    o = org(processes_minors=True, records=(Record("minors_audit", D("2025-03-01")),))
    e = one(calendar("2025-06-01", organisations=(o,)), "pipl.minors_audit")
    assert e.due == D("2026-03-01") and e.source.article == "Art. 37"
    none(calendar("2025-06-01", organisations=(org(),)), "pipl.minors_audit")


def test_facial_recognition_filing_30_working_days_or_the_transitional_date() -> None:
    early = org(face_individuals=150_000, face_threshold_reached_on=D("2025-03-01"))
    e = one(calendar("2025-06-10", organisations=(early,)), "pipl.frt_filing")
    assert e.due == D("2025-07-14") and e.source.instrument == "cac_frt_filing_announcement_2025"
    late = org(face_individuals=150_000, face_threshold_reached_on=D("2025-11-03"))
    e = one(calendar("2025-11-10", organisations=(late,)), "pipl.frt_filing")
    assert e.due == D("2025-12-15") and e.source.article == "Art. 15"
    none(calendar("2025-11-10", organisations=(org(face_individuals=99_999),)), "pipl.frt_filing")


# --- transfers -----------------------------------------------------------------------------------


def transfer(**kw: object) -> TransferFacts:
    base: dict[str, object] = dict(
        name="会员数据出境", recipient="Example GmbH", recipient_country="DE", organisation=ORG
    )
    return TransferFacts(**{**base, **kw})  # type: ignore[arg-type]


def test_standard_contract_filed_within_10_working_days_of_taking_effect() -> None:
    # 2025-09-26 (Fri) + 10 working days: 09-28 (Sun) is a make-up working day and
    # 10-01..10-08 are rest days → 09-29, 09-30, 10-09, 10-10, 10-11 (Sat, make-up), 10-13 ...
    t = transfer(mechanism="standard_contract", effective_on=D("2025-11-03"))
    e = one(calendar("2025-11-05", transfers=(t,)), "transfer.scc_filing")
    assert e.due == D("2025-11-17") and e.kind == "latest"
    assert e.source.article == "Art. 7" and e.family == "transfer"
    none(
        calendar(
            "2025-11-05",
            transfers=(
                transfer(mechanism="standard_contract", effective_on=D("2025-11-03"), filed=True),
            ),
        ),
        "transfer.scc_filing",
    )
    domestic = transfer(
        mechanism="standard_contract", effective_on=D("2025-11-03"), recipient_country="CN"
    )
    assert calendar("2025-11-05", transfers=(domestic,)).entries == ()


def test_assessment_result_expiry_and_redeclaration_follow_the_assessment_rules() -> None:
    from piplkit.assess.law.kb import load_knowledge_base

    kb = load_knowledge_base()
    years = kb.param("cross_border.assessment.validity_years", D("2024-06-01"))
    assert years is not None
    t = transfer(mechanism="security_assessment", effective_on=D("2024-06-01"))
    cal = calendar("2026-01-05", transfers=(t,))
    expiry = one(cal, "transfer.assessment_expiry")
    assert expiry.kind == "event" and expiry.due is not None
    assert expiry.due.year == 2024 + int(years.value)  # type: ignore[arg-type]
    # counted back in working days from an expiry in 2027, whose holidays are not yet published
    redeclare = one(cal, "transfer.redeclare")
    assert redeclare.due is None and "unverified" in redeclare.note
    earlier = transfer(mechanism="security_assessment", effective_on=D("2023-03-01"))
    cal = calendar("2024-06-03", transfers=(earlier,))
    expiry = one(cal, "transfer.assessment_expiry")
    redeclare = one(cal, "transfer.redeclare")
    assert expiry.due is not None and redeclare.due is not None and redeclare.due < expiry.due


def test_certificate_expiry() -> None:
    t = transfer(mechanism="certification", effective_on=D("2025-02-10"))
    e = one(calendar("2025-03-01", transfers=(t,)), "transfer.certificate_expiry")
    assert e.kind == "event" and e.due is not None and e.due > D("2025-02-10")


# --- rights requests and incidents -----------------------------------------------------------


def test_open_rights_request_shows_its_due_date_until_it_ends() -> None:
    r = RequestFacts(
        name="REQ-1",
        received_at=dt.datetime(2025, 11, 3, 9, 0, tzinfo=CST),
        due_on=D("2025-11-17"),
        basis="organisation_target",
        deadline_note="the organisation's target of 10 working days",
        organisation=ORG,
        ended_at=dt.datetime(2025, 11, 12, 9, 0, tzinfo=CST),
    )
    e = one(calendar("2025-11-10", requests=(r,)), "dsr.respond")
    assert (e.due, e.basis, e.since) == (D("2025-11-17"), "organisation", D("2025-11-03"))
    none(calendar("2025-11-12", requests=(r,)), "dsr.respond")
    none(calendar("2025-11-02", requests=(r,)), "dsr.respond")


def test_incident_report_clock_in_hours_from_discovery() -> None:
    found = dt.datetime(2025, 12, 1, 22, 30, tzinfo=CST)
    inc = IncidentFacts(
        name="INC-1",
        discovered_at=found,
        operator_type="other",
        reportable=True,
        organisation=ORG,
    )
    cal = calendar("2025-12-01", incidents=(inc,))
    e = one(cal, "incident.report")
    assert e.due_at == found + dt.timedelta(hours=4) and e.due == D("2025-12-02")
    assert e.source.instrument == "incident_reporting_measures_2025"
    reported = IncidentFacts(
        name="INC-1",
        discovered_at=found,
        operator_type="other",
        reportable=True,
        done={"report": found + dt.timedelta(hours=2)},
    )
    none(calendar("2025-12-02", incidents=(reported,)), "incident.report")
    cii = IncidentFacts(name="INC-2", discovered_at=found, operator_type="cii", reportable=True)
    assert one(calendar("2025-12-01", incidents=(cii,)), "incident.report").due_at == (
        found + dt.timedelta(hours=1)
    )


# --- the calendar as a whole -----------------------------------------------------------------


def test_overdue_first_then_by_date_and_filters() -> None:
    s = SystemFacts(name="调度系统", organisation=ORG, cii=True, cii_designated_on=D("2024-03-01"))
    o = org(processes_minors=True, records=(Record("minors_audit", D("2025-09-01")),))
    cal = calendar("2025-06-01", systems=(s,), organisations=(o,))
    statuses = [e.status(cal.as_of) for e in cal.entries]
    assert statuses[0] == "overdue"  # the CII test due 2025-03-01
    assert cal.filtered(families=("pipl",)).entries == tuple(
        e for e in cal.entries if e.family == "pipl"
    )
    assert all(e.subject.system == "调度系统" for e in cal.filtered(system="调度系统").entries)
    assert cal.filtered(organisation="乙公司").entries == ()
    assert cal.counts()["overdue"] >= 1
    doc = cal.to_dict()
    assert doc["entries"][0]["status"] == "overdue" and doc["as_of"] == "2025-06-01"
