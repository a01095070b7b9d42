"""Pick the format of a file and run its streaming de-identifier into an atomic output."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from piplkit.protect.deid.engine import Deidentifier
from piplkit.protect.deid.io import delimited, lines, parquet, xlsx
from piplkit.protect.deid.io.atomic import DeidIOError, atomic_output, same_file
from piplkit.protect.deid.report import ChangeReport

#: Suffix -> format.
_SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".log": "text",
    ".md": "text",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xlsx": "xlsx",
    ".parquet": "parquet",
    ".pq": "parquet",
}
FORMATS = ("text", "csv", "tsv", "jsonl", "xlsx", "parquet")
#: Formats read as text, whose encoding the caller must name (sniffed by the CLI).
TEXT_FORMATS = frozenset({"text", "csv", "tsv", "jsonl"})

Runner = Callable[[Path, Path, Deidentifier, str], None]
_RUNNERS: dict[str, Runner] = {
    "text": lines.deidentify_text,
    "jsonl": lines.deidentify_jsonl,
    "csv": lambda s, t, d, e: delimited.deidentify_delimited(s, t, d, e, tsv=False),
    "tsv": lambda s, t, d, e: delimited.deidentify_delimited(s, t, d, e, tsv=True),
    "xlsx": lambda s, t, d, e: xlsx.deidentify_xlsx(s, t, d),
    "parquet": lambda s, t, d, e: parquet.deidentify_parquet(s, t, d),
}


def format_of(path: Path) -> str | None:
    return _SUFFIXES.get(path.suffix.lower())


def deidentify_file(
    source: Path,
    target: Path,
    deidentifier: Deidentifier,
    *,
    fmt: str | None = None,
    encoding: str = "utf-8",
) -> ChangeReport:
    """De-identify ``source`` into ``target`` (same format); return the change report.

    ``encoding`` applies to text formats (text, CSV/TSV, JSONL) and is used for the output too,
    when it can hold every character (UTF-8/16/32, GB18030); otherwise the output is UTF-8.
    """
    kind = fmt or format_of(source)
    if kind is None:
        raise DeidIOError(
            f"{source}: unknown file type {source.suffix!r}; name one with --format "
            f"({', '.join(FORMATS)})"
        )
    if kind not in _RUNNERS:
        raise DeidIOError(f"unknown format {kind!r}; use one of {', '.join(FORMATS)}")
    if not source.is_file():
        raise DeidIOError(f"{source}: no such file")
    if same_file(source, target):
        raise DeidIOError(f"{target}: the output must not be the input file")
    report = deidentifier.report
    report.source, report.target, report.format = str(source), str(target), kind
    with atomic_output(target) as tmp:
        _RUNNERS[kind](source, tmp, deidentifier, encoding)
    return report
