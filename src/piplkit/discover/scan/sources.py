"""Find what to scan: expand folders, name each file's format, open it with its reader."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from piplkit.discover.scan import database
from piplkit.discover.scan.readers.csv_reader import open_csv
from piplkit.discover.scan.readers.document_reader import (
    SAMPLE_TEXT_CHARS,
    open_docx,
    open_pdf,
    open_text,
)
from piplkit.discover.scan.readers.json_reader import open_json, open_jsonl
from piplkit.discover.scan.readers.parquet_reader import open_parquet
from piplkit.discover.scan.readers.xlsx_reader import open_xlsx
from piplkit.discover.scan.tables import Document, ReadError, Table

EXTENSIONS = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".txt": "text",
    ".text": "text",
    ".log": "text",
    ".md": "text",
    ".docx": "docx",
    ".pdf": "pdf",
}


def is_database_url(target: str) -> bool:
    """A SQLAlchemy URL of a dialect the scanner reads (see ``piplkit.discover.scan.database``)."""
    return database.is_database_url(target)


def expand(paths: list[str]) -> Iterator[tuple[Path, bool]]:
    """Files under ``paths``: ``(path, explicit)``; folders are walked, hidden entries skipped."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name, False
        else:
            yield path, True


def kind_of(path: Path) -> str | None:
    """Format by extension, else by magic bytes; None for formats piplkit does not read."""
    kind = EXTENSIONS.get(path.suffix.lower())
    if kind:
        return kind
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError:
        return None
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PAR1"):
        return "parquet"
    return None


def open_source(path: Path, kind: str, *, sampling: bool) -> list[Table | Document]:
    """Open ``path`` as ``kind``; raises :class:`ReadError` with a message safe to print."""
    if not path.exists():
        raise ReadError("no such file or folder")
    if not os.access(path, os.R_OK):
        raise ReadError("permission denied (file is not readable)")
    try:
        return _open(path, kind, sampling=sampling)
    except PermissionError:
        raise ReadError("permission denied (file is not readable)") from None
    except IsADirectoryError:
        raise ReadError("is a directory") from None
    except OSError as exc:
        raise ReadError(f"cannot read file ({exc.strerror or type(exc).__name__})") from None


def _open(path: Path, kind: str, *, sampling: bool) -> list[Table | Document]:
    if path.stat().st_size == 0:
        raise ReadError("empty file")
    if kind in ("csv", "tsv"):
        return [open_csv(path, kind)]
    if kind == "xlsx":
        return list(open_xlsx(path))
    if kind == "jsonl":
        return [open_jsonl(path)]
    if kind == "json":
        return [open_json(path)]
    if kind == "parquet":
        return [open_parquet(path)]
    if kind == "docx":
        return [open_docx(path)]
    if kind == "pdf":
        return [open_pdf(path)]
    if kind == "text":
        return [open_text(path, limit_chars=SAMPLE_TEXT_CHARS if sampling else None)]
    raise ReadError(f"unsupported format {kind!r}")
