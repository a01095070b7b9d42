"""CSV/TSV, streamed row by row: the header row names the columns, quoting is kept minimal.

The delimiter is sniffed from the head (``tsv`` forces a tab), the line ending of the input is
reused, and cells beyond the header get the names ``column_<n>`` (1-based) so that a ragged row
is still de-identified, not passed through. The first rows are read ahead and handed to the
column classifier before any row is written.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from itertools import chain, islice
from pathlib import Path

from piplkit.protect.deid.classify import SAMPLE_ROWS
from piplkit.protect.deid.engine import Deidentifier
from piplkit.protect.deid.io.atomic import DeidIOError
from piplkit.protect.deid.io.lines import output_encoding

#: Longest field accepted (a bigger one is almost surely a broken quote).
MAX_FIELD_CHARS = 32 * 1024 * 1024
_DELIMITERS = ",\t;|"
#: Rows de-identified together, column by column (typed columns are validated in one pass).
BLOCK_ROWS = 2048
_HEAD_CHARS = 64 * 1024


def sniff_dialect(head: str, *, tsv: bool) -> tuple[str, str]:
    """(delimiter, line terminator) of a delimited text from its first characters."""
    terminator = "\r\n" if "\r\n" in head else "\n"
    if tsv:
        return "\t", terminator
    lines = head.splitlines()[:50]
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=_DELIMITERS).delimiter, terminator
    except csv.Error:
        first = lines[0] if lines else ""
        best = max(_DELIMITERS, key=first.count)
        return (best if first.count(best) else ","), terminator


def deidentify_delimited(
    source: Path, target: Path, deid: Deidentifier, encoding: str, *, tsv: bool
) -> None:
    csv.field_size_limit(MAX_FIELD_CHARS)
    row_number = 0
    try:
        with source.open(encoding=encoding, errors="strict", newline="") as fh:
            delimiter, terminator = sniff_dialect(fh.read(_HEAD_CHARS), tsv=tsv)
            fh.seek(0)
            reader = csv.reader(fh, delimiter=delimiter)
            with target.open(
                "w", encoding=output_encoding(encoding, deid), errors="strict", newline=""
            ) as out:
                writer = csv.writer(out, delimiter=delimiter, lineterminator=terminator)
                header = next(reader, None)
                if header is None:
                    raise DeidIOError(f"{source}: empty file (no header row); nothing was written")
                writer.writerow(header)
                columns = list(header)
                report = deid.report
                row_number = 1

                def numbered() -> Iterator[list[str]]:
                    nonlocal row_number
                    for row in reader:
                        row_number += 1
                        yield row

                rows = numbered()
                head = list(islice(rows, SAMPLE_ROWS))
                for row in head:
                    widen(columns, len(row))
                deid.classify(columns, head)
                body = chain(head, rows)
                while block := list(islice(body, BLOCK_ROWS)):
                    writer.writerows(deidentify_block(block, columns, deid))
                    report.rows += len(block)
    except UnicodeDecodeError:
        raise DeidIOError(
            f"{source}: near row {row_number + 1}: bytes are not valid {encoding} "
            "(mixed encodings?); nothing was written"
        ) from None
    except csv.Error as exc:
        raise DeidIOError(
            f"{source}: row {row_number + 1}: malformed CSV ({exc}); nothing was written"
        ) from None
    except LookupError:
        raise DeidIOError(f"{source}: unknown encoding {encoding!r}") from None
    except OSError as exc:
        raise DeidIOError(
            f"{exc.filename or source}: {exc.strerror}; nothing was written"
        ) from None


def widen(columns: list[str], width: int) -> None:
    """Name the cells beyond the header ``column_<n>`` (1-based), in place."""
    while len(columns) < width:
        columns.append(f"column_{len(columns) + 1}")


def deidentify_block(
    block: list[list[str]], columns: list[str], deid: Deidentifier
) -> list[list[str]]:
    """Rows de-identified column by column (``None`` written as an empty field)."""
    width = max(len(row) for row in block)
    widen(columns, width)
    out = [list(row) for row in block]
    for i in range(width):
        present = [j for j, row in enumerate(block) if i < len(row)]
        values = [block[j][i] for j in present]
        for j, value in zip(present, deid.cells(values, columns[i]), strict=True):
            out[j][i] = "" if value is None else value
    return out
