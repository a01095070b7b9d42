"""The compliance calendar, its feed and the MLPS form in a real browser (Debian's chromium via
Playwright), with screenshots in ``$PIPLKIT_SCREENSHOTS`` (issue 14).

The register is ``tests.register.security_helpers``'s: as of 2026-01-10 a rectification of
会员系统 is overdue (due 2025-09-30) and the CII test of 支付网关 is due 2026-05-10.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from tests import skips

pytest.importorskip(
    "playwright", reason=skips.browser("playwright is not installed", "pip install -e '.[test]'")
)

from tests.api.helpers import PASSWORD, SETTINGS, Served, served
from tests.register.security_helpers import populate_security
from tests.web.live import live_server

from piplkit.faces.server import create_app

AS_OF = "2026-01-10"


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, Served]]:
    with served(f"sqlite:///{tmp_path / 'piplkit.db'}") as env:
        with mock.patch("tests.register.security_helpers.populate", lambda reg: None):
            populate_security(env.reg)
        with live_server(create_app(env.reg, SETTINGS)) as url:
            yield url, env


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("PIPLKIT_SCREENSHOTS", tmp_path / "shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _sign_in(page: Any, base: str, user: str, target: str) -> None:
    page.goto(f"{base}/login?next={target}")
    page.fill("#name", user)
    page.fill("#password", PASSWORD)
    page.click("form.stacked button[type=submit]")
    page.wait_for_url(f"{base}{target}")


def test_calendar_list_filter_and_month(page: Any, site: tuple[str, Served], shots: Path) -> None:
    base, _env = site
    page.set_viewport_size({"width": 1400, "height": 1000})
    _sign_in(page, base, "viewer", f"/calendar?as_of={AS_OF}")
    assert "2026-01-10" in page.inner_text("#as-of")
    rows = page.locator("#cal-list tbody tr")
    assert rows.first.get_attribute("data-status") == "overdue"
    first = rows.first.inner_text()
    assert "整改：数据库审计日志留存不足六个月" in first and "Art. 14 para. 3" in first
    # the rule in Chinese on the zh page (written beside the English in the calendar core)
    rule = rows.first.locator(".cal-rule").inner_text()
    assert "按整改方案确定的日期完成" in rule and "rectification plan" not in rule
    assert rows.first.locator(".cal-source a").get_attribute("href").startswith("http")
    page.screenshot(path=str(shots / "calendar_list.png"), full_page=True)

    # filter by kind, then by system (typed, with the list of systems offered)
    page.select_option("#f-family", "cii")
    page.click("#cal-apply")
    page.wait_for_url("**family=cii**")
    families = page.locator("#cal-list tbody tr td:nth-child(3) .muted").all_inner_texts()
    assert families and set(families) == {"关键信息基础设施"}
    page.fill("#f-system", "支付网关")
    page.click("#cal-apply")
    page.wait_for_url("**system=**")
    assert all("支付网关" in t for t in page.locator("#cal-list tbody tr").all_inner_texts())

    # the month view keeps the filters; four months on is the CII test's day
    page.click("#view-month")
    page.wait_for_selector("#cal-month")
    assert page.inner_text("#month-title") == "2026-01"
    for _ in range(4):
        page.click("#month-next")
    page.wait_for_url("**month=2026-05**")
    assert page.inner_text("#month-title") == "2026-05"
    cell = page.locator('td[data-date="2026-05-10"]')
    entry = cell.locator("details.cal-entry").first
    assert "支付网关" in entry.inner_text()
    assert not entry.locator(".cal-rule").is_visible()
    entry.locator("summary").click()
    assert entry.locator(".cal-rule").is_visible()
    assert "Art. 17" in entry.locator(".cal-source").inner_text()
    page.screenshot(path=str(shots / "calendar_month.png"), full_page=True)

    # English, on the same view with the same filters
    page.click("#lang-switch")
    page.wait_for_selector("#cal-month")
    assert page.inner_text("#month-title") == "2026-05"
    assert "as of 2026-01-10" in page.inner_text("#as-of")
    assert page.locator("table.cal-grid th").first.inner_text() == "Mon"
    entry = page.locator('td[data-date="2026-05-10"] details.cal-entry').first
    entry.locator("summary").click()
    assert "at least every 12 months" in entry.locator(".cal-rule").inner_text()


def test_feed_needs_a_viewer_token(page: Any, site: tuple[str, Served], shots: Path) -> None:
    base, env = site
    anonymous = page.request.get(f"{base}/calendar.ics")
    assert anonymous.status == 401
    assert anonymous.headers["www-authenticate"].startswith("Bearer")
    assert page.request.get(f"{base}/calendar.ics?token=pk_wrong").status == 401
    editor = page.request.get(f"{base}/calendar.ics?token={env.tokens['editor']}")
    assert editor.status == 403 and "viewer" in editor.text()

    # a viewer makes a token on the account page and subscribes with it
    page.set_viewport_size({"width": 1360, "height": 900})
    _sign_in(page, base, "viewer", f"/calendar?as_of={AS_OF}")
    assert "/calendar.ics?token=" in page.inner_text("#cal-subscribe")
    page.screenshot(path=str(shots / "calendar_subscribe.png"), full_page=True)
    signed_in = page.request.get(base + page.get_attribute("#ics-download", "href"))
    assert signed_in.status == 200 and "BEGIN:VCALENDAR" in signed_in.text()
    page.goto(f"{base}/account")
    page.fill("#f-label", "Outlook 日历")
    page.click("#token-form button[type=submit]")
    token = page.inner_text("#new-token-text").strip()
    feed = page.context.browser.new_context().request  # a calendar program: no cookies
    r = feed.get(f"{base}/calendar.ics?token={token}&as_of={AS_OF}&family=mlps")
    assert r.status == 200
    assert r.headers["content-type"] == "text/calendar; charset=utf-8"
    body = r.text()
    assert body.startswith("BEGIN:VCALENDAR\r\n") and "[逾期] 整改：数据库审计日志" in body
    assert token not in body


def test_mlps_form(page: Any, site: tuple[str, Served], shots: Path) -> None:
    base, _env = site
    page.set_viewport_size({"width": 1360, "height": 1300})
    _sign_in(page, base, "editor", "/systems/view?name=%E4%BC%9A%E5%91%98%E7%B3%BB%E7%BB%9F")
    assert page.inner_text("#mlps-level") == "3"
    page.click("#edit-security")
    page.wait_for_selector("#security-form")
    assert page.input_value("#f-mlps_filing_number") == "31010199999-25001"
    page.select_option("#f-mlps_level", "4")
    page.fill("#f-mlps_rationale", "")
    page.fill("input[name='rect-2-title']", "边界访问控制策略过宽")
    page.fill("input[name='rect-2-found_on']", "2026-01-05")
    page.fill("input[name='rect-2-due_on']", "2026-01-08")
    page.click("#save")
    page.wait_for_selector("#form-error")
    error = page.locator(".field.invalid .error").first.inner_text()
    assert error == "按定级要素应为第 3 级；如确定为其他等级，请填写定级理由。"
    assert page.input_value("input[name='rect-2-title']") == "边界访问控制策略过宽"
    page.screenshot(path=str(shots / "mlps_form_invalid.png"), full_page=True)
    page.fill("#f-mlps_rationale", "主管部门确定为第四级")
    page.click("#save")
    page.wait_for_url("**/systems/view?name=*")
    assert page.inner_text("#mlps-level") == "4"
    assert "边界访问控制策略过宽" in page.inner_text("#system-security")
    page.screenshot(path=str(shots / "mlps_system.png"), full_page=True)
    # the new item is overdue on the calendar of that system
    page.click("#system-calendar")
    page.wait_for_selector("#cal-list")
    page.goto(page.url + f"&as_of={AS_OF}&status=overdue")
    assert "整改：边界访问控制策略过宽" in page.inner_text("#cal-list")


def test_an_editor_makes_a_calendar_token_for_the_feed(
    page: Any, site: tuple[str, Served], shots: Path
) -> None:
    base, _env = site
    page.set_viewport_size({"width": 1360, "height": 900})
    _sign_in(page, base, "editor", "/account")
    page.fill("#f-label", "Google 日历")
    page.select_option("#f-scope", "calendar:read")
    page.click("#token-form button[type=submit]")
    token = page.inner_text("#new-token-text").strip()
    row = page.locator("#tokens tr", has_text="Google 日历")
    assert "仅日历" in row.locator(".token-scope").inner_text()
    page.screenshot(path=str(shots / "account_calendar_token.png"), full_page=True)
    feed = page.context.browser.new_context().request  # a calendar program: no cookies
    r = feed.get(f"{base}/calendar.ics?token={token}&as_of={AS_OF}&lang=zh")
    assert r.status == 200 and "按整改方案确定的日期完成" in r.text().replace("\r\n ", "")
    # the same token can do nothing else
    assert feed.get(f"{base}/api/v1/me", headers={"Authorization": f"Bearer {token}"}).status == 403
