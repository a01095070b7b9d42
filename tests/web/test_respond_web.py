"""Respond over HTTP: API endpoints with roles, idempotent intake, the public form (no sign-in,
CSRF, 429 rate limit, field errors, masked echoes, escaped payloads), staff pages, alerts."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from typing import Any

import pytest
from tests.api.helpers import SETTINGS, Served, served
from tests.respond.helpers import ADULT_ID, MOBILE

from piplkit.faces.web.ratelimit import RateLimiter
from piplkit.respond import dsr, incidents, settings

KEY = "respond-web-test-key-0123456789abcdef"
FORM = "/public/rights-request"


@pytest.fixture
def web(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Served]:
    monkeypatch.setenv("PIPLKIT_HMAC_KEY", KEY)
    with served(f"sqlite:///{tmp_path / 'piplkit.db'}", SETTINGS) as env:
        yield env


def _org(web: Served) -> str:
    r = web.client.get("/api/v1/organisations", headers=web.auth("viewer"))
    return str(r.json()["items"][0]["name"])


def _form(web: Served, org: str) -> tuple[str, str]:
    r = web.client.get(FORM, params={"org": org})
    assert r.status_code == 200, r.text
    csrf = re.search(r'name="csrf" value="([^"]+)"', r.text)
    rid = re.search(r'name="request_id" value="([^"]+)"', r.text)
    assert csrf and rid
    return csrf.group(1), rid.group(1)


def _post(web: Served, org: str, **fields: str) -> Any:
    csrf, rid = _form(web, org)
    data = {"csrf": csrf, "request_id": rid, **fields}
    return web.client.post(FORM, params={"org": org}, data=data)


def test_api_intake_is_idempotent_and_role_checked(web: Served) -> None:
    body = {
        "request_id": "api-1",
        "kind": "access",
        "identifier_type": "cn_mobile",
        "identifier": MOBILE,
    }
    assert (
        web.client.post("/api/v1/dsr/requests", json=body, headers=web.auth("viewer")).status_code
        == 403
    )
    first = web.client.post("/api/v1/dsr/requests", json=body, headers=web.auth("editor"))
    assert first.status_code == 201, first.text
    again = web.client.post("/api/v1/dsr/requests", json=body, headers=web.auth("editor"))
    assert again.status_code == 200 and again.json()["created"] is False
    assert MOBILE not in first.text and first.json()["channel"] == "api"
    other = web.client.post(
        "/api/v1/dsr/requests", json={**body, "kind": "deletion"}, headers=web.auth("editor")
    )
    assert other.status_code == 409
    listed = web.client.get("/api/v1/dsr/requests", headers=web.auth("viewer")).json()
    assert listed["total"] == 1
    bad = web.client.post(
        "/api/v1/dsr/requests",
        headers=web.auth("editor"),
        json={**body, "request_id": "api-2", "identifier": "13800000000x"},
    )
    assert bad.status_code == 422 and "identifier" in bad.json()["detail"]
    assert "13800000000x" not in bad.text


def test_api_transitions_and_audit(web: Served) -> None:
    ed = web.auth("editor")
    body = {
        "request_id": "t-1",
        "kind": "deletion",
        "identifier_type": "cn_resident_id",
        "identifier": ADULT_ID,
    }
    assert web.client.post("/api/v1/dsr/requests", json=body, headers=ed).status_code == 201
    base = "/api/v1/dsr/requests/t-1"
    assert web.client.post(f"{base}/complete", headers=ed).status_code == 409
    assert web.client.post(f"{base}/start-verification", headers=ed).json()["state"] == "verifying"
    r = web.client.post(f"{base}/verify", json={"method": "ID card on video call"}, headers=ed)
    assert r.json()["state"] == "in_progress"
    r = web.client.post(f"{base}/refuse", json={"reason": "  "}, headers=ed)
    assert r.status_code == 422 and "Art. 50" in r.json()["detail"]
    assert web.client.post(f"{base}/complete", headers=ed).json()["state"] == "completed"
    assert web.client.post(f"{base}/close", headers=ed).json()["state"] == "closed"
    shown = web.client.get(base, headers=web.auth("viewer")).json()
    assert len(shown["history"]) >= 5 and ADULT_ID not in str(shown)
    pkg = web.client.get(f"{base}/package", headers=ed)
    assert pkg.status_code == 200 and ADULT_ID not in pkg.text
    assert web.client.get("/api/v1/audit/verify", headers=ed).status_code == 403
    audit = web.client.get("/api/v1/audit/verify", headers=web.auth("admin")).json()
    assert audit["ok"] is True and audit["entries"] > 5
    head = web.client.get("/api/v1/audit/head", headers=web.auth("admin")).json()
    again = web.client.get(
        "/api/v1/audit/verify", params={"anchor": head["anchor"]}, headers=web.auth("admin")
    ).json()
    assert again["ok"] is True


def test_api_consent_and_incidents(web: Served) -> None:
    ed = web.auth("editor")
    consent = {
        "consent_id": "c-1",
        "identifier_type": "cn_mobile",
        "identifier": MOBILE,
        "purpose": "marketing",
        "pi_categories": ["cn_mobile"],
        "notice_version": "v1",
        "notice_hash": "a" * 64,
    }
    r = web.client.post("/api/v1/consents", json=consent, headers=ed)
    assert r.status_code == 201 and MOBILE not in r.text
    assert web.client.post("/api/v1/consents", json=consent, headers=ed).status_code == 200
    check = {
        "identifier_type": "cn_mobile",
        "identifier": MOBILE,
        "category": "cn_mobile",
        "purpose": "marketing",
    }
    yes = web.client.post("/api/v1/consents/check", json=check, headers=web.auth("viewer"))
    assert yes.json()["allowed"] is True and yes.json()["proof"]["notice_hash"] == "a" * 64
    w = web.client.post(
        "/api/v1/consents/withdraw",
        json={"identifier_type": "cn_mobile", "identifier": MOBILE},
        headers=ed,
    )
    assert w.status_code == 200
    no = web.client.post("/api/v1/consents/check", json=check, headers=web.auth("viewer"))
    assert no.json()["allowed"] is False
    now = dt.datetime.now(dt.UTC)
    incident = {
        "incident_id": "i-1",
        "title": "CRM 泄露",
        "kind": "leak",
        "discovered_at": (now - dt.timedelta(hours=5)).isoformat(),
        "individuals_affected": 2_000_000,
    }
    r = web.client.post("/api/v1/incidents", json=incident, headers=ed)
    assert r.status_code == 201 and r.json()["grade"] == "relatively_major"
    clocks = web.client.get("/api/v1/incidents/i-1/deadlines", headers=web.auth("viewer")).json()
    report = next(c for c in clocks if c["duty"] == "report")
    assert report["status"] == "overdue" and report["hours_left"] < -0.9
    form = web.client.get("/api/v1/incidents/i-1/report", headers=web.auth("viewer")).json()
    assert form["标题"].startswith("网络安全事件报告")
    r = web.client.patch("/api/v1/incidents/i-1", json={"reported_at": now.isoformat()}, headers=ed)
    assert r.status_code == 200


def test_public_form_needs_no_login_and_masks(web: Served, caplog: Any) -> None:
    org = _org(web)
    caplog.set_level(logging.DEBUG)
    r = _post(
        web,
        org,
        kind="access",
        identifier_type="cn_mobile",
        identifier=MOBILE,
        note="<script>alert(1)</script> call me",
    )
    assert r.status_code == 200, r.text
    assert MOBILE not in r.text
    assert re.search(r'class="sample">138\*+\d*<', r.text), "masked preview shown"
    rid = re.search(r'id="request-id"[^>]*>([^<]+)<', r.text)
    assert rid and rid.group(1).startswith("web-")
    assert 'id="deadline"' in r.text
    assert all(MOBILE not in rec.getMessage() for rec in caplog.records)
    web.sign_in("viewer")
    page = web.client.get("/dsr/view", params={"id": rid.group(1)})
    assert "<script>alert(1)</script>" not in page.text and "&lt;script&gt;" in page.text
    assert MOBILE not in page.text
    with web.reg.read() as s:
        stored = dsr.get(s, rid.group(1))
        assert stored.channel == "web"
        assert stored.organisation == org  # the form is per organisation


def test_public_form_errors_csrf_and_idempotency(web: Served) -> None:
    org = _org(web)
    bad = "11010519800101123X"  # wrong check character
    r = _post(web, org, kind="access", identifier_type="cn_resident_id", identifier=bad)
    assert r.status_code == 422
    assert 'id="e-identifier"' in r.text and bad not in r.text
    r = web.client.post(FORM, params={"org": org}, data={"csrf": "forged", "kind": "access"})
    assert r.status_code == 400
    csrf, rid = _form(web, org)
    data = {
        "csrf": csrf,
        "request_id": rid,
        "kind": "deletion",
        "identifier_type": "email",
        "identifier": "li.lei@example.cn",
    }
    assert web.client.post(FORM, params={"org": org}, data=data).status_code == 200
    assert web.client.post(FORM, params={"org": org}, data=data).status_code in (200, 400)
    with web.reg.read() as s:
        assert sum(1 for x in dsr.list_requests(s) if x.name == rid) == 1


def test_public_form_rate_limit(web: Served) -> None:
    org = _org(web)
    codes = [
        _post(web, org, kind="access", identifier_type="cn_mobile", identifier=MOBILE).status_code
        for _ in range(SETTINGS.public_form_limit + 1)
    ]
    assert codes[:-1] == [200] * SETTINGS.public_form_limit
    assert codes[-1] == 429
    r = _post(web, org, kind="access", identifier_type="cn_mobile", identifier=MOBILE)
    assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
    assert "分钟" in r.text or "minute" in r.text


def test_rate_limiter_window() -> None:
    now = [0.0]
    lim = RateLimiter(2, 60, clock=lambda: now[0], max_clients=2)
    assert lim.hit("a").allowed and lim.hit("a").allowed
    refused = lim.hit("a")
    assert not refused.allowed and refused.retry_after == 60
    now[0] = 61
    assert lim.hit("a").allowed
    lim.hit("b"), lim.hit("c")  # evicts the least recent address
    assert "a" not in lim._hits


def test_dashboard_alerts_show_overdue_request_and_incident(web: Served) -> None:
    long_ago = dt.datetime(2025, 9, 1, 10, tzinfo=dt.UTC)
    with web.reg.write("test") as s:
        settings.set_setting(s, settings.DSR_TARGET, 5)
        dsr.submit(
            s,
            {
                "request_id": "late-1",
                "kind": "access",
                "identifier_type": "cn_mobile",
                "identifier": MOBILE,
                "received_at": long_ago,
            },
            key=KEY.encode(),
        )
    web.client.post(
        "/api/v1/incidents",
        headers=web.auth("editor"),
        json={
            "incident_id": "i-9",
            "title": "数据库勒索",
            "kind": "ransomware",
            "discovered_at": dt.datetime.now(dt.UTC).isoformat(),
            "individuals_affected": 1_500_000,
        },
    )
    web.sign_in("viewer")
    r = web.client.get("/")
    panel = r.text.split('id="respond-alerts"', 1)[1].split("</section>", 1)[0]
    assert "late-1" in panel and "已逾期" in panel
    assert "数据库勒索" in panel
    lst = web.client.get("/dsr")
    assert "late-1" in lst.text and MOBILE not in lst.text
    inc = web.client.get("/incidents/view", params={"id": "i-9"})
    assert inc.status_code == 200 and "剩余" in inc.text


def test_staff_transition_buttons(web: Served) -> None:
    with web.reg.write("test") as s:
        dsr.submit(
            s,
            {
                "request_id": "w-1",
                "kind": "access",
                "identifier_type": "cn_mobile",
                "identifier": MOBILE,
            },
            key=KEY.encode(),
        )
    web.sign_in("editor")
    page = web.client.get("/dsr/view", params={"id": "w-1"})
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    r = web.client.post(
        "/dsr/action",
        params={"id": "w-1", "action": "verify"},
        data={"csrf": csrf, "method": "SMS code"},
    )
    assert r.status_code == 303
    r = web.client.post("/dsr/action", params={"id": "w-1", "action": "close"}, data={"csrf": csrf})
    assert r.status_code == 409
    r = web.client.post(
        "/dsr/action", params={"id": "w-1", "action": "complete"}, data={"csrf": "nope"}
    )
    assert r.status_code == 403


def _incident_form(web: Served) -> dict[str, str]:
    page = web.client.get("/incidents/new")
    assert page.status_code == 200, page.text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    iid = re.search(r'name="incident_id" value="([^"]+)"', page.text)
    assert csrf and iid
    return {"csrf": csrf.group(1), "incident_id": iid.group(1)}


def test_editor_records_an_incident_from_the_web_form(web: Served) -> None:
    web.sign_in("editor")
    assert "/incidents/new" in web.client.get("/incidents").text
    hidden = _incident_form(web)
    data = {
        **hidden,
        "title": "会员库被拖库，联系人13812345678",
        "kind": "leak",
        "operator_type": "other",
        "discovered_at": "2025-11-03T22:15",
        "individuals_affected": "1200000",
        "systems": "CRM， 会员中心",
        "description": "<b>攻击者</b>导出了会员表",
    }
    r = web.client.post("/incidents/new", data=data)
    assert r.status_code == 303, r.text
    assert r.headers["location"] == f"/incidents/view?id={hidden['incident_id']}"
    view = web.client.get(r.headers["location"])
    assert "13812345678" not in view.text  # PI in free text is masked before storage
    assert "<b>攻击者</b>" not in view.text
    api = web.client.get(f"/api/v1/incidents/{hidden['incident_id']}", headers=web.auth("viewer"))
    item = api.json()
    assert item["discovered_at"].startswith("2025-11-03T14:15")  # entered as China time
    with web.reg.read() as session:
        assert incidents.get(session, hidden["incident_id"]).systems == ["CRM", "会员中心"]
    assert item["grade"] != "general"  # graded from the number of individuals leaked
    # posting the same form again stores nothing new
    assert web.client.post("/incidents/new", data=data).status_code == 303
    listed = web.client.get("/api/v1/incidents", headers=web.auth("viewer")).json()
    items = listed["items"] if isinstance(listed, dict) else listed
    assert sum(1 for i in items if i["incident_id"] == hidden["incident_id"]) == 1


def test_incident_form_shows_errors_next_to_fields(web: Served) -> None:
    web.sign_in("editor")
    hidden = _incident_form(web)
    r = web.client.post(
        "/incidents/new",
        data={**hidden, "title": "", "kind": "leak", "discovered_at": "yesterday"},
    )
    assert r.status_code == 422
    assert 'class="field invalid"' in r.text
    r = web.client.post(
        "/incidents/new",
        data={
            **hidden,
            "title": "x",
            "kind": "leak",
            "discovered_at": "2025-11-03T22:15",
            "assessed_grade": "major",
        },
    )
    assert r.status_code == 422  # a self-assessed grade needs its reason
    assert "assessment_reason" in r.text


def test_viewers_cannot_record_incidents(web: Served) -> None:
    web.sign_in("viewer")
    assert web.client.get("/incidents/new").status_code == 403
    assert "/incidents/new" not in web.client.get("/incidents").text


def test_consent_ledger_page_and_lookup(web: Served) -> None:
    ed = web.auth("editor")
    base = {
        "identifier_type": "cn_mobile",
        "purpose": "marketing",
        "pi_categories": ["cn_mobile"],
        "notice_version": "v1",
        "notice_hash": "a" * 64,
    }
    other = "13912345678"
    for cid, ident in (("c-1", MOBILE), ("c-2", other)):
        body = {**base, "consent_id": cid, "identifier": ident}
        assert web.client.post("/api/v1/consents", json=body, headers=ed).status_code == 201
    web.sign_in("viewer")
    page = web.client.get("/consents")
    assert page.status_code == 200
    assert "c-1" in page.text and "c-2" in page.text
    assert MOBILE not in page.text and other not in page.text  # masked only
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf
    found = web.client.post(
        "/consents",
        data={"csrf": csrf.group(1), "identifier_type": "cn_mobile", "identifier": MOBILE},
    )
    assert found.status_code == 200
    assert "c-1" in found.text and "c-2" not in found.text and MOBILE not in found.text
    bad = web.client.post(
        "/consents",
        data={"csrf": csrf.group(1), "identifier_type": "cn_mobile", "identifier": "1387654"},
    )
    assert bad.status_code == 422 and "1387654" not in bad.text  # the error names no value
    forged = web.client.post(
        "/consents", data={"csrf": "x", "identifier_type": "cn_mobile", "identifier": MOBILE}
    )
    assert forged.status_code == 403


def test_package_only_after_identity_is_verified(web: Served) -> None:
    """Issue 19 item 5: no access package (page link, web download or API) before the
    requester's identity is verified."""
    ed = web.auth("editor")
    body = {"request_id": "pk-1", "kind": "copy", "identifier_type": "cn_mobile"}
    body["identifier"] = MOBILE
    assert web.client.post("/api/v1/dsr/requests", json=body, headers=ed).status_code == 201
    assert web.client.get("/api/v1/dsr/requests/pk-1/package", headers=ed).status_code == 409
    web.sign_in("editor")
    page = web.client.get("/dsr/view", params={"id": "pk-1"})
    assert page.status_code == 200
    assert 'id="package-wait"' in page.text and "/dsr/package.json" not in page.text
    base = "/api/v1/dsr/requests/pk-1"
    web.client.post(f"{base}/start-verification", headers=ed)
    web.client.post(f"{base}/verify", json={"method": "SMS code"}, headers=ed)
    page = web.client.get("/dsr/view", params={"id": "pk-1"})
    assert "/dsr/package.json" in page.text and 'id="package-wait"' not in page.text
    assert web.client.get("/dsr/package.json", params={"id": "pk-1"}).status_code == 200
