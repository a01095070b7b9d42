"""Held-out set 6 holds what its manifest says. These tests check the SET, never the classifier:
the same seed writes the same bytes (workbooks included); every file's headers, rows, encoding,
delimiter, layout and typed cells are as declared; every gold type id is in the PI catalogue;
the set meets the brief's size, non-PI share and variety; minors' birth dates in the manifest
match the IDs in the files; identifiers carry valid check digits (validated here with this
test's own implementations of the standards); and the people are Faker zh_CN inventions."""

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
from faker import Faker
from openpyxl import load_workbook

from piplkit.discover.evaluation.heldout6 import build
from piplkit.discover.evaluation.heldout6.ids import DISTRICTS
from piplkit.discover.evaluation.heldout6.spec import STYLES
from piplkit.discover.evaluation.heldout6.values_more import numeric, resolve

ROWS = 24


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], Path]:
    a, b = tmp_path_factory.mktemp("h6a"), tmp_path_factory.mktemp("h6b")
    manifest = build.generate(a, rows=ROWS)
    build.generate(b, rows=ROWS)
    return a, manifest, b


def _digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _read(folder: Path, t: dict[str, Any]) -> tuple[list[str], list[list[Any]], dict[str, Any]]:
    """Headers, body rows and facts about the file, read without the scanner."""
    path = folder / t["file"]
    fmt = t["format"]
    if fmt.startswith(("csv", "tsv")):
        raw = path.read_bytes()
        text = raw.decode(t["encoding"])  # strict: the declared encoding must decode
        rows = list(csv.reader(io.StringIO(text), delimiter=t["delimiter"]))
        return rows[0], rows[1:], {"raw": raw, "text": text}
    if fmt == "jsonl":
        recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
        return list(recs[0]), [list(r.values()) for r in recs], {"records": recs}
    if fmt == "parquet":
        data = pq.read_table(path)
        cols = [data.column(i).to_pylist() for i in range(data.num_columns)]
        return (
            data.column_names,
            [list(r) for r in zip(*cols, strict=True)],
            {"schema": data.schema},
        )
    book = load_workbook(path)
    ws = book[t["sheet"]]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    skip = t["title_rows"]
    body = rows[skip + 1 :]
    facts = {"merged": [str(m) for m in ws.merged_cells.ranges], "sheets": book.sheetnames,
             "above": rows[:skip], "last": body[-1] if body else None}  # fmt: skip
    if t["totals_row"]:
        body = body[:-1]
    return [str(h) for h in rows[skip]], body, facts


def test_same_seed_same_bytes(runs: tuple[Path, dict[str, Any], Path]) -> None:
    a, _, b = runs
    names = sorted(p.name for p in a.iterdir())
    assert names == sorted(p.name for p in b.iterdir())
    assert all(_digest(a / n) == _digest(b / n) for n in names)
    other = build.build_table(build.all_tables()[0], build.DEFAULT_SEED + 1, ROWS)[0]
    assert other != build.build_table(build.all_tables()[0], build.DEFAULT_SEED, ROWS)[0]


def test_files_hold_what_the_manifest_says(runs: tuple[Path, dict[str, Any], Path]) -> None:
    folder, manifest, _ = runs
    assert manifest["name"] == "piplkit-business-columns" and manifest["set"] == "heldout6"
    assert {p.name for p in folder.iterdir()} == {t["file"] for t in manifest["tables"]} | {
        "manifest.json"
    }
    assert json.loads((folder / "manifest.json").read_text(encoding="utf-8")) == manifest
    for t in manifest["tables"]:
        headers, body, facts = _read(folder, t)
        assert headers == [c["header"] for c in t["columns"]], t["file"]
        assert [c["position"] for c in t["columns"]] == list(range(len(headers)))
        assert len(body) == t["rows"] == ROWS, t["file"]
        assert all(len(r) == len(headers) for r in body), t["file"]
        fmt = t["format"]
        if fmt.startswith(("csv", "tsv")):
            raw, enc = facts["raw"], t["encoding"]
            assert raw.startswith(b"\xef\xbb\xbf") == (enc == "utf-8-sig"), t["file"]
            assert t["delimiter"] == ("\t" if fmt.startswith("tsv") else ",")
            if enc in ("gbk", "gb18030"):  # really Chinese-encoded, not UTF-8 in disguise
                with pytest.raises(UnicodeDecodeError):
                    raw.decode("utf-8")
        elif fmt == "xlsx":
            assert t["sheet"] in facts["sheets"]
            if t["merged_groups"] or t["title_rows"]:
                assert facts["merged"] and len(facts["above"]) == t["title_rows"]
            if t["totals_row"]:
                assert facts["last"][0] == "合计"
        elif fmt == "parquet":
            for col in t["columns"]:
                kind = str(facts["schema"].field(col["header"]).type)
                assert kind in (("int64", "double") if numeric(col["generator"]) else ("string",))


