"""XLSX workbooks through openpyxl in read-only mode: one table per worksheet.

The header is the first non-empty row among the first 20. Read-only mode streams rows, so a
large sheet is sampled without loading it; ``rows`` comes from the sheet's stored dimension and
is marked estimated (the dimension can include trailing blank rows).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from piplkit.scan.tables import BATCH_ROWS, ReadError, Row, Table, fit_row, unique_headers

_HEADER_SEARCH_ROWS = 20


def open_xlsx(path: Path) -> list[Table]:
    book = _load(path)
    try:
        tables: list[Table] = []
        for sheet in book.worksheets:
            found = _header(sheet.iter_rows(max_row=_HEADER_SEARCH_ROWS, values_only=True))
            if found is None:
                continue
            header_row, header = found
            columns = unique_headers(list(header))
            table = Table(
                str(path), "xlsx", columns, _reader(path, sheet.title, header_row, columns)
            )
            table.name = sheet.title
            max_row = sheet.max_row
            if isinstance(max_row, int) and max_row >= header_row:
                table.rows, table.rows_estimated = max_row - header_row, True
            tables.append(table)
    finally:
        book.close()
    if not tables:
        raise ReadError("workbook has no sheet with a header row (empty)")
    return tables


def _load(path: Path) -> Any:
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        kind = type(exc).__name__
        raise ReadError(
            f"not a readable XLSX workbook (corrupt or not a zip archive: {kind})"
        ) from None


def _header(rows: Iterator[tuple[Any, ...]]) -> tuple[int, tuple[Any, ...]] | None:
    for index, row in enumerate(rows, start=1):
        if any(v not in (None, "") for v in row):
            width = max(i for i, v in enumerate(row, start=1) if v not in (None, ""))
            return index, row[:width]
    return None


def _reader(path: Path, sheet_name: str, header_row: int, columns: list[str]):  # type: ignore[no-untyped-def]
    def read(limit: int | None) -> Iterator[list[Row]]:
        book = _load(path)
        try:
            sheet = book[sheet_name]
            batch: list[Row] = []
            taken = 0
            for raw in sheet.iter_rows(min_row=header_row + 1, values_only=True):
                if not any(v not in (None, "") for v in raw):
                    continue
                batch.append(fit_row(list(raw), len(columns)))
                taken += 1
                if limit is not None and taken >= limit:
                    break
                if len(batch) >= BATCH_ROWS:
                    yield batch
                    batch = []
            if batch:
                yield batch
        except (zipfile.BadZipFile, KeyError, ValueError) as exc:
            raise ReadError(f"sheet {sheet_name!r} is corrupt ({type(exc).__name__})") from None
        finally:
            book.close()

    return read
