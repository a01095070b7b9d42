"""Full scan of a delimited text file: byte ranges parsed and counted by worker threads.

The file is cut into ranges of ``CHUNK_BYTES``; each worker moves its start to the next line
break, parses its records with Arrow's CSV reader and counts them with
:func:`arrow_counts.arrow_stats`. A UTF-8 range goes to Arrow as it is; a range Arrow refuses
(a line in another encoding), one with zero bytes (a UTF-16 part) and any range of a file in
another main encoding is first decoded by :class:`textdecode.MixedDecoder` and handed to Arrow
as UTF-8 (what still fails falls back to the csv module and :func:`analysis.joined_stats`).
Counts merge exactly, so the result does not depend on the number of workers. Limit: a quoted
field with a line break that straddles a cut is parsed as two broken records (the sample is
checked for multi-line fields and such files are read in one worker).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from typing import BinaryIO

import pyarrow as pa
import pyarrow.csv as pacsv

from piplkit.scan.analysis import ColumnPlan, joined_stats
from piplkit.scan.arrow_counts import arrow_stats
from piplkit.scan.columns import ColumnStats
from piplkit.scan.tables import BATCH_ROWS, ChunkPlan, fit_row
from piplkit.scan.textdecode import NARROW, MixedDecoder

CHUNK_BYTES = 8 * 1024 * 1024


@dataclass(slots=True)
class ChunkResult:
    rows: int
    stats: list[ColumnStats]
    replaced: int
    csv_errors: int
    size: int
    #: Lines decoded by another codec than the file's, by codec; lines with replaced bytes.
    lines: Counter[str] = field(default_factory=Counter)
    replaced_lines: int = 0


def ranges(plan: ChunkPlan, chunk_bytes: int = CHUNK_BYTES) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = plan.data_start
    while start < plan.size:
        end = min(plan.size, start + chunk_bytes)
        out.append((start, end))
        start = end
    return out


def scan_range(
    plan: ChunkPlan, columns: list[str], plans: list[ColumnPlan], as_of: date, span: tuple[int, int]
) -> ChunkResult:
    """Parse and analyse the records that start in ``[start, end)`` (runs in a worker)."""
    start, end = span
    with open(plan.path, "rb") as fh:
        begin = _record_start(fh, start, plan.data_start)
        # the record that straddles ``end`` belongs to this range: read up to where the next
        # range begins, in one read (appending to 8 MB of bytes would copy them)
        raw = b""
        if begin < end:
            stop = _record_start(fh, end, plan.data_start)
            fh.seek(begin)
            raw = fh.read(stop - begin)
    plain_utf8 = _is_utf8(plan.encoding) and b"\x00" not in raw
    parsed = _parse_with_arrow(raw, plan, len(columns)) if plain_utf8 else None
    if parsed is not None:
        table, bad = parsed
        stats = arrow_stats(columns, table, plans, as_of)
        return ChunkResult(table.num_rows, stats, 0, bad, len(raw))
    decoder = MixedDecoder(plan.encoding, plan.fallbacks or NARROW, careful=plan.careful)
    text = decoder.decode(raw, final=True)
    replaced = text.count("\ufffd")
    parsed = _parse_with_arrow(text.encode("utf-8"), _as_utf8(plan), len(columns))
    if parsed is not None:
        table, bad = parsed
        stats = arrow_stats(columns, table, plans, as_of)
        return ChunkResult(
            table.num_rows, stats, replaced, bad, len(raw), decoder.lines, decoder.replaced
        )
    total = [ColumnStats(c) for c in columns]
    rows_seen = 0
    errors = 0
    for batch, bad in _batches(text, plan, len(columns)):
        errors += bad
        rows_seen += len(batch)
        for acc, part in zip(total, joined_stats(columns, batch, plans, as_of), strict=True):
            acc.merge(part)
    return ChunkResult(
        rows_seen, total, replaced, errors, len(raw), decoder.lines, decoder.replaced
    )


def _record_start(fh: BinaryIO, pos: int, data_start: int) -> int:
    """Where the first record that starts at or after byte ``pos`` begins: a record that
    straddles ``pos`` belongs to the range before it."""
    if pos <= data_start:
        return pos
    fh.seek(pos - 1)
    if fh.read(1) != b"\n":
        fh.readline()
    return fh.tell()


def _is_utf8(encoding: str) -> bool:
    return encoding.replace("-", "").replace("_", "").lower() in ("utf8", "utf8sig")


def _as_utf8(plan: ChunkPlan) -> ChunkPlan:
    return replace(plan, encoding="utf-8")


def _parse_with_arrow(raw: bytes, plan: ChunkPlan, width: int) -> tuple[pa.Table, int] | None:
    """Parse a range with Arrow's CSV reader (C++, about 10x the csv module).

    Returns ``None`` when Arrow refuses the bytes (undecodable text, a quoting it cannot
    follow): the caller then parses with the csv module, which replaces bad bytes. Records with
    the wrong number of fields are skipped and counted, as the csv path counts malformed ones.
    """
    if not raw:
        return pa.table({f"c{i}": pa.array([], pa.string()) for i in range(width)}), 0
    bad = 0

    def skip(_row: object) -> str:
        nonlocal bad
        bad += 1
        return "skip"

    names = [f"c{i}" for i in range(width)]
    encoding = "utf8" if _is_utf8(plan.encoding) else plan.encoding
    try:
        table = pacsv.read_csv(
            pa.py_buffer(raw),
            read_options=pacsv.ReadOptions(
                column_names=names, use_threads=False, encoding=encoding, block_size=1 << 24
            ),
            parse_options=pacsv.ParseOptions(
                delimiter=plan.delimiter,
                quote_char=plan.quotechar or False,
                invalid_row_handler=skip,
            ),
            convert_options=pacsv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()),
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, UnicodeError, LookupError):
        return None
    return table, bad


def _batches(
    text: str, plan: ChunkPlan, width: int
) -> Iterator[tuple[list[list[str | None]], int]]:
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=plan.delimiter, quotechar=plan.quotechar
    )
    batch: list[list[str | None]] = []
    bad = 0
    while True:
        try:
            raw = next(reader)
        except StopIteration:
            break
        except csv.Error:
            bad += 1
            continue
        if raw:
            batch.append(fit_row(raw, width))
        if len(batch) >= BATCH_ROWS:
            yield batch, bad
            batch, bad = [], 0
    yield batch, bad


def run_chunks(
    plan: ChunkPlan,
    columns: list[str],
    plans: list[ColumnPlan],
    as_of: date,
    jobs: int,
    on_bytes: Callable[[int], None] | None = None,
) -> ChunkResult:
    """Scan every range (in ``jobs`` threads when there is more than one range)."""
    spans = ranges(plan)
    merged = ChunkResult(0, [ColumnStats(c) for c in columns], 0, 0, 0)

    def add(part: ChunkResult) -> None:
        merged.rows += part.rows
        merged.replaced += part.replaced
        merged.csv_errors += part.csv_errors
        merged.lines.update(part.lines)
        merged.replaced_lines += part.replaced_lines
        for acc, other in zip(merged.stats, part.stats, strict=True):
            acc.merge(other)
        if on_bytes:
            on_bytes(part.size)

    if jobs <= 1 or len(spans) <= 1:
        for span in spans:
            add(scan_range(plan, columns, plans, as_of, span))
        _report_decoding(plan, merged)
        return merged
    # Threads, not processes: Arrow's CSV parser and compute kernels release the GIL, which is
    # where a full scan spends its time; worker processes would each pay seconds of start-up
    # (imports, detector set-up) and pickle every result.
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(scan_range, plan, columns, plans, as_of, s) for s in spans]
        for future in futures:
            add(future.result())
    _report_decoding(plan, merged)
    return merged


def _report_decoding(plan: ChunkPlan, merged: ChunkResult) -> None:
    if plan.notes is not None:
        order = MixedDecoder(plan.encoding, plan.fallbacks or NARROW).order
        plan.notes.update(plan.encoding, merged.lines, merged.replaced_lines, order)
