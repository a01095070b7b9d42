"""Arrow batches → scanner rows, and where each Spark partition starts in the table.

Both Spark jobs and the single-process readers turn values into cells with ``scan.tables.to_cell``,
and the full scan cuts rows into batches of ``BATCH_ROWS`` at the same global row numbers as the
single-process Parquet reader does (0, 5000, 10000 …), so that detection sees the same joined
texts. That needs each partition's first row number, which :func:`partition_offsets` counts in a
cheap job (Parquet answers it from its footers).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import pyarrow as pa

from piplkit.scan.tables import BATCH_ROWS, Row, to_cell

if TYPE_CHECKING:
    from pyspark.sql import DataFrame


def rows_of(batch: pa.RecordBatch) -> list[Row]:
    """The batch's rows as cells (text or None), as the Parquet reader makes them."""
    columns = [col.to_pylist() for col in batch.columns]
    return [[to_cell(col[i]) for col in columns] for i in range(batch.num_rows)]


def partition_offsets(df: DataFrame) -> dict[int, int]:
    """Row number of the first row of every partition (partitions in order)."""
    from pyspark.sql import functions as F

    counts = dict(
        df.select(F.spark_partition_id().alias("p")).groupBy("p").count().collect()  # type: ignore[arg-type]
    )
    offsets: dict[int, int] = {}
    total = 0
    for pid in range(df.rdd.getNumPartitions()):
        offsets[pid] = total
        total += int(counts.get(pid, 0))
    return offsets


def current_partition() -> int:
    """Partition id of the running task (called inside a UDF on an executor)."""
    from pyspark import TaskContext

    context = TaskContext.get()
    return context.partitionId() if context is not None else 0


def aligned(
    batches: Iterable[pa.RecordBatch], first_row: int, size: int = BATCH_ROWS
) -> Iterator[list[Row]]:
    """Rows regrouped so that every group ends at a multiple of ``size`` (global row number)."""
    pending: list[Row] = []
    need = size - first_row % size
    for batch in batches:
        pending.extend(rows_of(batch))
        while len(pending) >= need:
            yield pending[:need]
            pending = pending[need:]
            need = size
    if pending:
        yield pending
