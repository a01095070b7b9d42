"""Held-out set 5 holds what its manifest says: the same seed writes the same files and
manifest, every column of every file has a gold entry, the set meets the brief's size and
non-PI share, and its identifiers carry valid check digits."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from piplkit.discover.evaluation.heldout5 import build, ids
from piplkit.discover.evaluation.heldout5.values import GENS
from piplkit.discover.evaluation.heldout5.values_more import MORE


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, Path, dict]:
    a, b = tmp_path_factory.mktemp("h5a"), tmp_path_factory.mktemp("h5b")
    return a, build.generate(a, rows=20), b, build.generate(b, rows=20)


def _headers(folder: Path, table: dict[str, Any]) -> tuple[list[str], int]:
    path = folder / table["file"]
    fmt = table["format"]
    if fmt.startswith(("csv", "tsv")):
        text = path.read_bytes().decode(table["encoding"])
        rows = list(csv.reader(io.StringIO(text), delimiter=table["delimiter"]))
        return [h.lstrip("\ufeff") for h in rows[0]], len(rows) - 1
    if fmt == "jsonl":
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        return list(records[0]), len(records)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        data = pq.read_table(path)
        return data.column_names, data.num_rows
    from openpyxl import load_workbook

    ws = load_workbook(path, read_only=True)[table["sheet"]]
    rows = list(ws.iter_rows(values_only=True))
    skip = table["title_rows"]
    body = len(rows) - skip - 1 - (1 if table["totals_row"] else 0)
    return [str(h) for h in rows[skip]], body


def test_same_seed_same_files(two_runs: tuple[Path, dict, Path, dict]) -> None:
    a, manifest_a, b, manifest_b = two_runs
    assert manifest_a == manifest_b
    digests_a, digests_b = _digests(a), _digests(b)
    # workbooks carry their save time, so only the text and Parquet files compare byte for byte
    same = [n for n in digests_a if not n.endswith(".xlsx")]
    assert same and all(digests_a[n] == digests_b[n] for n in same)


def test_gold_covers_every_column(two_runs: tuple[Path, dict, Path, dict]) -> None:
    folder, manifest, _, _ = two_runs
    from piplkit.assess.law.pi_types import load_catalogue

    known = set(load_catalogue().types)
    for table in manifest["tables"]:
        headers, rows = _headers(folder, table)
        assert headers == [c["header"] for c in table["columns"]], table["file"]
        assert rows == table["rows"] == 20, table["file"]
        for col in table["columns"]:
            assert "gold" in col and (col["gold"] is None or col["gold"] in known), col["header"]


def test_size_and_non_pi_share() -> None:
    tables = build.all_tables()
    columns = [c for t in tables for c in t.columns]
    assert len(tables) >= 50 and len(columns) >= 550
    assert sum(c.gold in (None, "cn_uscc") for c in columns) / len(columns) >= 0.40
    assert {c.gen for c in columns} <= set(GENS) | set(MORE)
    assert {t.fmt for t in tables} == {"csv", "tsv", "xlsx", "parquet", "jsonl"}


def test_identifiers_check() -> None:
    rng = random.Random(5)
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    for _ in range(200):
        rid = ids.resident_id(rng, date(2015, 3, 9), female=True)
        total = sum(int(d) * w for d, w in zip(rid[:17], weights, strict=True))
        assert rid[17] == "10X98765432"[total % 11] and rid[6:14] == "20150309"
        assert int(rid[16]) % 2 == 0
        card = ids.bank_card(rng)
        assert ids.luhn_complete(card[:-1]) == card
        assert len(ids.vin(rng)) == 17 and len(ids.uscc(rng)) == 18
