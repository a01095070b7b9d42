"""XLSX, streamed with openpyxl's read-only reader and write-only writer, sheet by sheet.

Each sheet's first row is its header; cells keep their Python type unless changed (a changed
number or date becomes text). Formulas are written as their cached values: a de-identified copy
must not recompute from cells that were changed. Text stays text even when it starts with ``=``
(openpyxl would otherwise write it as a live formula): the copy holds the user's values unchanged,
and neutralising them is not deid's job. Styles, merged cells and charts are not copied.
"""

from __future__ import annotations

import zipfile
from itertools import chain, islice
from pathlib import Path
from typing import Any

from piplkit.deid.classify import SAMPLE_ROWS
from piplkit.deid.engine import Deidentifier
from piplkit.deid.io.atomic import DeidIOError
from piplkit.deid.io.delimited import widen


def deidentify_xlsx(source: Path, target: Path, deid: Deidentifier) -> None:
    from openpyxl import Workbook, load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(source, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
        raise DeidIOError(
            f"{source}: not a readable XLSX workbook ({exc.__class__.__name__})"
        ) from None
    out = Workbook(write_only=True)
    try:
        for sheet in book.worksheets:
            _sheet(sheet, out.create_sheet(sheet.title), deid, f"{source}[{sheet.title}]")
        out.save(target)
    finally:
        book.close()


def _sheet(sheet: Any, out: Any, deid: Deidentifier, where: str) -> None:
    rows = sheet.iter_rows(values_only=True)
    header = next(rows, None)
    if header is None:
        return
    columns = ["" if v is None else str(v) for v in header]
    out.append(_as_written(out, list(header)))
    head = list(islice(rows, SAMPLE_ROWS))
    for row in head:
        widen(columns, len(row))
    deid.classify(columns, head)  # each sheet is a table of its own
    cell = deid.cell
    for number, row in enumerate(chain(head, rows), start=2):
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
