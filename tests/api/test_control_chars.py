"""Control characters are refused at input on every face with a 422 naming the field (issue 18,
item 4): API bodies, scan imports, respond intake, web forms and the CLI. Nothing is stored."""

from __future__ import annotations

import re
from typing import Any

import pytest
from tests.api.helpers import Served
from tests.respond.helpers import MOBILE
from typer.testing import CliRunner

from piplkit.faces.cli.app import app as cli
from piplkit.map.register.repository import activities, systems


def _post(api: Served, path: str, body: dict[str, Any]) -> Any:
    return api.client.post(path, headers=api.auth("editor"), json=body)


def _refused(r: Any, field: str, code: str) -> None:
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["error"] == "invalid_input"
    assert body["detail"].startswith(f"{field}: contains the control character U+{code}")
    assert body["errors"][0]["field"] == field


def test_api_refuses_controls_in_names_and_text(api: Served) -> None:
    _refused(
        _post(
            api, "/api/v1/activities", {"name": "a\vb", "purpose": "p", "legal_basis": "consent"}
        ),
        "body.name",
        "000B",
    )
    _refused(_post(api, "/api/v1/systems", {"name": "nul\x00x"}), "body.name", "0000")
    _refused(
        _post(api, "/api/v1/systems", {"name": "S1", "description": "ok\x07"}),
        "body.description",
        "0007",
    )
    _refused(_post(api, "/api/v1/systems", {"name": "S1", "owner": "a\tb"}), "body.owner", "0009")
    r = api.client.patch(
        "/api/v1/systems/会员系统", headers=api.auth("editor"), json={"location": "x\ny"}
    )
    _refused(r, "body.location", "000A")
    ok = _post(api, "/api/v1/systems", {"name": "S2", "description": "line 1\r\n\tline 2"})
    assert ok.status_code == 201 and ok.json()["description"] == "line 1\r\n\tline 2"
    with api.reg.read() as s:
        names = {x.name for x in systems.list(s)} | {x.name for x in activities.list(s)}
    assert not [n for n in names if re.search(r"[\x00-\x1f]", n)]


def test_api_scan_import_refuses_controls(api: Served) -> None:
    report = {
        "as_of": "2026-01-01",
        "files": [{"path": "x.csv", "kind": "csv", "columns": [{"name": "手机\x0b号"}]}],
    }
    r = _post(api, "/api/v1/scans/import", report)
    _refused(r, "body.files.0.columns.0.name", "000B")


def test_api_respond_intake_refuses_controls(api: Served, monkeypatch: pytest.MonkeyPatch) -> None:
    api.client.app.state.hmac_key = b"control-test-key-0123456789abcdef"  # type: ignore[attr-defined]
    body = {"kind": "access", "identifier_type": "cn_mobile", "identifier": MOBILE}
    _refused(_post(api, "/api/v1/dsr/requests", {**body, "note": "hi\x1b[2J"}), "body.note", "001B")
    r = _post(api, "/api/v1/dsr/requests", {**body, "request_id": "r-1"})
    assert r.status_code == 201, r.text
    r = api.client.post(
        "/api/v1/dsr/requests/r-1/verify", headers=api.auth("editor"), json={"method": "a\nb"}
    )
    _refused(r, "body.method", "000A")
    incident = {"title": "t\x00", "kind": "leak", "discovered_at": "2026-01-01T08:00:00+08:00"}
    _refused(_post(api, "/api/v1/incidents", incident), "body.title", "0000")


def test_web_form_shows_a_localised_message(api: Served) -> None:
    api.sign_in("editor")
    page = api.client.get("/systems/new")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf
    r = api.client.post("/systems/new", data={"csrf": csrf.group(1), "name": "坏\v名字"})
    assert r.status_code == 422
    assert "请删除其中的控制字符" in r.text or "Remove the control character" in r.text
    with api.reg.read() as s:
        assert systems.find(s, "坏\v名字") is None


def test_cli_names_the_field(api: Served) -> None:
    url = api.reg.engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(cli, ["register", "system", "add", "坏\v名字", "--db", url])
    assert result.exit_code != 0
    assert "name: contains the control character U+000B" in result.output
    assert "Traceback" not in result.output
