"""``piplkit detect``: find PI in lines of text or a JSONL field, one output line per input line."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, Annotated

import typer

from piplkit.discover.detect import default_registry
from piplkit.discover.detect.parallel import detect_many
from piplkit.faces.cli.errors import fail, stderr
from piplkit.faces.cli.options import (
    AsOfOption,
    TypesFileOption,
    install_types_file,
    parse_as_of,
    parse_types,
)

_NO_FINDINGS = json.dumps({"findings": []}) + "\n"
#: ``json.dumps(…, ensure_ascii=False)`` without building an encoder for every line (what
#: ``dumps`` does when given any option): the same text, a few microseconds less per line.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def register(app: typer.Typer) -> None:
    app.command("detect")(detect)


def detect(
    source: Annotated[
        str, typer.Argument(help="A text file of lines, a JSONL file, or - for stdin.")
    ],
    field: Annotated[
        str | None, typer.Option("--field", help="Read JSONL and detect in this string field.")
    ] = None,
    as_of: AsOfOption = None,
    types: Annotated[
        str | None, typer.Option("--types", help="Comma-separated PI type ids (default: all).")
    ] = None,
    min_score: Annotated[float, typer.Option("--min-score", min=0.0, max=1.0)] = 0.5,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", min=1, help="Worker processes (output order is kept); 1 runs in-process."
        ),
    ] = 1,
    types_file: TypesFileOption = None,
    cells: Annotated[
        bool,
        typer.Option(
            "--cells",
            help="Each line is a table cell or field value, not prose: skip the sentence-context "
            "rules (a place named in a sentence is not an address).",
        ),
    ] = False,
) -> None:
    """Detect personal information line by line and print one JSON object per input line.

    Each output line is {"findings": [{"start", "end", "type", "score", "preview", ...}]} with
    Python string offsets into the line (or into the JSONL field); values are never printed raw.
    """
    evaluation_date = parse_as_of(as_of)
    custom = install_types_file(types_file)
    keep_large_blocks()
    try:
        wanted = parse_types(types)
        default_registry().check(wanted)
    except KeyError as exc:
        fail(str(exc.args[0]))
    stream = _open(source)
    out = sys.stdout
    lines = errors = found = 0

    def texts() -> Iterator[tuple[str | None, str | None]]:
        if field is None:  # plain lines (most input): decoded here, one frame less per line
            for number, raw in enumerate(stream, start=1):
                try:
                    line = raw.rstrip(b"\r\n").decode("utf-8" if number > 1 else "utf-8-sig")
                except UnicodeDecodeError:
                    yield None, f"line {number}: not valid UTF-8"
                    continue
                yield line, None
            return
        for number, raw in enumerate(_lines(stream), start=1):
            record, error = _text_of(raw, number, field)
            yield (None, error) if error else (record, None)

    try:
        results = detect_many(
            texts(),
            types=wanted,
            as_of=evaluation_date,
            min_score=min_score,
            jobs=jobs,
            custom=custom.specs if custom else (),
            prose=not cells,
        )
        write = out.write
        for error, findings in results:
            lines += 1
            if findings is None:
                errors += 1
                write(_ENCODE({"findings": [], "error": error}) + "\n")
                continue
            if not findings:  # most lines of prose: skip the encoder
                write(_NO_FINDINGS)
                continue
            found += len(findings)
            write(_ENCODE({"findings": findings}) + "\n")
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    _summary(source, evaluation_date, lines, found, errors)


#: glibc's ``mallopt`` parameters, and the values set by :func:`keep_large_blocks`.
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
_MMAP_FROM, _TRIM_FROM = 64 << 20, 128 << 20


def keep_large_blocks() -> None:
    """Keep the tagger's large arrays in the heap for the life of this command.

    glibc's malloc gives blocks above a threshold to ``mmap`` and back to the system when they
    are freed; the threshold moves with what was freed last, and in about half the runs it
    settled where every tagging pass's arrays (15 MB of feature codes, the emissions, the
    decoder's tables) were mapped, faulted in page by page and unmapped again: 150,000 page
    faults and 0.3-0.45 s of system time on 2 M characters, against 29,000 faults and 0.06-0.11 s
    with the thresholds fixed here (measured 2026-12-06). The cost is a process that keeps its
    peak memory until it exits, which a command reading one input does anyway. Other C
    libraries and other systems are left alone."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    mallopt(_M_MMAP_THRESHOLD, _MMAP_FROM)
    mallopt(_M_TRIM_THRESHOLD, _TRIM_FROM)


def _open(source: str) -> IO[bytes]:
    if source == "-":
        return sys.stdin.buffer
    path = Path(source)
    if not path.is_file():
        fail(f"{source}: no such file")
    try:
        return path.open("rb")
    except OSError as exc:
        fail(f"{source}: cannot be read ({exc.strerror})")


def _lines(stream: IO[bytes]) -> Iterator[bytes]:
    for raw in stream:
        yield raw.rstrip(b"\r\n")


def _text_of(raw: bytes, number: int, field: str | None) -> tuple[str, str | None]:
    """The text to scan on this line, or an error message that names the line (never its text)."""
    try:
        line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError:
        return "", f"line {number}: not valid UTF-8"
    if field is None:
        return line, None
    if not line.strip():
        return "", f"line {number}: empty line, expected a JSON object"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return "", f"line {number}: invalid JSON at column {exc.colno}"
    if not isinstance(record, dict):
        return "", f"line {number}: expected a JSON object"
    value = record.get(field)
    if value is None:
        return "", f"line {number}: field {field!r} is missing"
    if not isinstance(value, str):
        return "", f"line {number}: field {field!r} is not a string"
    return value, None


def _summary(source: str, as_of: date, lines: int, found: int, errors: int) -> None:
    name = "stdin" if source == "-" else source
    stderr.print(
        f"piplkit detect: {name}: {lines:,} lines, {found:,} findings, "
        f"{errors:,} unreadable lines; "
        f"evaluated as of {as_of.isoformat()}"
    )
