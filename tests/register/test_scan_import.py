"""Scan reports become datasets; re-import updates in place; bad reports get clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.register.helpers import scan_file, scan_report, write_json

from piplkit.map.register import repository as repo
from piplkit.map.register.errors import InvalidInputError
from piplkit.map.register.models import DatasetColumn
from piplkit.map.register.scan_import import import_scan, load_report
from piplkit.map.register.schemas import SystemIn
from piplkit.map.register.store import Register

COLUMNS = [
    ("姓名", "person_name", False),
    ("身份证号", "cn_resident_id", True),
    ("备注", None, False),
]


def run(reg: Register, path: Path, system: str | None = None):  # type: ignore[no-untyped-def]
    report = load_report(path)
    with reg.write() as s:
        return import_scan(s, report, system=system, source=path.name)


def test_import_then_reimport_updates_without_duplicates(reg: Register, tmp_path: Path) -> None:
    with reg.write() as s:
        repo.systems.create(s, SystemIn(name="HR"))
    path = write_json(tmp_path / "r.json", scan_report([scan_file("data/staff.csv", COLUMNS)]))
    first = run(reg, path, system="HR")
    assert (first.created, first.pi_columns) == (("data/staff.csv",), 2)
    with reg.write() as s:
        repo.datasets.update(s, "data/staff.csv", {"grade": "important"})
    changed = scan_report(
        [scan_file("data/staff.csv", [COLUMNS[0], ("手机", "cn_mobile", False)], rows=250)]
    )
    second = run(reg, write_json(tmp_path / "r2.json", changed))
    assert (second.created, second.updated) == ((), ("data/staff.csv",))
    with reg.read() as s:
        ds = repo.datasets.dump(repo.datasets.get(s, "data/staff.csv"))
        n_columns = s.scalar(select(func.count()).select_from(DatasetColumn))
    assert [c.name for c in ds.columns] == ["姓名", "手机"]
    assert n_columns == 2
    assert (ds.rows, ds.grade.value, ds.system, ds.sensitivity.value) == (
        250,
        "important",
        "HR",
        "pi",
    )
    assert str(ds.scanned_on) == "2026-11-25"


def test_sheets_become_separate_datasets(reg: Register, tmp_path: Path) -> None:
    a = scan_file("book.xlsx", COLUMNS)
    b = scan_file("book.xlsx", COLUMNS[:1])
    a["table"], b["table"] = "员工", "客户"
    run(reg, write_json(tmp_path / "r.json", scan_report([a, b])))
    with reg.read() as s:
        names = [d.name for d in repo.datasets.list(s)]
        sensitivity = repo.datasets.get(s, "book.xlsx#员工").sensitivity.value
    assert sorted(names) == ["book.xlsx#员工", "book.xlsx#客户"]
    assert sensitivity == "sensitive"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", r"not valid JSON \(line 1"),
        ("[1, 2]", "not a scan report"),
        ('{"as_of": "2026-01-01", "files": [{"kind": "csv"}]}', r"files\.0\.path: required"),
        ('{"as_of": "someday", "files": []}', "as_of"),
        (
            '{"as_of": "2026-01-01", "files": [{"path": "a", "kind": "csv", '
            '"columns": [{"name": "x", "pi_type": "Bad Type"}]}]}',
            r"files\[0\]\.columns\[0\]\.pi_type",
        ),
    ],
)
def test_bad_reports(reg: Register, tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidInputError, match=message):
        run(reg, path)
    with reg.read() as s:
        assert repo.datasets.count(s) == 0


def test_duplicate_entry_rolls_back_the_whole_import(reg: Register, tmp_path: Path) -> None:
    report = scan_report([scan_file("a.csv", COLUMNS), scan_file("a.csv", COLUMNS)])
    with pytest.raises(InvalidInputError, match=r"lists 'a\.csv' twice"):
        run(reg, write_json(tmp_path / "r.json", report))
    with reg.read() as s:
        assert repo.datasets.count(s) == 0


def test_a_real_scan_carries_categories_minors_and_grading(
    reg: Register, tmp_path: Path, as_of
) -> None:  # type: ignore[no-untyped-def]
    """From `piplkit scan` to the register: the dataset gets the scan's categories, its minors'
    records and its grading; a grade people raised stays; a web-form edit keeps the grading."""
    import csv

    from piplkit.discover.scan import ScanOptions, scan

    table = tmp_path / "students.csv"
    with table.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["姓名", "出生日期", "民族"])
        for i in range(60):
            writer.writerow(
                [["张伟", "王芳", "李娜"][i % 3], f"2016-0{1 + i % 9}-1{i % 9}", "汉族"]
            )
    report = scan([str(table)], ScanOptions(as_of=as_of, jobs=1))
    path = write_json(tmp_path / "r.json", report.to_json_dict())
    run(reg, path)
    name = str(table)
    with reg.read() as s:
        ds = repo.datasets.dump(repo.datasets.get(s, name))
    assert ds.categories == ["basic"]
    assert ds.minors == 60
    assert ds.grading is not None and ds.grading["grade"] == "general"
    assert ds.grading["has_minors_pi"] is True
    assert ds.grade.value == "general" and ds.sensitivity.value == "sensitive"
    with reg.write() as s:
        repo.datasets.update(s, name, {"grade": "important"})
    run(reg, path)
    with reg.read() as s:
        ds = repo.datasets.dump(repo.datasets.get(s, name))
    assert ds.grade.value == "important", "a grade people raised is kept (the higher prevails)"
    assert ds.grading is not None and ds.categories == ["basic"]
