"""XLSX/XLSM workbooks read row by row in bounded memory.

openpyxl's read-only mode looked like streaming but is not: without a ``<dimension>`` element it
parses a whole sheet when the sheet is opened, and while reading it keeps every (cleared) row
element attached to ``<sheetData>``; a sheet of tens of millions of small rows took gigabytes.
This reader parses sheets with expat and keeps only the current row. What it still holds:

* the shared-string table, packed as UTF-8 with an offset array and moved to an unlinked
  temporary file past ``SPILL_BYTES`` (so its memory is 8 bytes per string), and
* one row, whose cells are capped at Excel's own limits (16,384 columns, 32,767 characters per
  cell; longer text is cut and counted in :attr:`Workbook.truncated_cells`).

Values are those openpyxl gives with ``data_only=True``: cached formula results, numbers as
``int``/``float``, dates (by the cell's number format) as ``datetime``, booleans, error codes as
text, inline and rich text joined (phonetic runs left out).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
from openpyxl.utils.datetime import (
    CALENDAR_MAC_1904,
    CALENDAR_WINDOWS_1900,
    from_excel,
    from_ISO8601,
)

from piplkit.discover.containers.package import Package
from piplkit.discover.containers.xmlstream import attr, feed, local, new_parser, parse_whole
from piplkit.discover.containers.zipguard import ContainerError, ZipLimits

#: Excel's limits (Microsoft, "Excel specifications and limits").
MAX_COLUMNS = 16_384
MAX_CELL_CHARS = 32_767
#: Shared strings kept in memory before the rest goes to a temporary file.
SPILL_BYTES = 32 * 1024 * 1024

Row = list[Any]


@dataclass(frozen=True, slots=True)
class Sheet:
    name: str
    part: str
    #: Last row of the sheet's declared ``<dimension>``, None when absent (may overstate).
    max_row: int | None


class StringTable:
    """Shared strings packed as UTF-8 bytes with offsets; spilled to a temp file when large."""

    def __init__(self, spill_bytes: int = SPILL_BYTES) -> None:
        self._spill_bytes = spill_bytes
        self._buffer = bytearray()
        self._offsets = array("q", [0])
        self._file: IO[bytes] | None = None
        self._spilled = 0

    def append(self, text: str) -> None:
        data = text.encode("utf-8", "surrogatepass")
        self._buffer += data
        self._offsets.append(self._offsets[-1] + len(data))
        if len(self._buffer) >= self._spill_bytes:
            if self._file is None:
                self._file = tempfile.TemporaryFile(prefix="piplkit-sst-")  # noqa: SIM115 - closed by close()
            self._file.write(self._buffer)
            self._file.flush()
            self._spilled += len(self._buffer)
            self._buffer = bytearray()

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, index: int) -> str:
        start, end = self._offsets[index], self._offsets[index + 1]
        if start >= self._spilled:
            data = bytes(self._buffer[start - self._spilled : end - self._spilled])
        else:  # a string is never split: the buffer is written out whole after an append
            assert self._file is not None
            data = os.pread(self._file.fileno(), end - start, start)
        return data.decode("utf-8", "surrogatepass")

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


class Workbook:
    """An XLSX file opened through the zip guard; rows are read with :meth:`rows`."""

    def __init__(self, path: Path | str, limits: ZipLimits | None = None) -> None:
        self.package = Package(path, limits)
        self.name = self.package.name
        self.truncated_cells = 0
        try:
            self._main = self.package.main_part("xl/workbook.xml")
            self._rels = {r.id: r for r in self.package.relationships(self._main)}
            self.sheets, self._epoch = self._read_workbook()
            self._date_styles, self._delta_styles = self._read_styles()
        except BaseException:
            self.package.close()
            raise
        self._strings: StringTable | None = None

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._strings is not None:
            self._strings.close()
        self.package.close()

    def _read_workbook(self) -> tuple[list[Sheet], Any]:
        found: list[tuple[str, str]] = []
        epoch = [CALENDAR_WINDOWS_1900]

        def start(name: str, attrs: dict[str, str]) -> None:
            tag = local(name)
            if tag == "sheet":
                rel = self._rels.get(attr(attrs, "id") or "")
                if rel is not None and rel.kind == "worksheet" and self.package.member(rel.target):
                    found.append((attrs.get("name") or rel.target, rel.target))
            elif tag == "workbookPr" and (attrs.get("date1904") or "").lower() in ("1", "true"):
                epoch[0] = CALENDAR_MAC_1904

        parser = new_parser()
        parser.StartElementHandler = start
        with self.package.open(self._main) as stream:
            parse_whole(parser, stream, self.name, self._main)
        return [Sheet(n, p, self._dimension(p)) for n, p in found], epoch[0]

    def _part_of(self, kind: str) -> str | None:
        for rel in self._rels.values():
            if rel.kind == kind and self.package.member(rel.target):
                return rel.target
        return None

    def _read_styles(self) -> tuple[frozenset[int], frozenset[int]]:
        """Indexes of cell formats whose number format shows a date (or a duration)."""
        part = self._part_of("styles")
        if part is None:
            return frozenset(), frozenset()
        custom: dict[int, str] = {}
        xf_formats: list[int] = []
        depth = {"cellXfs": 0}

        def start(name: str, attrs: dict[str, str]) -> None:
            tag = local(name)
            if tag == "numFmt":
                with contextlib.suppress(ValueError):
                    custom[int(attrs.get("numFmtId", ""))] = attrs.get("formatCode", "")
            elif tag == "cellXfs":
                depth["cellXfs"] += 1
            elif tag == "xf" and depth["cellXfs"]:
                try:
                    xf_formats.append(int(attrs.get("numFmtId", "0")))
                except ValueError:
                    xf_formats.append(0)

        def end(name: str) -> None:
            if local(name) == "cellXfs":
                depth["cellXfs"] -= 1

        parser = new_parser()
        parser.StartElementHandler = start
        parser.EndElementHandler = end
        with self.package.open(part) as stream:
            parse_whole(parser, stream, self.name, part)
        dates, deltas = set(), set()
        for index, fmt_id in enumerate(xf_formats):
            code = custom.get(fmt_id) or BUILTIN_FORMATS.get(fmt_id)
            if code and is_date_format(code):
                dates.add(index)
                if is_timedelta_format(code):
                    deltas.add(index)
        return frozenset(dates), frozenset(deltas)

    def _dimension(self, part: str) -> int | None:
        """The declared last row, read from the sheet's head (parsing stops at its data)."""
        found: list[int | None] = [None]

        class _Stop(Exception):
            pass

        def start(name: str, attrs: dict[str, str]) -> None:
            tag = local(name)
            if tag == "dimension":
                last = (attrs.get("ref") or "").rpartition(":")[2]
                digits = last.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz$")
                found[0] = int(digits) if digits.isdigit() else None
                raise _Stop
            if tag == "sheetData":
                raise _Stop

        parser = new_parser()
        parser.StartElementHandler = start
        with self.package.open(part) as stream, contextlib.suppress(_Stop):
            parse_whole(parser, stream, self.name, part)
        return found[0]

    def strings(self) -> StringTable:
        if self._strings is None:
            self._strings = self._read_strings()
        return self._strings

    def _read_strings(self) -> StringTable:
        table = StringTable()
        part = self._part_of("sharedStrings")
        if part is None:
            return table
        text = _TextCapture()
        state = {"phonetic": 0, "in_si": False}

        def start(name: str, _attrs: dict[str, str]) -> None:
            tag = local(name)
            if tag == "si":
                state["in_si"] = True
                text.reset()
            elif tag == "rPh":
                state["phonetic"] += 1
            elif tag == "t" and state["in_si"] and not state["phonetic"]:
                text.on = True

        def end(name: str) -> None:
            tag = local(name)
            if tag == "t":
                text.on = False
            elif tag == "rPh":
                state["phonetic"] -= 1
            elif tag == "si":
                table.append(text.value())
                state["in_si"] = False

        parser = new_parser()
        parser.StartElementHandler = start
        parser.EndElementHandler = end
        parser.CharacterDataHandler = text.add
        try:
            with self.package.open(part) as stream:
                parse_whole(parser, stream, self.name, part)
        except BaseException:
            table.close()
            raise
        self.truncated_cells += text.truncated
        return table

    def rows(self, sheet: Sheet, *, min_row: int = 1) -> Iterator[tuple[int, Row]]:
        """``(row number, values)`` for every row element at or after ``min_row``, in order.

        Rows absent from the file are not yielded (the numbers show the gaps); a row is as wide
        as its last cell.
        """
        reader = _SheetRows(self, min_row)
        parser = new_parser()
        parser.StartElementHandler = reader.start
        parser.EndElementHandler = reader.end
        parser.CharacterDataHandler = reader.add
        try:
            with self.package.open(sheet.part) as stream:
                for _ in feed(parser, stream, self.name, sheet.part):
                    if reader.ready:
                        ready, reader.ready = reader.ready, []
                        yield from ready
        finally:
            self.truncated_cells += reader.truncated


