"""The register reads scan reports with the scanner's own model (one definition of the report):
older and hand-made reports still import, unknown keys are ignored, and the parts of the report
the old reading model skipped are now checked too, with errors naming the field."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from tests.register.helpers import scan_file, scan_report, write_json

from piplkit.map.register import repository as repo
from piplkit.map.register.errors import InvalidInputError
from piplkit.map.register.scan_import import ImportSummary, import_scan, load_report
from piplkit.map.register.store import Register


def run(reg: Register, path: Path) -> ImportSummary:
    report = load_report(path)
    with reg.write() as s:
        return import_scan(s, report, source=path.name)


def test_an_older_report_without_is_pi_counts_typed_columns_as_pi(
    reg: Register, tmp_path: Path
) -> None:
    column = {"name": "phone", "pi_type": "cn_mobile"}
    file = {"path": "old.csv", "kind": "csv", "columns": [column, {"name": "note", "is_pi": None}]}
    report = {"as_of": "2025-06-01", "files": [file]}
    summary = run(reg, write_json(tmp_path / "old.json", report))
    assert summary.created == ("old.csv",) and summary.pi_columns == 1
    with reg.read() as s:
        ds = repo.datasets.dump(repo.datasets.get(s, "old.csv"))
    assert ds.sensitivity.value == "pi" and ds.rows is None


def test_unknown_keys_are_ignored_at_every_level(reg: Register, tmp_path: Path) -> None:
    report = scan_report([scan_file("a.csv", [("手机", "cn_mobile", False)])])
    report["produced_by"] = "piplkit 9"
    report["files"][0]["checksum"] = "abc"
    report["files"][0]["columns"][0]["histogram"] = [1, 2]
    report["summary"]["elapsed"] = 1.5
    assert run(reg, write_json(tmp_path / "r.json", report)).created == ("a.csv",)


def _with(change: dict[str, Any], where: str = "file") -> dict[str, Any]:
    file = scan_file("a.csv", [("手机", "cn_mobile", False)])
    report = scan_report([file])
    target = {"file": file, "column": file["columns"][0], "summary": report["summary"]}[where]
    target.update(change)
    return report


@pytest.mark.parametrize(
    ("report", "field"),
    [
        (_with({"mode": "fast"}), r"files\.0\.mode"),
        (_with({"findings_by_type": {"cn_mobile": -1}}), r"files\.0\.findings_by_type\.cn_mobile"),
        (_with({"warnings": ["bad\x00"]}), r"files\.0\.warnings\.0"),
        (_with({"encoding": "utf\n8"}), r"files\.0\.encoding"),
        (_with({"reason": "header \x1b[2J"}, "column"), r"files\.0\.columns\.0\.reason"),
        (_with({"non_empty": True}, "column"), r"files\.0\.columns\.0\.non_empty"),
        (_with({"totals_by_type": {"cn_mobile": "many"}}, "summary"), r"summary\.totals_by_type"),
        (
            _with({"errors": [{"path": "b.csv", "message": "x\x07"}]}, "summary"),
            r"summary\.errors\.0\.message",
        ),
    ],
)
def test_newly_checked_fields_are_refused_with_the_field_named(
    reg: Register, tmp_path: Path, report: dict[str, Any], field: str
) -> None:
    with pytest.raises(InvalidInputError, match=field):
        run(reg, write_json(tmp_path / "bad.json", report))
    with reg.read() as s:
        assert repo.datasets.count(s) == 0


def test_a_header_with_a_line_break_goes_from_scan_to_register(
    reg: Register, tmp_path: Path
) -> None:
    """The scanner used to write the header as is, and the import refused the whole report."""
    from piplkit.discover.scan import ScanOptions, scan

    table = tmp_path / "staff.csv"
    with table.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["手机\n号码", "备注"])
        for i in range(30):
            writer.writerow([f"1380013{i:04d}", "ok"])
    report = scan([str(table)], ScanOptions(as_of=date(2026, 12, 1), jobs=1))
    run(reg, write_json(tmp_path / "r.json", report.to_json_dict()))
    with reg.read() as s:
        ds = repo.datasets.dump(repo.datasets.get(s, str(table)))
    assert [c.name for c in ds.columns] == ["手机 号码", "备注"]
    assert ds.columns[0].pi_type == "cn_mobile"
