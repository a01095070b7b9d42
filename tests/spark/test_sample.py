"""The sample job reads one partition per core at first (scan_job._sample_partitions) and still
gives the table's first rows in order, whatever the split size."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyspark")


def first_rows(path: Path, limit: int) -> list[list[str | None]]:
    import pyarrow.parquet as pq

    from piplkit.protect.spark.batches import rows_of

    batch = pq.read_table(path).slice(0, limit).combine_chunks().to_batches()[0]
    return rows_of(batch)


@pytest.mark.parametrize("initial", [None, "1", "3"])
def test_sample_is_the_first_rows_in_order(
    spark: Any, people_parquet: Path, initial: str | None
) -> None:
    from piplkit.protect.spark.inputs import open_input
    from piplkit.protect.spark.scan_job import INITIAL_PARTITIONS, sample_rows
    from piplkit.protect.spark.session import scoped_conf

    # splits of 16 KiB over row groups of 700 rows: many partitions, most of them empty, so
    # 1 500 rows come from at least three partitions (and from more than the first try reads)
    settings = {"spark.sql.files.maxPartitionBytes": str(16 * 1024)}
    if initial is not None:
        settings[INITIAL_PARTITIONS] = initial
    with scoped_conf(spark, settings):
        source = open_input(spark, str(people_parquet), None, None)
        assert source.df.rdd.getNumPartitions() > 4
        sample = sample_rows(source, 1500)
        assert spark.conf.get(INITIAL_PARTITIONS, None) == initial  # the user's value is kept
    assert sample == first_rows(people_parquet, 1500)
    assert spark.conf.get(INITIAL_PARTITIONS, None) is None  # restored after the job


def test_sample_partitions_one_per_core_unless_set(spark: Any) -> None:
    from piplkit.protect.spark.scan_job import (
        INITIAL_PARTITIONS,
        SAMPLE_PARTITIONS,
        _sample_partitions,
    )
    from piplkit.protect.spark.session import scoped_conf

    cores = spark.sparkContext.defaultParallelism
    assert _sample_partitions(spark) == {INITIAL_PARTITIONS: str(min(cores, SAMPLE_PARTITIONS))}
    with scoped_conf(spark, {INITIAL_PARTITIONS: "1"}):
        assert _sample_partitions(spark) == {}
