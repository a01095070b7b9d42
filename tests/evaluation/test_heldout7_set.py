"""Held-out set 7 holds what its manifest says. These tests check the SET, never the classifier:
the same seed writes the same bytes (workbooks included); every file's headers, rows, encoding,
BOM, delimiter, layout and typed cells are as declared; every gold type id is in the PI
catalogue; the set meets the brief's size, non-PI share and variety floors; identifiers carry
valid check digits (validated with this test's own implementations of the standards, not the
generator's); the manifest's youngest birth dates equal those encoded in the files' IDs."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from openpyxl import load_workbook

from piplkit.assess.law.pi_types import load_catalogue
from piplkit.discover.evaluation.breakdowns import SET_7 as BREAKDOWNS
from piplkit.discover.evaluation.heldout6.spec import STYLES, format_label
from piplkit.discover.evaluation.heldout7 import build

ROWS = 24
PLACEHOLDERS = {"", "NULL", "无", "-", "/", "N/A", "\\N", "不详", " ", "——", None}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], Path]:
    a, b = tmp_path_factory.mktemp("h7a"), tmp_path_factory.mktemp("h7b")
    manifest = build.generate(a, rows=ROWS)
    build.generate(b, rows=ROWS)
    return a, manifest, b


def _read(folder: Path, t: dict[str, Any]) -> tuple[list[Any], list[list[Any]], dict[str, Any]]:
    """Headers, body rows and facts about one table's file, read without the scanner."""
    path = folder / t["file"]
    fmt = t["format"]
    if fmt.startswith(("csv", "tsv")):
        raw = path.read_bytes()
        text = raw.decode(t["encoding"])  # strict: the declared encoding must decode
        rows = list(csv.reader(io.StringIO(text), delimiter=t["delimiter"]))
        return rows[0], rows[1:], {"raw": raw}
    if fmt == "jsonl":
        recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
        return list(recs[0]), [list(r.values()) for r in recs], {}
    if fmt == "parquet":
        data = pq.read_table(path)
        cols = [data.column(i).to_pylist() for i in range(data.num_columns)]
        return data.column_names, [list(r) for r in zip(*cols, strict=True)], {}
    book = load_workbook(path)
    sheet = book[t["sheet"]]
    grid = [list(r) for r in sheet.iter_rows(values_only=True)]
    top = t["title_rows"]
    body = grid[top + 1 :]
    facts = {"merged": [str(m) for m in sheet.merged_cells.ranges], "pre": grid[:top]}
    if t["totals_row"]:
        facts["totals"] = body[-1]
        body = body[:-1]
    return grid[top], body, facts


# -- check digits, written here from the standards (not imported from the generator) --------

_RID_W = [2 ** (17 - i) % 11 for i in range(17)]


def rid_ok(s: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    check = "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], _RID_W, strict=True)) % 11]
    try:
        date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return check == s[17]


def luhn_ok(s: str) -> bool:
    if not s.isdigit():
        return False
    digits = [int(c) for c in reversed(s)]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(digits))
    return total % 10 == 0


def vin_ok(s: str) -> bool:
    values = {c: i % 9 + 1 for i, c in enumerate("ABCDEFGHI")}
    values.update({c: i + 1 for i, c in enumerate("JKLMN")})
    values.update({"P": 7, "R": 9})
    values.update({c: i + 2 for i, c in enumerate("STUVWXYZ")})
    values.update({str(d): d for d in range(10)})
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    if len(s) != 17 or any(c in "IOQ" for c in s):
        return False
    r = sum(values[c] * w for c, w in zip(s, weights, strict=True)) % 11
    return s[8] == ("X" if r == 10 else str(r))


def uscc_ok(s: str) -> bool:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    if len(s) != 18 or any(c not in chars for c in s):
        return False
    total = sum(chars.index(c) * pow(3, i, 31) for i, c in enumerate(s[:17]))
    if s[17] != chars[(31 - total % 31) % 31]:
        return False
    org = s[8:17]
    weights = [3, 7, 9, 10, 5, 8, 4, 2]
    c = 11 - sum(int(ch, 36) * w for ch, w in zip(org[:8], weights, strict=True)) % 11
    return org[8] == {10: "X", 11: "0"}.get(c, str(c))


def fpr_ok(s: str) -> bool:
    """2023 foreign permanent-residence ID: ``9``, 16 digits, a MOD 11-2 check character."""
    if not re.fullmatch(r"9\d{16}[\dX]", s):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], _RID_W, strict=True)) % 11] == s[17]


