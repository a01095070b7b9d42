"""A column decided by a header naming a clinical measurement (血糖, HbA1c) and its bare numbers
reports its matching values alike in sample and full scans: the full count takes the profile's
measured side as the sample did, instead of falling back to the sample's count."""

from __future__ import annotations

import csv
import random
from collections import Counter
from pathlib import Path

import pyarrow as pa
from tests.conftest import AS_OF

from piplkit.discover.scan.analysis import ColumnPlan, count_values
from piplkit.discover.scan.arrow_counts import arrow_stats
from piplkit.discover.scan.columns import ColumnStats
from piplkit.discover.scan.options import ScanOptions
from piplkit.discover.scan.profiles import load_profiles
from piplkit.discover.scan.scanner import scan

ROWS = 600
SAMPLE = 100


def _lab_table(path: Path) -> Path:
    rng = random.Random(11)
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["检验单号", "空腹血糖", "糖化血红蛋白", "住院天数"])
        for i in range(ROWS):
            out.writerow(
                [
                    f"L{i:06d}",
                    f"{rng.uniform(3.5, 12):.1f}",
                    f"{rng.uniform(4, 11):.1f}%",
                    str(rng.randint(1, 30)),
                ]
            )
    return path


def _columns(path: Path, **options: object) -> dict[str, dict[str, object]]:
    report = scan([str(path)], ScanOptions(as_of=AS_OF, sample_rows=SAMPLE, **options))
    return {c["name"]: c for c in report.to_json_dict()["files"][0]["columns"]}


def test_full_scan_counts_every_measured_value(tmp_path: Path) -> None:
    path = _lab_table(tmp_path / "lab.csv")
    sample = _columns(path)
    for jobs in (1, 2):
        full = _columns(path, full=True, jobs=jobs)
        for name in ("空腹血糖", "糖化血红蛋白"):
            assert sample[name]["pi_type"] == full[name]["pi_type"] == "health_record"
            # every sampled value matched, and so does every row of the file
            assert sample[name]["matches"] == sample[name]["sampled"] == SAMPLE
            assert full[name]["matches"] == full[name]["sampled"] == ROWS, (name, jobs)
        # a bare number under a health header that names no measurement stays no record
        assert full["住院天数"]["pi_type"] != "health_record"


def test_both_count_paths_take_the_measured_side_only_when_told() -> None:
    profile = load_profiles().get("health_record")
    assert profile is not None and profile.measured is not None
    values = ["6.5", "7.9 %", "5.2", "血糖 6.1 mmol/L", "高血压"]
    for measured, expected in ((True, 5), (False, 2)):
        plan = ColumnPlan((), profile, measured=measured)
        (arrow,) = arrow_stats(["c"], pa.table({"c": values}), [plan], AS_OF)
        rows = ColumnStats("c")
        count_values(rows, Counter(values), plan, AS_OF)
        assert arrow.fits["health_record"] == rows.fits["health_record"] == expected, measured


def test_a_no_under_the_header_counts_alike_in_both_modes(tmp_path: Path) -> None:
    # Under a header naming a type whose "no" is an answer (health_record: 无 under HbA1c), the
    # sample counts the 无 cells with the fitting ones; the full count does too, on every row.
    rng = random.Random(5)
    path = tmp_path / "hba1c.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["受检者", "HbA1c"])
        for i in range(ROWS):
            out.writerow([f"S{i:05d}", "无" if i % 10 == 3 else f"{rng.uniform(4, 11):.1f}%"])
    whole_sample = scan([str(path)], ScanOptions(as_of=AS_OF, sample_rows=ROWS))
    (sampled,) = [
        c for c in whole_sample.to_json_dict()["files"][0]["columns"] if c["name"] == "HbA1c"
    ]
    assert sampled["pi_type"] == "health_record" and sampled["matches"] == ROWS
    for sample_rows in (ROWS, SAMPLE):
        report = scan([str(path)], ScanOptions(as_of=AS_OF, sample_rows=sample_rows, full=True))
        (full,) = [c for c in report.to_json_dict()["files"][0]["columns"] if c["name"] == "HbA1c"]
        assert full["matches"] == ROWS, sample_rows
