"""No raw PI in respond records or the audit trail (issue 18, item 6): references that look like
an identifier are refused on the API, CLI and web; free text is masked before it is chained."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from tests.api.helpers import SETTINGS, Served, served
from tests.respond.helpers import ADULT_ID, MOBILE
from typer.testing import CliRunner

from piplkit.faces.cli.app import app as cli
from piplkit.map.register.models import AuditEvent
from piplkit.respond import screen
from piplkit.respond.models import RightsRequest

KEY = "screen-test-key-0123456789abcdef"
EMAIL = "li.lei@example.cn"
FULL_WIDTH_MOBILE = "".join(chr(ord(c) + 0xFEE0) for c in MOBILE)
RAW = (ADULT_ID, MOBILE, EMAIL, FULL_WIDTH_MOBILE)


@pytest.fixture
def web(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Served]:
    monkeypatch.setenv("PIPLKIT_HMAC_KEY", KEY)
    with served(f"sqlite:///{tmp_path / 'piplkit.db'}", SETTINGS) as env:
        yield env


def _trail(web: Served) -> str:
    """Everything the audit trail and the respond tables hold, as one string."""
    with web.reg.read() as s:
        entries = [
            json.dumps([e.entity_key, e.changes], ensure_ascii=False)
            for e in s.scalars(select(AuditEvent))
        ]
        requests = [
            json.dumps(r.name) + (r.verification_method or "")
            for r in s.scalars(select(RightsRequest))
        ]
    return "\n".join(entries + requests)


def _no_raw_pi(web: Served) -> None:
    held = _trail(web)
    for raw in RAW:
        assert raw not in held


BODY = {"kind": "access", "identifier_type": "cn_mobile", "identifier": MOBILE}


@pytest.mark.parametrize(
    ("request_id", "what"),
    [
        (ADULT_ID, "a resident ID"),
        (f"req-{ADULT_ID}", "a resident ID"),
        (FULL_WIDTH_MOBILE, "a mobile number"),
        (f"dsr:{MOBILE}", "a mobile number"),
    ],
)
def test_api_refuses_an_identifier_as_request_id(web: Served, request_id: str, what: str) -> None:
    r = web.client.post(
        "/api/v1/dsr/requests", headers=web.auth("editor"), json={**BODY, "request_id": request_id}
    )
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["detail"] == (
        f"body.request_id: looks like {what}; use a reference, not the identifier"
    )
    assert body["errors"][0]["field"] == "body.request_id"
    assert request_id not in r.text
    _no_raw_pi(web)


def test_api_refuses_identifiers_in_other_references(web: Served) -> None:
    ed = web.auth("editor")
    consent = {
        "identifier_type": "cn_mobile",
        "identifier": MOBILE,
        "purpose": "marketing",
        "pi_categories": ["cn_mobile"],
        "notice_version": "v1",
        "notice_hash": "a" * 64,
    }
    for field, value in (
        ("consent_id", EMAIL),
        ("purpose", f"call {MOBILE}"),
        ("notice_version", ADULT_ID),
    ):
        r = web.client.post("/api/v1/consents", headers=ed, json={**consent, field: value})
        assert r.status_code == 422 and f"body.{field}: looks like" in r.json()["detail"], r.text
    incident = {"title": "leak", "kind": "leak", "discovered_at": "2026-01-01T08:00:00+08:00"}
    for field, value in (("incident_id", ADULT_ID), ("systems", [MOBILE])):
        r = web.client.post("/api/v1/incidents", headers=ed, json={**incident, field: value})
        assert r.status_code == 422 and "looks like" in r.json()["detail"], r.text
    r = web.client.post(
        "/api/v1/dsr/requests",
        headers=ed,
        json={**BODY, "kind": "withdraw_consent", "scope": [EMAIL]},
    )
    assert r.status_code == 422 and r.json()["detail"].startswith(
        "body.scope.0: looks like an e-mail"
    )
    _no_raw_pi(web)


def test_free_text_is_masked_before_it_is_chained(web: Served) -> None:
    ed = web.auth("editor")
    note = f"客户手机{MOBILE}，邮箱{EMAIL}"
    r = web.client.post(
        "/api/v1/dsr/requests", headers=ed, json={**BODY, "request_id": "ok-1", "note": note}
    )
    assert r.status_code == 201, r.text
    base = "/api/v1/dsr/requests/ok-1"
    web.client.post(f"{base}/start-verification", headers=ed)
    r = web.client.post(
        f"{base}/verify", headers=ed, json={"method": f"checked ID card {ADULT_ID}"}
    )
    assert r.status_code == 200 and r.json()["verification_method"].startswith(
        "checked ID card 1101"
    )
    incident = {
        "title": f"泄露 {MOBILE}",
        "kind": "leak",
        "discovered_at": "2026-01-01T08:00:00+08:00",
        "description": f"联系人 {EMAIL}",
    }
    assert web.client.post("/api/v1/incidents", headers=ed, json=incident).status_code == 201
    _no_raw_pi(web)


def test_cli_refuses_and_masks(web: Served) -> None:
    runner = CliRunner()
    url = web.reg.engine.url.render_as_string(hide_password=False)
    env = {"PIPLKIT_HMAC_KEY": KEY}
    base = ["dsr", "submit", "--kind", "access", "--id-type", "cn_mobile", "--id", MOBILE]
    result = runner.invoke(cli, [*base, "--request-id", ADULT_ID, "--db", url], env=env)
    assert result.exit_code == 2, result.output
    assert "request_id: looks like a resident ID; use a reference" in result.output
    assert ADULT_ID not in result.output and "Traceback" not in result.output
    result = runner.invoke(cli, [*base, "--request-id", "cli-1", "--db", url], env=env)
    assert result.exit_code == 0, result.output
    result = runner.invoke(
        cli,
        ["dsr", "verify", "cli-1", "--method", f"video call, ID {ADULT_ID}", "--db", url],
        env=env,
    )
    assert result.exit_code == 0, result.output
    _no_raw_pi(web)


def _csrf(text: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', text)
    assert found
    return found.group(1)


def test_web_staff_pages_mask_and_refuse(web: Served) -> None:
    r = web.client.post(
        "/api/v1/dsr/requests", headers=web.auth("editor"), json={**BODY, "request_id": "w-1"}
    )
    assert r.status_code == 201
    web.sign_in("editor")
    page = web.client.get("/dsr/view", params={"id": "w-1"})
    r = web.client.post(
        "/dsr/action",
        params={"id": "w-1", "action": "verify"},
        data={"csrf": _csrf(page.text), "method": f"身份证 {ADULT_ID} 核验"},
    )
    assert r.status_code == 303, r.text
    form = web.client.get("/incidents/new")
    data = {
        "csrf": _csrf(form.text),
        "title": "泄露",
        "kind": "leak",
        "discovered_at": "2026-01-01T08:00",
        "systems": f"CRM, {MOBILE}",
    }
    r = web.client.post("/incidents/new", data=data)
    assert r.status_code == 422 and "looks like a mobile number" in r.text
    assert MOBILE not in r.text.replace(f"CRM, {MOBILE}", "")  # only echoed in its own field
    _no_raw_pi(web)


def test_generated_ids_never_look_like_identifiers(monkeypatch: pytest.MonkeyPatch) -> None:
    draws = iter([uuid.UUID(f"abcdefabcdefabcdefa{MOBILE}ab"), uuid.UUID(int=7)])
    monkeypatch.setattr(screen.uuid, "uuid4", lambda: next(draws))
    made = screen.new_reference("web")
    assert made == f"web-{uuid.UUID(int=7).hex}" and screen.looks_like(made) is None


def test_public_form_refuses_a_tampered_id(web: Served) -> None:
    org = web.client.get("/api/v1/organisations", headers=web.auth("viewer")).json()["items"][0]
    page = web.client.get("/public/rights-request", params={"org": org["name"]})
    data: dict[str, Any] = {
        "csrf": _csrf(page.text),
        "request_id": "web-" + f"abcdefabcdefabcdefa{MOBILE}ab",
        **BODY,
    }
    r = web.client.post("/public/rights-request", params={"org": org["name"]}, data=data)
    assert r.status_code == 422 and MOBILE not in r.text
    _no_raw_pi(web)
