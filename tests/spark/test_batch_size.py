"""The full pass's Arrow batch size: the single-process reader's for narrow rows, bounded by text
size for wide ones, and set only for that job (the session's own value comes back)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from piplkit.discover.scan.options import ScanOptions
from piplkit.discover.scan.tables import BATCH_ROWS
from piplkit.protect.spark.scan_job import BATCH_TEXT_BYTES, MAX_BATCH_ROWS, batch_rows, spark_scan

SETTING = "spark.sql.execution.arrow.maxRecordsPerBatch"


def test_narrow_rows_get_the_single_process_batches() -> None:
    sample = [["110101199003070012", "王伟", "13800138000", None, "北京"]] * 100
    assert batch_rows(sample) == MAX_BATCH_ROWS == 64 * BATCH_ROWS


def test_wide_rows_get_fewer_rows_per_batch() -> None:
    note = "客户备注" * 160  # 1 920 bytes of UTF-8 per row
    rows = batch_rows([["1", note]] * 10)
    assert BATCH_ROWS <= rows < MAX_BATCH_ROWS
    assert rows * 1_920 <= BATCH_TEXT_BYTES


def test_very_wide_rows_and_no_rows_keep_the_scanner_batch() -> None:
    assert batch_rows([["x" * 10_000_000]]) == BATCH_ROWS
    assert batch_rows([]) == BATCH_ROWS


def test_the_session_setting_is_restored_after_a_scan(spark: Any, people_parquet: Path) -> None:
    before = spark.conf.get(SETTING, None)
    spark.conf.set(SETTING, "777")
    try:
        report = spark_scan(spark, [str(people_parquet)], ScanOptions(full=True, jobs=1))
        assert report.files and report.files[0].rows > 0
        assert spark.conf.get(SETTING) == "777"
    finally:
        if before is None:
            spark.conf.unset(SETTING)
        else:
            spark.conf.set(SETTING, before)
