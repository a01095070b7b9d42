"""Writing generated tables as the files systems export: CSV (UTF-8, UTF-8 with BOM, GB18030),
XLSX workbooks (one sheet per table) and Parquet with typed columns.

Files are written to a temporary name and renamed, so an interrupted run never leaves a
half-written table that a later scoring run would read as a real one.
"""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

#: Output formats: (format id, file suffix, encoding or None for binary formats).
FORMATS: dict[str, tuple[str, str | None]] = {
    "csv_utf8": (".csv", "utf-8"),
    "csv_utf8_bom": (".csv", "utf-8-sig"),
    "csv_gb18030": (".csv", "gb18030"),
    "xlsx": (".xlsx", None),
    "parquet": (".parquet", None),
}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _replace(tmp: Path, path: Path) -> None:
    os.replace(tmp, path)


def write_csv(
    path: Path, encoding: str, headers: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """CSV as exported: GB18030 and BOM files with CRLF (Windows tools), UTF-8 with LF."""
    buffer = io.StringIO()
    newline = "\r\n" if encoding in ("gb18030", "utf-8-sig") else "\n"
    writer = csv.writer(buffer, lineterminator=newline)
    writer.writerow(headers)
    for row in rows:
        writer.writerow([_text(v) for v in row])
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(buffer.getvalue().encode(encoding))
    _replace(tmp, path)


def write_xlsx(
    path: Path,
    stamp: datetime,
    sheets: Sequence[tuple[str, Sequence[str], Sequence[Sequence[Any]]]],
) -> None:
    """One workbook, one sheet per table; numbers and dates stay typed as Excel stores them."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for title, headers, rows in sheets:
        sheet = book.create_sheet(title=title[:31])
        sheet.append(list(headers))
        for row in rows:
            sheet.append([v if v not in ("",) else None for v in row])
    tmp = path.with_name(path.name + ".tmp")
    book.save(tmp)
    _freeze_zip(tmp, stamp)
    _replace(tmp, path)


_CORE_DATES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _freeze_zip(path: Path, stamp: datetime) -> None:
    """Same bytes for the same content: openpyxl stamps the save time into docProps/core.xml
    and into every zip entry; both are replaced by ``stamp`` (the set's reference date)."""
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path) as src:
        entries = [(info, src.read(info.filename)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = _CORE_DATES.sub(rb"\g<1>" + iso + rb"\g<2>", data)
            frozen = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            frozen.compress_type = zipfile.ZIP_DEFLATED
            frozen.external_attr = info.external_attr
            dst.writestr(frozen, data)


_ARROW_TYPES = {"int": "int64", "float": "float64", "date": "date32", "datetime": "timestamp[s]"}


def write_parquet(
    path: Path, headers: Sequence[str], dtypes: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Typed columns; a dirty text cell in a numeric or date column becomes null (as loaders do)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrays = []
    for j, dtype in enumerate(dtypes):
        values = [row[j] for row in rows]
        if dtype in _ARROW_TYPES:
            kinds: dict[str, type | tuple[type, ...]] = {
                "int": int, "float": (int, float), "date": date, "datetime": datetime
            }
            kind = kinds[dtype]
            cleaned = [
                v if isinstance(v, kind) and not isinstance(v, bool) else None for v in values
            ]
            if dtype == "date":
                cleaned = [v.date() if isinstance(v, datetime) else v for v in cleaned]
            arrays.append(pa.array(cleaned, type=pa.type_for_alias(_ARROW_TYPES[dtype])))
        else:
            arrays.append(
                pa.array([None if v is None else _text(v) for v in values], type=pa.string())
            )
    table = pa.Table.from_arrays(arrays, names=list(headers))
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp)
    _replace(tmp, path)
