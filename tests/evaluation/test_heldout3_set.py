"""Held-out set 3: the generator writes what its manifest says (files, sheets, headers, row
counts, gold types known to the catalogue), deterministically, with the coverage the examiner's
brief asked for; and the business scorer reads the manifest (a classifier that answers the gold
scores 1.0). The real classifier's score is measured by benchmarks/bench_columns_heldout3.py,
never asserted here."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from piplkit.assess.law.pi_types import load_catalogue
from piplkit.discover.evaluation.business.generate import load_manifest
from piplkit.discover.evaluation.business.score import ReportedColumn, ReportedTable, score_business
from piplkit.discover.evaluation.heldout3 import generate
from piplkit.discover.evaluation.heldout3.build import REFERENCE_DATE, all_tables

ISSUE_TYPES = frozenset(
    {
        "person_name",
        "birth_date",
        "gender",
        "ethnicity",
        "nationality",
        "marital_status",
        "address",
        "cn_mobile",
        "cn_landline",
        "email",
        "cn_resident_id",
        "passport",
        "hk_macau_permit",
        "taiwan_permit",
        "foreign_permanent_resident_id",
        "military_id",
        "face_image",
        "biometric",
        "account_name",
        "wechat_id",
        "qq_number",
        "password",
        "ipv4",
        "ipv6",
        "health_record",
        "body_measurement",
        "education",
        "employer",
        "job_title",
        "bank_card",
        "account_balance",
        "credit_record",
        "transaction_record",
        "communication_record",
        "contacts",
        "browsing_history",
        "imei",
        "mac_address",
        "device_id",
        "geo_coordinates",
        "trajectory",
        "religion",
        "sexual_orientation",
        "criminal_record",
        "license_plate",
        "vin",
        "cn_uscc",
    }
)
ROWS = 12


@pytest.fixture(scope="module")
def small_set(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("heldout3")
    return root, generate(root, rows=ROWS)


def _delimited(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def _read(root: Path, table: dict) -> tuple[list[str], int]:
    """Header and number of data rows as the file holds them."""
    path = root / table["file"]
    fmt = table["format"]
    if fmt in ("csv", "tsv"):
        rows = _delimited(path, table["encoding"], table["delimiter"])
        return rows[0], len(rows) - 1
    if fmt == "jsonl":
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        return list(records[0]), len(records)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        t = pq.read_table(path)
        return t.column_names, t.num_rows
    from openpyxl import load_workbook

    ws = load_workbook(path, read_only=True)[table["sheet"]]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    header = rows[table["title_rows"]]
    return [h for h in header if h is not None], len(rows) - table["title_rows"] - 1 - int(
        table["totals_row"]
    )


def test_manifest_matches_the_files(small_set: tuple[Path, dict]) -> None:
    root, manifest = small_set
    assert load_manifest(root)["tables"] == manifest["tables"]
    for table in manifest["tables"]:
        header, rows = _read(root, table)
        assert header == [c["header"] for c in table["columns"]], table["file"]
        assert rows == table["rows"] == ROWS, (table["file"], table["sheet"])
        assert [c["position"] for c in table["columns"]] == list(range(len(header)))


def test_gold_types_are_catalogue_types() -> None:
    types = load_catalogue().types
    for table in all_tables():
        for col in table.columns:
            assert col.gold is None or col.gold in types, (table.file, col.header, col.gold)


def test_coverage_asked_for() -> None:
    tables = all_tables()
    columns = [(t.domain, c) for t in tables for c in t.columns]
    domains_of: dict[str | None, set[str]] = defaultdict(set)
    count: dict[str | None, int] = defaultdict(int)
    for domain, col in columns:
        domains_of[col.gold].add(domain)
        count[col.gold] += 1
    assert len({t.domain for t in tables}) >= 14
    assert len(columns) >= 300
    not_pi = sum(1 for _, c in columns if c.gold in (None, "cn_uscc"))
    assert not_pi / len(columns) >= 0.40
    for type_id in ISSUE_TYPES:
        assert count[type_id] >= 3, type_id
        assert len(domains_of[type_id]) >= 2, type_id
    assert {t.fmt for t in tables} == {"csv", "tsv", "xlsx", "parquet", "jsonl"}
    assert {t.encoding for t in tables if t.fmt in ("csv", "tsv")} == {
        "utf-8", "utf-8-sig", "gbk", "gb18030",
    }  # fmt: skip
    styles = {c.style for _, c in columns}
    assert {"pinyin_initials", "pinyin_full", "opaque", "annotated", "en_camel"} <= styles


def test_same_seed_same_set(tmp_path: Path, small_set: tuple[Path, dict]) -> None:
    root, manifest = small_set
    again = generate(tmp_path, rows=ROWS)
    assert again == manifest
    for name in ("logistics_waybill_202411.csv", "hotel_psb_checkin.tsv", "products.parquet"):
        assert (tmp_path / name).read_bytes() == (root / name).read_bytes()


def test_identifiers_carry_valid_check_characters(small_set: tuple[Path, dict]) -> None:
    from stdnum import luhn
    from stdnum.cn import ric, uscc

    root, _ = small_set
    rows = _delimited(root / "学生信息导出_2026秋.csv", "gb18030", ",")
    ids = [r[rows[0].index("sfzh")] for r in rows[1:]]
    assert all(ric.is_valid(v) for v in ids)
    rows = _delimited(root / "商家入驻资料.csv", "utf-8-sig", ",")
    assert all(uscc.is_valid(r[rows[0].index("统一社会信用代码")]) for r in rows[1:])
    cards = [r[rows[0].index("结算卡号")] for r in rows[1:]]
    assert all(luhn.is_valid(c) for c in cards)


def test_minors_are_recorded(small_set: tuple[Path, dict]) -> None:
    _, manifest = small_set
    school = next(t for t in manifest["tables"] if t["file"].startswith("学生信息"))
    births = {c["header"]: c["youngest_birth"] for c in school["columns"]}
    youngest = date.fromisoformat(births["sfzh"])
    assert (REFERENCE_DATE - youngest).days < 14 * 365
    assert births["xm"] is None  # only ID and birth-date columns carry it


def test_scorer_reads_the_manifest(small_set: tuple[Path, dict]) -> None:
    """A classifier answering the gold type of every column scores type accuracy 1.0 and no
    non-PI column as PI: headers, sheets and files line up with what the scorer expects."""
    root, manifest = small_set
    types = load_catalogue().types

    def oracle(paths: list[Path]) -> tuple[list[ReportedTable], dict[str, str]]:
        out = []
        for table in manifest["tables"]:
            cols = tuple(
                ReportedColumn(
                    c["header"], c["gold"], False, bool(c["gold"] and types[c["gold"]].is_pi)
                )
                for c in table["columns"]
            )
            out.append(ReportedTable(str(root / table["file"]), table["sheet"], None, cols))
        return out, {}

    report = score_business(root, as_of=REFERENCE_DATE, classify=oracle)
    assert report["metrics"]["type_accuracy"] == 1.0
    assert report["metrics"]["non_pi_reported_as_pi"] == 0.0
    assert report["columns"] == sum(len(t["columns"]) for t in manifest["tables"])
