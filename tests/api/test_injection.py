"""Injection and XSS payloads in every text field are stored verbatim and rendered escaped;
raw personal information never reaches the logs."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from markupsafe import escape
from tests.api.helpers import Served

PAYLOADS = [
    '<script>alert("x")</script>',
    '"><img src=x onerror=alert(1)>',
    "'; DROP TABLE system; --",
    "{{ 7*7 }} ${7*7} %s%n",
]
RAW_MARKERS = ["<script>alert", "<img src=x"]


def _fill(api: Served) -> dict[str, dict[str, Any]]:
    """One entity per kind whose every free-text field holds a payload."""
    p = [PAYLOADS[i % len(PAYLOADS)] + f" #{i}" for i in range(20)]
    bodies = {
        "organisations": {
            "name": p[0],
            "contact": p[1],
            "description": p[2],
            "individuals_processed": 5,
        },
        "systems": {
            "name": p[3],
            "organisation": p[0],
            "owner": p[4],
            "location": p[5],
            "description": p[6],
        },
        "datasets": {
            "name": p[7],
            "system": p[3],
            "source": p[8],
            "kind": "csv",
            "description": p[9],
            "columns": [{"name": p[10], "pi_type": "cn_mobile", "examples_masked": [p[11]]}],
        },
        "activities": {
            "name": p[12],
            "organisation": p[0],
            "purpose": p[13],
            "legal_basis": "consent",
            "retention": p[14],
            "description": p[15],
            "pi_categories": ["cn_mobile"],
            "datasets": [p[7]],
        },
        "recipients": {
            "name": p[16],
            "role": "third_party",
            "country": "US",
            "contact": p[17],
            "description": p[18],
        },
        "transfers": {
            "name": p[19],
            "dataset": p[7],
            "recipient": p[16],
            "activity": p[12],
            "purpose_description": p[1] + "!",
            "description": p[2] + "!",
            "filing_references": [p[3] + "!"],
        },
    }
    for segment, body in bodies.items():
        r = api.client.post(f"/api/v1/{segment}", headers=api.auth("editor"), json=body)
        assert r.status_code == 201, (segment, r.text)
    return bodies


def test_payloads_stored_verbatim(api: Served) -> None:
    from urllib.parse import quote

    bodies = _fill(api)
    for segment, body in bodies.items():
        r = api.client.get(
            f"/api/v1/{segment}/{quote(body['name'], safe='')}", headers=api.auth("viewer")
        )
        assert r.status_code == 200, (segment, r.text)
        got = r.json()
        for field, value in body.items():
            assert got[field] == value or field == "columns", (segment, field)
        if segment == "datasets":
            assert got["columns"][0]["name"] == body["columns"][0]["name"]
            assert got["columns"][0]["examples_masked"] == body["columns"][0]["examples_masked"]
    tables = api.client.get("/api/v1/overview", headers=api.auth("viewer"))
    assert tables.status_code == 200  # the "DROP TABLE" text did nothing


def test_payloads_rendered_escaped(api: Served) -> None:
    from urllib.parse import quote

    bodies = _fill(api)
    api.sign_in("viewer")
    org = quote(bodies["organisations"]["name"], safe="")
    pages = [
        "/",
        "/map",
        "/systems",
        "/datasets",
        "/activities",
        "/recipients",
        "/transfers",
        "/ropa",
        f"/double-list?org={org}",
        f"/systems/view?name={quote(bodies['systems']['name'], safe='')}",
        f"/datasets/view?name={quote(bodies['datasets']['name'], safe='')}",
        f"/public/double-list?org={org}",
    ]
    for page in pages:
        r = api.client.get(page)
        assert r.status_code == 200, (page, r.status_code)
        html = r.text
        for marker in RAW_MARKERS:
            assert marker not in html, (page, marker)
        shown = [p for p in PAYLOADS if str(escape(p)) in html]
        assert shown or page == "/", page  # the dashboard shows counts, not names


def test_no_raw_pi_in_logs(api: Served, caplog: pytest.LogCaptureFixture) -> None:
    phone = "13912345678"
    caplog.set_level(logging.DEBUG)
    headers = api.auth("editor")
    api.client.post("/api/v1/systems", headers=headers, json={"name": "S", "description": phone})
    api.client.get(f"/api/v1/systems/{phone}", headers=headers)  # 404 naming the phone
    api.client.post(
        "/api/v1/recipients",
        headers=headers,
        json={"name": "R", "role": "third_party", "country": phone},
    )
    api.client.get(f"/api/v1/datasets?limit={phone}", headers=headers)
    api.client.post(
        "/api/v1/systems",
        headers={**headers, "content-type": "application/json"},
        content=f'{{"name": "{phone}'.encode(),
    )
    # Only the server's own loggers: the test client (httpx) logs the URLs it requests.
    server = [r for r in caplog.records if not r.name.startswith("httpx")]
    text = "\n".join(r.getMessage() for r in server)
    assert server, "the API logs requests"
    assert phone not in text
    assert "/api/v1/systems/{name" in text  # the route template, not the path
