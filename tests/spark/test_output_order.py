"""`spark deid` writes its part files in input order: files in name order, rows as read.

Spark alone sorts input splits by size (the biggest file first) and packs small files into one
task; the folders below are built so that it would do both (see spark/ordering.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from tests import skips
from tests.scan.helpers import HEADER, write_csv

pytest.importorskip(
    "pyspark", reason=skips.spark("PySpark is not installed", "pip install -e '.[spark]'")
)

from tests.spark.test_spark import AS_OF, KEY, POLICY, csv_rows, single_deid

from piplkit.protect.spark.deid_job import spark_deid
from piplkit.protect.spark.inputs import open_input
from piplkit.protect.spark.ordering import split_settings

SIZES = {"a.csv": 300, "b.csv": 2500, "c.csv": 40, "d.csv": 60}


def lake(folder: Path, people: list[list[str]]) -> Path:
    folder.mkdir()
    start = 0
    for name, rows in SIZES.items():
        write_csv(folder / name, people[start : start + rows])
        start += rows
    return folder


def test_csv_folder_comes_out_in_input_order(
    spark: Any, people: list[list[str]], tmp_path: Path
) -> None:
    source = lake(tmp_path / "lake", people)
    expected: list[list[str]] = []
    for name in sorted(SIZES):
        single_deid(source / name, tmp_path / f"single-{name}")
        expected.extend(csv_rows(tmp_path / f"single-{name}")[1])
    target = tmp_path / "out"
    report = spark_deid(
        spark, open_input(spark, str(source)), str(target), POLICY, key=KEY, as_of=AS_OF
    )
    parts = sorted(p.name for p in target.glob("part-*"))
    assert len(parts) >= 5  # b.csv alone spans several splits
    assert (target / "_SUCCESS").exists()
    header, rows = csv_rows(target)
    assert header == HEADER
    assert rows == expected
    assert not any("not in input order" in w for w in report.warnings)
    # the session's split settings are restored after the job
    assert spark.conf.get("spark.sql.files.maxPartitionBytes") == str(256 * 1024)


def test_parquet_files_come_out_in_input_order(
    spark: Any, people: list[list[str]], tmp_path: Path
) -> None:
    folder = tmp_path / "pq"
    folder.mkdir()
    start = 0
    for name, rows in (("part-b.parquet", 2000), ("part-a.parquet", 100), ("part-c.parquet", 900)):
        chunk = people[start : start + rows]
        start += rows
        table = pa.table({h: [r[i] for r in chunk] for i, h in enumerate(HEADER)})
        pq.write_table(table, folder / name, row_group_size=300)
    target = tmp_path / "out"
    spark_deid(spark, open_input(spark, str(folder)), str(target), POLICY, key=KEY, as_of=AS_OF)
    expected: list[dict[str, Any]] = []
    for name in ("part-a.parquet", "part-b.parquet", "part-c.parquet"):
        single_deid(folder / name, tmp_path / f"single-{name}")
        expected.extend(pq.read_table(tmp_path / f"single-{name}").to_pylist())
    written: list[dict[str, Any]] = []
    for part in sorted(target.glob("part-*")):
        written.extend(pq.read_table(part).to_pylist())
    assert written == expected


def test_split_size_is_the_one_spark_would_choose() -> None:
    mb = 1024 * 1024
    # Spark: min(maxPartitionBytes, max(openCost, (bytes + files * openCost) / cores))
    assert split_settings(128 * mb, 4 * mb, 2, [20 * mb]) == 12 * mb
    assert split_settings(128 * mb, 4 * mb, 2, [10 * 1024 * mb]) == 128 * mb
    assert split_settings(128 * mb, 4 * mb, 8, [1000]) == 4 * mb
