"""Readers and check-digit checks shared by the held-out sets' own tests (sets 9-11): a table
read back with csv/openpyxl/pyarrow only, and the standards' check digits computed here, not by
the classifier, so a set test never leans on the code it is meant to check."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from openpyxl import load_workbook


def _read(folder: Path, t: dict[str, Any]) -> tuple[list[Any], list[list[Any]]]:
    """Header row and body rows of one table, read with csv/openpyxl/pyarrow only."""
    path = folder / t["file"]
    fmt = t["format"]
    if fmt.startswith(("csv", "tsv")):
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") == (t["encoding"] == "utf-8-sig"), t["file"]
        rows = list(csv.reader(io.StringIO(raw.decode(t["encoding"])), delimiter=t["delimiter"]))
        return rows[0], rows[1:]
    if fmt == "jsonl":
        recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
        return list(recs[0]), [list(r.values()) for r in recs]
    if fmt == "parquet":
        data = pq.read_table(path)
        return data.column_names, [list(r.values()) for r in data.to_pylist()]
    grid = [list(r) for r in load_workbook(path)[t["sheet"]].iter_rows(values_only=True)]
    head = t["title_rows"]
    body = grid[head + 1 :]
    if t["totals_row"]:
        assert body.pop()[0] == "合计", t["file"]
    return grid[head], body


def _mod11_2(s: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    total = sum(int(ch) * (2 ** (17 - k) % 11) for k, ch in enumerate(s[:17]))
    return "10X98765432"[total % 11] == s[17]


def _rid(s: str) -> bool:
    try:
        date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return _mod11_2(s)


def _luhn(s: str) -> bool:
    if not s.isdigit():
        return False
    digits = [int(ch) for ch in reversed(s)]
    total = sum(d if k % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for k, d in enumerate(digits))
    return total % 10 == 0


_VIN_VALUE = {
    **{str(n): n for n in range(10)},
    **dict(
        zip(
            "ABCDEFGHJKLMNPRSTUVWXYZ",
            [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
            strict=True,
        )
    ),
}


def _vin(s: str) -> bool:
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    if len(s) != 17 or any(ch not in _VIN_VALUE for ch in s):
        return False
    rest = sum(_VIN_VALUE[ch] * w for ch, w in zip(s, weights, strict=True)) % 11
    return s[8] == ("X" if rest == 10 else str(rest))


def _uscc(s: str) -> bool:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    if len(s) != 18 or any(ch not in chars for ch in s):
        return False
    total = sum(chars.index(ch) * (3**k % 31) for k, ch in enumerate(s[:17]))
    return chars[-total % 31] == s[17]
