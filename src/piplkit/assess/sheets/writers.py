"""The CSV and XLSX writers behind every spreadsheet piplkit authors.

Both write to a temporary file next to the target and rename it into place, so an export that
fails half-way never leaves a truncated file where a good one was. Every cell goes through
:func:`piplkit.assess.sheets.cells.safe_cell`; XLSX text cells are typed as strings explicitly, and
CSV text fields are quoted (numbers are not, so they stay numbers in spreadsheet programs).
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from piplkit.assess.sheets.cells import Cell, safe_cell

#: Longest column width set in XLSX files, in characters.
_MAX_WIDTH = 60


@dataclass(frozen=True, slots=True)
class Sheet:
    """One table: a title (the XLSX sheet name), headers and rows."""

    title: str
    headers: list[str]
    rows: list[list[str | int | None]]


def _safe_rows(sheet: Sheet) -> Iterator[list[Cell]]:
    yield [safe_cell(h) for h in sheet.headers]
    for row in sheet.rows:
        yield [safe_cell(v) for v in row]


def _replace_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Run ``write`` on a temporary file in ``path``'s folder, then rename it to ``path``."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    temporary = Path(name)
    try:
        write(temporary)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def write_xlsx(path: Path, sheets: list[Sheet]) -> None:
    """One worksheet per sheet: bold, shaded header row, frozen; text wraps; widths fit."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE7F0")
    wrap = Alignment(wrap_text=True, vertical="top")
    for sheet in sheets:
        ws = book.create_sheet(sheet.title[:31])
        widths = [10] * len(sheet.headers)
        for number, values in enumerate(_safe_rows(sheet), start=1):
            for column, value in enumerate(values, start=1):
                cell = ws.cell(row=number, column=column, value=value)
                if isinstance(value, str):
                    cell.data_type = "s"  # text, whatever it starts with
                cell.alignment = wrap
                if number == 1:
                    cell.font = bold
                    cell.fill = fill
                if column <= len(widths):
                    width = len(str(value or "")) + 2
                    widths[column - 1] = min(_MAX_WIDTH, max(widths[column - 1], width))
        for column, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(column)].width = width
        ws.freeze_panes = "A2"
    _replace_atomically(path, lambda target: book.save(target))


def write_csv(path: Path, sheet: Sheet) -> None:
    """UTF-8 with a BOM (spreadsheet programs then read Chinese headers right); text quoted."""

    def write(target: Path) -> None:
        with target.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, quoting=csv.QUOTE_NONNUMERIC)
            for values in _safe_rows(sheet):
                writer.writerow("" if v is None else v for v in values)

    _replace_atomically(path, write)