_CHECKS = {"rid": rid_ok, "rid_q": rid_ok, "bank_card": luhn_ok,
           "imei": luhn_ok, "vin": vin_ok, "uscc": uscc_ok, "fpr_id": fpr_ok}  # fmt: skip


def _cells(
    folder: Path, manifest: dict[str, Any]
) -> Iterator[tuple[dict[str, Any], dict[str, Any], list[Any]]]:
    for t in manifest["tables"]:
        _headers, body, _facts = _read(folder, t)
        for col in t["columns"]:
            yield t, col, [r[col["position"]] for r in body]


def test_same_seed_same_bytes(runs: tuple[Path, dict[str, Any], Path]) -> None:
    a, _manifest, b = runs
    files = sorted(p.name for p in a.iterdir())
    assert files == sorted(p.name for p in b.iterdir())
    for name in files:
        assert (
            hashlib.sha256((a / name).read_bytes()).digest()
            == hashlib.sha256((b / name).read_bytes()).digest()
        ), name


def test_other_seed_other_values(tmp_path: Path) -> None:
    t = build.all_tables()[0]
    one, _ = build.build_table(t, build.DEFAULT_SEED, 5)
    two, _ = build.build_table(t, build.DEFAULT_SEED + 1, 5)
    assert one[0] == two[0] and one[1:] != two[1:]


def test_files_hold_what_the_manifest_says(runs: tuple[Path, dict[str, Any], Path]) -> None:
    folder, manifest, _ = runs
    assert manifest["name"] == "piplkit-business-columns" and manifest["seed"] == build.DEFAULT_SEED
    for t in manifest["tables"]:
        headers, body, facts = _read(folder, t)
        assert [str(h) for h in headers] == [c["header"] for c in t["columns"]], t["file"]
        assert len(body) == ROWS, t["file"]
        assert [c["position"] for c in t["columns"]] == list(range(len(headers)))
        if t["format"].startswith(("csv", "tsv")):
            raw = facts["raw"]
            assert raw.startswith(b"\xef\xbb\xbf") == (t["encoding"] == "utf-8-sig"), t["file"]
            assert (t["delimiter"] == "\t") == t["format"].startswith("tsv")
            if t["encoding"] in ("gbk", "gb18030"):
                with pytest.raises(UnicodeDecodeError):
                    raw.decode("utf-8")
        if t["format"] == "xlsx":
            if t["title_rows"]:
                assert facts["merged"], t["file"]
                assert all(isinstance(r[0], str) for r in facts["pre"])
            if t["totals_row"]:
                assert facts["totals"][0] == "合计"
                assert any(isinstance(v, (int, float)) for v in facts["totals"][1:]), t["file"]


def test_typed_cells(runs: tuple[Path, dict[str, Any], Path]) -> None:
    folder, manifest, _ = runs
    typed_ids = typed_phones = 0
    for t, col, values in _cells(folder, manifest):
        if t["format"] == "xlsx" and col["generator"] == "rid_int":
            # stored as numbers, an ID keeps its first 15 digits as Excel does; X-IDs stay text
            nums = [v for v in values if isinstance(v, (int, float))]
            typed_ids += len(nums)
            assert all(1e17 <= v < 1e18 for v in nums)
            assert all(rid_ok(v) for v in values if isinstance(v, str) and v not in PLACEHOLDERS)
        if t["format"] == "xlsx" and col["generator"] == "mobile_int":
            typed_phones += sum(isinstance(v, int) for v in values)
        if t["format"] in ("parquet", "jsonl") and col["generator"].startswith(("int:", "num:")):
            assert all(isinstance(v, (int, float)) or v is None for v in values), col["header"]
    assert typed_ids >= 50 and typed_phones >= 30


def test_gold_and_styles_are_known(runs: tuple[Path, dict[str, Any], Path]) -> None:
    _folder, manifest, _ = runs
    types = load_catalogue().types
    for t in manifest["tables"]:
        for col in t["columns"]:
            assert col["gold"] is None or col["gold"] in types, (t["file"], col["header"])
            assert col["style"] in STYLES
        assert t["has_pi"] == any(c["gold"] not in (None, "cn_uscc") for c in t["columns"])


