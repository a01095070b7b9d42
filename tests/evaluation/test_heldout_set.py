"""The held-out business-table set: the generator, not the classifier's floors.

One set is generated per session (about 20 s); the tests read the files back themselves and
check that gold lines up with the columns, that identifiers carry valid check digits, that the
catalogue is covered, that the set is varied as promised, and that ``piplkit scan`` reads every
file without an error.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest
from tests.evaluation.heldout_read import read_table
from tests.evaluation.helpers import needs_scan

from piplkit.assess.law.pi_types import load_catalogue
from piplkit.discover.evaluation.heldout import build, checks

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def heldout(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("heldout")
    manifest = build.generate(root)
    return root, manifest


def _cells(root: Path, manifest: dict, gold: str):
    for table in manifest["tables"]:
        _head, cols = read_table(root, table)
        for col in table["columns"]:
            if col["gold"] == gold:
                yield (
                    table,
                    col,
                    [str(v).strip() for v in cols[col["position"]] if v not in (None, "")],
                )


def test_manifest_is_the_business_scorers_shape(heldout) -> None:
    from piplkit.discover.evaluation.business.generate import load_manifest

    root, manifest = heldout
    assert load_manifest(root)["tables"] == manifest["tables"]
    needed = {"file", "sheet", "format", "encoding", "domain"}
    for table in manifest["tables"]:
        assert needed <= set(table)
        for i, col in enumerate(table["columns"]):
            assert col["position"] == i
            assert {"header", "gold", "style", "youngest_birth"} <= set(col)


def test_gold_lines_up_with_the_headers_in_every_file(heldout) -> None:
    root, manifest = heldout
    for table in manifest["tables"]:
        head, cols = read_table(root, table)
        assert head == [c["header"] for c in table["columns"]], (table["file"], table["sheet"])
        assert all(len(c) == table["rows"] for c in cols), (table["file"], table["sheet"])
        assert 150 <= table["rows"] <= 1500


def test_gold_types_are_catalogue_ids_and_every_type_is_in_two_tables(heldout) -> None:
    _, manifest = heldout
    catalogue = load_catalogue()
    tables_of: dict[str, set] = defaultdict(set)
    for table in manifest["tables"]:
        for col in table["columns"]:
            if col["gold"] is not None:
                assert col["gold"] in catalogue.types, col["gold"]
                tables_of[col["gold"]].add((table["file"], table["sheet"]))
    thin = {t: len(tables_of[t]) for t in catalogue.types if len(tables_of[t]) < 2}
    assert not thin


def test_business_columns_are_at_least_35_percent(heldout) -> None:
    _, manifest = heldout
    catalogue = load_catalogue()
    cols = [c for t in manifest["tables"] for c in t["columns"]]
    business = [c for c in cols if c["gold"] is None or not catalogue.types[c["gold"]].is_pi]
    assert len(business) / len(cols) >= 0.35


def test_the_set_is_varied(heldout) -> None:
    _, manifest = heldout
    tables = manifest["tables"]
    assert len({t["domain"] for t in tables}) >= 30
    encodings = Counter(t["encoding"] for t in tables if t["encoding"])
    assert {"utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"} <= set(encodings)
    assert {",", ";", "|", "\t"} <= {t["delimiter"] for t in tables if t["delimiter"]}
    assert {"csv", "tsv", "xlsx", "parquet", "jsonl"} <= {t["format"] for t in tables}
    workbooks = Counter(t["file"] for t in tables if t["format"] == "xlsx")
    assert max(workbooks.values()) >= 3
    styles = Counter(c["style"] for t in tables for c in t["columns"])
    assert len(styles) >= 14
    noise = " ".join(c["noise"] for t in tables for c in t["columns"])
    assert "junk" in noise and "padded" in noise and "placeholders" in noise
    shapes = {s for t in tables for s in t["shapes"]}
    assert {"title_rows", "duplicate_headers", "blank_header", "excel_text_formula"} <= shapes


def test_resident_ids_bank_cards_imei_vin_and_uscc_pass_their_checks(heldout) -> None:
    root, manifest = heldout
    seen = Counter()
    for table, col, values in _cells(root, manifest, "cn_resident_id"):
        for v in values:
            if re.fullmatch(r"\d{17}[\dXx]", v):
                assert checks.resident_id_valid(v), (table["file"], col["header"])
                seen["id"] += 1
    for gold, valid, pattern in (
        ("bank_card", checks.luhn_valid, r"[\d ]{16,23}"),
        ("imei", checks.luhn_valid, r"\d{15}"),
        ("vin", checks.vin_valid, r"[0-9A-Za-z]{17}"),
        ("cn_uscc", checks.uscc_valid, r"[0-9A-Z]{18}"),
    ):
        for table, col, values in _cells(root, manifest, gold):
            for v in values:
                if re.fullmatch(pattern, v):
                    assert valid(v), (table["file"], col["header"], gold)
                    seen[gold] += 1
    assert min(seen[k] for k in ("id", "bank_card", "imei", "vin", "cn_uscc")) > 200


def test_youngest_birth_is_the_youngest_id_holder(heldout) -> None:
    root, manifest = heldout
    for _table, col, values in _cells(root, manifest, "cn_resident_id"):
        births = [
            date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
            for v in values
            if re.fullmatch(r"\d{17}[\dXx]", v)
        ]
        if births and col["youngest_birth"]:
            assert max(births) <= date.fromisoformat(col["youngest_birth"])
    minors = [
        c for t in manifest["tables"] for c in t["columns"]
        if c["youngest_birth"] and date.fromisoformat(c["youngest_birth"]) > date(2012, 12, 1)
    ]  # fmt: skip
    assert len(minors) >= 5


def test_same_seed_same_tables_other_seed_other_values() -> None:
    table = next(t for t in build.all_tables() if t.file == "zuche_orders.csv")
    grid_a, entry_a = build.build_table(table, 11, build.REFERENCE_DATE)
    grid_b, entry_b = build.build_table(table, 11, build.REFERENCE_DATE)
    grid_c, _ = build.build_table(table, 12, build.REFERENCE_DATE)
    assert grid_a == grid_b and entry_a == entry_b
    assert grid_a != grid_c


def test_manifest_names_headers_not_values(heldout) -> None:
    root, manifest = heldout
    text = json.dumps(manifest, ensure_ascii=False)
    ids = next(values for _, _, values in _cells(root, manifest, "cn_resident_id"))
    assert not any(v in text for v in ids[:50])


@needs_scan
def test_piplkit_scan_reads_every_file_without_error(heldout) -> None:
    from piplkit.discover.scan import ScanOptions, scan

    root, manifest = heldout
    files = sorted({t["file"] for t in manifest["tables"]})
    options = ScanOptions(as_of=date(2026, 12, 1), jobs=1, sample_rows=100)
    report = scan([str(root / f) for f in files], options)
    assert [e.message for e in report.summary.errors] == []
    reported = {(Path(f.path).name, f.table) for f in report.files}
    assert {(t["file"], t["sheet"]) for t in manifest["tables"]} <= reported