class _TextCapture:
    """Character data of the current value, capped at ``MAX_CELL_CHARS``."""

    __slots__ = ("_cut", "on", "parts", "size", "truncated")

    def __init__(self) -> None:
        self.on = False
        self.parts: list[str] = []
        self.size = 0
        self.truncated = 0
        self._cut = False

    def reset(self) -> None:
        self.parts = []
        self.size = 0
        self._cut = False

    def add(self, data: str) -> None:
        if not self.on:
            return
        room = MAX_CELL_CHARS - self.size
        if len(data) > room:
            data = data[: max(0, room)]
            if not self._cut:
                self._cut = True
                self.truncated += 1
        if data:
            self.parts.append(data)
            self.size += len(data)

    def value(self) -> str:
        return "".join(self.parts)


class _SheetRows:
    """Expat handlers that turn ``<row>``/``<c>`` elements into lists of values.

    The hot path of every XLSX read (a few calls per cell), so text capture is inlined here
    rather than delegated to :class:`_TextCapture`.
    """

    def __init__(self, book: Workbook, min_row: int) -> None:
        self.book = book
        self.min_row = min_row
        self.ready: list[tuple[int, Row]] = []
        self.truncated = 0
        self.row_number = 0
        self.cells: dict[int, Any] = {}
        self.column = 0
        self.kind = "n"
        self.style = 0
        self.value: str | None = None
        self.inline = False
        self.phonetic = 0
        self.capturing = False
        self.cut = False
        self.parts: list[str] = []
        self.size = 0
        self.columns: dict[str, int] = {}
        self.tags: dict[str, str] = {}

    def add(self, data: str) -> None:
        if self.capturing:
            if self.size + len(data) > MAX_CELL_CHARS:
                data = data[: MAX_CELL_CHARS - self.size]
                self.capturing = False
                if not self.cut:
                    self.cut = True
                    self.truncated += 1
            self.parts.append(data)
            self.size += len(data)

    def start(self, name: str, attrs: dict[str, str]) -> None:
        tag = self.tags.get(name) or self.tags.setdefault(name, local(name))
        if tag == "c":
            ref = attrs.get("r")
            self.column = self._column(ref) if ref else self.column + 1
            self.kind = attrs.get("t", "n")
            style = attrs.get("s")
            self.style = int(style) if style and style.isdigit() else 0
            self.value = None
            self.inline = False
            self.cut = False
        elif tag == "v":
            self.parts = []
            self.size = 0
            self.capturing = True
        elif tag == "row":
            number = attrs.get("r")
            self.row_number = int(number) if number and number.isdigit() else self.row_number + 1
            self.cells = {}
            self.column = 0
        elif tag == "is":
            self.inline = True
            self.parts = []
            self.size = 0
        elif tag == "t" and self.inline and not self.phonetic:
            self.capturing = True
        elif tag == "rPh":
            self.phonetic += 1

    def end(self, name: str) -> None:
        tag = self.tags.get(name) or self.tags.setdefault(name, local(name))
        if tag == "c":
            if self.row_number >= self.min_row:
                value = self._convert()
                if value is not None:
                    self.cells[self.column] = value
        elif tag == "v":
            self.capturing = False
            self.value = "".join(self.parts)
        elif tag == "t":
            self.capturing = False
        elif tag == "row":
            if self.row_number >= self.min_row:
                width = max(self.cells, default=0)
                row: Row = [None] * width
                for column, value in self.cells.items():
                    row[column - 1] = value
                self.ready.append((self.row_number, row))
            self.cells = {}
        elif tag == "is":
            self.value = "".join(self.parts)
            self.inline = False
        elif tag == "rPh":
            self.phonetic -= 1

    def _column(self, ref: str) -> int:
        letters = ref.rstrip("0123456789").lstrip("$").upper()
        found = self.columns.get(letters)
        if found is None:
            found = 0
            for ch in letters:
                if not "A" <= ch <= "Z":
                    raise ContainerError(self.book.name, f"bad cell reference {ref[:20]!r}")
                found = found * 26 + (ord(ch) - 64)
            if not 1 <= found <= MAX_COLUMNS:
                raise ContainerError(
                    self.book.name, f"cell reference {ref[:20]!r} is beyond column XFD"
                )
            self.columns[letters] = found
        return found

    def _convert(self) -> Any:
        raw, kind = self.value, self.kind
        if not raw:
            return None
        try:
            if kind == "n":
                number: int | float = (
                    float(raw) if ("." in raw or "E" in raw or "e" in raw) else int(raw)
                )
                if self.style in self.book._date_styles:
                    try:
                        return from_excel(
                            number,
                            self.book._epoch,
                            timedelta=self.style in self.book._delta_styles,
                        )
                    except (OverflowError, ValueError):
                        return "#VALUE!"
                return number
            if kind == "s":
                return self.book.strings()[int(raw)]
            if kind == "b":
                return bool(int(raw))
            if kind == "d":
                return from_ISO8601(raw)
            return raw  # inlineStr, str (formula text), e (error code)
        except (ValueError, IndexError):
            raise ContainerError(
                self.book.name, f"row {self.row_number}: a cell of type {kind!r} is malformed"
            ) from None
