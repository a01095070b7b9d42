"""Parquet, streamed record batch by record batch with pyarrow.

String columns are de-identified cell by cell and stay strings. A column with a whole-cell rule
(``type:`` or an operator, declared or found by the column classifier on the first batch)
becomes a string column when it was not one (a masked phone number is text). Numeric columns
left to detection keep their type: a number that holds PI is set to null (counted as ``nulled``)
because its masked form is not a number. Other types (booleans, binary, nested) are copied
unchanged, with a warning when a rule names them.
"""

from __future__ import annotations

from itertools import chain
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from piplkit.protect.deid.classify import SAMPLE_ROWS
from piplkit.protect.deid.engine import Deidentifier
from piplkit.protect.deid.io.atomic import DeidIOError
from piplkit.protect.deid.report import NULLED

BATCH_ROWS = 8192


def deidentify_parquet(source: Path, target: Path, deid: Deidentifier) -> None:
    try:
        parquet = pq.ParquetFile(source)
    except (pa.ArrowException, OSError) as exc:
        raise DeidIOError(
            f"{source}: not a readable Parquet file ({exc.__class__.__name__})"
        ) from None
    schema = parquet.schema_arrow
    try:
        batches = parquet.iter_batches(batch_size=BATCH_ROWS)
        first = next(batches, None)
        if first is not None:
            deid.classify(schema.names, head_rows(first))
        plans = [arrow_plan(field, deid) for field in schema]
        for field, plan in zip(schema, plans, strict=True):
            if plan == "copy" and not deid.is_kept(field.name) and deid.has_cell_rule(field.name):
                deid.report.warnings.append(
                    f"column {field.name}: type {field.type} is copied unchanged"
                )
        out_schema = pa.schema(
            [
                f.with_type(pa.string()) if p in ("text", "to_text") else f
                for f, p in zip(schema, plans, strict=True)
            ],
            metadata=schema.metadata,
        )
        with pq.ParquetWriter(target, out_schema, compression="snappy") as writer:
            for batch in chain([first] if first is not None else [], batches):
                arrays = [
                    deidentify_arrow_column(batch.column(i), field.name, plan, deid)
                    for i, (field, plan) in enumerate(zip(schema, plans, strict=True))
                ]
                writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=out_schema))
                deid.report.rows += batch.num_rows
    except pa.ArrowException as exc:
        raise DeidIOError(
            f"{source}: cannot be read or written ({exc.__class__.__name__})"
        ) from None


def arrow_plan(field: pa.Field, deid: Deidentifier) -> str:
    """copy | text (string in, string out) | to_text (typed in, string out) | typed (nulls)."""
    if deid.is_kept(field.name):
        return "copy"
    kind = field.type
    if pa.types.is_dictionary(kind):
        kind = kind.value_type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        return "text"
    explicit = deid.has_cell_rule(field.name)
    if pa.types.is_integer(kind) or pa.types.is_floating(kind) or pa.types.is_decimal(kind):
        return "to_text" if explicit else "typed"
    if pa.types.is_date(kind) or pa.types.is_timestamp(kind):
        return "to_text" if explicit else "copy"
    return "copy"


def deidentify_arrow_column(array: pa.Array, name: str, plan: str, deid: Deidentifier) -> pa.Array:
    """One column of an Arrow batch de-identified according to its :func:`arrow_plan`."""
    if plan == "copy":
        return array
    cell = deid.cell
    values = array.to_pylist()
    if plan == "text":
        return pa.array(deid.cells(values, name), type=pa.string())
    if plan == "to_text":
        return pa.array([_text(v) for v in deid.cells(values, name)], type=pa.string())
    out: list[Any] = []
    for v in values:
        result = cell(v, name)
        if result is not v and isinstance(result, str):
            deid.report.record(name, None, NULLED)
            result = None
        out.append(result)
    return pa.array(out, type=array.type)


def head_rows(batch: pa.RecordBatch | pa.Table) -> list[list[Any]]:
    """The first rows of a batch as Python rows, for the column classifier."""
    head = batch.slice(0, SAMPLE_ROWS)
    columns = [head.column(i).to_pylist() for i in range(head.num_columns)]
    return [list(row) for row in zip(*columns, strict=True)]


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)
