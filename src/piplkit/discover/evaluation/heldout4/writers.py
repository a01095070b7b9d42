"""Writing a set-4 table as exporting systems do: delimited text in the file's encoding
(CRLF or LF, quoted or not), workbooks with merged report titles, totals rows and IDs stored
as numbers, typed Parquet and JSON Lines. Files appear only when complete (temp + rename)."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

from piplkit.discover.evaluation.heldout4.spec import Table

Grid = list[list[Any]]  # column-major


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _commit(tmp: Path, path: Path) -> None:
    os.replace(tmp, path)


def write_delimited(path: Path, table: Table, grid: Grid) -> None:
    buffer = io.StringIO()
    crlf = table.encoding not in (None, "utf-8")  # Windows tools write CRLF; the rest LF
    writer = csv.writer(
        buffer,
        delimiter=table.delimiter,
        lineterminator="\r\n" if crlf else "\n",
        quoting=csv.QUOTE_ALL
        if table.fmt == "csv" and table.encoding == "gb18030"
        else csv.QUOTE_MINIMAL,
    )
    writer.writerow([c.header for c in table.columns])
    for row in zip(*grid, strict=True):
        writer.writerow([text(v) for v in row])
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(buffer.getvalue().encode(table.encoding or "utf-8"))
    _commit(tmp, path)


def write_jsonl(path: Path, table: Table, grid: Grid) -> None:
    tmp = path.with_name(path.name + ".part")
    headers = [c.header for c in table.columns]
    with tmp.open("w", encoding="utf-8", newline="\n") as out:
        for row in zip(*grid, strict=True):
            record = {
                h: (text(v) if isinstance(v, date) else v)
                for h, v in zip(headers, row, strict=True)
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    _commit(tmp, path)


def write_parquet(path: Path, table: Table, grid: Grid) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrays: dict[str, Any] = {}
    for col, cells in zip(table.columns, grid, strict=True):
        present = [v for v in cells if v is not None]
        if present and all(isinstance(v, bool) for v in present):
            arrays[col.header] = pa.array(cells, type=pa.bool_())
        elif present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
            arrays[col.header] = pa.array(cells, type=pa.int64())
        elif present and all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in present
        ):
            arrays[col.header] = pa.array([None if v is None else float(v) for v in cells])
        elif present and all(isinstance(v, datetime) for v in present):
            arrays[col.header] = pa.array(cells, type=pa.timestamp("ms"))
        elif present and all(isinstance(v, date) for v in present):
            arrays[col.header] = pa.array(cells, type=pa.date32())
        else:
            arrays[col.header] = pa.array([None if v is None else text(v) for v in cells])
    tmp = path.with_name(path.name + ".part")
    pq.write_table(pa.table(arrays), tmp)
    _commit(tmp, path)


def write_xlsx(path: Path, parts: list[tuple[Table, Grid]], ref: date) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for table, grid in parts:
        ws = wb.create_sheet(table.sheet or "Sheet1")
        width = len(table.columns)
        for title in table.titles:
            ws.append([title])
            if width > 1:
                ws.merge_cells(
                    start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=width
                )
        ws.append([c.header for c in table.columns])
        for row in zip(*grid, strict=True):
            ws.append(list(row))
        if table.totals:
            ws.append(_totals(table, grid))
    moment = datetime(ref.year, ref.month, ref.day, 9, 30)
    wb.properties.created = wb.properties.modified = moment
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    _commit(tmp, path)


def _totals(table: Table, grid: Grid) -> list[Any]:
    row: list[Any] = []
    for j, (col, cells) in enumerate(zip(table.columns, grid, strict=True)):
        if col.total == "sum":
            row.append(
                round(
                    sum(
                        v for v in cells if isinstance(v, (int, float)) and not isinstance(v, bool)
                    ),
                    2,
                )
            )
        elif col.total:
            row.append(col.total)
        else:
            row.append("总计" if j == 0 else None)
    return row
