"""The account page in a real browser (Debian's chromium via Playwright): create a token, see it
once, revoke it; a weak new password is refused with the reason, in Chinese."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("playwright", reason="playwright is not installed (pip install playwright)")

import httpx
from tests.api.helpers import PASSWORD, SETTINGS, served
from tests.web.live import live_server

from piplkit.faces.server import create_app


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    with (
        served(f"sqlite:///{tmp_path / 'piplkit.db'}") as env,
        live_server(create_app(env.reg, SETTINGS)) as url,
    ):
        yield url


def test_tokens_and_password_on_the_account_page(page: Any, server: str, tmp_path: Path) -> None:
    shots = Path(os.environ.get("PIPLKIT_SCREENSHOTS", tmp_path / "shots"))
    shots.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 1360, "height": 900})
    page.goto(server + "/login")
    page.fill("#name", "editor")
    page.fill("#password", PASSWORD)
    page.click("form.stacked button[type=submit]")
    page.wait_for_url(server + "/")
    page.click("#account-link")
    page.wait_for_url(server + "/account")
    assert page.locator("#tokens tbody tr").count() == 1

    page.fill("#f-label", "笔记本电脑")
    page.fill("#f-days", "30")
    page.click("#token-form button[type=submit]")
    raw = page.inner_text("#new-token-text").strip()
    assert raw.startswith("pk_")
    page.screenshot(path=str(shots / "account-new-token.png"), full_page=True)
    me = httpx.get(server + "/api/v1/me", headers={"Authorization": f"Bearer {raw}"})
    assert me.json()["name"] == "editor"

    page.goto(server + "/account")
    assert raw not in page.content()  # shown once only
    row = page.locator("#tokens tbody tr", has_text="笔记本电脑")
    row.locator("button[type=submit]").click()
    page.wait_for_url(server + "/account?done=revoked")
    assert "已吊销" in page.inner_text("#tokens tbody tr:has-text('笔记本电脑')")
    me = httpx.get(server + "/api/v1/me", headers={"Authorization": f"Bearer {raw}"})
    assert me.status_code == 401

    page.fill("#f-current", PASSWORD)
    page.fill("#f-new", "password")
    page.fill("#f-confirm", "password")
    page.click("#password-form button[type=submit]")
    error = page.locator("#password-form .field.invalid .error")
    assert "这是最常见的密码之一" in error.inner_text()
    page.screenshot(path=str(shots / "account-weak-password.png"), full_page=True)

    page.fill("#f-current", PASSWORD)
    page.fill("#f-new", "plum-orbit-cascade-71")
    page.fill("#f-confirm", "plum-orbit-cascade-71")
    page.click("#password-form button[type=submit]")
    page.wait_for_url(server + "/account?done=password")
    assert "密码已修改" in page.inner_text("#account-notice")
