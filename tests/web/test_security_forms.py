"""The MLPS / CII form of a system, the grade form of a dataset and the organisation form:
validation next to each field in Chinese and English, what is saved, what is kept (issue 14)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any
from unittest import mock

import pytest
from tests.api.helpers import Served, served
from tests.register.security_helpers import ORG, populate_security

SYSTEM = "/systems/security?name=会员系统"


@pytest.fixture
def web(tmp_path: Any) -> Iterator[Served]:
    with served(f"sqlite:///{tmp_path / 'piplkit.db'}") as env:
        with mock.patch("tests.register.security_helpers.populate", lambda reg: None):
            populate_security(env.reg)
        yield env


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found
    return found.group(1)


def _errors(html: str) -> list[str]:
    return re.findall(r'<div class="error" role="alert">([^<]+)</div>', html)


class _Form(HTMLParser):
    """Every named input, select and textarea with the value the browser would post."""

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[str, str] = {}
        self._select: str | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        name = a.get("name")
        if tag == "input" and name and a.get("type") not in ("checkbox", "submit"):
            self.values[name] = html.unescape(a.get("value", ""))
        elif tag == "select" and name:
            self._select = name
            self.values.setdefault(name, "")
        elif tag == "option" and self._select and "selected" in a:
            self.values[self._select] = a.get("value", "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.values[name] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data: str) -> None:
        if self._textarea:
            self.values[self._textarea] += data


def _fields(page: str) -> dict[str, str]:
    form = _Form()
    form.feed(page.split('id="security-form">', 1)[1].split("</form>", 1)[0])
    return form.values


def _api(web: Served, path: str) -> dict[str, Any]:
    r = web.client.get(f"/api/v1/{path}", headers=web.auth("viewer"))
    assert r.status_code == 200
    body: dict[str, Any] = r.json()
    return body


def test_the_form_shows_what_is_stored_and_saves_it_back_unchanged(web: Served) -> None:
    web.sign_in("editor")
    note = {
        "system": "会员系统",
        "kind": "mlps_test",
        "done_on": "2025-06-15",
        "performed_by": "某等级测评机构",
        "reference": "DJCP-2025-0615",
        "note": "报告已归档",
    }
    r = web.client.put("/api/v1/records", headers=web.auth("editor"), json=note)
    assert r.status_code == 200
    before = _api(web, "systems/会员系统")
    assert any(x["note"] == "报告已归档" for x in before["records"])
    page = web.client.get(SYSTEM)
    assert page.status_code == 200
    values = _fields(page.text)
    assert values["mlps_business_object"] == "citizens_legal_persons"
    assert values["mlps_level"] == ""  # the elements give 3: it follows them
    assert values["mlps_filing_number"] == "31010199999-25001"
    assert values["rect-0-title"] == "弱口令" or values["rect-0-title"].startswith("数据库")
    assert "公安机关备案" in page.text and "整改项" in page.text
    r = web.client.post(SYSTEM, data=values)
    assert r.status_code == 303 and r.headers["location"].startswith("/systems/view?name=")
    after = _api(web, "systems/会员系统")
    for stamp in ("created_at", "updated_at"):
        before.pop(stamp), after.pop(stamp)
    assert after == before  # records with performers and references, items with sources


def test_grading_filing_cii_and_rows_are_saved(web: Served) -> None:
    web.sign_in("editor")
    values = _fields(web.client.get("/systems/security?name=支付网关").text)
    values.update(
        {
            "mlps_service_object": "national_security",
            "mlps_service_degree": "serious",
            "mlps_graded_on": "2026-02-01",
            "mlps_expert_reviewed_on": "2026-02-10",
            "rec-1-kind": "mlps_test",
            "rec-1-done_on": "2026-03-01",
            "rec-1-performed_by": "某测评机构",
            "rect-0-title": "边界访问控制",
            "rect-0-found_on": "2026-03-01",
            "rect-0-due_on": "2026-05-31",
        }
    )
    values["mlps_level"] = ""
    r = web.client.post("/systems/security?name=支付网关", data=values)
    assert r.status_code == 303, _errors(r.text)
    item = _api(web, "systems/支付网关")
    assert item["mlps_level"] == 4 and item["mlps_expert_reviewed_on"] == "2026-02-10"
    assert {(x["kind"], x["done_on"]) for x in item["records"]} == {
        ("cii_testing", "2025-05-10"),
        ("mlps_test", "2026-03-01"),
    }
    assert [x["title"] for x in item["rectifications"]] == ["边界访问控制"]
    view = web.client.get("/systems/view?name=支付网关").text
    assert 'id="mlps-level"' in view and "边界访问控制" in view


def test_problems_are_shown_next_to_their_fields_in_chinese(web: Served) -> None:
    web.sign_in("editor")
    csrf = _csrf(web.client.get(SYSTEM).text)
    bad = {
        "csrf": csrf,
        "mlps_business_object": "citizens_legal_persons",  # no degree
        "mlps_service_object": "national_security",
        "mlps_service_degree": "general",
        "mlps_filing_number": "X-1",  # no filing date
        "cii": "false",
        "cii_designated_on": "2026-01-01",  # a date without the flag
        "mlps_graded_on": "2026-02-30",
        "rect-0-title": "",
        "rect-0-due_on": "2026-01-01",
        "rect-1-title": "整改A",
        "rect-1-found_on": "2026-03-01",
        "rect-1-due_on": "2026-02-01",
        "rec-0-kind": "mlps_test",
        "rec-0-done_on": "",
        "rec-0-performed_by": "某机构",
    }
    r = web.client.post(SYSTEM, data=bad)
    assert r.status_code == 422
    errors = _errors(r.text)
    for message in (
        "请同时填写受侵害的客体和侵害程度，或都不填。",
        "填写备案编号时须同时填写备案日期。",
        "填写认定日期时须选择“是”。",
        "请输入日期（YYYY-MM-DD）。",
        "每个整改项都须填写名称。",
        "计划完成日期或关闭日期早于发现日期。",
        "每条记录都须填写日期（YYYY-MM-DD）。",
    ):
        assert message in errors, (message, errors)
    assert 'value="某机构"' in r.text and 'value="整改A"' in r.text  # nothing typed is lost
    assert _api(web, "systems/会员系统")["mlps_filing_number"] == "31010199999-25001"


def test_a_level_other_than_the_elements_needs_a_rationale_in_english(web: Served) -> None:
    web.sign_in("editor")
    web.client.cookies.set("piplkit_lang", "en")
    values = _fields(web.client.get(SYSTEM).text)
    values.update({"mlps_level": "4", "mlps_rationale": ""})
    r = web.client.post(SYSTEM, data=values)
    assert r.status_code == 422
    assert "The grading elements give level 3; record the rationale for another level." in (
        _errors(r.text)
    )
    values["mlps_rationale"] = "The competent department set level 4"
    assert web.client.post(SYSTEM, data=values).status_code == 303
    assert _api(web, "systems/会员系统")["mlps_level"] == 4


def test_editors_only_and_csrf(web: Served) -> None:
    web.sign_in("viewer")
    assert web.client.get(SYSTEM).status_code == 403
    assert web.client.get("/datasets/security?name=members").status_code == 403
    assert web.client.get("/organisations/new").status_code == 403
    assert web.client.get("/organisations").status_code == 200
    view = web.client.get("/systems/view?name=会员系统").text
    assert 'id="system-security"' in view and 'id="edit-security"' not in view
    web.client.cookies.clear()
    web.sign_in("editor")
    r = web.client.post(SYSTEM, data={"csrf": "forged", "cii": "true"})
    assert r.status_code == 403
    assert _api(web, "systems/会员系统")["cii"] is False


def test_dataset_grade_with_reason_and_important_data_dates(web: Served) -> None:
    web.sign_in("editor")
    page = web.client.get("/datasets/security?name=members").text
    values = _fields(page)
    assert values["grade"] == "important" and values["important_declared_on"] == "2025-08-15"
    r = web.client.post(
        "/datasets/security?name=members", data={**values, "grade": "core", "grade_reason": ""}
    )
    assert r.status_code == 422 and "请说明该数据为重要数据或核心数据的理由。" in _errors(r.text)
    r = web.client.post("/datasets/security?name=members", data={**values, "grade": "general"})
    assert r.status_code == 422 and "仅适用于重要数据或核心数据。" in _errors(r.text)
    r = web.client.post(
        "/datasets/security?name=members",
        data={**values, "important_declared_on": "2025-07-01"},
    )
    assert r.status_code == 422 and "申报日期早于识别日期。" in _errors(r.text)
    done = {**values, "grade": "core", "important_notified_on": "2025-09-01"}
    assert web.client.post("/datasets/security?name=members", data=done).status_code == 303
    item = _api(web, "datasets/members")
    assert (item["grade"], item["important_notified_on"]) == ("core", "2025-09-01")
    assert len(item["columns"]) == 4  # the columns and their scan statistics are untouched
    cleared = {**values, "grade": "general", "grade_reason": "复核后降级"}
    for name in ("important_identified_on", "important_declared_on", "important_notified_on"):
        cleared[name] = ""
    assert web.client.post("/datasets/security?name=members", data=cleared).status_code == 303
    assert _api(web, "datasets/members")["grade"] == "general"


def test_organisation_form_ciio_and_records(web: Served) -> None:
    web.sign_in("editor")
    page = web.client.get("/organisations/edit?name=" + ORG).text
    values = _fields(page)
    assert values["important_data_handler"] == "true"
    assert values["data_security_officer"] == "首席信息安全官"
    r = web.client.post(
        "/organisations/edit?name=" + ORG,
        data={
            **values,
            "ciio": "false",
            "ciio_designated_on": "2026-01-01",
            "face_individuals": "x",
        },
    )
    assert r.status_code == 422
    assert {"填写认定日期时须选择“是”。", "请输入非负整数。"} <= set(_errors(r.text))
    done = {
        **values,
        "ciio": "true",
        "ciio_designated_on": "2026-01-01",
        "rec-2-kind": "cii_testing",
        "rec-2-done_on": "2026-02-01",
    }
    r = web.client.post("/organisations/edit?name=" + ORG, data=done)
    assert r.status_code == 303
    org = _api(web, "organisations/" + ORG)
    assert org["ciio"] is True and org["ciio_designated_on"] == "2026-01-01"
    kinds = {(x["kind"], x["done_on"]) for x in org["records"]}
    assert ("cii_testing", "2026-02-01") in kinds and ("compliance_audit", "2025-06-30") in kinds
    audit = next(x for x in org["records"] if x["kind"] == "compliance_audit")
    assert audit["reference"] == "审计报告-2025-01"  # kept through the form
    listing = web.client.get("/organisations").text
    assert ORG in listing and "/organisations/edit?name=" in listing
    csrf = _csrf(web.client.get("/organisations/new").text)
    r = web.client.post("/organisations/new", data={"csrf": csrf, "name": "新公司", "uscc": "123"})
    assert r.status_code == 422 and "格式不正确。" in _errors(r.text)
    r = web.client.post("/organisations/new", data={"csrf": csrf, "name": "新公司"})
    assert r.status_code == 303
    assert _api(web, "organisations/新公司")["country"] == "CN"
    r = web.client.post("/organisations/new", data={"csrf": csrf, "name": "新公司"})
    assert r.status_code == 409 or r.status_code == 422
