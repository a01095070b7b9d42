"""Server errors (issue 18, item 7): huge integers are 422s, an unexpected exception is a 500 in
the published error shape that keeps the connection and logs one line without a traceback or
PI, every error body conforms to the OpenAPI schema, and no message shows a server path."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
import uvicorn
from tests.api.helpers import SETTINGS, Served, served

from piplkit.faces.api import reports
from piplkit.faces.server import create_app

HUGE = 10**30
SECRET = "13812345678"


def _boom(*_args: Any, **_kwargs: Any) -> Any:
    raise RuntimeError(f"customer {SECRET} broke it")


def _error_validator(api: Served) -> Any:
    schema = api.client.get("/api/v1/openapi.json").json()
    error = {**schema["components"]["schemas"]["Error"], "components": schema["components"]}
    return jsonschema_rs.validator_for(error)


@pytest.mark.parametrize(
    ("method", "path", "body", "field"),
    [
        ("get", f"/api/v1/systems?offset={HUGE}", None, "query.offset"),
        ("get", f"/api/v1/dsr/requests?offset={HUGE}", None, "query.offset"),
        ("get", f"/api/v1/users?offset={HUGE}", None, "query.offset"),
        ("get", f"/api/v1/audit?offset={10**9 + 1}", None, "query.offset"),
        (
            "post",
            "/api/v1/activities",
            {"name": "A", "purpose": "p", "legal_basis": "consent", "retention_days": HUGE},
            "body.retention_days",
        ),
        (
            "post",
            "/api/v1/activities",
            {"name": "A", "purpose": "p", "legal_basis": "consent", "retention_days": 36501},
            "body.retention_days",
        ),
        (
            "post",
            "/api/v1/datasets",
            {"name": "D", "columns": [{"name": "c", "sampled": HUGE}]},
            "body.columns.0.sampled",
        ),
        (
            "post",
            "/api/v1/organisations",
            {"name": "O", "individuals_processed": 2**31},
            "body.individuals_processed",
        ),
        (
            "post",
            "/api/v1/scans/import",
            {"as_of": "2026-01-01", "files": [{"path": "a.csv", "kind": "csv", "rows": HUGE}]},
            "body.files.0.rows",
        ),
        (
            "post",
            "/api/v1/incidents",
            {
                "title": "t",
                "kind": "leak",
                "discovered_at": "2026-01-01T08:00:00+08:00",
                "individuals_affected": HUGE,
            },
            "body.individuals_affected",
        ),
    ],
)
def test_huge_integers_are_422_naming_the_field(
    api: Served, method: str, path: str, body: Any, field: str
) -> None:
    r = api.client.request(method, path, headers=api.auth("admin"), json=body)
    assert r.status_code == 422, r.text
    assert r.json()["detail"].startswith(field + ":")
    assert not list(_error_validator(api).iter_errors(r.json()))


def test_unexpected_error_is_one_log_line_and_a_published_500(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(reports, "entity_counts", _boom)
    caplog.set_level(logging.DEBUG)
    with served(f"sqlite:///{tmp_path / 'r.db'}", raise_server_exceptions=False) as api:
        r = api.client.get("/api/v1/overview", headers=api.auth("viewer"))
        validator = _error_validator(api)
    assert r.status_code == 500
    body = r.json()
    assert not list(validator.iter_errors(body))
    assert body["error"] == "internal_error" and r.headers["x-request-id"] == body["request_id"]
    assert SECRET not in r.text
    errors = [rec for rec in caplog.records if rec.levelno >= logging.ERROR]
    assert [rec.getMessage() for rec in errors] == [
        f"internal error RuntimeError in GET /api/v1/overview (request {body['request_id']})"
    ]
    assert all(rec.exc_info is None for rec in caplog.records)
    assert "Traceback" not in caplog.text and SECRET not in caplog.text


@pytest.fixture
def live(tmp_path: Path) -> Iterator[tuple[int, Served]]:
    with served(f"sqlite:///{tmp_path / 'piplkit.db'}") as env:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        config = uvicorn.Config(
            create_app(env.reg, SETTINGS), host="127.0.0.1", port=port, log_level="info"
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 10
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        try:
            yield port, env
        finally:
            server.should_exit = True
            thread.join(timeout=10)


def _exchange(conn: socket.socket, path: str, token: str) -> bytes:
    request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n\r\n"
    conn.sendall(request.encode())
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":", 1)[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    )
    while len(rest) < length:
        rest += conn.recv(65536)
    return head


def test_a_500_keeps_the_keep_alive_connection_and_logs_no_traceback(
    live: tuple[int, Served], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    port, env = live
    caplog.set_level(logging.DEBUG)
    monkeypatch.setattr(reports, "entity_counts", _boom)
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        first = _exchange(conn, "/api/v1/overview", env.tokens["viewer"])
        assert first.startswith(b"HTTP/1.1 500")
        assert b"connection: close" not in first.lower()
        second = _exchange(conn, "/api/v1/health", env.tokens["viewer"])
        assert second.startswith(b"HTTP/1.1 200"), second
    assert "Traceback" not in caplog.text and "Exception in ASGI application" not in caplog.text
    assert SECRET not in caplog.text


def test_every_error_body_matches_the_published_schema(api: Served) -> None:
    validator = _error_validator(api)
    spec = api.client.get("/api/v1/openapi.json").json()
    ed = api.auth("editor")
    cases = [
        (
            "post",
            "/api/v1/systems",
            {"content": b"{bad json", "headers": {**ed, "content-type": "application/json"}},
            400,
            "/api/v1/systems",
        ),
        ("get", "/api/v1/systems", {}, 401, "/api/v1/systems"),
        ("post", "/api/v1/users", {"json": {"name": "x"}, "headers": ed}, 403, "/api/v1/users"),
        ("get", "/api/v1/systems/nope", {"headers": ed}, 404, "/api/v1/systems/{name}"),
        (
            "post",
            "/api/v1/systems",
            {"json": {"name": "会员系统"}, "headers": ed},
            409,
            "/api/v1/systems",
        ),
        (
            "post",
            "/api/v1/systems",
            {"content": b"x" * (SETTINGS.max_body_bytes + 1), "headers": ed},
            413,
            "/api/v1/systems",
        ),
        ("post", "/api/v1/systems", {"json": {"name": ""}, "headers": ed}, 422, "/api/v1/systems"),
        (
            "post",
            "/api/v1/dsr/requests/nope/verify",
            {"json": {"method": "x"}, "headers": ed},
            404,
            "/api/v1/dsr/requests/{request_id}/verify",
        ),
        (
            "get",
            "/api/v1/audit/verify?anchor=x",
            {"headers": api.auth("admin")},
            422,
            "/api/v1/audit/verify",
        ),
        ("get", "/api/v1/no-such-thing", {"headers": ed}, 404, None),
        ("put", "/api/v1/overview", {"headers": ed}, 405, None),
    ]
    for method, path, kwargs, status, template in cases:
        r = api.client.request(method, path, **kwargs)
        assert r.status_code == status, (path, r.status_code, r.text)
        problems = [e.message for e in validator.iter_errors(r.json())]
        assert not problems, (path, problems)
        if template is not None:
            assert str(status) in spec["paths"][template][method]["responses"], (path, status)


def test_upload_errors_name_the_upload_not_the_server_folder(api: Served) -> None:
    r = api.client.post(
        "/api/v1/scans/run", headers=api.auth("editor"), files={"file": ("empty.csv", b"")}
    )
    assert r.status_code == 422
    assert r.json()["detail"] == "empty.csv: empty file"
    assert "piplkit-scan-" not in r.text and "/tmp" not in r.text


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        (
            "/api/v1/incidents",
            {"title": "t", "kind": "leak", "discovered_at": "9999-12-31T23:59:59+00:00"},
            "body.discovered_at",
        ),
        (
            "/api/v1/dsr/requests",
            {
                "kind": "access",
                "identifier_type": "cn_mobile",
                "identifier": SECRET,
                "received_at": "0001-01-01T00:00:00+14:00",
            },
            "body.received_at",
        ),
        (
            "/api/v1/dsr/requests",
            {
                "kind": "access",
                "identifier_type": "cn_mobile",
                "identifier": SECRET,
                "received_at": "1990-01-01T00:00:00+08:00",
            },
            "received_at",
        ),
        (
            "/api/v1/consents/withdraw",
            {
                "identifier_type": "cn_mobile",
                "identifier": SECRET,
                "at": "9999-12-31T23:59:59-14:00",
            },
            "body.at",
        ),
        (
            "/api/v1/activities",
            {"name": "A", "purpose": "p", "legal_basis": "consent", "individuals_count": True},
            "body.individuals_count",
        ),
        ("/api/v1/organisations", {"name": "O", "ciio": 1}, "body.ciio"),
    ],
)
def test_dates_out_of_range_and_json_type_mix_ups_are_422(
    api: Served, path: str, body: dict[str, Any], field: str
) -> None:
    api.client.app.state.hmac_key = b"server-errors-key-0123456789abcdef"  # type: ignore[attr-defined]
    r = api.client.post(path, headers=api.auth("editor"), json=body)
    assert r.status_code == 422, r.text
    assert r.json()["detail"].startswith(field + ":")


def test_nul_in_a_url_is_422_before_any_lookup(api: Served) -> None:
    for path in (
        "/api/v1/systems/a%00b",
        "/api/v1/dsr/requests?state=%00",
        "/api/v1/audit/log?key=a%00",
    ):
        r = api.client.get(path, headers=api.auth("admin"))
        assert r.status_code == 422, (path, r.text)
        assert not list(_error_validator(api).iter_errors(r.json()))


def test_numbers_are_not_dates(api: Served) -> None:
    for path, body, field in (
        ("/api/v1/organisations", {"name": "O", "created_at": 1.5}, "body.created_at"),
        ("/api/v1/datasets", {"name": "D", "scanned_on": 20260101}, "body.scanned_on"),
        ("/api/v1/scans/import", {"as_of": 0, "files": []}, "body.as_of"),
    ):
        r = api.client.post(path, headers=api.auth("editor"), json=body)
        assert r.status_code == 422 and r.json()["detail"].startswith(field), r.text


def test_numbers_are_not_dates_in_queries_either(api: Served) -> None:
    for query in ("today=0", "today=-5.9e-08", "today=1700000000"):
        r = api.client.get(f"/api/v1/dsr/alerts?{query}", headers=api.auth("viewer"))
        assert r.status_code == 422 and r.json()["detail"].startswith("query.today"), r.text
    ok = api.client.get("/api/v1/dsr/alerts?today=2026-01-05", headers=api.auth("viewer"))
    assert ok.status_code == 200
    r = api.client.get("/api/v1/assessment?as_of=0", headers=api.auth("viewer"))
    assert r.status_code == 422 and r.json()["detail"].startswith("query.as_of"), r.text
