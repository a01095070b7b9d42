"""Held-out set 8 holds what its manifest says. These tests look at the SET only, never at the
classifier: one seed writes the same bytes twice; each file decodes in its declared encoding and
holds the declared headers and rows (layout rows, totals, several sheets included); every gold
is a catalogue type id, each present in at least two columns; the size, non-PI share, minors and
format floors of the brief hold; identifiers carry valid check digits (checked with this file's
own code from the standards); the breakdowns of a made-up report name no cell value."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from openpyxl import load_workbook

from piplkit.assess.law.pi_types import load_catalogue
from piplkit.discover.evaluation.breakdowns import SET_8
from piplkit.discover.evaluation.heldout6.spec import STYLES
from piplkit.discover.evaluation.heldout8 import build

ROWS = 30


@pytest.fixture(scope="module")
def sets(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], Path]:
    one, two = tmp_path_factory.mktemp("h8one"), tmp_path_factory.mktemp("h8two")
    manifest = build.generate(one, rows=ROWS)
    build.generate(two, rows=ROWS)
    return one, manifest, two


def _table(folder: Path, t: dict[str, Any]) -> tuple[list[Any], list[list[Any]]]:
    """The header row and body of one table, read without the scanner."""
    path = folder / t["file"]
    if t["format"].startswith(("csv", "tsv")):
        text = path.read_bytes().decode(t["encoding"])  # strict decoding
        if t["encoding"] == "utf-8-sig":
            assert path.read_bytes().startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(text), delimiter=t["delimiter"]))
        return rows[0], rows[1:]
    if t["format"] == "jsonl":
        recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        return list(recs[0]), [list(r.values()) for r in recs]
    if t["format"] == "parquet":
        data = pq.read_table(path)
        cols = [data.column(i).to_pylist() for i in range(data.num_columns)]
        return data.column_names, [list(r) for r in zip(*cols, strict=True)]
    sheet = load_workbook(path)[t["sheet"]]
    grid = [list(r) for r in sheet.iter_rows(values_only=True)]
    top = t["title_rows"]
    body = grid[top + 1 :]
    if t["totals_row"]:
        assert body[-1][0] == "合计"
        body = body[:-1]
    return grid[top], body


def _rid_valid(s: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    weights = [pow(2, 17 - k, 11) for k in range(17)]
    try:
        date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return "10X98765432"[sum(int(a) * w for a, w in zip(s, weights, strict=False)) % 11] == s[17]


def _luhn(s: str) -> bool:
    total = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch) * (2 if k % 2 else 1)
        total += d // 10 + d % 10
    return s.isdigit() and total % 10 == 0


def _vin_valid(s: str) -> bool:
    trans = {
        **{str(d): d for d in range(10)},
        **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
        **dict(zip("JKLMN", range(1, 6), strict=True)),
        "P": 7,
        "R": 9,
        **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
    }
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    if len(s) != 17 or set(s) & set("IOQ"):
        return False
    r = sum(trans[c] * k for c, k in zip(s, w, strict=True)) % 11
    return s[8] == ("X" if r == 10 else str(r))


def _uscc_valid(s: str) -> bool:
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    if len(s) != 18 or any(c not in alphabet for c in s):
        return False
    total = sum(alphabet.index(c) * pow(3, k, 31) for k, c in enumerate(s[:17]))
    return s[17] == alphabet[(31 - total % 31) % 31]


def test_one_seed_same_bytes(sets: tuple[Path, dict[str, Any], Path]) -> None:
    one, _, two = sets
    names = sorted(p.name for p in one.iterdir())
    assert names == sorted(p.name for p in two.iterdir())
    for name in names:
        a, b = (one / name).read_bytes(), (two / name).read_bytes()
        assert hashlib.sha256(a).digest() == hashlib.sha256(b).digest(), name


def test_another_seed_changes_values(tmp_path: Path) -> None:
    build.generate(tmp_path, seed=build.DEFAULT_SEED + 1, rows=5)
    first = build.generate(tmp_path / "d", rows=5)
    t = first["tables"][0]
    assert (tmp_path / t["file"]).read_bytes() != (tmp_path / "d" / t["file"]).read_bytes()


def test_files_hold_the_manifest(sets: tuple[Path, dict[str, Any], Path]) -> None:
    folder, manifest, _ = sets
    assert manifest["name"] == "piplkit-business-columns" and manifest["seed"] == 820261206
    assert manifest["reference_date"] == "2026-12-06"
    for t in manifest["tables"]:
        headers, body = _table(folder, t)
        assert list(headers) == [c["header"] for c in t["columns"]], t["file"]
        assert len(body) == t["rows"] == ROWS, t["file"]
        assert all(len(r) == len(headers) for r in body), t["file"]
        assert [c["position"] for c in t["columns"]] == list(range(len(headers)))


def test_gold_types_and_styles(sets: tuple[Path, dict[str, Any], Path]) -> None:
    _, manifest, _ = sets
    catalogue = set(load_catalogue().types)
    golds = Counter(c["gold"] for t in manifest["tables"] for c in t["columns"])
    assert {g for g in golds if g} <= catalogue
    assert all(golds[g] >= 2 for g in catalogue), [g for g in catalogue if golds[g] < 2]
    assert {c["style"] for t in manifest["tables"] for c in t["columns"]} <= set(STYLES)


def test_brief_floors() -> None:
    tables = build.all_tables()
    cols = [c for t in tables for c in t.columns]
    assert len(tables) >= 140 and len(cols) >= 1300
    share = sum(c.gold is None for c in cols) / len(cols)
    assert 0.40 <= share <= 0.50, share
    assert len({t.domain for t in tables}) >= 120
    formats = {(t.fmt, t.encoding if t.fmt in ("csv", "tsv") else None) for t in tables}
    assert len(formats) >= 10, formats
    assert {"opaque", "pinyin_initials", "pinyin_full", "vendor", "mixed", "camel"} <= {
        c.style for c in cols
    }
    assert any(t.groups for t in tables) and any(t.totals_row for t in tables)
    assert all(sum(span for _, span in t.groups) == len(t.columns) for t in tables if t.groups)
    assert any(t.title_rows for t in tables) and any(t.quote_all for t in tables)


def test_minors_and_identifiers(sets: tuple[Path, dict[str, Any], Path]) -> None:
    folder, manifest, _ = sets
    cutoff = date(2012, 12, 6).isoformat()
    minors = [
        c
        for t in manifest["tables"]
        for c in t["columns"]
        if c["youngest_birth"] and c["youngest_birth"] > cutoff
    ]
    assert len(minors) >= 20
    checks = {
        "rid": _rid_valid,
        "rid_q": _rid_valid,
        "dl": _rid_valid,
        "bank_card": _luhn,
        "imei": _luhn,
        "vin": _vin_valid,
        "uscc": _uscc_valid,
    }
    seen: Counter[str] = Counter()
    for t in manifest["tables"]:
        _, body = _table(folder, t)
        for col in t["columns"]:
            check = checks.get(col["generator"])
            if check is None:
                continue
            for row in body:
                v = row[col["position"]]
                if isinstance(v, (int, str)) and len(str(v)) >= 15:
                    assert check(str(v)), (t["file"], col["header"])
                    seen[col["generator"]] += 1
                    if col["gold"] == "cn_resident_id" and col["youngest_birth"]:
                        born = str(v)[6:14]
                        assert f"{born[:4]}-{born[4:6]}-{born[6:]}" <= col["youngest_birth"]
    assert all(seen[g] >= 20 for g in ("rid", "bank_card", "imei", "vin", "uscc")), seen


def test_messy_values(sets: tuple[Path, dict[str, Any], Path]) -> None:
    folder, manifest, _ = sets
    seen: Counter[str] = Counter()
    for t in manifest["tables"]:
        _, body = _table(folder, t)
        for row in body:
            for v in row:
                s = str(v)
                seen["masked phone"] += bool(re.fullmatch(r"1\d{2}\*{4}\d{4}", s))
                seen["full-width"] += bool(re.search(r"[０-９]{6}", s))
                seen["+86"] += s.startswith("+86 ")
                seen["15-digit id"] += bool(re.fullmatch(r"\d{15}", s))
                seen["X id"] += bool(re.fullmatch(r"\d{17}X", s))
                seen["typed number"] += isinstance(v, int) and v > 10**10
    assert all(n >= 3 for n in seen.values()) and len(seen) == 6, seen


def test_breakdowns_name_no_value(sets: tuple[Path, dict[str, Any], Path]) -> None:
    folder, manifest, _ = sets
    t = next(
        x for x in manifest["tables"] if any(c["gold"] == "cn_resident_id" for c in x["columns"])
    )
    rid_col = next(c for c in t["columns"] if c["gold"] == "cn_resident_id")
    plain = next(c for c in t["columns"] if c["gold"] is None)
    report = {
        "errors": [
            {
                "file": t["file"],
                "sheet": t["sheet"],
                "column": rid_col["header"],
                "gold": "cn_resident_id",
                "predicted": None,
                "problem": "type",
            },
            {
                "file": t["file"],
                "sheet": t["sheet"],
                "column": plain["header"],
                "gold": None,
                "predicted": "cn_mobile",
                "problem": "type",
            },
        ]
    }
    data = SET_8.breakdowns(manifest, report, lambda g: g not in (None, "cn_uscc"))
    text = SET_8.format_breakdowns(data)
    assert "Set 8 breakdowns" in text
    assert len(data["non_pi_reported_as_pi"]) == 1
    _, body = _table(folder, t)
    for row in body:
        for v in row:
            if isinstance(v, str) and len(v) >= 6:
                assert v not in text
