"""CSV/TSV: encoding sniffed from the head, delimiter sniffed, first row is the header.

Sampling reads only the rows it needs and counts the remaining lines on raw bytes, so a 1 GB
file is classified in seconds. ``rows`` is then the number of data lines, exact unless a sampled
field spanned several lines or the file has a UTF-16 part (``rows_estimated``). Text is decoded
by :class:`textdecode.MixedDecoder`: lines in another encoding than the file's are decoded line
by line and reported; bytes valid in no encoding become U+FFFD and are reported.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from piplkit.discover.scan.encoding import NEWLINE_SAFE, EncodingError, Sniff, sniff_file_profile
from piplkit.discover.scan.readers.linecount import count_lines
from piplkit.discover.scan.tables import (
    BATCH_ROWS,
    ChunkPlan,
    ReadError,
    Row,
    Table,
    fit_row,
    unique_headers,
)
from piplkit.discover.scan.textfiles import DecodeNotes, decoded_lines

#: Longest single field accepted; longer ones make the file fail with a clear message.
MAX_FIELD_CHARS = 32 * 1024 * 1024
csv.field_size_limit(MAX_FIELD_CHARS)
_DELIMITERS = ",\t;|"
#: Bytes decoded to find the header and the delimiter.
HEAD_BYTES = 64 * 1024


def open_csv(path: Path, kind: str) -> Table:
    try:
        sniff = sniff_file_profile(path)
    except EncodingError as exc:
        raise ReadError(str(exc)) from None
    head = _head_text(path, sniff)
    if not head.strip():
        raise ReadError("empty file (no header row)")
    delimiter = "\t" if kind == "tsv" else _sniff_delimiter(head)
    reader = csv.reader(io.StringIO(head, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise ReadError(f"cannot read the header row: {exc}") from None
    columns = unique_headers(header)
    table = Table(str(path), kind, columns, lambda _limit: iter(()))
    notes = DecodeNotes(table.warnings)
    table.read = lambda limit: _rows(path, sniff, delimiter, columns, limit, notes)
    table.encoding = sniff.codec
    if sniff.codec in NEWLINE_SAFE:
        table.count_rows = lambda: max(0, count_lines(path) - 1)
        table.rows_estimated = sniff.wide_parts
        table.chunks = ChunkPlan(
            str(path),
            sniff.codec,
            delimiter,
            '"',
            _data_start(path),
            path.stat().st_size,
            len(columns),
            fallbacks=sniff.fallbacks,
            careful=sniff.careful,
            notes=notes,
        )
    return table


def _head_text(path: Path, sniff: Sniff) -> str:
    with path.open("rb") as fh:
        head = fh.read(HEAD_BYTES)
    return sniff.decoder().decode(head, final=True)


def _sniff_delimiter(head: str) -> str:
    sample = "\n".join(head.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        first = head.splitlines()[0] if head else ""
        counts = {d: first.count(d) for d in _DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _data_start(path: Path) -> int:
    with path.open("rb") as fh:
        fh.readline()
        return fh.tell()


def _rows(
    path: Path,
    sniff: Sniff,
    delimiter: str,
    columns: list[str],
    limit: int | None,
    notes: DecodeNotes,
) -> Iterator[list[Row]]:
    width = len(columns)
    decoder = sniff.decoder()
    reader = csv.reader(decoded_lines(path, decoder), delimiter=delimiter)
    batch: list[Row] = []
    taken = 0
    try:
        next(reader, None)
        for raw in reader:
            if not raw:
                continue
            batch.append(fit_row(raw, width))
            taken += 1
            if limit is not None and taken >= limit:
                break
            if len(batch) >= BATCH_ROWS:
                yield batch
                batch = []
    except csv.Error as exc:
        raise ReadError(f"CSV error near line {reader.line_num}: {exc}") from None
    finally:
        notes.take(decoder)
    if batch:
        yield batch
