"""/docs (Swagger UI) and /redoc work without internet: assets from a package, a strict CSP."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.api.helpers import SETTINGS, Served, served
from tests.web.live import live_server

from piplkit.faces.server import create_app


def test_docs_pages_load_assets_from_this_server(web: Served) -> None:
    for page in ("/docs", "/redoc"):
        r = web.client.get(page)
        assert r.status_code == 200
        csp = r.headers["content-security-policy"]
        assert "script-src 'self';" in csp and "unsafe-inline" not in csp.split("style-src")[0]
        sources = re.findall(r'(?:src|href)="([^"]+)"', r.text)
        assert sources and all(s.startswith("/api-docs/") for s in sources)
        assert "cdn" not in r.text.lower() and "http" not in r.text
        for source in sources:
            asset = web.client.get(source)
            assert asset.status_code == 200 and len(asset.content) > 100, source


def test_docs_assets_404_is_json_like_the_api(web: Served) -> None:
    r = web.client.get("/api-docs/assets/missing.js")
    assert r.status_code == 404
    assert r.json()["error"] == "not_found"


@pytest.fixture
def live(tmp_path: Path) -> Iterator[str]:
    with (
        served(f"sqlite:///{tmp_path / 'piplkit.db'}") as env,
        live_server(create_app(env.reg, SETTINGS)) as url,
    ):
        yield url


def _offline(page: Any, base: str) -> list[str]:
    """Refuse every request that leaves this server; return what was refused."""
    refused: list[str] = []

    def route(r: Any) -> None:
        if r.request.url.startswith(base):
            r.continue_()
        else:
            refused.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    return refused


def test_swagger_ui_renders_offline(page: Any, live: str) -> None:
    refused = _offline(page, live)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(live + "/docs")
    page.wait_for_selector(".opblock", timeout=20_000)
    assert page.locator(".opblock").count() > 20  # every route of the API is listed
    assert page.get_by_text("/api/v1/systems", exact=True).first.is_visible()
    assert refused == [] and not [e for e in errors if "Content Security Policy" in e]


def test_redoc_renders_offline(page: Any, live: str) -> None:
    refused = _offline(page, live)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(live + "/redoc")
    page.wait_for_selector("h1", timeout=20_000)
    assert "piplkit" in page.locator("h1").first.inner_text()
    assert page.locator("[data-section-id]").count() > 10
    # ReDoc's "powered by" logo points at its CDN: the policy blocks it, nothing else is needed
    blocked = [e for e in errors if "Content Security Policy" in e and "logo-mini.svg" not in e]
    assert refused == [] and blocked == []
