"""Line formats: plain text (span by span) and JSONL (field by field), streamed line by line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any

from piplkit.protect.deid.classify import SAMPLE_ROWS
from piplkit.protect.deid.engine import Deidentifier
from piplkit.protect.deid.io.atomic import DeidIOError
from piplkit.protect.deid.report import TEXT_COLUMN

#: Encodings that can encode any character, so an output keeps its input's encoding.
UNIVERSAL = frozenset({"utf-8", "utf-8-sig", "utf-16", "utf-32", "gb18030"})


def output_encoding(encoding: str, deid: Deidentifier) -> str:
    if encoding.lower().replace("_", "-") in UNIVERSAL:
        return encoding
    deid.report.warnings.append(
        f"input encoding {encoding} cannot hold every character; output is UTF-8"
    )
    return "utf-8"


def read_lines(source: Path, encoding: str) -> Iterator[tuple[int, str]]:
    """(line number, line with its ending) — a decoding error names the line it is near."""
    number = 0
    try:
        with source.open(encoding=encoding, errors="strict", newline="") as fh:
            for number, line in enumerate(fh, start=1):
                yield number, line
    except UnicodeDecodeError:
        raise DeidIOError(
            f"{source}: near line {number + 1}: bytes are not valid {encoding} "
            "(mixed encodings?); nothing was written"
        ) from None
    except LookupError:
        raise DeidIOError(f"{source}: unknown encoding {encoding!r}") from None
    except OSError as exc:
        raise DeidIOError(f"{source}: cannot be read ({exc.strerror})") from None


def split_ending(line: str) -> tuple[str, str]:
    body = line.rstrip("\r\n")
    return body, line[len(body) :]


def deidentify_text(source: Path, target: Path, deid: Deidentifier, encoding: str) -> None:
    with _open_out(target, output_encoding(encoding, deid)) as out:
        for _, line in read_lines(source, encoding):
            body, ending = split_ending(line)
            out.write(deid.text(body) + ending)
            deid.report.rows += 1


def deidentify_jsonl(source: Path, target: Path, deid: Deidentifier, encoding: str) -> None:
    """Field by field; the first records are read ahead to classify the fields (dotted paths)."""
    parsed = _records(source, encoding)
    head = list(islice(parsed, SAMPLE_ROWS))
    columns, rows = _field_table(record for _, _, record in head)
    deid.classify(columns, rows)
    with _open_out(target, output_encoding(encoding, deid)) as out:
        for line, ending, record in chain(head, parsed):
            if record is _BLANK:
                out.write(line)
                continue
            before = deid.report.cells_changed
            result = _walk(record, "", deid)
            deid.report.rows += 1
            if deid.report.cells_changed == before:
                out.write(line)  # untouched records keep their exact bytes
            else:
                out.write(json.dumps(result, ensure_ascii=False) + ending)


_BLANK = object()


def _records(source: Path, encoding: str) -> Iterator[tuple[str, str, Any]]:
    """(line, line ending, parsed record or ``_BLANK``) for every line."""
    for number, line in read_lines(source, encoding):
        body, ending = split_ending(line)
        if not body.strip():
            yield line, ending, _BLANK
            continue
        try:
            yield line, ending, json.loads(body)
        except json.JSONDecodeError as exc:
            raise DeidIOError(
                f"{source}: line {number}: invalid JSON at column {exc.colno}; nothing was written"
            ) from None


def _field_table(records: Iterable[Any]) -> tuple[list[str], list[list[Any]]]:
    """The scalar fields of records as columns (dotted paths, list items under their list's
    path), for the classifier: each column holds its values in order, padded with ``None``."""
    values: dict[str, list[Any]] = {}
    for record in records:
        if record is not _BLANK:
            _collect(record, "", values)
    columns = list(values)
    height = max((len(v) for v in values.values()), default=0)
    rows = [[v[i] if i < len(v) else None for v in values.values()] for i in range(height)]
    return columns, rows


def _collect(value: Any, path: str, out: dict[str, list[Any]]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _collect(v, f"{path}.{k}" if path else str(k), out)
    elif isinstance(value, list):
        for v in value:
            _collect(v, path, out)
    elif value is not None and not isinstance(value, bool):
        out.setdefault(path or TEXT_COLUMN, []).append(value)


def _walk(value: Any, path: str, deid: Deidentifier) -> Any:
    """De-identify every scalar; a field's column name is its dotted key path."""
    if isinstance(value, dict):
        return {k: _walk(v, f"{path}.{k}" if path else str(k), deid) for k, v in value.items()}
    if isinstance(value, list):
        return [_walk(v, path, deid) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    return deid.cell(value, path or TEXT_COLUMN)


def _open_out(target: Path, encoding: str) -> IO[str]:
    return target.open("w", encoding=encoding, errors="strict", newline="")
