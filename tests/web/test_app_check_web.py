"""The app check pages (form, report, downloads, import) through the web's own routes.

The APK is a real one written by ``piplkit.discover.samples.apk``; the browser test
(``test_app_check_browser.py``) does the same through chromium.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.api.helpers import Served, served

from piplkit.discover.samples.apk import SampleApk, write_apk
from piplkit.discover.samples.app_demo import DEMO_APK, DEMO_POLICY_ZH
from piplkit.faces.api import Settings
from piplkit.platform.service.i18n import translate
from piplkit.respond.verify import audit_log


@pytest.fixture
def demo_apk(tmp_path: Path) -> bytes:
    return write_apk(DEMO_APK, tmp_path / "citymap.apk").read_bytes()


def _csrf(web: Served, path: str = "/apps/check") -> str:
    page = web.client.get(path)
    assert page.status_code == 200, page.text
    found = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert found
    return found.group(1)


def _upload(web: Served, files: dict[str, Any], data: dict[str, str] | None = None) -> Any:
    csrf = _csrf(web)
    return web.client.post("/apps/check", data={"csrf": csrf, **(data or {})}, files=files)


def test_the_form_lists_the_39_types_in_both_languages(web: Served) -> None:
    web.sign_in("editor")
    page = web.client.get("/apps/check")
    assert page.status_code == 200
    options = re.findall(r'<option value="([a-z_]+)"', page.text)
    assert len(options) == 39 and options[0] == "map_navigation"
    assert "1 · 地图导航类 · Map navigation" in page.text
    web.client.cookies.set("piplkit_lang", "en")
    assert "1 · Map navigation · 地图导航类" in web.client.get("/apps/check").text
    assert 'enctype="multipart/form-data"' in page.text
    assert 'href="/apps/check"' in page.text  # in the navigation


def test_upload_shows_the_report_and_downloads_it(web: Served, demo_apk: bytes) -> None:
    web.sign_in("editor")
    r = _upload(web, {"apk": ("citymap.apk", demo_apk),
                      "policy": ("citymap-policy.html", DEMO_POLICY_ZH.encode(), "text/html")},
                {"type": "map_navigation"})
    assert r.status_code == 303, r.text
    report_url = r.headers["location"]
    assert report_url.startswith("/apps/reports/")
    page = web.client.get(report_url)
    assert page.status_code == 200
    text = page.text
    assert 'data-rule="sdk_not_disclosed"' in text and 'data-severity="high"' in text
    assert "Google Analytics for Firebase" in text or "Firebase" in text
    assert "《中华人民共和国个人信息保护法》" in text  # citations with the instrument's title
    assert text.count('data-element="') >= 10  # policy elements, found or not
    assert 'id="manual"' in text and "id=\"import-form\"" in text
    assert translate("zh", "appcheck.static_notice") in text
    for fmt, media in (("json", "application/json"), ("html", "text/html")):
        d = web.client.get(f"{report_url}/download", params={"format": fmt, "lang": "en"})
        assert d.status_code == 200
        assert d.headers["content-type"].startswith(media)
        assert f"citymap-app-check-en.{fmt}" in d.headers["content-disposition"]
    assert web.client.get(f"{report_url}/download",
                          params={"format": "exe"}).status_code == 422
    web.client.cookies.set("piplkit_lang", "en")
    assert "Manual checks: what static analysis cannot see" in web.client.get(report_url).text


def test_a_report_is_its_makers_only(web: Served, demo_apk: bytes) -> None:
    web.sign_in("editor")
    report_url = _upload(web, {"apk": ("citymap.apk", demo_apk)}).headers["location"]
    web.sign_in("admin")
    r = web.client.get(report_url)
    assert r.status_code == 404
    assert translate("zh", "appcheck.expired") in r.text
    assert web.client.get("/apps/reports/unknown-id").status_code == 404


def test_bad_uploads_are_shown_on_the_form(web: Served) -> None:
    web.sign_in("editor")
    r = _upload(web, {"apk": ("photo.apk", b"\x89PNG\r\n\x1a\n" + b"\0" * 64)})
    assert r.status_code == 422
    assert "photo.apk: not an APK" in r.text and "Traceback" not in r.text
    assert "piplkit-app-" not in r.text
    csrf = _csrf(web)
    # what a browser sends for a file input left empty: a part with filename="" and no content
    body = (f'--B\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n{csrf}\r\n'
            '--B\r\nContent-Disposition: form-data; name="apk"; filename=""\r\n'
            'Content-Type: application/octet-stream\r\n\r\n\r\n--B--\r\n').encode()
    r = web.client.post("/apps/check", content=body,
                        headers={"Content-Type": "multipart/form-data; boundary=B"})
    assert r.status_code == 422 and translate("zh", "appcheck.no_apk") in r.text
    r = web.client.post("/apps/check", data={"csrf": csrf, "type": "spaceship"},
                        files={"apk": ("a.apk", b"PK")})
    assert r.status_code == 422 and "spaceship" in r.text


def test_csrf_and_roles(web: Served, demo_apk: bytes) -> None:
    files = {"apk": ("citymap.apk", demo_apk)}
    assert web.client.post("/apps/check", files=files).status_code == 401
    web.sign_in("viewer")
    assert web.client.get("/apps/check").status_code == 403
    assert web.client.post("/apps/check", files=files).status_code == 403
    web.sign_in("editor")
    r = web.client.post("/apps/check", data={"csrf": "forged"}, files=files)
    assert r.status_code == 403


@pytest.fixture
def small(tmp_path: Path) -> Iterator[Served]:
    settings = Settings(max_body_bytes=64 * 1024, max_apk_bytes=16 * 1024)
    with served(f"sqlite:///{tmp_path / 'small.db'}", settings) as env:
        yield env


def test_an_apk_over_the_limit_is_413(small: Served, tmp_path: Path) -> None:
    spec = SampleApk(**{**DEMO_APK.__dict__, "native_libs": {"lib/x86/libbig.so": 30_000}})
    data = write_apk(spec, tmp_path / "big.apk").read_bytes()
    small.sign_in("editor")
    page = small.client.get("/apps/check").text
    assert 'data-max-apk="16384"' in page and "16.0 KiB" in page
    r = _upload(small, {"apk": ("big.apk", data)})
    assert r.status_code == 413
    assert "big.apk: larger than the 16.0 KiB limit for apk" in r.text


def test_import_asks_for_confirmation_then_fills_the_register(web: Served,
                                                               demo_apk: bytes) -> None:
    web.sign_in("editor")
    report_url = _upload(web, {"apk": ("citymap.apk", demo_apk)}).headers["location"]
    csrf = _csrf(web, report_url)
    r = web.client.post(f"{report_url}/import", data={"csrf": csrf, "system": "CityMap"})
    assert r.status_code == 422
    assert translate("zh", "appcheck.confirm_needed") in r.text
    with web.reg.read() as session:
        assert not [e for e in audit_log(session) if e.action == "import_app"]
    r = web.client.post(f"{report_url}/import",
                        data={"csrf": csrf, "system": "CityMap", "confirm": "yes"})
    assert r.status_code == 303 and r.headers["location"].endswith("#import")
    page = web.client.get(report_url).text
    assert 'id="import-done"' in page and "app:com.example.citymap" in page
    with web.reg.read() as session:
        imports = [e for e in audit_log(session) if e.action == "import_app"]
        assert [e.actor for e in imports] == ["web:editor"]
        assert imports[0].changes["source"] == "web: citymap.apk"
    system = web.client.get("/systems/view", params={"name": "CityMap"})
    assert system.status_code == 200
    assert web.client.post(f"{report_url}/import",
                           data={"system": "CityMap", "confirm": "yes"}).status_code == 403
