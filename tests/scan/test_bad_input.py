"""Bad input: one clear, masked message per source, and the scan goes on with the rest."""

from __future__ import annotations

import os
import random
import zipfile
from pathlib import Path

import pytest
from tests.scan.helpers import AS_OF, HEADER, people_rows, random_id, write_csv

from piplkit.discover.scan import ScanOptions, scan

OPTIONS = ScanOptions(as_of=AS_OF, sample_rows=100)


def only_error(report, name: str) -> str:  # type: ignore[no-untyped-def]
    [error] = [e for e in report.summary.errors if name in e.path]
    assert name in error.message, "the message names the file"
    return error.message


def test_bad_files_fail_one_by_one_and_good_ones_are_scanned(tmp_path: Path) -> None:
    write_csv(tmp_path / "good.csv", people_rows(20))
    (tmp_path / "binary.csv").write_bytes(b"\x00\x01\x02PK\x00" * 100)
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "corrupt.xlsx").write_bytes(b"PK\x03\x04 this is not a workbook")
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 garbage")
    (tmp_path / "broken.json").write_text('{"a": [1, 2', "utf-8")
    (tmp_path / "broken.docx").write_bytes(b"not a zip")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n garbage")
    report = scan([str(tmp_path)], OPTIONS)
    assert [Path(f.path).name for f in report.files] == ["good.csv"]
    assert report.summary.files_scanned == 1
    assert report.summary.files_failed == 7
    assert "binary" in only_error(report, "binary.csv")
    assert "empty" in only_error(report, "empty.csv")
    assert "XLSX" in only_error(report, "corrupt.xlsx")
    assert "Parquet" in only_error(report, "broken.parquet")
    assert "JSON" in only_error(report, "broken.json")
    assert "DOCX" in only_error(report, "broken.docx")
    assert "PDF" in only_error(report, "broken.pdf")
    for error in report.summary.errors:
        assert "Traceback" not in error.message


def test_missing_path_is_reported(tmp_path: Path) -> None:
    report = scan([str(tmp_path / "nope.csv")], OPTIONS)
    assert report.files == []
    assert "no such file" in only_error(report, "nope.csv")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_csv(tmp_path / "secret.csv", people_rows(3))
    path.chmod(0)
    if os.geteuid() == 0:  # root reads files whatever their mode: simulate the refusal
        monkeypatch.setattr(os, "access", lambda *_a, **_k: False)
    report = scan([str(path)], OPTIONS)
    assert "permission" in only_error(report, "secret.csv")


def test_undecodable_bytes_are_replaced_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    rows = people_rows(30)
    text = ",".join(HEADER) + "\n" + "\n".join(",".join(r) for r in rows) + "\n"
    data = text.encode("utf-8")
    cut = data.index(b"\n", len(data) // 2)
    path.write_bytes(data[:cut] + b"\xff\xfe\xfa" + data[cut:])
    [f] = scan([str(path)], OPTIONS).files
    assert f.encoding == "utf-8"
    assert f.columns[0].pi_type == "cn_resident_id"
    assert any("undecodable bytes were replaced in 1 cell" in w for w in f.warnings)


def test_undecodable_head_is_an_error_or_a_warning_never_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(random.Random(1).randrange(128, 256) for _ in range(5000)))
    report = scan([str(path)], OPTIONS)
    assert len(report.files) + len(report.summary.errors) == 1


def test_huge_line_in_text(tmp_path: Path) -> None:
    rng = random.Random(5)
    ident = random_id(rng)
    path = tmp_path / "huge.txt"
    path.write_text(("字" * 3_000_000) + f" 身份证 {ident} " + ("x" * 10), "utf-8")
    [f] = scan([str(path)], OPTIONS).files
    assert f.findings_by_type == {"cn_resident_id": 1}


def test_huge_field_in_csv_is_one_message(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("a,b\n1," + "y" * (40 * 1024 * 1024) + "\n", "utf-8")
    report = scan([str(path)], OPTIONS)
    message = only_error(report, "wide.csv")
    assert "field" in message
    assert "y" * 50 not in message


def test_messages_never_carry_pi(tmp_path: Path) -> None:
    rng = random.Random(9)
    ident = random_id(rng)
    path = tmp_path / f"客户_{ident}.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("junk.txt", "nothing")
    report = scan([str(path)], OPTIONS)
    [error] = report.summary.errors
    assert ident not in error.message
    assert ident not in error.path
    assert ident[-4:] in error.message, "still recognisable by its masked preview"


def test_unreachable_database_masks_the_password() -> None:
    url = "postgresql://scanner:Sup3rSecret@127.0.0.1:1/nodb"
    report = scan([url], OPTIONS)
    [error] = report.summary.errors
    assert "Sup3rSecret" not in error.message + error.path
    assert "***" in error.path
    assert "cannot connect" in error.message


def test_missing_sqlite_file_is_not_created(tmp_path: Path) -> None:
    target = tmp_path / "absent.db"
    report = scan([f"sqlite:///{target}"], OPTIONS)
    assert not target.exists()
    assert "no such SQLite" in report.summary.errors[0].message