def test_gold_and_styles_are_known(runs: tuple[Path, dict[str, Any], Path]) -> None:
    from piplkit.assess.law.pi_types import load_catalogue

    _, manifest, _ = runs
    catalogue = load_catalogue().types
    for t in manifest["tables"]:
        for key in ("file", "sheet", "format", "encoding", "domain", "columns"):
            assert key in t  # what the shared scorer reads
        for c in t["columns"]:
            assert c["gold"] is None or c["gold"] in catalogue, c["header"]
            assert c["style"] in STYLES
            resolve(c["generator"])  # every generator exists
    golds = {c["gold"] for t in manifest["tables"] for c in t["columns"]}
    assert set(catalogue) <= golds  # every catalogue type occurs, sensitive ones included


def test_size_share_and_variety() -> None:
    tables = build.all_tables()
    cols = [c for t in tables for c in t.columns]
    assert len(tables) >= 60 and len(cols) >= 600
    share = sum(c.gold in (None, "cn_uscc") for c in cols) / len(cols)
    assert 0.55 <= share <= 0.60, share
    assert len({t.domain for t in tables}) >= 55
    assert {t.fmt for t in tables} == {"csv", "tsv", "xlsx", "parquet", "jsonl"}
    assert {t.encoding for t in tables if t.fmt in ("csv", "tsv")} == {
        "utf-8",
        "utf-8-sig",
        "gbk",
        "gb18030",
    }
    styles = Counter(c.style for c in cols)
    assert set(styles) == set(STYLES) and min(styles.values()) >= 10
    assert any(t.groups for t in tables) and any(t.totals_row for t in tables)
    assert any(t.title_rows for t in tables) and sum(not t.has_pi for t in tables) >= 12
    files = Counter(t.file for t in tables if t.fmt == "xlsx")
    assert max(files.values()) >= 2  # a workbook with several sheets


