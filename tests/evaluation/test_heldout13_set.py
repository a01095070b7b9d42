"""Held-out set 13 holds what its manifest says. These tests look at the SET, never at the
classifier: one seed writes the same bytes; every file decodes strictly in its declared encoding
and holds the declared headers, rows and layout rows; every gold is a catalogue type id present in
at least two columns; the brief's size, non-PI, minors and format floors hold; identifiers carry
valid check digits (checked here with this file's own code, from the standards); the messy
variants the brief asks for are in the files; a report's breakdowns name no cell value."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from piplkit.assess.law.pi_types import load_catalogue
from piplkit.discover.evaluation.breakdowns import SET_13
from piplkit.discover.evaluation.heldout6.spec import STYLES
from piplkit.discover.evaluation.heldout13 import build

from .heldout_checks import _luhn, _mod11_2, _read, _rid, _uscc, _vin

CUTOFF = date(2012, 12, 7).isoformat()  # born after this: under 14 on the reference date


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("h13")
    return folder, build.generate(folder)


CHECKS = {
    "rid": _rid,
    "rid_fw": _rid,
    "dl": _rid,
    "sscard": _rid,
    "bank_card": _luhn,
    "imei": _luhn,
    "vin": _vin,
    "uscc": _uscc,
    "fprid": _mod11_2,
}


def test_same_seed_same_bytes(generated: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    folder, _ = generated
    build.generate(tmp_path)
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(p.name for p in tmp_path.iterdir())
    for name in names:
        one = hashlib.sha256((folder / name).read_bytes()).hexdigest()
        assert one == hashlib.sha256((tmp_path / name).read_bytes()).hexdigest(), name


def test_other_seed_other_values(tmp_path: Path) -> None:
    a = build.generate(tmp_path / "a", seed=build.DEFAULT_SEED + 7, rows=4)
    build.generate(tmp_path / "b", rows=4)
    f = a["tables"][0]["file"]
    assert (tmp_path / "a" / f).read_bytes() != (tmp_path / "b" / f).read_bytes()


def test_files_hold_the_manifest(generated: tuple[Path, dict[str, Any]]) -> None:
    folder, manifest = generated
    assert manifest["name"] == "piplkit-business-columns" and manifest["seed"] == 1320261207
    assert manifest["reference_date"] == "2026-12-07"
    for t in manifest["tables"]:
        headers, body = _read(folder, t)
        assert list(headers) == [c["header"] for c in t["columns"]], t["file"]
        assert len(body) == t["rows"] == 60 and all(len(r) == len(headers) for r in body)


def test_gold_types_and_styles(generated: tuple[Path, dict[str, Any]]) -> None:
    _, manifest = generated
    catalogue = set(load_catalogue().types)
    golds = Counter(c["gold"] for t in manifest["tables"] for c in t["columns"])
    assert {g for g in golds if g} <= catalogue
    assert [g for g in catalogue if golds[g] < 2] == []
    assert {c["style"] for t in manifest["tables"] for c in t["columns"]} <= set(STYLES)


def test_brief_floors() -> None:
    tables = build.all_tables()
    cols = [c for t in tables for c in t.columns]
    assert len(tables) >= 160 and len({t.file for t in tables}) >= 160 and len(cols) >= 1200
    assert 0.40 <= sum(c.gold is None for c in cols) / len(cols) <= 0.60
    assert sum(not t.has_pi for t in tables) >= 25
    pairs = {(t.fmt, t.encoding if t.fmt in ("csv", "tsv") else None) for t in tables}
    assert {("csv", "utf-8"), ("csv", "utf-8-sig"), ("csv", "gb18030"), ("tsv", "utf-8")} <= pairs
    assert {("xlsx", None), ("parquet", None), ("jsonl", None)} <= pairs
    assert set(STYLES) <= {c.style for c in cols}
    assert all(sum(n for _, n in t.groups) == len(t.columns) for t in tables if t.groups)
    assert sum(len(t.columns) >= 40 for t in tables) >= 4
    assert sum(len(t.columns) <= 3 for t in tables) >= 10
    assert any(t.groups for t in tables) and any(t.totals_row for t in tables)
    assert any(t.title_rows for t in tables) and any(t.quote_all for t in tables)
    sheets = Counter(t.file for t in tables if t.fmt == "xlsx")
    assert sum(n == 2 for n in sheets.values()) >= 3


def test_minors_and_identifiers(generated: tuple[Path, dict[str, Any]]) -> None:
    folder, manifest = generated
    minors = [
        (t["file"], c["header"])
        for t in manifest["tables"]
        for c in t["columns"]
        if (c["youngest_birth"] or "") > CUTOFF
    ]
    assert len(minors) >= 20 and len({f for f, _ in minors}) >= 8
    seen: Counter[str] = Counter()
    for t in manifest["tables"]:
        _, body = _read(folder, t)
        for col in t["columns"]:
            check, births = CHECKS.get(col["generator"]), []
            for row in body:
                cell = unicodedata.normalize("NFKC", str(row[col["position"]])).strip()
                if check and (
                    (len(cell) >= 15 and cell[0].isdigit()) or (check is _vin and len(cell) == 17)
                ):
                    assert check(cell), (t["file"], col["header"])
                    seen[col["generator"]] += 1
                    if col["gold"] == "cn_resident_id":
                        births.append(f"{cell[6:10]}-{cell[10:12]}-{cell[12:14]}")
                if col["generator"] in ("birth", "birth_q") and re.fullmatch(
                    r"\d{4}-\d\d-\d\d", cell
                ):
                    births.append(cell)
            if births:
                assert max(births) <= col["youngest_birth"], (t["file"], col["header"])
    assert all(seen[g] >= 40 for g in CHECKS), seen


def test_messy_values(generated: tuple[Path, dict[str, Any]]) -> None:
    folder, manifest = generated
    seen: Counter[str] = Counter()
    cells = blanks = 0
    for t in manifest["tables"]:
        _, body = _read(folder, t)
        for row in body:
            for v in row:
                s, cells = str(v), cells + 1
                blanks += v in (None, "", " ", "-", "无", "NULL", "/", "N/A", "——", "暂无")
                seen["masked phone"] += bool(re.fullmatch(r"1\d\d\*{4}\d{4}", s))
                seen["masked id"] += bool(re.fullmatch(r"\d{6}\*{8}\d{3}[\dX]", s))
                seen["masked card"] += bool(re.fullmatch(r"\d{4} \*{4} \*{4} \d{4}", s))
                seen["+86"] += s.startswith("+86 ")
                seen["spaced phone"] += bool(re.fullmatch(r"1\d\d \d{4} \d{4}", s))
                seen["full-width"] += bool(re.search(r"[０-９]{11}", s))
                seen["pinyin name"] += bool(
                    re.fullmatch(r"[A-Z]+/[A-Z]+|[A-Z][a-z]+ [A-Z][a-z]+", s)
                )
                seen["先生/女士"] += bool(re.fullmatch(r".(先生|女士)", s))
                seen["typed number"] += isinstance(v, int) and v > 10**10
                seen["chinese date"] += bool(re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", s))
                seen["two phones"] += bool(re.fullmatch(r"1\d{10}/1\d{10}", s))
                seen["masked name"] += bool(re.fullmatch(r"[\u4e00-\u9fff]\*{1,3}", s))
                seen["json cell"] += s.startswith('[{"name"') or s.startswith('{"颜色"')
                seen["trailing space"] += bool(re.fullmatch(r"1\d{10} +", s))
                seen["excel serial"] += s.isdigit() and 20000 < int(s) < 47000 and len(s) == 5
    assert len(seen) == 15 and min(seen.values()) >= 5, seen
    assert 0.02 <= blanks / cells <= 0.06


def test_breakdowns_name_no_value(generated: tuple[Path, dict[str, Any]]) -> None:
    folder, manifest = generated
    t = next(
        x for x in manifest["tables"] if any(c["gold"] == "cn_resident_id" for c in x["columns"])
    )
    rid = next(c for c in t["columns"] if c["gold"] == "cn_resident_id")
    plain = next(c for c in t["columns"] if c["gold"] is None)
    errors = [
        {
            "file": t["file"],
            "sheet": t["sheet"],
            "column": rid["header"],
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
    data = SET_13.breakdowns(manifest, {"errors": errors}, lambda g: g not in (None, "cn_uscc"))
    text = SET_13.format_breakdowns(data)
    assert "Set 13 breakdowns" in text and len(data["non_pi_reported_as_pi"]) == 1
    _, body = _read(folder, t)
    assert not [v for row in body for v in row if isinstance(v, str) and len(v) >= 6 and v in text]
