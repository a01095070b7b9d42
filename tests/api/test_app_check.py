"""The app check over REST: APK (and policy) uploads streamed to disk, the import of the drafts.

The APKs are real ones written by ``piplkit.discover.samples.apk`` (binary manifest, dex files
holding the SDK classes) and read back by the real parser. Every test that uploads also checks that
the temporary upload folder is gone afterwards.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.api.helpers import Served, served
from tests.register.conftest import db_url  # noqa: F401

from piplkit.discover.samples.apk import SampleApk, write_apk
from piplkit.discover.samples.app_demo import DEMO_APK, DEMO_POLICY_ZH
from piplkit.faces.api import Settings
from piplkit.respond.verify import audit_log

CHECK = "/api/v1/apps/check"
IMPORT = "/api/v1/apps/import"
KIB = 1024


@pytest.fixture(autouse=True)
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Uploads land in a folder of this test's own, where none may be left afterwards (the PDF
    renderer keeps a font folder of its own there, which is not an upload)."""
    folder = tmp_path / "server-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder
    left = [p.name for p in folder.iterdir() if p.name.startswith("piplkit-")]
    assert left == [], "a temporary upload folder was left behind"


@pytest.fixture(scope="module")
def demo_apk(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return write_apk(DEMO_APK, tmp_path_factory.mktemp("apk") / "citymap.apk").read_bytes()


def _check(api: Served, files: dict[str, Any], role: str = "editor", data: Any = None,
           **params: str) -> Any:
    return api.client.post(CHECK, headers=api.auth(role), files=files, data=data or {},
                           params=params)


def _error(r: Any, status: int) -> str:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) <= {"error", "detail", "errors"}
    assert "piplkit-app-" not in body["detail"] and "/tmp" not in body["detail"]
    assert "Traceback" not in r.text
    return str(body["detail"])


def test_a_good_apk_gives_the_report(api: Served, demo_apk: bytes) -> None:
    r = _check(api, {"apk": ("citymap.apk", demo_apk)}, lang="en")
    assert r.status_code == 200, r.text
    report = r.json()
    assert report["report"] == "piplkit app check" and report["lang"] == "en"
    assert report["app"]["file"] == "citymap.apk"
    assert report["app"]["package"] == "com.example.citymap"
    assert {s["id"] for s in report["sdks"]} == {
        "jpush", "amap", "tencent_bugly", "firebase_analytics"}
    assert "no_policy" in {f["rule"] for f in report["findings"]}
    assert report["policy"] is None and report["app_type"] is None
    assert len(report["manual_checks"]) >= 5
    assert report["drafts"]["shared"]


def test_apk_with_policy_and_type(api: Served, demo_apk: bytes) -> None:
    r = _check(
        api,
        {"apk": ("citymap.apk", demo_apk),
         "policy": ("citymap-policy.html", DEMO_POLICY_ZH.encode("utf-8"), "text/html")},
        data={"type": "地图导航类"},
    )
    assert r.status_code == 200, r.text
    report = r.json()
    rules = {f["rule"] for f in report["findings"]}
    assert {"sdk_not_disclosed", "beyond_necessary", "policy_element_missing"} <= rules
    assert "no_policy" not in rules
    assert report["policy"]["file"] == "citymap-policy.html"
    assert report["app_type"]["id"] == "map_navigation"
    undisclosed = [f for f in report["findings"] if f["rule"] == "sdk_not_disclosed"]
    assert [f["evidence"][0].split(":")[0] for f in undisclosed] == ["SDK firebase_analytics"]


def test_the_html_and_pdf_reports(api: Served, demo_apk: bytes) -> None:
    r = _check(api, {"apk": ("citymap.apk", demo_apk)}, format="html", lang="en")
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html")
    assert "citymap-app-check-en.html" in r.headers["content-disposition"]
    assert "Google Analytics for Firebase" in r.text
    from piplkit.assess.documents.fonts import cjk_font_available

    r = _check(api, {"apk": ("citymap.apk", demo_apk)}, format="pdf")
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):
        assert r.status_code == 503
        return
    if not cjk_font_available():
        assert r.status_code == 503
        return
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/pdf"
    assert r.content.startswith(b"%PDF")