_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _rid_ok(v: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", v) or v[:6] not in DISTRICTS:
        return False
    return "10X98765432"[sum(int(d) * w for d, w in zip(v, _W, strict=False)) % 11] == v[17]


def _luhn_ok(v: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(v)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


_VIN_VALUES = [*range(10), *range(1, 9), *range(1, 6), 7, 9, *range(2, 10)]
_VIN_T = dict(zip("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", _VIN_VALUES, strict=True))


def _vin_ok(v: str) -> bool:
    w = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    r = sum(_VIN_T[c] * k for c, k in zip(v, w, strict=True)) % 11
    return v[8] == ("X" if r == 10 else str(r))


def _uscc_ok(v: str) -> bool:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    w = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
    c = (31 - sum(chars.index(x) * k for x, k in zip(v, w, strict=False)) % 31) % 31
    org = v[8:16]
    c9 = 11 - sum(int(x, 36) * k for x, k in zip(org, (3, 7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    return chars[c] == v[17] and v[16] == {10: "X", 11: "0"}.get(c9, str(c9))


_CHECKS = {"rid": _rid_ok, "rid_q": _rid_ok, "driver_license": _rid_ok, "bank_card": _luhn_ok,
           "imei": _luhn_ok, "vin": _vin_ok, "uscc": _uscc_ok}  # fmt: skip


def _real(v: Any) -> bool:
    return v is not None and str(v).strip() not in (
        "",
        "NULL",
        "无",
        "-",
        "/",
        "N/A",
        "\\N",
        "未知",
    )


def test_identifiers_validate_and_minors_match(runs: tuple[Path, dict[str, Any], Path]) -> None:
    folder, manifest, _ = runs
    checked = Counter()
    minors = 0
    for t in manifest["tables"]:
        _, body, _ = _read(folder, t)
        for col in t["columns"]:
            cells = [str(r[col["position"]]) for r in body if _real(r[col["position"]])]
            check = _CHECKS.get(col["generator"])
            if check:
                assert cells and all(check(v) for v in cells), (t["file"], col["header"])
                checked[col["generator"]] += len(cells)
            if col["generator"] in ("rid", "rid_q") and col["gold"] == "cn_resident_id":
                youngest = max(date(int(v[6:10]), int(v[10:12]), int(v[12:14])) for v in cells)
                assert col["youngest_birth"] == youngest.isoformat(), (t["file"], col["header"])
            if col["youngest_birth"] and date.fromisoformat(col["youngest_birth"]) > date(
                2012, 12, 5
            ):
                minors += 1
    assert min(checked.values()) >= ROWS // 2 and len(checked) == len(_CHECKS)
    assert minors >= 8  # columns holding someone under 14 on the reference date


def test_messy_values_present(runs: tuple[Path, dict[str, Any], Path]) -> None:
    folder, manifest, _ = runs
    seen: Counter[str] = Counter()
    for t in manifest["tables"]:
        _, body, _ = _read(folder, t)
        for col in t["columns"]:
            for r in body:
                v = str(r[col["position"]])
                seen["excel"] += bool(re.fullmatch(r"\d\.\d{5}E\+17", v))
                seen["fullwidth"] += bool(re.search(r"[０-９]", v))
                seen["masked"] += "****" in v or bool(re.fullmatch(r"\S\*+\S?", v))
                seen["placeholder"] += v in ("NULL", "\\N", "N/A", "无", "未知")
    assert all(seen[k] > 0 for k in ("excel", "fullwidth", "masked", "placeholder")), seen


def test_people_are_faker_inventions(runs: tuple[Path, dict[str, Any], Path]) -> None:
    """Names come from Faker zh_CN's own surname list, IDs from the documented district codes
    with random sequences, emails from Faker's free-mail domains: nothing taken from a person."""
    folder, manifest, _ = runs
    fake = Faker("zh_CN")
    surnames = set(fake.provider("faker.providers.person").last_names)  # type: ignore[attr-defined]
    domains = set(fake.provider("faker.providers.internet").free_email_domains)  # type: ignore[attr-defined]
    for t in manifest["tables"]:
        _, body, _ = _read(folder, t)
        for col in t["columns"]:
            cells = [str(r[col["position"]]) for r in body if _real(r[col["position"]])]
            if col["generator"] in ("name", "name_q", "name_staff"):
                assert all(v[0] in surnames or v[:2] in surnames for v in cells), col["header"]
            if col["generator"] in ("email", "email_q"):
                assert all(v.split("@")[1] in domains for v in cells), col["header"]


def test_breakdowns_count_a_made_up_report(runs: tuple[Path, dict[str, Any], Path]) -> None:
    """The set's own breakdowns on a hand-written report (no classifier involved): one non-PI
    column called PI shows up in the flagged list and lowers its layout's and kind's tallies."""
    from piplkit.discover.evaluation.breakdowns import SET_6

    _, manifest, _ = runs
    t = next(t for t in manifest["tables"] if not t["has_pi"])
    col = t["columns"][0]
    error = {"file": t["file"], "sheet": t["sheet"], "column": col["header"], "gold": None,
             "predicted": "cn_mobile", "problem": "type"}  # fmt: skip
    data = SET_6.breakdowns(manifest, {"errors": [error]}, lambda g: g not in (None, "cn_uscc"))
    kinds = data["table kind"]["table without PI"]
    assert kinds["columns"] - kinds["right"] == 1
    assert sum(c["columns"] for c in data["gold kind"].values()) == sum(
        len(x["columns"]) for x in manifest["tables"]
    )
    assert data["non_pi_reported_as_pi"] == [
        {"file": t["file"], "sheet": t["sheet"], "column": col["header"], "predicted": "cn_mobile"}
    ]
    assert col["header"] in SET_6.format_breakdowns(data)
