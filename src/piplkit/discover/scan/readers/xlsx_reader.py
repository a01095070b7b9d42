"""XLSX workbooks, streamed through :mod:`piplkit.discover.containers.xlsx`: one table per
worksheet.

The archive passes the zip-bomb guard before anything is inflated, and sheets are parsed row by
row, so memory stays flat whatever the sheet's size. The header is the first of the first 20
non-empty rows that is about as wide as the table: report exports put a title (``客户信息导出
2026-12-01``) and a date line above the header, and those one- or two-cell rows are skipped;
totals rows (合计, 总计, Total) below the data are not data. ``rows`` comes from the sheet's stored
dimension and is marked estimated (the dimension can include trailing blank rows).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from piplkit.discover.containers import ContainerError, ZipLimitError
from piplkit.discover.containers.xlsx import MAX_CELL_CHARS, Sheet, Workbook
from piplkit.discover.scan.tables import BATCH_ROWS, ReadError, Row, Table, fit_row, unique_headers

_HEADER_SEARCH_ROWS = 20


def open_xlsx(path: Path) -> list[Table]:
    book = _load(path)
    try:
        tables: list[Table] = []
        for sheet in book.sheets:
            found = _header(book, sheet)
            if found is None:
                continue
            header_row, header = found
            columns = unique_headers(list(header))
            table = Table(str(path), "xlsx", columns, lambda _l: iter(()))
            table.read = _reader(path, sheet, header_row, columns, table)
            table.name = sheet.name
            if sheet.max_row is not None and sheet.max_row >= header_row:
                table.rows, table.rows_estimated = sheet.max_row - header_row, True
            tables.append(table)
    except ContainerError as exc:
        raise ReadError(exc.reason) from None
    finally:
        book.close()
    if not tables:
        raise ReadError("workbook has no sheet with a header row (empty)")
    return tables


def _load(path: Path) -> Workbook:
    try:
        return Workbook(path)
    except ZipLimitError as exc:
        raise ReadError(exc.reason) from None
    except ContainerError as exc:
        raise ReadError(f"not a readable XLSX workbook ({exc.reason})") from None


def _blank(value: Any) -> bool:
    return value is None or value == ""


def _filled(row: list[Any]) -> int:
    return sum(1 for v in row if not _blank(v))


def _header(book: Workbook, sheet: Sheet) -> tuple[int, list[Any]] | None:
    """The header row: the first non-empty row at least ~60 % as full as the fullest of the
    first rows (a title line above the table is not), else the first non-empty row."""
    rows: list[tuple[int, list[Any]]] = []
    for number, row in book.rows(sheet):
        if number > _HEADER_SEARCH_ROWS:
            break
        if not all(_blank(v) for v in row):
            rows.append((number, row))
    if not rows:
        return None
    fullest = max(_filled(row) for _, row in rows)
    need = max(2, -(-6 * fullest // 10))
    number, row = next(((n, r) for n, r in rows if _filled(r) >= need), rows[0])
    width = max(i for i, v in enumerate(row, start=1) if not _blank(v))
    return number, row[:width]


#: First cells of a totals row below the data.
_TOTALS = frozenset(
    {"合计", "总计", "小计", "合计：", "总计：", "total", "totals", "sum", "grand total"}
)


def _is_totals(row: list[Any]) -> bool:
    first = next((v for v in row if not _blank(v)), None)
    return isinstance(first, str) and first.strip().lower() in _TOTALS


def _reader(path: Path, sheet: Sheet, header_row: int, columns: list[str], table: Table):  # type: ignore[no-untyped-def]
    def read(limit: int | None) -> Iterator[list[Row]]:
        book = _load(path)
        try:
            batch: list[Row] = []
            taken = 0
            for _, raw in book.rows(sheet, min_row=header_row + 1):
                if all(_blank(v) for v in raw) or _is_totals(raw):
                    continue
                batch.append(fit_row(raw, len(columns)))
                taken += 1
                if limit is not None and taken >= limit:
                    break
                if len(batch) >= BATCH_ROWS:
                    yield batch
                    batch = []
            if batch:
                yield batch
        except ContainerError as exc:
            raise ReadError(f"sheet {sheet.name!r}: {exc.reason}") from None
        finally:
            if book.truncated_cells:
                table.warnings.append(
                    f"{book.truncated_cells} cell(s) longer than Excel's {MAX_CELL_CHARS:,} "
                    "characters were cut to that length"
                )
            book.close()

    return read
