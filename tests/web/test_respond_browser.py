"""The public rights-request form in a real browser (Debian chromium), with screenshots."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests import skips

pytest.importorskip(
    "playwright", reason=skips.browser("playwright is not installed", "pip install -e '.[test]'")
)

from tests.respond.helpers import MOBILE
from tests.web.test_browser import server, shots  # noqa: F401  (fixtures)


def _sign_in(page: Any, base: str, user: str, target: str) -> None:
    from tests.api.helpers import PASSWORD

    page.goto(f"{base}/login?next={target}")
    page.fill("#name", user)
    page.fill("#password", PASSWORD)
    page.click("form.stacked button[type=submit]")
    page.wait_for_url(base + target)


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PIPLKIT_HMAC_KEY", "respond-browser-key-0123456789abcdef")


def test_public_request_form(page: Any, server: str, shots: Path) -> None:  # noqa: F811
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(server + "/public/rights-request")
    assert page.locator("h1").inner_text()  # the only organisation, without a sign-in
    assert "/login" not in page.url
    page.select_option("#f-kind", "deletion")
    page.select_option("#f-identifier_type", "cn_mobile")
    page.fill("#f-identifier", "1381234567")  # one digit short
    page.click("#submit")
    assert page.locator("#e-identifier").is_visible()
    assert page.input_value("#f-identifier") == ""  # never shown back
    page.screenshot(path=str(shots / "public_request_invalid.png"), full_page=True)
    page.fill("#f-identifier", MOBILE)
    page.fill("#f-note", "请删除我的营销数据")
    page.click("#submit")
    page.wait_for_selector("#request-id")
    assert page.inner_text("#request-id").startswith("web-")
    assert MOBILE not in page.content()
    page.screenshot(path=str(shots / "public_request_done.png"), full_page=True)


def test_staff_request_pages(page: Any, server: str, shots: Path) -> None:  # noqa: F811
    page.set_viewport_size({"width": 1360, "height": 900})
    page.goto(server + "/public/rights-request")
    page.fill("#f-identifier", MOBILE)
    page.click("#submit")
    request_id = page.inner_text("#request-id")
    _sign_in(page, server, "editor", "/dsr")
    assert request_id in page.inner_text("main")
    page.screenshot(path=str(shots / "dsr_list.png"), full_page=True)
    page.click(f"text={request_id}")
    page.fill("input[name=method]", "短信验证码")
    page.click("#act-verify")
    page.wait_for_selector("#act-complete")
    assert "处理中" in page.inner_text("main")
    page.screenshot(path=str(shots / "dsr_view.png"), full_page=True)
    page.goto(server + "/")
    assert page.locator("#respond-alerts").is_visible()
    page.screenshot(path=str(shots / "dashboard_alerts.png"))


def test_incident_form(page: Any, server: str, shots: Path) -> None:  # noqa: F811
    page.set_viewport_size({"width": 1280, "height": 1100})
    _sign_in(page, server, "editor", "/incidents")
    page.click("a[href='/incidents/new']")
    page.wait_for_selector("#f-title")
    assert page.input_value("#f-discovered_at")  # defaults to now, China time
    page.click("form.stacked button[type=submit]")  # no title
    assert page.locator(".field.invalid #f-title").count() == 1
    page.screenshot(path=str(shots / "incident_form_invalid.png"), full_page=True)
    page.fill("#f-title", "官网数据库遭勒索软件加密")
    page.select_option("#f-kind", "ransomware")
    page.fill("#f-individuals_affected", "20000")
    page.click("form.stacked button[type=submit]")
    page.wait_for_url("**/incidents/view?id=inc-*")
    assert "官网数据库遭勒索软件加密" in page.inner_text("main")
    page.screenshot(path=str(shots / "incident_recorded.png"), full_page=True)


def test_consent_ledger_page(page: Any, server: str, shots: Path) -> None:  # noqa: F811
    page.set_viewport_size({"width": 1280, "height": 800})
    _sign_in(page, server, "viewer", "/consents")
    page.fill("#lookup input[name=identifier]", MOBILE)
    page.click("#lookup button[type=submit]")
    page.wait_for_selector("#consent-count")
    assert MOBILE not in page.content()
    page.screenshot(path=str(shots / "consents.png"), full_page=True)
