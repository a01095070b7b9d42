"""``piplkit assess PROFILE --report FILE [--lang]``: writes the document, keeps the old output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from docx import Document
from typer.testing import CliRunner

from piplkit.assess.documents import writer
from piplkit.faces.cli import assess_cmd

from .helpers import SAMPLES

EXAMPLE = str(SAMPLES.joinpath("example.yaml"))
RETAIL = str(SAMPLES.joinpath("retail_platform.yaml"))


def _app() -> typer.Typer:
    app = typer.Typer()
    assess_cmd.register(app)

    @app.callback()
    def _root() -> None:
        pass

    return app


def _run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(_app(), ["assess", *args])


def test_html_report_in_chinese_by_default(tmp_path: Path) -> None:
    out = tmp_path / "pipia.html"
    res = _run(EXAMPLE, "--as-of", "2024-03-22", "--format", "json", "--report", str(out))
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)  # stdout stays machine-readable
    assert data["as_of"] == "2024-03-22"
    html = out.read_text("utf-8")
    assert '<html lang="zh-CN">' in html and "个人信息保护影响评估报告" in html
    assert "2024-03-22" in html and "Example Co." in html
    assert "report written" in res.stderr


def test_docx_report_in_english(tmp_path: Path) -> None:
    out = tmp_path / "pipia.docx"
    res = _run(RETAIL, "--as-of", "2025-12-01", "--report", str(out), "--lang", "en")
    assert res.exit_code == 0, res.output
    doc = Document(str(out))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert "Annex A — Filing checklists (standard contract, security assessment)" in headings
    assert "Cross-border transfers" in res.stdout  # the table output is unchanged


@pytest.mark.parametrize(
    ("name", "fragment"),
    [("pipia.txt", "unsupported report format '.txt'"), ("pipia", "(no suffix)")],
)
def test_bad_report_name_fails_before_evaluating(tmp_path: Path, name: str, fragment: str) -> None:
    res = _run(EXAMPLE, "--report", str(tmp_path / name))
    assert res.exit_code == 2
    assert fragment in " ".join(res.stderr.split())
    assert "Traceback" not in res.output


def test_missing_directory_is_one_clear_error(tmp_path: Path) -> None:
    res = _run(EXAMPLE, "--report", str(tmp_path / "nope" / "r.pdf"))
    assert res.exit_code == 2 and "does not exist" in " ".join(res.stderr.split())


def test_bad_language_is_refused(tmp_path: Path) -> None:
    res = _run(EXAMPLE, "--report", str(tmp_path / "r.html"), "--lang", "fr")
    assert res.exit_code == 2 and not (tmp_path / "r.html").exists()


def test_lang_without_report_warns() -> None:
    res = _run(EXAMPLE, "--as-of", "2024-03-22", "--lang", "en", "--format", "json")
    assert res.exit_code == 0 and "--lang only applies to --report" in res.stderr
    json.loads(res.stdout)


def test_failed_render_leaves_an_existing_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "pipia.pdf"
    out.write_bytes(b"previous report")

    def broken(report: object, fmt: str) -> bytes:
        raise writer.ReportError("the font 'Noto Sans CJK SC' is not installed")

    monkeypatch.setattr(writer, "render", broken)
    res = _run(EXAMPLE, "--report", str(out))
    assert res.exit_code == 2 and "Noto Sans CJK SC" in res.stderr
    assert out.read_bytes() == b"previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["pipia.pdf"]  # no temp file left behind


def test_report_replaces_an_existing_file(tmp_path: Path) -> None:
    out = tmp_path / "pipia.html"
    out.write_text("old", "utf-8")
    assert _run(EXAMPLE, "--as-of", "2024-03-22", "--report", str(out)).exit_code == 0
    assert out.read_text("utf-8").startswith("<!DOCTYPE html>")
