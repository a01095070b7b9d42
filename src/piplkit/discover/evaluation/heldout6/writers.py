"""Set 6's file writers in the shape :func:`heldout_files.write_set` calls.

Workbooks carry what report exports carry (a title line merged across the table, merged group
cells above the header, a 合计 row, several sheets), with numbers typed as numbers; their save
time and zip entry times are pinned to the set's reference date so that one seed gives the same
bytes. Parquet columns of numbers are int64/float64; JSON Lines keeps numbers as numbers.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout6.values_more import numeric

Grid = list[list[Any]]


def _as_number(cell: Any) -> Any:
    """A numeric column's cell for typed formats: placeholders become empty."""
    return cell if isinstance(cell, (int, float)) and not isinstance(cell, bool) else None


def write_delimited(path: Path, table: Table, grid: Grid) -> None:
    buf = io.StringIO()
    delim = "\t" if table.fmt == "tsv" else ","
    ending = "\n" if table.encoding in ("utf-8", "gb18030") else "\r\n"
    if table.quote_all:
        out = csv.writer(buf, delimiter=delim, lineterminator=ending, quoting=csv.QUOTE_ALL)
    else:
        out = csv.writer(buf, delimiter=delim, lineterminator=ending)
    out.writerows(grid)
    path.write_bytes(buf.getvalue().encode(table.encoding or "utf-8"))


def write_jsonl(path: Path, table: Table, grid: Grid) -> None:
    headers = grid[0]
    nums = [numeric(c.gen) for c in table.columns]
    lines = []
    for row in grid[1:]:
        rec = {h: (_as_number(v) if n else v) for h, v, n in zip(headers, row, nums, strict=True)}
        lines.append(json.dumps(rec, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_parquet(path: Path, table: Table, grid: Grid) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrays = {}
    for j, col in enumerate(table.columns):
        values = [row[j] for row in grid[1:]]
        if numeric(col.gen):
            nums = [_as_number(v) for v in values]
            kind = (
                pa.int64() if all(isinstance(v, int) or v is None for v in nums) else pa.float64()
            )
            arrays[col.header] = pa.array(nums, type=kind)
        else:
            arrays[col.header] = pa.array(
                [None if v == "" else str(v) for v in values], pa.string()
            )
    pq.write_table(pa.table(arrays), path)


def pin_zip(path: Path, ref: date) -> None:
    """Pin the workbook's zip entry times and core-properties dates to ``ref``."""
    stamp = f"{ref.isoformat()}T00:00:00Z"
    with zipfile.ZipFile(path) as src:
        entries = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), data
                )
            info = zipfile.ZipInfo(name, date_time=(ref.year, ref.month, ref.day, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)


Sheet = tuple[Table, Grid, list[Any] | None]


def write_book(path: Path, sheets: list[Sheet], ref: date) -> None:
    """One workbook, a sheet per table, laid out as report exports are: title lines merged
    across the table, merged group cells above the header, the header, the rows (numbers stay
    numbers) and, when given, a totals row. The sets differ only in what their totals add up."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for table, grid, totals in sheets:
        sheet = book.create_sheet(table.sheet or "Sheet1")
        width = len(grid[0])
        for title in table.title_rows:
            sheet.append([title])
            r = sheet.max_row
            sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
        if table.groups:
            top = sheet.max_row + 1 if table.title_rows else 1
            row: list[Any] = []
            for label, span in table.groups:
                row += [label] + [None] * (span - 1)
            sheet.append(row)
            start = 1
            for _label, span in table.groups:
                if span > 1:
                    sheet.merge_cells(start_row=top, start_column=start, end_row=top,
                                      end_column=start + span - 1)  # fmt: skip
                start += span
        for line in grid:
            sheet.append(line)
        if totals is not None:
            sheet.append(totals)
    book.save(path)
    pin_zip(path, ref)


def write_xlsx(path: Path, parts: list[tuple[Table, Grid]], ref: date) -> None:
    """Set 6's workbooks: a 合计 row adds up every numeric column but the row number."""
    sheets: list[Sheet] = []
    for table, grid in parts:
        totals: list[Any] | None = None
        if table.totals_row:
            totals = ["合计"]
            for j in range(1, len(table.columns)):
                col = table.columns[j]
                vals = [r[j] for r in grid[1:] if isinstance(r[j], (int, float))]
                summable = numeric(col.gen) and col.gen != "seq" and vals
                totals.append(round(sum(vals), 2) if summable else None)
        sheets.append((table, grid, totals))
    write_book(path, sheets, ref)
