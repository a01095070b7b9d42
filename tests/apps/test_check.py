"""check_app on written APKs and policies in each format: findings, evidence and bad policies."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piplkit.discover.apps.check import check_app
from piplkit.discover.apps.errors import AppCheckError, PolicyError
from piplkit.discover.apps.policy_text import read_policy
from piplkit.discover.samples.apk import SampleApk, write_apk
from piplkit.discover.samples.app_demo import DEMO_APK, DEMO_POLICY_ZH

EN_POLICY = [
    "Privacy Policy of CityMap",
    "CityMap is operated by Example Maps Co., Ltd. Contact us: privacy@citymap.example.",
    "We collect the following types of personal information: precise location, contacts.",
    "We use your location in order to plan routes; it is collected automatically.",
    "We retain route history for 12 months.",
    "Third-party SDK list: JPush, Amap, Bugly and Google Analytics for Firebase (Google LLC).",
    "Firebase sends usage data outside China to the United States.",
]


@pytest.fixture
def demo_apk(tmp_path: Path) -> Path:
    return write_apk(DEMO_APK, tmp_path / "citymap.apk")


def _rules(report) -> dict[str, list]:  # type: ignore[no-untyped-def,type-arg]
    out: dict[str, list] = {}  # type: ignore[type-arg]
    for f in report.findings:
        out.setdefault(f.rule, []).append(f)
    return out


def test_without_policy_says_so_and_scope_names_the_permission(demo_apk: Path) -> None:
    report = check_app(demo_apk, app_type="1")  # by number: map navigation
    rules = _rules(report)
    assert "no_policy" in rules
    beyond = {f.title_en: f.evidence for f in rules["beyond_necessary"]}
    contacts = next(ev for title, ev in beyond.items() if "Contact list" in title)
    assert any("READ_CONTACTS" in e for e in contacts)
    order = ["high", "medium", "low", "info"]
    ranks = [order.index(f.severity) for f in report.findings]
    assert ranks == sorted(ranks)  # most severe first


def test_same_app_as_ride_hailing_has_no_location_beyond_scope(demo_apk: Path) -> None:
    report = check_app(demo_apk, app_type="ride_hailing")
    titles = [f.title_en for f in report.findings if f.rule == "beyond_necessary"]
    assert not any("Geographic coordinates" in t for t in titles)
    assert any("Contact list" in t for t in titles)


def test_zh_html_policy_finds_sdk_gap(demo_apk: Path, tmp_path: Path) -> None:
    policy = tmp_path / "p.html"
    policy.write_text(DEMO_POLICY_ZH, encoding="utf-8")
    rules = _rules(check_app(demo_apk, policy=policy))
    assert [f.evidence[0].split(":")[0] for f in rules["sdk_not_disclosed"]] == [
        "SDK firebase_analytics"]
    missing = {f.title_en for f in rules["policy_element_missing"]}
    assert any("retention" in t for t in missing)
    assert any("abroad" in t for t in missing)


def _docx_policy(path: Path, lines: list[str]) -> Path:
    from docx import Document

    doc = Document()
    doc.add_heading(lines[0], 1)
    for line in lines[1:]:
        doc.add_paragraph(line)
    doc.save(str(path))
    return path


def _pdf_policy(path: Path, lines: list[str]) -> Path:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    y = 800
    for line in lines:
        c.drawString(40, y, line)
        y -= 20
    c.save()
    path.write_bytes(buf.getvalue())
    return path


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_en_policy_in_each_format(demo_apk: Path, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"policy.{fmt}"
    if fmt == "txt":
        path.write_text("\n".join(EN_POLICY), encoding="utf-8")
    elif fmt == "docx":
        _docx_policy(path, EN_POLICY)
    else:
        pytest.importorskip("reportlab")
        _pdf_policy(path, EN_POLICY)
    report = check_app(demo_apk, policy=path)
    assert report.policy is not None and report.policy.fmt == fmt.replace("txt", "text")
    rules = _rules(report)
    assert "sdk_not_disclosed" not in rules
    found = {r.element.id for r in report.policy.elements if r.found}
    assert {"handler", "contact", "retention", "cross_border"} <= found
    missing = {r.element.id for r in report.policy.elements if r.applies and not r.found}
    assert "complaints" in missing


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("p.pdf", b"%PDF-1.4 truncated", "not a readable PDF"),
        ("p.docx", b"PK\x03\x04 not really", "not a readable DOCX"),
        ("p.rtf", b"{\\rtf1}", "unsupported policy format"),
        ("p.html", b"<html><body></body></html>", "no text found"),
    ],
)
def test_bad_policy_is_one_line(tmp_path: Path, name: str, data: bytes, says: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(PolicyError, match=says) as err:
        read_policy(path)
    assert name in str(err.value) and "\n" not in str(err.value)


def test_unknown_type_is_an_app_check_error(demo_apk: Path) -> None:
    with pytest.raises(AppCheckError, match="39 app types"):
        check_app(demo_apk, app_type="spaceship")


def test_debuggable_and_cleartext_are_reported(tmp_path: Path) -> None:
    spec = SampleApk(package="com.example.dbg", target_sdk=30, debuggable=True, cleartext=True,
                     dex=[["com.example.dbg.Main"]])
    rules = _rules(check_app(write_apk(spec, tmp_path / "d.apk")))
    assert "cleartext" in rules
    assert any(r.startswith("debug") for r in rules)


_FUZZ_DIR = Path(tempfile.mkdtemp(prefix="piplkit-policy-fuzz-"))


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([".pdf", ".docx", ".html", ".txt"]), st.binary(max_size=4096))
def test_random_policy_bytes_never_crash(suffix: str, data: bytes) -> None:
    path = _FUZZ_DIR / f"policy{suffix}"
    path.write_bytes(data)
    try:
        read_policy(path)
    except PolicyError as exc:
        assert "\n" not in str(exc)
