"""Write generated held-out tables the way exporters do: CSV in several encodings and
delimiters, workbooks with several sheets (and report titles above the header), typed Parquet
and JSON Lines. Every file is written to a temporary name and renamed into place."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from piplkit.discover.evaluation.heldout.spec import Table

Grid = list[list[Any]]  # columns × rows


def _replace(tmp: Path, final: Path) -> None:
    os.replace(tmp, final)


def text_of(value: Any, null_token: str) -> str:
    if value is None:
        return null_token
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_csv(path: Path, table: Table, grid: Grid) -> None:
    buf = io.StringIO()
    writer = csv.writer(
        buf,
        delimiter=table.delimiter,
        lineterminator="\r\n" if table.crlf else "\n",
        quoting=csv.QUOTE_ALL if table.quote_all else csv.QUOTE_MINIMAL,
    )
    writer.writerow([c.header for c in table.columns])
    rows = len(grid[0]) if grid else 0
    guarded = {i for i, c in enumerate(table.columns) if c.header in table.excel_text}
    for r in range(rows):
        out = []
        for i, column in enumerate(grid):
            cell = text_of(column[r], table.null_token)
            if i in guarded and cell:
                cell = f'="{cell}"' if table.excel_text_style == "formula" else cell + "\t"
            out.append(cell)
        writer.writerow(out)
    if table.totals_row:
        writer.writerow(["合计", *[""] * (len(table.columns) - 1)])
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(buf.getvalue().encode(table.encoding))
    _replace(tmp, path)


def write_xlsx(path: Path, sheets: Sequence[tuple[Table, Grid]]) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for table, grid in sheets:
        ws = wb.create_sheet(table.sheet or "Sheet1")
        for line in table.title_rows:
            ws.append(list(line))
        ws.append([c.header or None for c in table.columns])
        rows = len(grid[0]) if grid else 0
        for r in range(rows):
            ws.append([column[r] for column in grid])
        if table.totals_row:
            ws.append(["合计"])
    tmp = path.with_name(path.name + ".tmp")
    wb.save(tmp)
    _replace(tmp, path)


def _arrow_column(values: list[Any]) -> Any:
    import pyarrow as pa

    kinds = {type(v) for v in values if v is not None}
    if kinds <= {int}:
        return pa.array(values, type=pa.int64())
    if kinds <= {int, float}:
        return pa.array([None if v is None else float(v) for v in values], type=pa.float64())
    if kinds <= {datetime}:
        return pa.array(values, type=pa.timestamp("ms"))
    if kinds <= {date}:
        return pa.array(values, type=pa.date32())
    if kinds <= {bool}:
        return pa.array(values, type=pa.bool_())
    return pa.array([None if v is None else text_of(v, "") for v in values], type=pa.string())


def write_parquet(path: Path, table: Table, grid: Grid) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow = pa.table(
        {c.header: _arrow_column(col) for c, col in zip(table.columns, grid, strict=True)}
    )
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(arrow, tmp)
    _replace(tmp, path)


def write_jsonl(path: Path, table: Table, grid: Grid) -> None:
    rows = len(grid[0]) if grid else 0
    lines = []
    for r in range(rows):
        obj = {}
        for c, column in zip(table.columns, grid, strict=True):
            value = column[r]
            if isinstance(value, datetime | date):
                value = text_of(value, "")
            obj[c.header] = value
        lines.append(json.dumps(obj, ensure_ascii=False))
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _replace(tmp, path)
