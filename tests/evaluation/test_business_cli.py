"""`piplkit eval business generate|score`: the set from the command line, errors as one line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.evaluation.helpers import needs_scan
from typer.testing import CliRunner

from piplkit.faces.cli.app import app

runner = CliRunner()


@needs_scan
def test_generate_then_score(tmp_path: Path) -> None:
    out = tmp_path / "set"
    result = runner.invoke(
        app, ["eval", "business", "generate", str(out), "--rows", "15", "--domain", "dating"]
    )
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert {t["domain"] for t in manifest["tables"]} == {"dating"}
    report_path = tmp_path / "report.json"
    result = runner.invoke(
        app,
        ["eval", "business", "score", str(out), "--as-of", "2026-12-04", "--json", str(report_path),
         "--check-floors"],
    )  # fmt: skip
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert "column type accuracy" in result.output
    assert report["as_of"] == "2026-12-04"
    assert report["columns"] == sum(len(t["columns"]) for t in manifest["tables"])
    # --check-floors: exit 1 exactly when a floor is missed, and say which
    assert result.exit_code == (1 if report["floors_failed"] else 0), result.output
    if report["floors_failed"]:
        assert "floors missed" in result.output


def test_score_without_a_set_is_one_clear_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "business", "score", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "not a folder" in result.output
    assert "Traceback" not in result.output


def test_unknown_domain_is_one_clear_line(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["eval", "business", "generate", str(tmp_path), "--domain", "bakery"]
    )
    assert result.exit_code == 2
    assert "unknown domain(s): bakery" in result.output