def test_not_an_apk_names_the_file(api: Served) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 200
    detail = _error(_check(api, {"apk": ("holiday photo.apk", png)}), 422)
    assert detail.startswith("holiday_photo.apk: not an APK")


def test_a_zip_without_a_manifest_is_not_an_apk(api: Served) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("readme.txt", "hello")
    detail = _error(_check(api, {"apk": ("notes.apk", buffer.getvalue())}), 422)
    assert detail == "notes.apk: not an APK (the zip holds no AndroidManifest.xml)"


def test_a_truncated_apk_names_the_file(api: Served, demo_apk: bytes) -> None:
    detail = _error(_check(api, {"apk": ("cut.apk", demo_apk[: len(demo_apk) // 2])}), 422)
    assert detail.startswith("cut.apk: ")


def test_an_unreadable_policy_names_the_policy(api: Served, demo_apk: bytes) -> None:
    r = _check(api, {"apk": ("citymap.apk", demo_apk),
                     "policy": ("policy.exe", b"MZ\x90\x00")})
    assert _error(r, 422).startswith("policy.exe: unsupported policy format")
    r = _check(api, {"apk": ("citymap.apk", demo_apk),
                     "policy": ("policy.pdf", b"%PDF-1.7 broken")})
    assert _error(r, 422).startswith("policy.pdf: ")


def test_form_mistakes_are_422(api: Served, demo_apk: bytes) -> None:
    files = {"apk": ("citymap.apk", demo_apk)}
    assert _error(_check(api, files, data={"type": "spaceship"}), 422).startswith(
        "type: 'spaceship' is not one of the 39 app types")
    assert _error(_check(api, files, data={"colour": "red"}), 422) == "colour: unknown field"
    assert _error(_check(api, files, data={"compare_register": "maybe"}), 422) == (
        "compare_register: must be true or false")
    assert _error(_check(api, {"policy": ("p.txt", b"x")}), 422) == (
        "apk: required file is missing")
    assert _error(_check(api, {"apk": (None, "not a file")}), 422) == "apk: must be a file"


def test_not_multipart_is_415(api: Served) -> None:
    r = api.client.post(CHECK, headers=api.auth("editor"), json={"apk": "x"})
    assert _error(r, 415).startswith("send the upload as multipart/form-data")


def test_a_truncated_multipart_body_is_400(api: Served, demo_apk: bytes) -> None:
    body = (b"--BOUNDARY\r\nContent-Disposition: form-data; name=\"apk\"; filename=\"a.apk\""
            b"\r\nContent-Type: application/octet-stream\r\n\r\n" + demo_apk[:3000])
    r = api.client.post(CHECK, headers={**api.auth("editor"),
                                        "Content-Type": "multipart/form-data; boundary=BOUNDARY"},
                        content=body)
    assert "ended early" in _error(r, 400)


@pytest.fixture
def small(db_url: str) -> Iterator[Served]:  # noqa: F811
    with served(db_url, Settings(max_body_bytes=64 * KIB, max_apk_bytes=32 * KIB)) as env:
        yield env


def _big_apk(tmp_path: Path, size: int) -> bytes:
    spec = SampleApk(**{**DEMO_APK.__dict__, "native_libs": {"lib/arm64-v8a/libbig.so": size}})
    return write_apk(spec, tmp_path / "big.apk").read_bytes()


def test_an_apk_over_the_limit_is_413_naming_it(small: Served, tmp_path: Path) -> None:
    data = _big_apk(tmp_path, 40 * KIB)
    assert 32 * KIB < len(data) < 64 * KIB  # within the body limit of other requests
    detail = _error(_check(small, {"apk": ("big.apk", data)}), 413)
    assert detail == "big.apk: larger than the 32.0 KiB limit for apk"
    ok = _check(small, {"apk": ("citymap.apk", write_apk(DEMO_APK, tmp_path / "c.apk")
                                .read_bytes())})
    assert ok.status_code == 200, ok.text


def test_a_huge_declared_body_is_refused_before_it_is_read(small: Served) -> None:
    def body() -> Iterator[bytes]:
        yield b"--B\r\nContent-Disposition: form-data; name=\"apk\"; filename=\"a.apk\"\r\n\r\n"
        raise AssertionError("the body was read")

    r = small.client.post(
        CHECK, content=body(),
        headers={**small.auth("editor"), "Content-Type": "multipart/form-data; boundary=B",
                 "Content-Length": str(50 * 1024 * 1024)})
    assert _error(r, 413).startswith("the upload (50.0 MiB) is larger than the limit "
                                      "(apk up to 32.0 KiB, policy up to 20.0 MiB)")


def test_roles(api: Served, demo_apk: bytes) -> None:
    files = {"apk": ("citymap.apk", demo_apk)}
    assert _error(_check(api, files, role="viewer"), 403).startswith("this needs the editor role")
    r = api.client.post(CHECK, files=files)
    assert _error(r, 401).startswith("authentication required")
    r = api.client.post(IMPORT, headers=api.auth("viewer"), json={})
    assert r.status_code == 403
    assert api.client.get("/api/v1/apps/types", headers=api.auth("viewer")).status_code == 200


def test_types_lists_the_39(api: Served) -> None:
    types = api.client.get("/api/v1/apps/types", headers=api.auth("viewer")).json()
    assert [t["number"] for t in types] == list(range(1, 40))
    assert types[0]["id"] == "map_navigation" and types[0]["name_zh"] == "地图导航类"


def test_import_the_drafts_then_compare_with_the_register(api: Served, demo_apk: bytes) -> None:
    files = {"apk": ("citymap.apk", demo_apk)}
    report = _check(api, files).json()
    before = _check(api, files, data={"compare_register": "true"}).json()
    assert "sdk_not_disclosed" in {f["rule"] for f in before["findings"]}
    r = api.client.post(IMPORT, headers=api.auth("editor"), json=report,
                        params={"system": "CityMap Android"})
    assert r.status_code == 200, r.text
    summary = r.json()
    assert summary["system"] == "CityMap Android"
    assert summary["dataset"] == "app:com.example.citymap"
    assert len(summary["transfers_created"]) == 4 and summary["stale_transfers"] == []
    again = api.client.post(IMPORT, headers=api.auth("editor"), json=report,
                            params={"system": "CityMap Android"}).json()
    assert again["transfers_created"] == [] and len(again["transfers_updated"]) == 4
    with api.reg.read() as session:
        events = audit_log(session, entity="dataset", entity_key="app:com.example.citymap")
        imports = [e for e in events if e.action == "import_app"]
        assert len(imports) == 2 and {e.actor for e in imports} == {"api:editor"}
        assert imports[0].changes["source"] == "api: citymap.apk"
    # the register's sharing list now discloses every SDK: no finding says otherwise
    compared = _check(api, files, data={"compare_register": "true"}).json()
    assert "sdk_not_disclosed" not in {f["rule"] for f in compared["findings"]}
    r = _check(api, files, data={"compare_register": "true", "organisation": "No Such Org"})
    assert _error(r, 404)


def test_import_refuses_bad_reports(api: Served, demo_apk: bytes) -> None:
    report = _check(api, {"apk": ("citymap.apk", demo_apk)}).json()
    bad = {**report, "drafts": {**report["drafts"], "collected": [
        {**report["drafts"]["collected"][0], "pi": "soul"}]}}
    r = api.client.post(IMPORT, headers=api.auth("editor"), json=bad)
    assert _error(r, 422) == "body: drafts.collected[0].pi: unknown PI type 'soul'"
    r = api.client.post(IMPORT, headers=api.auth("editor"),
                        json={**report, "report": "piplkit scan"})
    assert "not an app check report" in _error(r, 422)
    bad_app = {**report, "app": {**report["app"], "package": "com.x\x00y"}}
    r = api.client.post(IMPORT, headers=api.auth("editor"), json=bad_app)
    assert _error(r, 422).startswith("body.app.package: contains the control character U+0000")
    r = api.client.post(IMPORT, headers=api.auth("editor"), json=report,
                        params={"system": "bell\x07"})
    assert _error(r, 422).startswith("system: contains the control character U+0007")
    r = api.client.post(IMPORT, headers=api.auth("editor"), json=report,
                        params={"organisation": "No Such Org"})
    assert _error(r, 404)
    with api.reg.read() as session:
        assert not [e for e in audit_log(session) if e.action == "import_app"]
