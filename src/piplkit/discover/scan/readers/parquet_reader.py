"""Parquet through pyarrow: exact row count from the footer, rows streamed in record batches."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from piplkit.discover.scan.tables import BATCH_ROWS, ReadError, Row, Table, to_cell, unique_headers


def open_parquet(path: Path) -> Table:
    try:
        meta = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        raise ReadError(f"not a readable Parquet file ({type(exc).__name__})") from None
    names = meta.schema_arrow.names
    columns = unique_headers(names)
    table = Table(str(path), "parquet", columns, lambda limit: _rows(path, limit))
    table.rows = meta.metadata.num_rows
    table.arrow_batches = lambda: _batches(path)
    return table


def _batches(path: Path) -> Iterator[pa.RecordBatch]:
    try:
        with pq.ParquetFile(path) as pf:
            yield from pf.iter_batches(batch_size=64 * BATCH_ROWS)
    except (pa.ArrowException, OSError) as exc:
        raise ReadError(f"Parquet data is corrupt ({type(exc).__name__})") from None


def _rows(path: Path, limit: int | None) -> Iterator[list[Row]]:
    taken = 0
    size = BATCH_ROWS if limit is None else max(1, min(limit, BATCH_ROWS))
    try:
        with pq.ParquetFile(path) as pf:
            for batch in pf.iter_batches(batch_size=size):
                columns = [col.to_pylist() for col in batch.columns]
                rows: list[Row] = [
                    [to_cell(col[i]) for col in columns] for i in range(batch.num_rows)
                ]
                if limit is not None:
                    rows = rows[: limit - taken]
                taken += len(rows)
                yield rows
                if limit is not None and taken >= limit:
                    return
    except (pa.ArrowException, OSError) as exc:
        raise ReadError(f"Parquet data is corrupt ({type(exc).__name__})") from None
