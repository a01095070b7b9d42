"""``piplkit app check|types|sample`` end to end on a written APK and policy."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from piplkit.discover.samples.app_demo import write_demo
from piplkit.faces.cli.app import build_app

runner = CliRunner()
cli = build_app(("app_cmd", "register_cmd"))


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Path, Path]:
    return write_demo(tmp_path)


def run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(cli, [str(a) for a in args])


def test_table_lists_sdks_findings_and_manual_checks(demo: tuple[Path, Path]) -> None:
    apk, policy = demo
    res = run("app", "check", apk, "--policy", policy, "--type", "map_navigation", "--lang", "en")
    assert res.exit_code == 0, res.output
    out = res.output
    assert "JPush SDK (push, CN)" in out and "Google Analytics for Firebase" in out
    assert "SDK not disclosed" in out
    assert "beyond the necessary scope" in out
    assert "manual checks" in out and "pop-up" in out


def test_json_is_the_report_and_names_the_undisclosed_sdk(demo: tuple[Path, Path],
                                                          tmp_path: Path) -> None:
    apk, policy = demo
    out = tmp_path / "r.json"
    res = run("app", "check", apk, "--policy", policy, "--format", "json", "-o", out)
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["report"] == "piplkit app check"
    undisclosed = [f for f in data["findings"] if f["rule"] == "sdk_not_disclosed"]
    assert len(undisclosed) == 1 and "firebase_analytics" in undisclosed[0]["evidence"][0]
    assert len(data["manual_checks"]) >= 5
    assert {s["sdk"] for s in data["drafts"]["shared"]} == {
        "jpush", "amap", "tencent_bugly", "firebase_analytics"}


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_documents(demo: tuple[Path, Path], tmp_path: Path, fmt: str) -> None:
    apk, policy = demo
    out = tmp_path / f"r.{fmt}"
    res = run("app", "check", apk, "--policy", policy, "--format", fmt, "-o", out, "--lang", "en")
    assert res.exit_code == 0, res.output
    if fmt == "html":
        assert "Google Analytics for Firebase" in out.read_text(encoding="utf-8")
    else:
        assert zipfile.is_zipfile(out)


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--format", "pdf"], "needs -o"),
        (["--type", "spaceship"], "not one of the 39 app types"),
        (["--policy", "missing.html"], "no such file"),
    ],
)
def test_option_errors_are_one_line(demo: tuple[Path, Path], args: list[str], says: str) -> None:
    res = run("app", "check", demo[0], *args)
    assert res.exit_code == 2
    assert says in res.output and "Traceback" not in res.output


def test_not_an_apk_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "photo.apk"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    res = run("app", "check", bad)
    assert res.exit_code == 2
    assert "photo.apk" in res.output and "Traceback" not in res.output
    assert res.output.count("error:") == 1


def test_types_lists_all_39() -> None:
    res = run("app", "types", "--lang", "en")
    assert res.exit_code == 0
    assert len(res.output.strip().splitlines()) == 39


def test_table_to_a_file_has_no_markup(demo: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "r.txt"
    res = run("app", "check", demo[0], "--lang", "en", "-o", out)
    assert res.exit_code == 0, res.output
    text = out.read_text(encoding="utf-8")
    assert "manual checks" in text and "[bold" not in text and "\x1b[" not in text