def test_size_share_and_variety() -> None:
    tables = build.all_tables()
    cols = [c for t in tables for c in t.columns]
    assert len(tables) >= 80 and len(cols) >= 850
    share = sum(c.gold is None for c in cols) / len(cols)
    assert 0.40 <= share <= 0.60, share
    assert len({t.domain for t in tables}) >= 75
    assert sum(not t.has_pi for t in tables) >= 15
    golds = Counter(c.gold for c in cols)
    missing = set(load_catalogue().types) - set(golds)
    assert not missing, missing
    assert all(n >= 2 for g, n in golds.items() if g), golds
    styles = Counter(c.style for c in cols)
    assert set(styles) == set(STYLES), styles
    assert all(n >= 10 for n in styles.values()), styles
    formats = Counter(format_label(t) for t in tables)
    for label in ("csv_utf-8", "csv_utf-8-sig", "csv_gbk", "csv_gb18030", "tsv_utf-8", "tsv_gbk",
                  "tsv_gb18030", "xlsx", "parquet", "jsonl"):  # fmt: skip
        assert formats[label] >= 1, label
    xlsx = [t for t in tables if t.fmt == "xlsx"]
    assert sum(bool(t.title_rows) for t in xlsx) >= 5 and sum(bool(t.groups) for t in xlsx) >= 3
    assert sum(t.totals_row for t in xlsx) >= 4
    sheets = Counter(t.file for t in xlsx)
    assert sum(n > 1 for n in sheets.values()) >= 2
    assert len({(t.file, t.sheet) for t in tables}) == len(tables)


def test_identifiers_validate_and_minors_match(runs: tuple[Path, dict[str, Any], Path]) -> None:
    folder, manifest, _ = runs
    checked: Counter[str] = Counter()
    minors = 0
    for t, col, values in _cells(folder, manifest):
        gen = col["generator"]
        real = [str(v) for v in values if v not in PLACEHOLDERS]
        if gen in _CHECKS:
            bad = [v for v in real if not _CHECKS[gen](v)]
            assert not bad, (t["file"], col["header"], len(bad))
            checked[gen] += len(real)
        if gen == "rid_messy":
            assert sum(rid_ok(v) for v in real) >= 0.6 * len(real), t["file"]
        if gen in ("rid", "rid_q") and col["gold"] == "cn_resident_id" and real:
            youngest = max(date(int(v[6:10]), int(v[10:12]), int(v[12:14])) for v in real)
            assert col["youngest_birth"] == youngest.isoformat(), (t["file"], col["header"])
            age = (date(2026, 12, 6) - youngest).days / 365.25
            minors += age < 14
    assert min(checked.values()) >= 20 and len(checked) == len(_CHECKS), checked
    assert minors >= 5


def test_messy_values_present(runs: tuple[Path, dict[str, Any], Path]) -> None:
    folder, manifest, _ = runs
    seen: Counter[str] = Counter()
    for _t, col, values in _cells(folder, manifest):
        for v in map(str, values):
            seen["E+17"] += bool(re.fullmatch(r"\d\.\d{5}E\+17", v))
            seen["full-width"] += bool(re.search(r"[０-９]{11}", v))
            seen["+86"] += v.startswith("+86 ")
            seen["masked"] += bool(re.search(r"\d\*{4,}\d", v))
            seen["apostrophe"] += v.startswith("'") and col["gold"] == "cn_resident_id"
    assert all(seen[k] >= 3 for k in ("E+17", "full-width", "+86", "masked", "apostrophe")), seen


def test_breakdowns_count_a_made_up_report(runs: tuple[Path, dict[str, Any], Path]) -> None:
    _folder, manifest, _ = runs
    t = manifest["tables"][0]
    pi_col = next(c for c in t["columns"] if c["gold"] == "person_name")
    plain = next(c for c in t["columns"] if c["gold"] is None)
    report = {"errors": [
        {"file": t["file"], "sheet": t["sheet"], "column": pi_col["header"], "gold": "person_name",
         "predicted": None, "problem": "type"},
        {"file": t["file"], "sheet": t["sheet"], "column": plain["header"], "gold": None,
         "predicted": "cn_mobile", "problem": "type"},
    ]}  # fmt: skip
    data = BREAKDOWNS.breakdowns(manifest, report, lambda g: g not in (None, "cn_uscc"))
    total = sum(len(x["columns"]) for x in manifest["tables"])
    kinds = data["gold kind"]
    assert kinds["PI"]["columns"] + kinds["not PI"]["columns"] == total
    assert kinds["PI"]["columns"] - kinds["PI"]["right"] == 1
    assert kinds["not PI"]["columns"] - kinds["not PI"]["right"] == 1
    assert len(data["non_pi_reported_as_pi"]) == 1
    assert "Set 7 breakdowns" in BREAKDOWNS.format_breakdowns(data)
