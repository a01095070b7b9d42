"""The ``piplkit scan`` command: JSON shape, HTML and table output, exit codes."""

from __future__ import annotations

import json
import random
from pathlib import Path

from tests.scan.helpers import people_rows, random_id, write_csv
from typer.testing import CliRunner

from piplkit.faces.cli.app import app

runner = CliRunner()
FILE_KEYS = {"path", "kind", "encoding", "rows", "columns", "findings_by_type"}
COLUMN_KEYS = {
    "name",
    "pi_type",
    "confidence",
    "matches",
    "sampled",
    "sensitive",
    "examples_masked",
}


def test_json_report_shape(tmp_path: Path) -> None:
    write_csv(tmp_path / "people.csv", people_rows(40, minors_every=4))
    (tmp_path / "note.txt").write_text("联系电话 13912345678", "utf-8")
    (tmp_path / "bad.xlsx").write_bytes(b"garbage")
    result = runner.invoke(
        app, ["scan", str(tmp_path), "--format", "json", "--as-of", "2026-11-25"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert {"as_of", "files", "summary"} <= set(report)
    assert report["as_of"] == "2026-11-25"
    for f in report["files"]:
        assert set(f) >= FILE_KEYS
        for c in f["columns"]:
            assert set(c) >= COLUMN_KEYS
    by_kind = {f["kind"]: f for f in report["files"]}
    assert by_kind["text"]["columns"] == []
    assert by_kind["text"]["findings_by_type"] == {"cn_mobile": 1}
    sfzh = next(c for c in by_kind["csv"]["columns"] if c["name"] == "sfzh")
    assert sfzh["pi_type"] == "cn_resident_id"
    assert sfzh["sensitive"] is True
    assert sfzh["minors"] == 10
    order = next(c for c in by_kind["csv"]["columns"] if c["name"] == "order_no")
    assert order["pi_type"] is None
    s = report["summary"]
    assert s["files_scanned"] == 2
    assert s["files_failed"] == 1
    assert s["minors"] == 10
    assert s["sensitive_by_type"]["cn_resident_id"] >= 36
    assert s["totals_by_type"]["cn_mobile"] >= 41
    [error] = s["errors"]
    assert "bad.xlsx" in error["path"]
    assert "bad.xlsx" in result.stderr


def test_no_raw_values_in_any_output(tmp_path: Path) -> None:
    rows = people_rows(30)
    write_csv(tmp_path / "people.csv", rows)
    raw = {r[0] for r in rows} | {r[2] for r in rows} | {r[4] for r in rows}
    for fmt in ("json", "html", "table"):
        out = tmp_path / f"report.{fmt}"
        result = runner.invoke(
            app, ["scan", str(tmp_path / "people.csv"), "-f", fmt, "-o", str(out)]
        )
        assert result.exit_code == 0, result.output
        text = out.read_text("utf-8")
        assert not any(value in text for value in raw), fmt


def test_html_report(tmp_path: Path) -> None:
    write_csv(tmp_path / "people.csv", people_rows(30, minors_every=3))
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["scan", str(tmp_path), "--format", "html", "--output", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text("utf-8")
    assert html.startswith("<!doctype html>")
    assert "<script" not in html
    assert "个人信息扫描报告" in html and "Personal information scan report" in html
    assert "居民身份证号码" in html and "tag sensitive" in html
    assert "未满十四周岁" in html


def test_table_output_names_columns_and_types(tmp_path: Path) -> None:
    write_csv(tmp_path / "people.csv", people_rows(20))
    result = runner.invoke(app, ["scan", str(tmp_path / "people.csv"), "--sample", "10"])
    assert result.exit_code == 0, result.output
    assert "cn_resident_id" in result.stdout
    assert "sample (10 rows per table)" in result.stdout


def test_exit_code_is_non_zero_only_when_nothing_was_scanned(tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    result = runner.invoke(app, ["scan", str(tmp_path / "empty.csv"), "-f", "json"])
    assert result.exit_code == 1
    assert "nothing could be scanned" in result.stderr
    assert "Traceback" not in result.output


def test_bad_options_fail_cleanly(tmp_path: Path) -> None:
    result = runner.invoke(app, ["scan", str(tmp_path), "--format", "xml"])
    assert result.exit_code == 2
    result = runner.invoke(app, ["scan", str(tmp_path), "--as-of", "yesterday"])
    assert result.exit_code == 2
    result = runner.invoke(app, ["scan", str(tmp_path), "--types", "shoe_size"])
    assert result.exit_code == 2
    assert "shoe_size" in result.stderr


def test_types_option_restricts_detection(tmp_path: Path) -> None:
    ident = random_id(random.Random(1))
    (tmp_path / "t.txt").write_text(f"身份证 {ident} 手机 13912345678", "utf-8")
    result = runner.invoke(app, ["scan", str(tmp_path), "-f", "json", "--types", "cn_mobile"])
    assert json.loads(result.stdout)["summary"]["totals_by_type"] == {"cn_mobile": 1}
