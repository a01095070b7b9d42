"""The calendar and the MLPS / CII / data-grading routes of the REST API (issue 14).

Dated cases on the register of ``tests.register.security_helpers``: as of 2026-01-10 the level-3
system owes its next level test on 2026-06-15 and its self-inspection on 2026-11-30, its
rectification item was due 2025-09-30 (overdue), the CII system's yearly test is due
2026-05-10 and the organisation's important-data risk report 2026-12-20.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import get_args
from unittest import mock

import icalendar
import pytest
from tests.api.helpers import Served, served
from tests.register.conftest import db_url  # noqa: F401  (the SQLite/PostgreSQL fixture)
from tests.register.security_helpers import ORG, populate_security

from piplkit.faces.api.calendar import Family, StatusName
from piplkit.platform.service.calendar import FAMILIES, STATUSES

AS_OF = "2026-01-10"


@pytest.fixture
def api(db_url: str) -> Iterator[Served]:  # noqa: F811
    with served(db_url) as env:
        # ``served`` has loaded the base register; add the security facts on top of it
        with mock.patch("tests.register.security_helpers.populate", lambda reg: None):
            populate_security(env.reg)
        yield env


def _entries(api: Served, query: str, role: str = "viewer") -> list[dict]:  # type: ignore[type-arg]
    r = api.client.get(f"/api/v1/calendar?{query}", headers=api.auth(role))
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert body["as_of"] in query or "as_of" not in query
    return list(body["entries"])


def test_query_vocabularies_are_the_cores() -> None:
    assert get_args(Family) == FAMILIES
    assert get_args(StatusName) == STATUSES


def test_calendar_json_has_the_dated_duties_overdue_first(api: Served) -> None:
    entries = _entries(api, f"as_of={AS_OF}")
    by_duty = {(e["duty"], e["subject"]["name"]): e for e in entries}
    assert by_duty[("mlps.test", "会员系统")]["due"] == "2026-06-15"
    assert by_duty[("mlps.self_inspection", "会员系统")]["due"] == "2026-11-30"
    assert by_duty[("cii.testing", "支付网关")]["due"] == "2026-05-10"
    assert by_duty[("data.risk_report", ORG)]["due"] == "2026-12-20"
    first = entries[0]
    assert (first["status"], first["duty"], first["due"]) == (
        "overdue",
        "mlps.rectification",
        "2025-09-30",
    )
    assert first["source"]["article"] == "Art. 14 para. 3" and first["rule"]
    # both languages in one document (documented in docs/calendar.md)
    assert "by the rectification plan" in first["rule"]
    assert "按整改方案确定的日期完成" in first["rule_zh"]
    assert all(e["rule_zh"] and (e["note_zh"] or not e["note"]) for e in entries)
    statuses = [e["status"] for e in entries]
    assert statuses == sorted(statuses, key=STATUSES.index)  # overdue first, undated last


def test_calendar_filters(api: Served) -> None:
    mlps = _entries(api, f"as_of={AS_OF}&family=mlps")
    assert mlps and {e["family"] for e in mlps} == {"mlps"}
    two = _entries(api, f"as_of={AS_OF}&family=mlps&family=cii")
    assert {e["family"] for e in two} == {"mlps", "cii"}
    gateway = _entries(api, f"as_of={AS_OF}&system=支付网关")
    assert gateway and {e["subject"]["system"] for e in gateway} == {"支付网关"}
    assert {e["subject"]["organisation"] for e in _entries(api, f"organisation={ORG}")} == {ORG}
    overdue = _entries(api, f"as_of={AS_OF}&status=overdue")
    assert overdue and {e["status"] for e in overdue} == {"overdue"}
    soon = _entries(api, f"as_of={AS_OF}&until=2026-06-30")
    assert all(e["due"] is None or e["due"] <= "2026-06-30" for e in soon)
    assert ("mlps.test", "2026-06-15") in {(e["duty"], e["due"]) for e in soon}
    assert "2026-11-30" not in {e["due"] for e in soon}


def test_calendar_refuses_unknown_names_and_vocabulary(api: Served) -> None:
    viewer = api.auth("viewer")
    r = api.client.get("/api/v1/calendar?organisation=无此公司", headers=viewer)
    assert r.status_code == 404 and "无此公司" in r.json()["detail"]
    r = api.client.get("/api/v1/calendar?system=nope", headers=viewer)
    assert r.status_code == 404
    r = api.client.get("/api/v1/calendar?family=tax", headers=viewer)
    assert r.status_code == 422 and "family" in r.json()["detail"]
    r = api.client.get("/api/v1/calendar?as_of=2026-13-01", headers=viewer)
    assert r.status_code == 422
    assert api.client.get("/api/v1/calendar").status_code == 401


def test_calendar_ics_is_rfc5545_with_the_same_dates(api: Served) -> None:
    r = api.client.get(f"/api/v1/calendar.ics?as_of={AS_OF}&lang=en", headers=api.auth("viewer"))
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/calendar; charset=utf-8"
    assert "\r\n" in r.text and all(len(line.encode()) <= 75 for line in r.text.split("\r\n"))
    parsed = icalendar.Calendar.from_ical(r.text)
    events = {str(e["SUMMARY"]): e for e in parsed.walk("VEVENT")}
    test = next(e for s, e in events.items() if "level test" in s.lower() and "会员系统" in s)
    assert test.decoded("DTSTART").isoformat() == "2026-06-15"
    json_dated = [e for e in _entries(api, f"as_of={AS_OF}") if e["due"] is not None]
    assert len(events) == len(json_dated)
    overdue = {s for s in events if s.startswith("[OVERDUE]")}
    assert len(overdue) == sum(e["status"] == "overdue" for e in json_dated)
    assert "[OVERDUE] Rectify: 数据库审计日志留存不足六个月 — 会员系统" in overdue
    zh = api.client.get(f"/api/v1/calendar.ics?as_of={AS_OF}", headers=api.auth("viewer")).text
    assert "合规日历" in zh
    assert api.client.get("/api/v1/calendar.ics").status_code == 401


def test_mlps_grading_says_why(api: Served) -> None:
    r = api.client.get(f"/api/v1/mlps/会员系统?as_of={AS_OF}", headers=api.auth("viewer"))
    assert r.status_code == 200
    body = r.json()
    assert (body["level"], body["business_information_level"], body["system_service_level"]) == (
        3,
        2,
        3,
    )
    assert body["filing_required"] is True and body["testing_interval_months"] == 12
    assert body["filing_number"] == "31010199999-25001"
    assert any("higher of the two" in reason for reason in body["reasons"])
    assert {c["article"] for c in body["citations"]} >= {"Art. 15", "Art. 14"}
    assert api.client.get("/api/v1/mlps/nope", headers=api.auth("viewer")).status_code == 404


def test_generic_routes_carry_the_security_fields(api: Served) -> None:
    editor = api.auth("editor")
    r = api.client.patch(
        "/api/v1/systems/支付网关",
        headers=editor,
        json={"mlps_service_object": "national_security", "mlps_service_degree": "serious"},
    )  # the elements give level 4; the stored level is 3 and no rationale says why
    assert r.status_code == 422 and "mlps_rationale" in r.json()["detail"]
    r = api.client.patch(
        "/api/v1/systems/支付网关",
        headers=editor,
        json={"mlps_level": 4, "mlps_rationale": "主管部门确定为第四级"},
    )
    assert r.status_code == 200 and r.json()["mlps_level"] == 4
    r = api.client.patch(
        "/api/v1/datasets/members", headers=editor, json={"important_notified_on": "2026-01-05"}
    )
    assert r.status_code == 200 and r.json()["grade"] == "important"
    r = api.client.patch("/api/v1/organisations/" + ORG, headers=editor, json={"ciio": True})
    assert r.status_code == 200 and r.json()["ciio"] is True
    r = api.client.patch(
        "/api/v1/organisations/" + ORG, headers=editor, json={"ciio_designated_on": "2026-01-01"}
    )
    assert r.status_code == 200
    r = api.client.patch("/api/v1/organisations/" + ORG, headers=editor, json={"ciio": False})
    assert r.status_code == 422 and "ciio_designated_on" in r.json()["detail"]


def test_one_rectification_item_at_a_time(api: Served) -> None:
    editor = api.auth("editor")
    item = {
        "system": "会员系统",
        "title": "边界防护",
        "found_on": "2026-01-05",
        "due_on": "2026-03-31",
    }
    r = api.client.put("/api/v1/rectifications", headers=editor, json=item)
    assert r.status_code == 200
    titles = [i["title"] for i in r.json()["rectifications"]]
    assert set(titles) == {"数据库审计日志留存不足六个月", "弱口令", "边界防护"}
    r = api.client.put(
        "/api/v1/rectifications", headers=editor, json={**item, "closed_on": "2026-02-01"}
    )
    closed = [i for i in r.json()["rectifications"] if i["title"] == "边界防护"]
    assert len(closed) == 1 and closed[0]["closed_on"] == "2026-02-01"
    r = api.client.put(
        "/api/v1/rectifications", headers=editor, json={**item, "due_on": "2025-12-31"}
    )
    assert r.status_code == 422 and "before found_on" in r.json()["detail"]
    r = api.client.put("/api/v1/rectifications", headers=api.auth("viewer"), json=item)
    assert r.status_code == 403
    q = "system=会员系统&title=边界防护"
    assert api.client.delete(f"/api/v1/rectifications?{q}", headers=editor).status_code == 204
    assert api.client.delete(f"/api/v1/rectifications?{q}", headers=editor).status_code == 404


def test_records_restart_the_clock(api: Served) -> None:
    editor = api.auth("editor")
    record = {
        "system": "会员系统",
        "kind": "mlps_test",
        "done_on": "2026-01-08",
        "reference": "R-1",
    }
    r = api.client.put("/api/v1/records", headers=editor, json=record)
    assert r.status_code == 200 and r.json()["system"] == "会员系统"
    tests = {e["duty"]: e["due"] for e in _entries(api, f"as_of={AS_OF}&system=会员系统")}
    assert tests["mlps.test"] == "2027-01-08"  # twelve months after the new test
    r = api.client.put(
        "/api/v1/records",
        headers=editor,
        json={"organisation": ORG, "kind": "important_data_risk_report", "done_on": "2026-01-09"},
    )
    assert r.status_code == 200 and r.json()["organisation"] == ORG
    risk = {e["duty"]: e["due"] for e in _entries(api, f"as_of={AS_OF}&family=data")}
    assert risk["data.risk_report"] == "2027-01-09"
    r = api.client.put(
        "/api/v1/records", headers=editor, json={**record, "organisation": ORG}
    )  # two owners
    assert r.status_code == 422
    wrong = {"system": "会员系统", "kind": "officer_report", "done_on": "2026-01-08"}
    r = api.client.put("/api/v1/records", headers=editor, json=wrong)
    assert r.status_code == 422 and "does not belong" in r.json()["detail"]
    q = "system=会员系统&kind=mlps_test&done_on=2026-01-08"
    assert api.client.delete(f"/api/v1/records?{q}", headers=editor).status_code == 204
    assert api.client.delete(f"/api/v1/records?{q}", headers=editor).status_code == 404
    r = api.client.delete("/api/v1/records?kind=mlps_test&done_on=2026-01-08", headers=editor)
    assert r.status_code == 422


def test_writes_are_audited_by_the_caller(api: Served) -> None:
    api.client.put(
        "/api/v1/records",
        headers=api.auth("editor"),
        json={"system": "支付网关", "kind": "cii_testing", "done_on": "2026-01-02"},
    )
    r = api.client.get("/api/v1/audit/log?entity=system&limit=5", headers=api.auth("admin"))
    assert r.status_code == 200
    assert any(e["actor"] == "api:editor" for e in r.json()), json.dumps(r.json())
