"""Write one table (or several sheets) the way the exporting systems do: delimited text in a
given encoding, workbooks with report titles and totals rows, typed Parquet, JSON Lines.
Files are written to a temporary name and renamed, so a failed run leaves no half file."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from piplkit.discover.evaluation.heldout3.spec import Table

Grid = list[list[Any]]  # column-major cells


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _replace(tmp: Path, path: Path) -> None:
    os.replace(tmp, path)


def write_delimited(path: Path, table: Table, grid: Grid) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=table.delimiter, lineterminator="\r\n")
    writer.writerow([c.header for c in table.columns])
    for row in zip(*grid, strict=True):
        writer.writerow([_text(v) for v in row])
    encoding = table.encoding or "utf-8"
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(buffer.getvalue().encode(encoding))
    _replace(tmp, path)


def write_jsonl(path: Path, table: Table, grid: Grid) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    headers = [c.header for c in table.columns]
    with tmp.open("w", encoding="utf-8", newline="\n") as out:
        for row in zip(*grid, strict=True):
            record = {}
            for h, v in zip(headers, row, strict=True):
                record[h] = v.isoformat() if isinstance(v, date) else v
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    _replace(tmp, path)


def write_parquet(path: Path, table: Table, grid: Grid) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrays = {}
    for col, cells in zip(table.columns, grid, strict=True):
        present = [v for v in cells if v is not None]
        if present and all(isinstance(v, bool) for v in present):
            arrays[col.header] = pa.array(cells, type=pa.bool_())
        elif present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
            arrays[col.header] = pa.array(cells, type=pa.int64())
        elif present and all(isinstance(v, (int, float)) for v in present):
            arrays[col.header] = pa.array([None if v is None else float(v) for v in cells])
        elif present and all(isinstance(v, datetime) for v in present):
            arrays[col.header] = pa.array(cells, type=pa.timestamp("s"))
        elif present and all(isinstance(v, date) for v in present):
            arrays[col.header] = pa.array(cells, type=pa.date32())
        else:
            arrays[col.header] = pa.array([None if v is None else _text(v) for v in cells])
    tmp = path.with_suffix(path.suffix + ".tmp")
    pq.write_table(pa.table(arrays), tmp)
    _replace(tmp, path)


def write_xlsx(path: Path, parts: list[tuple[Table, Grid]], ref: date) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for table, grid in parts:
        ws = wb.create_sheet(table.sheet or "Sheet1")
        for title in table.titles:
            ws.append([title])
        ws.append([c.header for c in table.columns])
        for row in zip(*grid, strict=True):
            ws.append([_excel_cell(v) for v in row])
        if table.totals:
            ws.append(_totals(table, grid))
    moment = datetime(ref.year, ref.month, ref.day)
    wb.properties.created = wb.properties.modified = moment
    tmp = path.with_suffix(path.suffix + ".tmp")
    wb.save(tmp)
    _replace(tmp, path)


_MANGLED = re.compile(r"\d\.\d+E\+\d\d")


def _excel_cell(value: Any) -> Any:
    """An ID that Excel turned into a number is a numeric cell in a workbook (4.40101E+17 is
    only how Excel shows it); in CSV exports it is that text."""
    if isinstance(value, str) and _MANGLED.fullmatch(value):
        return float(value)
    return value


def _totals(table: Table, grid: Grid) -> list[Any]:
    row: list[Any] = []
    for j, (col, cells) in enumerate(zip(table.columns, grid, strict=True)):
        if col.total == "sum":
            row.append(round(sum(v for v in cells if isinstance(v, (int, float))), 2))
        elif col.total:
            row.append(col.total)
        else:
            row.append("合计" if j == 0 else None)
    return row
