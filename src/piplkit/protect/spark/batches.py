"""Arrow batches → scanner rows, converted exactly as the single-process readers convert values
(``scan.tables.to_cell``), for the sample that the driver classifies."""

from __future__ import annotations

import pyarrow as pa

from piplkit.discover.scan.tables import Row, to_cell


def rows_of(batch: pa.RecordBatch) -> list[Row]:
    """The batch's rows as cells (text or None), as the Parquet reader makes them."""
    columns = [col.to_pylist() for col in batch.columns]
    return [[to_cell(col[i]) for col in columns] for i in range(batch.num_rows)]
