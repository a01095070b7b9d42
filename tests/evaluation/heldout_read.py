"""Read a generated held-out table back as (headers, columns of strings), independently of the
scanner, so the generator tests check the files themselves."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from openpyxl import load_workbook


def _unguard(cell: str) -> str:
    if cell.startswith('="') and cell.endswith('"'):
        return cell[2:-1]
    return cell.rstrip("\t")


def read_table(root: Path, table: dict[str, Any]) -> tuple[list[str], list[list[Any]]]:
    path = root / table["file"]
    fmt = table["format"]
    headers = [c["header"] for c in table["columns"]]
    if fmt in ("csv", "tsv"):
        text = path.read_bytes().decode(table["encoding"])
        rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=table["delimiter"]))
        head, body = rows[0], [r for r in rows[1:] if r and r[0] != "合计"]
        cols = [[_unguard(r[i]) for r in body] for i in range(len(head))]
        return head, cols
    if fmt == "xlsx":
        wb = load_workbook(path, read_only=True)
        rows = [list(r) for r in wb[table["sheet"]].iter_rows(values_only=True)]
        wb.close()
        start = next(
            i for i, r in enumerate(rows) if [h or "" for h in r[: len(headers)]] == headers
        )
        head = [h or "" for h in rows[start][: len(headers)]]
        body = [r for r in rows[start + 1 :] if r and r[0] != "合计"]
        return head, [[r[i] if i < len(r) else None for r in body] for i in range(len(head))]
    if fmt == "parquet":
        t = pq.read_table(path)
        return t.column_names, [t.column(i).to_pylist() for i in range(t.num_columns)]
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]
    head = list(lines[0])
    return head, [[obj.get(h) for obj in lines] for h in head]
