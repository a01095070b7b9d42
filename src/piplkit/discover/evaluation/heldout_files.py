"""A held-out set written to a folder: its tables grouped by file, each file by its format's
writer, then ``manifest.json`` replaced atomically.

Shared by held-out sets 3 and 4, which were written apart (each keeps its own tables, values and
writers) but lay out their folders the same way, so the scorer and runner read both alike.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any, Protocol

Grid = list[list[Any]]


class SetTable(Protocol):
    """What the folder layout needs of a set's table: its file and format."""

    @property
    def file(self) -> str: ...

    @property
    def fmt(self) -> str: ...


class SetWriters(Protocol):
    """A set's writers module: one function per format."""

    def write_xlsx(self, path: Path, parts: Any, ref: date) -> None: ...

    def write_parquet(self, path: Path, table: Any, grid: Grid) -> None: ...

    def write_jsonl(self, path: Path, table: Any, grid: Grid) -> None: ...

    def write_delimited(self, path: Path, table: Any, grid: Grid) -> None: ...


def write_set(
    out: Path,
    built: Iterable[tuple[SetTable, Grid, dict[str, Any]]],
    writers: SetWriters,
    ref: date,
    header: dict[str, Any],
) -> dict[str, Any]:
    """Write every built table (a workbook's sheets into one file) and the manifest: ``header``
    followed by the tables' entries in build order. Returns the manifest."""
    out.mkdir(parents=True, exist_ok=True)
    by_file: dict[str, list[tuple[SetTable, Grid]]] = defaultdict(list)
    entries = []
    for table, grid, entry in built:
        by_file[table.file].append((table, grid))
        entries.append(entry)
    for file, parts in by_file.items():
        path = out / file
        first = parts[0][0]
        if first.fmt == "xlsx":
            writers.write_xlsx(path, parts, ref)
        elif first.fmt == "parquet":
            writers.write_parquet(path, *parts[0])
        elif first.fmt == "jsonl":
            writers.write_jsonl(path, *parts[0])
        else:
            writers.write_delimited(path, *parts[0])
    manifest = {**header, "tables": entries}
    tmp = out / "manifest.json.tmp"
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, out / "manifest.json")
    return manifest
