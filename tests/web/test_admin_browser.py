"""The admin pages in a real browser (Debian's chromium via Playwright), with screenshots: the
audit trail (list, filter, verify, a tampered entry found), and users and API tokens."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests import skips

pytest.importorskip(
    "playwright", reason=skips.browser("playwright is not installed", "pip install -e '.[test]'")
)

import httpx
from tests.api.helpers import PASSWORD, SETTINGS, Served, served
from tests.web.live import live_server
from tests.web.test_audit_pages import drop_append_only_triggers

from piplkit.faces.server import create_app

STRONG = "plum-orbit-cascade-71"


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, Served]]:
    with (
        served(f"sqlite:///{tmp_path / 'piplkit.db'}") as env,
        live_server(create_app(env.reg, SETTINGS)) as url,
    ):
        yield url, env


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("PIPLKIT_SCREENSHOTS", tmp_path / "shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _sign_in(page: Any, base: str, user: str) -> None:
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(base + "/login")
    page.fill("#name", user)
    page.fill("#password", PASSWORD)
    page.click("form.stacked button[type=submit]")
    page.wait_for_url(base + "/")


def test_audit_trail_list_filter_verify(page: Any, site: tuple[str, Served], shots: Path) -> None:
    base, env = site
    _sign_in(page, base, "admin")
    page.click("#nav-audit")
    page.wait_for_url(base + "/audit")
    rows = page.locator("#audit-entries tbody tr")
    assert rows.count() > 10
    first = rows.first.inner_text()
    assert "+08:00" in first
    page.screenshot(path=str(shots / "audit_list.png"), full_page=True)

    page.fill("#q-entity", "dataset")
    page.fill("#q-action", "create")
    page.click("#audit-filter button[type=submit]")
    page.wait_for_url("**/audit?*entity=dataset*")
    texts = [rows.nth(i).inner_text() for i in range(rows.count())]
    assert texts and all("dataset" in t and "新建" in t for t in texts)
    page.locator("#audit-entries details summary").first.click()
    assert "members" in page.locator("#audit-entries pre.changes").first.inner_text()
    page.screenshot(path=str(shots / "audit_filtered.png"), full_page=True)

    page.click("#audit-verify-link")
    page.wait_for_url(base + "/audit/verify")
    assert "哈希链完整" in page.inner_text("#verify-result")
    anchor = page.inner_text("#anchor-text").strip()
    head = httpx.get(
        base + "/api/v1/audit/head", headers={"Authorization": f"Bearer {env.tokens['admin']}"}
    ).json()
    assert anchor == head["anchor"]
    page.screenshot(path=str(shots / "audit_verify_ok.png"), full_page=True)

    drop_append_only_triggers(env.reg, "UPDATE audit_event SET action = 'delete' WHERE id = 2")
    page.fill("#f-anchors", anchor)
    page.click("#verify-form button[type=submit]")
    page.wait_for_url("**/audit/verify?anchors=*")
    assert "哈希链已被破坏" in page.inner_text("#verify-result")
    problem = page.locator("#verify-problems tbody tr").first.inner_text()
    assert "2" in problem and "内容被修改" in problem
    page.screenshot(path=str(shots / "audit_verify_broken.png"), full_page=True)


def test_users_and_tokens(page: Any, site: tuple[str, Served], shots: Path) -> None:
    base, _env = site
    _sign_in(page, base, "admin")
    page.click("#nav-users")
    page.wait_for_url(base + "/users")
    assert page.locator("#users tbody tr").count() == 3

    page.fill("#u-name", "林晓")
    page.select_option("#u-role", "editor")
    page.fill("#u-password", STRONG)
    page.fill("#u-confirm", STRONG)
    page.click("#user-form button[type=submit]")
    page.wait_for_url(base + "/users?done=created")
    row = page.locator("#users tr[data-user='林晓']")
    assert "已启用" in row.inner_text()

    row.locator("select[name=role]").select_option("admin")
    row.locator("button.change-role").click()
    page.wait_for_url(base + "/users?done=role")
    assert page.locator("#users tr[data-user='林晓'] select[name=role]").input_value() == "admin"

    page.select_option("#t-user", "林晓")
    page.fill("#t-label", "夜间同步")
    page.click("#user-token-form button[type=submit]")
    raw = page.inner_text("#new-token-text").strip()
    assert raw.startswith("pk_")
    page.screenshot(path=str(shots / "users_new_token.png"), full_page=True)
    me = httpx.get(base + "/api/v1/me", headers={"Authorization": f"Bearer {raw}"})
    assert me.json() == {"name": "林晓", "role": "admin"}

    page.goto(base + "/users")
    assert raw not in page.content()
    page.locator("#tokens tr", has_text="夜间同步").locator("button[type=submit]").click()
    page.wait_for_url(base + "/users?done=revoked")
    assert "已吊销" in page.inner_text("#tokens tr:has-text('夜间同步')")
    me = httpx.get(base + "/api/v1/me", headers={"Authorization": f"Bearer {raw}"})
    assert me.status_code == 401

    page.locator("#users tr[data-user='林晓'] button.set-active").click()
    page.wait_for_url(base + "/users?done=disabled")
    assert "已停用" in page.inner_text("#users tr[data-user='林晓']")
    page.locator("#users tr[data-user='admin'] button.set-active").click()
    assert "不能在此停用自己" in page.inner_text("#users-error")
    page.screenshot(path=str(shots / "users.png"), full_page=True)
