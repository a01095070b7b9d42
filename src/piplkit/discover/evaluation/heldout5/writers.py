"""Set 5's file writers, one per format, in the shape :func:`heldout_files.write_set` calls.

Workbooks get what real report exports have: title lines above the header, merged group
cells above the header row, a totals row, several sheets per file, numbers typed as numbers.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

from piplkit.discover.evaluation.heldout5.spec import Table

Grid = list[list[Any]]

#: Generators whose cells are written as numbers in workbooks and Parquet.
NUMERIC = frozenset({"amount", "amount_int", "qty", "duration", "kwh", "big", "area_m2",
                     "weight_kg", "balance", "income"})  # fmt: skip


def _number(cell: Any) -> Any:
    if not isinstance(cell, str) or cell == "":
        return None if cell == "" else cell
    try:
        return int(cell) if cell.isdigit() else float(cell)
    except ValueError:
        return cell


def _typed(table: Table, grid: Grid) -> Grid:
    numeric = [c.gen in NUMERIC for c in table.columns]
    return [grid[0]] + [
        [_number(v) if n else v for v, n in zip(row, numeric, strict=True)] for row in grid[1:]
    ]


def write_delimited(path: Path, table: Table, grid: Grid) -> None:
    buf = io.StringIO()
    delim = "\t" if table.fmt == "tsv" else ","
    csv.writer(buf, delimiter=delim, lineterminator="\r\n").writerows(grid)
    path.write_bytes(buf.getvalue().encode(table.encoding or "utf-8"))


def write_jsonl(path: Path, table: Table, grid: Grid) -> None:
    headers = grid[0]
    lines = [
        json.dumps(dict(zip(headers, row, strict=True)), ensure_ascii=False) for row in grid[1:]
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_parquet(path: Path, table: Table, grid: Grid) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    typed = _typed(table, grid)
    columns: dict[str, list[Any]] = {}
    for j, header in enumerate(typed[0]):
        values = [row[j] for row in typed[1:]]
        numbers = all(v is None or isinstance(v, (int, float)) for v in values)
        if table.columns[j].gen in NUMERIC and numbers:
            columns[header] = [None if v is None else float(v) for v in values]
            continue
        columns[header] = [None if v in ("", "NULL") else str(v) for v in values]
    pq.write_table(pa.table(columns), path)


def write_xlsx(path: Path, parts: list[tuple[Table, Grid]], ref: date) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for table, grid in parts:
        sheet = book.create_sheet(table.sheet or "Sheet1")
        for title in table.title_rows:
            sheet.append([title])
        if table.groups:
            top = len(table.title_rows) + 1
            start = 1
            row: list[Any] = []
            for label, span in table.groups:
                row += [label] + [None] * (span - 1)
            sheet.append(row)
            for _label, span in table.groups:
                if span > 1:
                    sheet.merge_cells(start_row=top, start_column=start, end_row=top,
                                      end_column=start + span - 1)  # fmt: skip
                start += span
        typed = _typed(table, grid)
        for line in typed:
            sheet.append(line)
        if table.totals_row:
            totals: list[Any] = ["合计"]
            for j, col in enumerate(table.columns[1:], start=1):
                nums = [r[j] for r in typed[1:] if isinstance(r[j], (int, float))]
                totals.append(round(sum(nums), 2) if col.gen in NUMERIC and nums else None)
            sheet.append(totals)
    book.save(path)
