"""XLSX, streamed sheet by sheet: read by :mod:`piplkit.containers.xlsx`, written write-only.

The input passes the zip-bomb guard and is parsed row by row, so memory stays flat whatever its
size. Each sheet's first row is its header; cells keep their Python type unless changed (a
changed number or date becomes text). Formulas are written as their cached values: a
de-identified copy must not recompute from cells that were changed. Rows absent from the input
stay empty rows in the copy, so row numbers match. Styles, merged cells and charts are not
copied.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from piplkit.containers import ContainerError, ZipLimitError
from piplkit.containers.xlsx import Sheet
from piplkit.containers.xlsx import Workbook as XlsxReader
from piplkit.deid.engine import Deidentifier
from piplkit.deid.io.atomic import DeidIOError


def open_workbook(source: Path) -> XlsxReader:
    """The input workbook, or a :class:`DeidIOError` naming the file and what is wrong."""
    try:
        return XlsxReader(source)
    except ZipLimitError as exc:
        raise DeidIOError(f"{source}: {exc.reason}; nothing was written") from None
    except ContainerError as exc:
        raise DeidIOError(f"{source}: not a readable XLSX workbook ({exc.reason})") from None
    except OSError as exc:
        raise DeidIOError(f"{source}: cannot be read ({exc.strerror})") from None


def deidentify_xlsx(source: Path, target: Path, deid: Deidentifier) -> None:
    from openpyxl import Workbook

    book = open_workbook(source)
    out = Workbook(write_only=True)
    try:
        for sheet in book.sheets:
            where = f"{source}[{sheet.name}]"
            try:
                _sheet(book, sheet, out.create_sheet(sheet.name), deid, where)
            except ContainerError as exc:
                raise DeidIOError(f"{where}: {exc.reason}; nothing was written") from None
        if book.truncated_cells:
            deid.report.warnings.append(
                f"{book.truncated_cells} cell(s) longer than Excel's 32,767 characters were "
                "cut to that length"
            )
        out.save(target)
    finally:
        book.close()


def _sheet(book: XlsxReader, sheet: Sheet, out: Any, deid: Deidentifier, where: str) -> None:
    columns: list[str] = []
    cell = deid.cell
    expected = 1
    for number, row in book.rows(sheet):
        while expected < number:  # rows the input does not hold stay empty in the copy
            out.append([])
            expected += 1
        expected = number + 1
        if number == 1:
            columns = ["" if v is None else str(v) for v in row]
            out.append(row)
            continue
        while len(columns) < len(row):
            columns.append(f"column_{len(columns) + 1}")
        try:
            out.append([cell(value, columns[i]) for i, value in enumerate(row)])
        except ValueError as exc:  # openpyxl refuses control characters in strings
            raise DeidIOError(
                f"{where}: row {number}: cannot be written ({exc.__class__.__name__})"
            ) from None
        deid.report.rows += 1
