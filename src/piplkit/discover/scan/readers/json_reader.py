"""JSON and JSON Lines.

JSONL: one record per line; sampling reads only the first lines and counts the rest on bytes;
lines that are not valid JSON are counted and reported by line number, never quoted.
JSON: the whole document is parsed (use JSONL for big data); an array of objects, or the first
array of objects under a top-level key, is a table; anything else is scanned as text leaves.
Nested objects are flattened one level into ``parent.child`` columns.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from piplkit.discover.scan.encoding import EncodingError, Sniff, sniff_file_profile
from piplkit.discover.scan.readers.linecount import count_lines
from piplkit.discover.scan.tables import (
    BATCH_ROWS,
    Document,
    ReadError,
    Row,
    Table,
    to_cell,
    unique_headers,
)
from piplkit.discover.scan.textfiles import DecodeNotes, decoded_blocks, decoded_lines

#: Lines read to discover JSONL column names.
_KEY_PROBE_LINES = 1000


def flatten(record: Any) -> dict[str, Any]:
    if not isinstance(record, dict):
        return {"value": _scalar(record)}
    out: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, dict):
            for sub, inner in value.items():
                out[f"{key}.{sub}"] = _scalar(inner)
        else:
            out[str(key)] = _scalar(value)
    return out


def _scalar(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return value


def open_jsonl(path: Path) -> Table:
    encoding = _encoding(path)
    keys: dict[str, None] = {}
    bad: list[int] = []
    for number, record in _records(path, encoding, _KEY_PROBE_LINES, bad, None):
        del number
        keys.update(dict.fromkeys(flatten(record)))
    if not keys:
        if bad:
            raise ReadError(f"no valid JSON line (first bad line: {bad[0]})")
        raise ReadError("empty file (no JSON records)")
    columns = unique_headers(list(keys))
    table = Table(
        str(path),
        "jsonl",
        columns,
        lambda limit: _jsonl_rows(path, encoding, columns, limit, table, notes),
    )
    notes = DecodeNotes(table.warnings)
    table.encoding = encoding.codec
    table.count_rows = lambda: count_lines(path)
    table.rows_estimated = True
    return table


def _jsonl_rows(
    path: Path,
    encoding: Sniff,
    columns: list[str],
    limit: int | None,
    table: Table,
    notes: DecodeNotes,
) -> Iterator[list[Row]]:
    bad: list[int] = []
    batch: list[Row] = []
    for _, record in _records(path, encoding, limit, bad, notes):
        flat = flatten(record)
        batch.append([to_cell(flat.get(c)) for c in columns])
        if len(batch) >= BATCH_ROWS:
            yield batch
            batch = []
    if batch:
        yield batch
    if bad:
        shown = ", ".join(str(n) for n in bad[:5])
        more = f" and {len(bad) - 5} more" if len(bad) > 5 else ""
        table.warnings.append(
            f"{len(bad)} line(s) are not valid JSON and were skipped: {shown}{more}"
        )


def _records(
    path: Path, encoding: Sniff, limit: int | None, bad: list[int], notes: DecodeNotes | None
) -> Iterator[tuple[int, Any]]:
    taken = 0
    decoder = encoding.decoder()
    try:
        for number, line in enumerate(decoded_lines(path, decoder), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                bad.append(number)
                continue
            yield number, record
            taken += 1
            if limit is not None and taken >= limit:
                return
    finally:
        if notes is not None:
            notes.take(decoder)


def open_json(path: Path) -> Table | Document:
    encoding = _encoding(path)
    decoder = encoding.decoder()
    try:
        data = json.loads("".join(decoded_blocks(path, decoder)))
    except ValueError as exc:
        line = getattr(exc, "lineno", "?")
        raise ReadError(f"not valid JSON (line {line})") from None
    records = _find_records(data)
    if records is None:
        doc = Document(str(path), "json", lambda: iter(["\n".join(_leaves(data))]), encoding.codec)
        doc.warnings.extend(decoder.warnings())
        return doc
    flat = [flatten(r) for r in records]
    keys: dict[str, None] = {}
    for r in flat:
        keys.update(dict.fromkeys(r))
    columns = unique_headers(list(keys))

    def read(limit: int | None) -> Iterator[list[Row]]:
        chosen = flat if limit is None else flat[:limit]
        for i in range(0, len(chosen), BATCH_ROWS):
            yield [[to_cell(r.get(c)) for c in columns] for r in chosen[i : i + BATCH_ROWS]]

    table = Table(str(path), "json", columns, read)
    table.encoding = encoding.codec
    table.warnings.extend(decoder.warnings())
    table.rows = len(flat)
    return table


def _find_records(data: Any) -> list[Any] | None:
    if isinstance(data, list) and data and all(isinstance(r, dict) for r in data):
        return data
    if isinstance(data, dict):
        for value in data.values():
            if isinstance(value, list) and value and all(isinstance(r, dict) for r in value):
                return value
    return None


def _leaves(data: Any) -> Iterator[str]:
    if isinstance(data, dict):
        for key, value in data.items():
            for leaf in _leaves(value):
                yield f"{key}: {leaf}"
    elif isinstance(data, list):
        for value in data:
            yield from _leaves(value)
    elif data is not None:
        yield str(data)


def _encoding(path: Path) -> Sniff:
    try:
        return sniff_file_profile(path)
    except EncodingError as exc:
        raise ReadError(str(exc)) from None
