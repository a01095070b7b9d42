"""Read only the named columns of a table file into Arrow, for the risk report.

Row numbers (``__row__``) count data records from 1, the header not included. Text formats are
read in chunks of rows, so memory holds the chosen columns only, never the whole file.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from piplkit.protect.deid.io.atomic import DeidIOError
from piplkit.protect.deid.io.delimited import MAX_FIELD_CHARS, sniff_dialect
from piplkit.protect.deid.io.files import format_of
from piplkit.protect.deid.io.lines import read_lines
from piplkit.protect.deid.risk import ROW

CHUNK_ROWS = 65536


def load_columns(
    source: Path, columns: list[str], *, fmt: str | None = None, encoding: str = "utf-8"
) -> pa.Table:
    kind = fmt or format_of(source)
    if not source.is_file():
        raise DeidIOError(f"{source}: no such file")
    if kind == "parquet":
        return _parquet(source, columns)
    if kind in ("csv", "tsv"):
        rows = _delimited(source, columns, encoding, tsv=kind == "tsv")
    elif kind == "jsonl":
        rows = _jsonl(source, columns, encoding)
    elif kind == "xlsx":
        rows = _xlsx(source, columns)
    else:
        raise DeidIOError(f"{source}: risk needs a table (CSV, TSV, JSONL, XLSX or Parquet)")
    return _to_table(rows, columns)


def _to_table(rows: Iterator[list[Any]], columns: list[str]) -> pa.Table:
    chunks: list[pa.RecordBatch] = []
    names = [*columns, ROW]
    buffer: list[list[Any]] = []
    for number, row in enumerate(rows, start=1):
        buffer.append([*(None if v is None else str(v) for v in row), number])
        if len(buffer) >= CHUNK_ROWS:
            chunks.append(_batch(buffer, names))
            buffer = []
    if buffer or not chunks:
        chunks.append(_batch(buffer, names))
    return pa.Table.from_batches(chunks)


def _batch(rows: list[list[Any]], names: list[str]) -> pa.RecordBatch:
    arrays = [pa.array([r[i] for r in rows], type=pa.string()) for i in range(len(names) - 1)]
    arrays.append(pa.array([r[-1] for r in rows], type=pa.int64()))
    return pa.RecordBatch.from_arrays(arrays, names=names)


def _indexes(header: list[str], columns: list[str], source: Path) -> list[int]:
    missing = [c for c in columns if c not in header]
    if missing:
        raise DeidIOError(
            f"{source}: no column named {', '.join(missing)}; columns: {', '.join(header)}"
        )
    return [header.index(c) for c in columns]


def _delimited(
    source: Path, columns: list[str], encoding: str, *, tsv: bool
) -> Iterator[list[Any]]:
    csv.field_size_limit(MAX_FIELD_CHARS)
    try:
        with source.open(encoding=encoding, errors="strict", newline="") as fh:
            delimiter, _ = sniff_dialect(fh.read(65536), tsv=tsv)
            fh.seek(0)
            reader = csv.reader(fh, delimiter=delimiter)
            header = next(reader, None)
            if header is None:
                raise DeidIOError(f"{source}: empty file (no header row)")
            index = _indexes(header, columns, source)
            for row in reader:
                yield [row[i] if i < len(row) else None for i in index]
    except UnicodeDecodeError:
        raise DeidIOError(f"{source}: bytes are not valid {encoding} (mixed encodings?)") from None
    except csv.Error as exc:
        raise DeidIOError(f"{source}: malformed CSV ({exc})") from None


def _jsonl(source: Path, columns: list[str], encoding: str) -> Iterator[list[Any]]:
    for number, line in read_lines(source, encoding):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DeidIOError(
                f"{source}: line {number}: invalid JSON at column {exc.colno}"
            ) from None
        if not isinstance(record, dict):
            raise DeidIOError(f"{source}: line {number}: expected a JSON object")
        yield [_dotted(record, c) for c in columns]


def _dotted(record: dict[str, Any], path: str) -> Any:
    value: Any = record
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _xlsx(source: Path, columns: list[str]) -> Iterator[list[Any]]:
    from piplkit.discover.containers import ContainerError
    from piplkit.protect.deid.io.xlsx import open_workbook

    book = open_workbook(source)
    try:
        if not book.sheets:
            raise DeidIOError(f"{source}: workbook has no worksheet")
        index: list[int] | None = None
        expected = 2  # rows absent from the file are empty records: numbers stay Excel's - 1
        for number, row in book.rows(book.sheets[0]):
            if index is None:
                header = ["" if v is None else str(v) for v in row] if number == 1 else []
                index = _indexes(header, columns, source)
                if number == 1:
                    continue
            while expected < number:
                yield [None] * len(index)
                expected += 1
            expected = number + 1
            yield [row[i] if i < len(row) else None for i in index]
        if index is None:
            _indexes([], columns, source)
    except ContainerError as exc:
        raise DeidIOError(f"{source}: {exc.reason}") from None
    finally:
        book.close()


def _parquet(source: Path, columns: list[str]) -> pa.Table:
    try:
        schema = pq.read_schema(source)
        _indexes(schema.names, columns, source)
        table = pq.read_table(source, columns=columns)
    except pa.ArrowException as exc:
        raise DeidIOError(
            f"{source}: not a readable Parquet file ({exc.__class__.__name__})"
        ) from None
    return table.append_column(ROW, pa.array(range(1, table.num_rows + 1), type=pa.int64()))
