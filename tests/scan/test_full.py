"""``--full``: every row is read, in parallel chunks for CSV, and counts do not depend on jobs."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest
from tests.scan.helpers import AS_OF, HEADER, people_rows, random_id, write_csv

from piplkit.scan import ScanOptions, fullscan, scan


@pytest.fixture
def people_csv(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "people.csv", people_rows(1200, minors_every=10))


def summary(report):  # type: ignore[no-untyped-def]
    [f] = report.files
    return f.rows, f.findings_by_type, f.minors, {c.name: (c.pi_type, c.matches) for c in f.columns}


def test_full_scan_counts_every_row(people_csv: Path) -> None:
    report = scan([str(people_csv)], ScanOptions(as_of=AS_OF, sample_rows=100, full=True, jobs=1))
    rows, by_type, minors, columns = summary(report)
    assert report.mode == "full"
    assert rows == 1200
    assert columns["sfzh"][0] == "cn_resident_id"
    assert columns["sfzh"][1] >= 1150
    assert minors == 120
    assert columns["order_no"] == (None, 0)
    assert by_type["cn_mobile"] >= 1200 + 240  # the column plus the notes
    assert all(c.sampled == 1200 for c in report.files[0].columns)


def test_parallel_chunks_give_the_same_counts(
    people_csv: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    single = scan([str(people_csv)], ScanOptions(as_of=AS_OF, sample_rows=100, full=True, jobs=1))
    monkeypatch.setattr(fullscan, "CHUNK_BYTES", 16 * 1024)  # many chunks on a small file
    parallel = scan([str(people_csv)], ScanOptions(as_of=AS_OF, sample_rows=100, full=True, jobs=2))
    assert summary(single) == summary(parallel)


def test_chunk_ranges_cover_every_record_once(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", people_rows(300))
    from piplkit.scan.readers.csv_reader import open_csv

    table = open_csv(path, "csv")
    assert table.chunks is not None
    columns = table.columns
    plans = [fullscan.ColumnPlan(()) for _ in columns]
    total = 0
    for span in fullscan.ranges(table.chunks, chunk_bytes=997):
        total += fullscan.scan_range(table.chunks, columns, plans, AS_OF, span).rows
    assert total == 300


def test_full_scan_finds_pi_the_sample_missed(tmp_path: Path) -> None:
    rng = random.Random(2)
    path = tmp_path / "late.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["code", "comment"])
        for i in range(500):
            writer.writerow([f"A{i:05d}", "ok" if i < 400 else f"证件 {random_id(rng)}"])
    sampled = scan([str(path)], ScanOptions(as_of=AS_OF, sample_rows=100)).files[0]
    full = scan([str(path)], ScanOptions(as_of=AS_OF, sample_rows=100, full=True, jobs=1)).files[0]
    assert sampled.findings_by_type == {}
    assert full.findings_by_type == {"cn_resident_id": 100}


def test_multiline_fields_fall_back_to_one_reader(tmp_path: Path) -> None:
    rows = people_rows(50)
    for r in rows[::5]:
        r[6] = "第一行\n第二行 " + r[6]
    path = write_csv(tmp_path / "multi.csv", rows)
    sample = scan([str(path)], ScanOptions(as_of=AS_OF, sample_rows=20)).files[0]
    assert sample.rows_estimated
    full = scan([str(path)], ScanOptions(as_of=AS_OF, sample_rows=20, full=True, jobs=2)).files[0]
    assert full.rows == 50
    assert [c.name for c in full.columns] == HEADER
