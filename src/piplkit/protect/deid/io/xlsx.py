"""XLSX, streamed sheet by sheet: read by :mod:`piplkit.discover.containers.xlsx`, written
write-only.

The input passes the zip-bomb guard and is parsed row by row, so memory stays flat whatever its
size. Each sheet's first row is its header; cells keep their Python type unless changed (a
changed number or date becomes text). Formulas are written as their cached values: a
de-identified copy must not recompute from cells that were changed. Text stays text even when
it starts with ``=`` (openpyxl would otherwise write it as a live formula): the copy holds the
user's values unchanged, and neutralising them is not deid's job. Rows absent from the input stay
empty rows in the copy, so row numbers match. Styles, merged cells and charts are not copied.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain, islice
from pathlib import Path
from typing import Any

from piplkit.discover.containers import ContainerError, ZipLimitError
from piplkit.discover.containers.xlsx import Sheet
from piplkit.discover.containers.xlsx import Workbook as XlsxReader
from piplkit.protect.deid.classify import SAMPLE_ROWS
from piplkit.protect.deid.engine import Deidentifier
from piplkit.protect.deid.io.atomic import DeidIOError
from piplkit.protect.deid.io.delimited import widen


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
    rows: Iterator[tuple[int, list[Any]]] = iter(book.rows(sheet))
    first = next(rows, None)
    if first is None:
        return
    number, header = first
    for _ in range(number - 1):  # rows the input does not hold stay empty in the copy
        out.append([])
    columns = ["" if v is None else str(v) for v in header]
    out.append(_as_written(out, list(header)))
    head = list(islice(rows, SAMPLE_ROWS))
    for _, row in head:
        widen(columns, len(row))
    deid.classify(columns, [row for _, row in head])  # each sheet is a table of its own
    cell = deid.cell
    expected = number + 1
    for number, row in chain(head, rows):
        while expected < number:
            out.append([])
            expected += 1
        expected = number + 1
        widen(columns, len(row))
        try:
            out.append(_as_written(out, [cell(value, columns[i]) for i, value in enumerate(row)]))
        except ValueError as exc:  # openpyxl refuses control characters in strings
            raise DeidIOError(
                f"{where}: row {number}: cannot be written ({exc.__class__.__name__})"
            ) from None
        deid.report.rows += 1


def _as_written(sheet: Any, values: list[Any]) -> list[Any]:
    """``values`` with text that openpyxl would take for a formula pinned to the string type."""
    if not any(isinstance(v, str) and v.startswith("=") for v in values):
        return values
    from openpyxl.cell import WriteOnlyCell

    out: list[Any] = []
    for value in values:
        if isinstance(value, str) and value.startswith("="):
            text = WriteOnlyCell(sheet, value=value)
            text.data_type = "s"
            value = text
        out.append(value)
    return out
