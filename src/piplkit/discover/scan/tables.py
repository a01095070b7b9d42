"""What readers hand to the scanner: tables (named columns, rows in batches) and documents
(text in pieces). Readers know formats; the scanner knows nothing about formats."""

from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

Cell = str | None
Row = list[Cell]
#: ``read(limit)`` yields batches of rows; ``limit`` None means every row.
RowReader = Callable[[int | None], Iterator[list[Row]]]

#: Rows per batch handed to the classifier.
BATCH_ROWS = 5000

#: Full-width digits and Latin letters (U+FF10-FF19, FF21-FF3A, FF41-FF5A) to ASCII, for
#: ``str.translate``. Chinese input methods type digits and letters full-width (１３８…, Ｘ): an
#: ID number or a phone keyed so is the same value. Both the sample path (``analysis.clean``)
#: and the full scan (``arrow_cells.distinct_cells``) fold with this one table, so the two
#: count the same values; punctuation (，：（）) stays as the writer typed it.
FULLWIDTH = {
    code: code - 0xFEE0
    for code in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]
}
#: (Set 17, fix17b) A resident ID printed in its three fields, region, birth date and sequence
#: (``450103 19430725 9495``), as household-registration uploads and some ID readers write it:
#: the same number, joined (``GROUPED_ID_JOINED``) before any check. Both the sample path and
#: the full scan join with this one pattern. A bank card's groups of four never fit it.
GROUPED_ID = r"^([1-8][0-9]{5}) ([12][0-9]{7}) ([0-9]{3}[0-9Xx])$"
GROUPED_ID_JOINED = r"\1\2\3"
GROUPED_ID_LENGTH = 20


class ReadError(Exception):
    """A source that cannot be read; the message names no value, only what is wrong."""


@dataclass(slots=True)
class ChunkPlan:
    """How to split a delimited text file into byte ranges that processes parse on their own."""

    path: str
    encoding: str
    delimiter: str
    quotechar: str
    data_start: int
    size: int
    n_columns: int
    #: Codecs tried, in order, for lines the main one cannot decode (see textdecode), and
    #: whether every UTF-8-valid line of a GB18030/Big5 file is checked (``Sniff.careful``).
    fallbacks: tuple[str, ...] = ()
    careful: bool = False
    #: Where the full scan reports what decoding did (a ``textdecode.DecodeNotes``).
    notes: Any = None


@dataclass(slots=True)
class Table:
    path: str
    kind: str
    columns: list[str]
    read: RowReader
    name: str | None = None
    encoding: str | None = None
    rows: int = -1
    rows_estimated: bool = False
    warnings: list[str] = field(default_factory=list)
    chunks: ChunkPlan | None = None
    #: Exact or estimated row count taken without reading rows (line count, COUNT(*)).
    count_rows: Callable[[], int] | None = None
    #: Every row as Arrow record batches (columnar sources): full scans then count in Arrow.
    arrow_batches: Callable[[], Iterator[Any]] | None = None


@dataclass(slots=True)
class Document:
    path: str
    kind: str
    #: ``pieces()`` yields text pieces of bounded size.
    pieces: Callable[[], Iterator[str]]
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)


#: Leading bytes of the binary formats a column of photos or templates holds.
_MAGIC = (
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG", "png"),
    (b"GIF8", "gif"),
    (b"BM", "bmp"),
    (b"RIFF", "riff"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
)


def binary_tag(value: bytes | bytearray | memoryview) -> Cell:
    """A binary value as a tag naming its format (``[binary jpeg]``), never its bytes: a BLOB
    column of face photos is then seen as one (its header and the tags), and nothing else
    reads anything into it."""
    head = bytes(value[:16])
    if not head:
        return None
    kind = next((name for magic, name in _MAGIC if head.startswith(magic)), "data")
    if kind == "riff":
        kind = "webp" if head[8:12] == b"WEBP" else "wav" if head[8:12] == b"WAVE" else "riff"
    return f"[binary {kind}]"


def to_cell(value: Any) -> Cell:
    """A database/Excel/Parquet value as text for the detector; empty becomes None.

    Whole floats lose their ``.0`` (Excel stores long numbers as floats), dates print in ISO form,
    binary values become a tag naming their format (:func:`binary_tag`).
    """
    if value is None:
        return None
    if isinstance(value, bytes | bytearray | memoryview):
        return binary_tag(value)
    if isinstance(value, str):
        return value or None
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e18 else repr(value)
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    return str(value)


def unique_headers(names: list[Any]) -> list[str]:
    """Header names as strings, blanks named ``column_N`` and duplicates suffixed ``_2``, ``_3``."""
    out: list[str] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(names, start=1):
        name = (to_cell(raw) or "").strip() or f"column_{i}"
        if name in seen:
            seen[name] += 1
            name = f"{name}_{seen[name]}"
        else:
            seen[name] = 1
        out.append(name)
    return out


def fit_row(row: list[Any], width: int) -> Row:
    """Pad or cut a row to the header width, converting values to cells."""
    cells = [to_cell(v) for v in row[:width]]
    if len(cells) < width:
        cells.extend([None] * (width - len(cells)))
    return cells
