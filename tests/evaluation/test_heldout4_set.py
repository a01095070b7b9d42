"""Held-out set 4 holds what its manifest says: every file reads back in its format and
encoding with the manifest's headers and row count, identifiers carry valid check digits, and
the same seed writes the same manifest."""

from __future__ import annotations

import csv
import io
import json
import random
from datetime import date
from pathlib import Path

import pytest

from piplkit.discover.evaluation.heldout4 import build, ids


@pytest.fixture(scope="module")
def small_set(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("h4")
    manifest = build.generate(out, rows=25)
    return out, manifest


def _headers(folder: Path, table: dict) -> tuple[list[str], int]:
    path = folder / table["file"]
    fmt = table["format"]
    if fmt in ("csv", "tsv"):
        text = path.read_bytes().decode(table["encoding"])
        rows = list(csv.reader(io.StringIO(text), delimiter=table["delimiter"]))
        return rows[0], len(rows) - 1
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


def test_files_match_manifest(small_set: tuple[Path, dict]) -> None:
    folder, manifest = small_set
    assert len(manifest["tables"]) >= 40
    for table in manifest["tables"]:
        headers, rows = _headers(folder, table)
        assert headers == [c["header"] for c in table["columns"]], table["file"]
        assert rows == table["rows"] == 25, table["file"]


def test_set_size_and_coverage() -> None:
    tables = build.all_tables()
    columns = [c for t in tables for c in t.columns]
    assert len(tables) >= 40 and len(columns) >= 450
    assert len({t.domain for t in tables}) >= 20
    non_pi_tables = [t for t in tables if all(c.gold in (None, "cn_uscc") for c in t.columns)]
    assert len(non_pi_tables) >= 10
    for table in tables:
        headers = [c.header for c in table.columns]
        assert len(headers) == len(set(headers)), table.file


def test_gold_types_are_in_the_catalogue() -> None:
    from piplkit.assess.law.pi_types import load_catalogue

    known = set(load_catalogue().types)
    golds = {c.gold for t in build.all_tables() for c in t.columns if c.gold}
    assert golds <= known, golds - known


def test_check_digits() -> None:
    rng = random.Random(7)
    for _ in range(200):
        rid = ids.resident_id(rng, date(1990, 1, 2), female=True)
        assert ids.id_check(rid[:17]) == rid[-1] and int(rid[16]) % 2 == 0
        card = ids.bank_card(rng)
        assert ids.luhn_digit(card[:-1]) == card[-1]
        imei = ids.imei(rng)
        assert len(imei) == 15 and ids.luhn_digit(imei[:-1]) == imei[-1]
        pr = ids.foreign_pr_2023(rng, date(1985, 3, 4))
        assert len(pr) == 18 and pr[0] == "9" and ids.id_check(pr[:17]) == pr[-1]
    # Known-good values computed by hand from the standards' worked examples.
    assert ids.id_check("11010519491231002") == "X"
    assert ids.luhn_digit("7992739871") == "3"


def test_same_seed_same_manifest(tmp_path: Path) -> None:
    first = build.generate(tmp_path / "a", rows=5, domains=frozenset({"bank_kyc", "dating_app"}))
    second = build.generate(tmp_path / "b", rows=5, domains=frozenset({"bank_kyc", "dating_app"}))
    assert first == second
    assert (tmp_path / "a" / "profiles_snapshot.parquet").read_bytes() == (
        tmp_path / "b" / "profiles_snapshot.parquet"
    ).read_bytes()
