"""Set 7's file writers in the shape :func:`heldout_files.write_set` calls.

Workbooks store numbers as numbers (phones and resident IDs included, as exports that lost
their text format do; an ID ending in X stays text beside them). A column is typed as a number
in Parquet (int64/float64) and JSON Lines when at least 85 % of its cells are numbers; the
other cells of such a column (placeholders) become empty. Workbooks carry title lines merged
across the table, merged group cells above the header, a 合计 row and several sheets; their save
time and zip entry times are pinned to the reference date so one seed gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout6.writers import Sheet, write_book

Grid = list[list[Any]]
#: Makers whose numbers a 合计 row adds up (amounts and counts, never phones or IDs).
_AMOUNTS = frozenset({"income", "balance"})


def _is_num(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def numeric_columns(grid: Grid) -> list[bool]:
    """Per column: every non-placeholder cell is a number (and there is at least one)."""
    out = []
    for j in range(len(grid[0])):
        cells = [r[j] for r in grid[1:]]
        nums = [v for v in cells if _is_num(v)]
        out.append(bool(nums) and len(nums) >= 0.85 * len(cells))
    return out


def _typed(cell: Any) -> Any:
    return cell if _is_num(cell) else None


def write_delimited(path: Path, table: Table, grid: Grid) -> None:
    buf = io.StringIO()
    delim = "\t" if table.fmt == "tsv" else ","
    ending = "\r\n" if table.encoding in ("utf-8-sig", "gbk") else "\n"
    if table.quote_all:
        out = csv.writer(buf, delimiter=delim, lineterminator=ending, quoting=csv.QUOTE_ALL)
    else:
        out = csv.writer(buf, delimiter=delim, lineterminator=ending)
    out.writerows(grid)
    path.write_bytes(buf.getvalue().encode(table.encoding or "utf-8"))


def write_jsonl(path: Path, table: Table, grid: Grid) -> None:
    nums = numeric_columns(grid)
    lines = []
    for row in grid[1:]:
        rec = {h: (_typed(v) if n else v) for h, v, n in zip(grid[0], row, nums, strict=True)}
        lines.append(json.dumps(rec, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_parquet(path: Path, table: Table, grid: Grid) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrays = {}
    for j, is_num in enumerate(numeric_columns(grid)):
        values = [row[j] for row in grid[1:]]
        if is_num:
            typed = [_typed(v) for v in values]
            ints = all(isinstance(v, int) or v is None for v in typed)
            arrays[grid[0][j]] = pa.array(typed, type=pa.int64() if ints else pa.float64())
        else:
            arrays[grid[0][j]] = pa.array(
                [None if v == "" else str(v) for v in values], pa.string()
            )
    pq.write_table(pa.table(arrays), path)


def write_xlsx(path: Path, parts: list[tuple[Table, Grid]], ref: date) -> None:
    """Set 7's workbooks: a 合计 row adds up amounts and counts, never phones or IDs."""
    sheets: list[Sheet] = []
    for table, grid in parts:
        totals: list[Any] | None = None
        if table.totals_row:
            nums = numeric_columns(grid)
            totals = ["合计"]
            for j in range(1, len(grid[0])):
                gen = table.columns[j].gen
                sums = nums[j] and (gen.startswith(("num:", "int:")) or gen in _AMOUNTS)
                vals = [r[j] for r in grid[1:] if _is_num(r[j])]
                totals.append(round(sum(vals), 2) if sums and vals else None)
        sheets.append((table, grid, totals))
    write_book(path, sheets, ref)
