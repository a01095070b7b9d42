"""`piplkit eval`: generate then score; bad input gives one clear error, not a traceback."""

from __future__ import annotations

import json
from pathlib import Path

from tests.evaluation.helpers import needs_detector
from typer.testing import CliRunner

from piplkit.faces.cli.app import app

runner = CliRunner()


def test_generate_writes_a_set(tmp_path: Path) -> None:
    out = tmp_path / "set"
    result = runner.invoke(
        app,
        [
            "eval",
            "generate",
            str(out),
            "--sentences",
            "30",
            "--negatives",
            "10",
            "--tables",
            "2",
            "--rows",
            "5",
        ],
    )
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert (manifest["sentences"], manifest["negatives"], manifest["tables"]) == (30, 10, 2)


def test_score_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "score", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "not a folder" in result.output
    assert "Traceback" not in result.output


def test_score_broken_jsonl_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "sentences.jsonl").write_text(
        '{"id": "a", "text": "x", "spans": []}\n{oops\n', encoding="utf-8"
    )
    result = runner.invoke(app, ["eval", "score", str(tmp_path), "--no-tables"])
    assert result.exit_code == 2
    assert "line 2" in result.output


def test_generate_rejects_unknown_slot(tmp_path: Path) -> None:
    carriers = tmp_path / "c.txt"
    carriers.write_text("qq号{qq}\n", encoding="utf-8")
    result = runner.invoke(
        app, ["eval", "generate", str(tmp_path / "o"), "--carriers", str(carriers)]
    )
    assert result.exit_code == 2
    assert "unknown slot {qq}" in result.output


@needs_detector
def test_score_prints_masked_errors_only(tmp_path: Path) -> None:
    out = tmp_path / "set"
    args = [
        "eval",
        "generate",
        str(out),
        "--sentences",
        "120",
        "--negatives",
        "40",
        "--tables",
        "0",
    ]
    assert runner.invoke(app, args).exit_code == 0
    report = tmp_path / "report.json"
    result = runner.invoke(
        app,
        [
            "eval",
            "score",
            str(out),
            "--as-of",
            "2026-11-25",
            "--json",
            str(report),
            "--errors",
            "500",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "identifiers micro" in result.output
    values = set()
    for line in (out / "sentences.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        values |= {
            record["text"][s["start"] : s["end"]]
            for s in record["spans"]
            if s["end"] - s["start"] >= 5
        }
    printed = result.output + report.read_text(encoding="utf-8")
    leaked = [v for v in values if v in printed]
    assert not leaked, f"{len(leaked)} raw values printed"


def test_bad_date(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "score", str(tmp_path), "--as-of", "2026-13-40"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output
