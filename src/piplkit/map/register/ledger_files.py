"""Reading a transfer's export file for the ledger: its digest, header and rows as text.

Only file handling: CSV/TSV/XLSX (through the scan readers) to a header and row iterator, with
warnings for what was skipped. The ledger (:mod:`piplkit.map.register.ledger`) hashes what this
reads.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from piplkit.map.register.errors import InvalidInputError

#: Hashes per IN (...) query / insert statement: well under SQLite's variable limit.


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_export(path: Path) -> tuple[list[str], Iterator[list[str | None]], list[str]]:
    """Columns, rows and reader warnings of an export file, through ``piplkit.discover.scan``'s
    readers."""
    from piplkit.discover.scan.sources import kind_of, open_source
    from piplkit.discover.scan.tables import ReadError, Table

    kind = kind_of(path)
    if kind not in {"csv", "tsv", "xlsx", "json", "jsonl", "parquet"}:
        raise InvalidInputError(
            f"{path}: not a CSV, TSV, XLSX, JSON, JSONL or Parquet file (by its extension)"
        )
    try:
        opened = [t for t in open_source(path, kind, sampling=False) if isinstance(t, Table)]
    except ReadError as exc:
        raise InvalidInputError(f"{path}: {exc}") from None
    if not opened:
        raise InvalidInputError(f"{path}: holds no table of records")
    if len(opened) > 1:
        names = ", ".join(repr(t.name) for t in opened)
        raise InvalidInputError(
            f"{path}: has several sheets ({names}); export one sheet per file for the ledger"
        )
    table = opened[0]

    def rows() -> Iterator[list[str | None]]:
        try:
            for batch in table.read(None):
                yield from batch
        except ReadError as exc:
            raise InvalidInputError(f"{path}: {exc}") from None

    return list(table.columns), rows(), table.warnings
