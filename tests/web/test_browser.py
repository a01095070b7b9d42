"""The web UI in a real browser (Debian's chromium via Playwright), with screenshots.

Screenshots go to ``$PIPLKIT_SCREENSHOTS`` (default: the test's tmp folder) for people to look
at; the assertions check what a user sees. Skipped when chromium is not installed.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests import skips

pytest.importorskip(
    "playwright", reason=skips.browser("playwright is not installed", "pip install -e '.[test]'")
)

import uvicorn
from tests.api.helpers import PASSWORD, SETTINGS, served

from piplkit.faces.server import create_app


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    with served(f"sqlite:///{tmp_path / 'piplkit.db'}") as env:
        port = _free_port()
        config = uvicorn.Config(
            create_app(env.reg, SETTINGS), host="127.0.0.1", port=port, log_level="warning"
        )
        srv = uvicorn.Server(config)
        thread = threading.Thread(target=srv.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 10
        while not srv.started and time.monotonic() < deadline:
            time.sleep(0.05)
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            srv.should_exit = True
            thread.join(timeout=10)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("PIPLKIT_SCREENSHOTS", tmp_path / "shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_sign_in_browse_create_and_export(page: Any, server: str, shots: Path) -> None:
    page.set_viewport_size({"width": 1360, "height": 900})
    page.goto(server + "/")
    assert page.url.endswith("/login?next=/")
    page.screenshot(path=str(shots / "login.png"))
    page.fill("#name", "editor")
    page.fill("#password", "wrong password")
    page.click("form.stacked button[type=submit]")
    assert page.locator(".alert.bad").is_visible()
    page.fill("#password", PASSWORD)
    page.click("form.stacked button[type=submit]")
    page.wait_for_url(server + "/")
    assert page.locator(".kpi .card").count() == 6
    assert "members to HQ" in page.inner_text("#assessment")
    page.screenshot(path=str(shots / "dashboard.png"), full_page=True)

    # the as-of date reloads the assessment panel through htmx
    page.fill("#as_of", "2026-01-15")
    page.dispatch_event("#as_of", "change")
    page.wait_for_load_state("networkidle")
    assert "members to HQ" in page.inner_text("#assessment")

    page.click("text=数据地图")
    assert page.locator("svg.map .node").count() == 3
    page.screenshot(path=str(shots / "map.png"), full_page=True)

    # a new system: first an empty name (validation message), then a valid one
    page.goto(server + "/systems/new")
    page.click("main button[type=submit]")
    assert page.locator(".field.invalid .error").first.inner_text() == "必填项。"
    page.screenshot(path=str(shots / "system_invalid.png"), full_page=True)
    page.fill("#f-name", "客服系统")
    page.fill("#f-owner", "客户服务部")
    page.click("main button[type=submit]")
    page.wait_for_url("**/systems/view?name=*")
    assert page.locator("h1").inner_text() == "客服系统"

    # a new dataset on that system with two columns
    page.goto(server + "/datasets/new")
    page.fill("#f-name", "工单")
    page.select_option("#f-system", "客服系统")
    page.select_option("#f-sensitivity", "pi")
    page.fill("input[name=columns-0-name]", "手机号")
    page.select_option("select[name=columns-0-type]", "cn_mobile")
    page.fill("input[name=columns-1-name]", "问题描述")
    page.click("main button[type=submit]")
    page.wait_for_url("**/datasets/view?name=*")
    assert page.locator("table tbody tr").count() >= 2
    page.screenshot(path=str(shots / "dataset.png"), full_page=True)

    # a transfer of that dataset to a recipient abroad, from the transfers list
    page.goto(server + "/transfers")
    page.click("main a[href='/transfers/new']")
    page.fill("#f-name", "工单外包")
    page.select_option("#f-dataset", "工单")
    page.select_option("#f-recipient", "Example GmbH")
    page.select_option("#f-mechanism", "standard_contract")
    page.screenshot(path=str(shots / "transfer_form.png"), full_page=True)
    page.click("main button[type=submit]")
    page.wait_for_url(server + "/transfers")
    assert "工单外包" in page.inner_text("main")

    # a processing activity with checkbox groups
    page.goto(server + "/activities/new")
    page.fill("#f-name", "工单处理")
    page.fill("#f-purpose", "处理客户投诉")
    page.check("input[name=datasets][value='工单']")
    page.check("input[name=separate_consents][value='cross_border']")
    page.screenshot(path=str(shots / "activity_form.png"), full_page=True)
    page.click("main button[type=submit]")
    page.wait_for_url(server + "/activities")
    assert "工单处理" in page.inner_text("main")

    # RoPA export downloads an XLSX file
    page.goto(server + "/ropa")
    with page.expect_download() as info:
        page.click("#ropa-xlsx")
    download = info.value
    target = shots / "ropa.xlsx"
    download.save_as(str(target))
    assert target.read_bytes()[:2] == b"PK"

    page.click("#lang-switch")
    assert page.locator("h1").inner_text() == "Record of processing activities (RoPA)"
