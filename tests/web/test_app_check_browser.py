"""The app check page in a real browser (Debian chromium): upload, report, download, import.

The APK and policy are the demo app's, written by the test (``write_demo``): a real APK with a
binary manifest and dex files holding the SDK classes, read back by the server's parser.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests import skips

pytest.importorskip(
    "playwright", reason=skips.browser("playwright is not installed", "pip install -e '.[test]'")
)

from tests.api.helpers import PASSWORD, served
from tests.web.live import live_server
from tests.web.test_browser import server, shots  # noqa: F401  (fixtures)

from piplkit.discover.samples.apk import SampleApk, write_apk
from piplkit.discover.samples.app_demo import DEMO_APK, write_demo
from piplkit.faces.api import Settings
from piplkit.faces.server import create_app


def _sign_in(page: Any, base: str, target: str) -> None:
    page.goto(f"{base}/login?next={target}")
    page.fill("#name", "editor")
    page.fill("#password", PASSWORD)
    page.click("form.stacked button[type=submit]")
    page.wait_for_url(base + target)


def test_check_an_app_read_the_report_and_import_it(
    page: Any, server: str, shots: Path, tmp_path: Path  # noqa: F811
) -> None:
    apk, policy = write_demo(tmp_path / "demo")
    page.set_viewport_size({"width": 1360, "height": 900})
    _sign_in(page, server, "/apps/check")
    assert page.locator("#f-type option").count() == 40  # "not given" and the 39 types
    page.set_input_files("#f-apk", str(apk))
    page.set_input_files("#f-policy", str(policy))
    page.select_option("#f-type", "map_navigation")
    page.screenshot(path=str(shots / "app_check_form.png"), full_page=True)
    page.click("#check-submit")
    page.wait_for_url("**/apps/reports/**")
    high = page.locator("tr.finding[data-severity=high]")
    assert high.count() >= 1
    assert "Firebase" in high.first.inner_text()
    assert page.locator("tr.finding[data-rule=beyond_necessary]").count() >= 1
    assert "极光" in page.inner_text("#sdks") or "JPush" in page.inner_text("#sdks")
    assert "READ_CONTACTS" in page.inner_text("#permissions")
    assert page.locator("#manual li").count() >= 5
    assert page.locator("#policy tr.element").count() >= 10
    page.screenshot(path=str(shots / "app_check_report.png"), full_page=True)

    with page.expect_download() as info:
        page.click("#download-json")
    report = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert report["app"]["file"] == "citymap.apk"
    assert report["app_type"]["id"] == "map_navigation"

    page.fill("#f-system", "CityMap Android")
    page.click("#import-submit")  # the confirmation box is required: nothing is sent
    assert page.locator("#import-done").count() == 0
    page.check("#f-confirm")
    page.click("#import-submit")
    page.wait_for_selector("#import-done")
    assert "app:com.example.citymap" in page.inner_text("#import-done")
    page.screenshot(path=str(shots / "app_check_imported.png"))
    page.click("#import-done a[href^='/systems/view']")
    page.wait_for_url("**/systems/view?name=CityMap%20Android")
    assert "app:com.example.citymap" in page.inner_text("main")


@pytest.fixture
def small_server(tmp_path: Path) -> Iterator[str]:
    settings = Settings(max_apk_bytes=16 * 1024)
    with (
        served(f"sqlite:///{tmp_path / 'piplkit.db'}", settings) as env,
        live_server(create_app(env.reg, settings)) as base,
    ):
        yield base


def test_an_apk_over_the_limit_is_refused_before_upload(page: Any, small_server: str,
                                                        tmp_path: Path) -> None:
    spec = SampleApk(**{**DEMO_APK.__dict__, "native_libs": {"lib/x86/libbig.so": 40_000}})
    big = write_apk(spec, tmp_path / "big.apk")
    _sign_in(page, small_server, "/apps/check")
    page.set_input_files("#f-apk", str(big))
    page.click("#check-submit")
    assert page.locator("#apk-too-big").is_visible()
    assert page.url.endswith("/apps/check")
