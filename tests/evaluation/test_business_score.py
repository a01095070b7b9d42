"""The business-set scorer: its arithmetic on a hand-made case, the minors rule, the catalogue
lookup, and a run through the real scanner (every format read, no cell value in the report)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from tests.evaluation.helpers import needs_scan

from piplkit.discover.evaluation.business import BusinessOptions, generate_business
from piplkit.discover.evaluation.business.generate import MANIFEST, SET_NAME, BusinessSetError
from piplkit.discover.evaluation.business.report import format_business_report
from piplkit.discover.evaluation.business.score import (
    NOT_REPORTED,
    ReportedColumn,
    ReportedTable,
    catalogue_lookup,
    check_floors,
    holds_minor,
    scan_classifier,
    score_business,
)

AS_OF = date(2026, 12, 4)
#: (is_pi, sensitive) per type, as a catalogue would say; "gender" is deliberately unknown.
LOOKUP = {
    "cn_mobile": (True, False),
    "cn_resident_id": (True, True),
    "cn_uscc": (False, False),
    "birth_date": (True, False),
}


def _col(
    position: int, header: str, gold: str | None, style: str = "zh_formal", born: str | None = None
) -> dict:
    return {"position": position, "header": header, "gold": gold, "style": style,
            "youngest_birth": born}  # fmt: skip


def _hand_made(root: Path) -> None:
    tables = [
        {"file": "a.csv", "sheet": None, "format": "csv_gb18030", "encoding": "gb18030",
         "domain": "bank", "columns": [
             _col(0, "手机号", "cn_mobile"),
             _col(1, "身份证 ", "cn_resident_id", "zh_colloquial", born="1980-01-01"),
             _col(2, "订单号", None),
             _col(3, "税号", "cn_uscc", "zh_colloquial"),
             _col(4, "性别", "gender"),
         ]},
        {"file": "b.xlsx", "sheet": "学生", "format": "xlsx", "encoding": None, "domain": "school",
         "columns": [
             _col(0, "col_1", "birth_date", "opaque", born="2015-06-01"),
             _col(1, "xm", "person_name", "pinyin"),
             _col(2, "bz", None, "pinyin"),
             _col(3, "zt", None, "pinyin"),
         ]},
    ]  # fmt: skip
    manifest = {"name": SET_NAME, "seed": 1, "tables": tables}
    (root / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


def _classify(paths: list[Path]) -> tuple[list[ReportedTable], dict[str, str]]:
    a = ReportedTable(str(paths[0]), None, "GB18030", (
        ReportedColumn("手机号", "cn_mobile", False, True),  # right type and sensitivity
        ReportedColumn("身份证", "cn_resident_id", False, True),  # header stripped; not sensitive
        ReportedColumn("订单号", "bank_card", True, True),  # non-PI reported as PI
        ReportedColumn("税号", "cn_uscc", False, False),  # right, not PI
        ReportedColumn("性别", None, False, False),  # gold type unknown to the catalogue
    ))  # fmt: skip
    b = ReportedTable(str(paths[1]), "学生", None, (
        ReportedColumn("column_1", "birth_date", True, True),   # matched by position; minor
        ReportedColumn("xm", "person_name", False, True),
        ReportedColumn("bz", None, False, False),
        ReportedColumn("zt", None, False, False),
    ))  # fmt: skip
    return [a, b], {}


def test_arithmetic_on_a_hand_made_case(tmp_path: Path) -> None:
    _hand_made(tmp_path)
    report = score_business(tmp_path, as_of=AS_OF, classify=_classify, lookup=LOOKUP.get)
    # 9 columns; wrong types: 订单号 (None→bank_card), 性别 (gender→None)
    assert report["columns"] == 9
    assert report["metrics"]["type_accuracy"] == round(7 / 9, 4)
    # known gold sensitivity: all but 性别 (unknown type) and xm (person_name not in LOOKUP) = 7;
    # wrong: 身份证 (gold sensitive, reported not), 订单号 (gold not, reported sensitive)
    assert report["sensitivity"]["columns_with_known_gold"] == 7
    assert report["metrics"]["sensitivity_accuracy"] == round(5 / 7, 4)
    assert report["sensitivity"]["gold_types_not_in_catalogue"] == {"gender": 1, "person_name": 1}
    # non-PI: 订单号, 税号 (cn_uscc is_pi false), bz, zt = 4; reported PI: 订单号
    assert report["non_pi_columns"] == 4
    assert report["metrics"]["non_pi_reported_as_pi"] == 0.25
    assert report["sensitivity"]["minor_columns"] == 1
    assert report["sensitivity"]["minor_columns_reported_sensitive"] == 1
    assert report["columns_matched_by"] == {
        "exact header": 7, "header without surrounding spaces": 1, "position": 1,
    }  # fmt: skip
    assert report["encodings_detected"] == "1/1"
    # gold None: 订单号, bz, zt; predicted None: 性别, bz, zt; right: bz, zt
    assert report["by_type"]["None"] == {
        "gold": 3, "predicted": 3, "correct": 2, "recall": 0.6667, "precision": 0.6667,
    }  # fmt: skip
    assert report["by_type"]["bank_card"]["precision"] == 0.0
    assert report["by_domain"]["school"]["type_accuracy"] == 1.0
    assert report["by_style"]["zh_colloquial"]["sensitivity_accuracy"] == 0.5
    assert report["by_format"]["csv_gb18030"]["non_pi_reported_as_pi"] == 0.5
    confusion = {(c["gold"], c["predicted"]): c["count"] for c in report["confusion"]}
    assert confusion == {(None, "bank_card"): 1, ("gender", None): 1}
    problems = {(e["column"], e["problem"]) for e in report["errors"]}
    assert problems == {("身份证 ", "sensitivity"), ("订单号", "type"), ("性别", "type")}
    assert report["floors_failed"]  # 0.78 < 0.97
    text = format_business_report(report)
    assert "column type accuracy" in text and "BELOW" in text


def test_unreported_table_and_scan_errors_count_as_misses(tmp_path: Path) -> None:
    _hand_made(tmp_path)

    def broken(paths: list[Path]) -> tuple[list[ReportedTable], dict[str, str]]:
        return [], {str(paths[1]): "not a readable XLSX workbook"}

    report = score_business(tmp_path, as_of=AS_OF, classify=broken, lookup=LOOKUP.get)
    assert report["metrics"]["type_accuracy"] == 0.0
    assert report["columns_matched_by"] == {"table not reported": 9}
    assert report["errors"][0]["predicted"] == NOT_REPORTED
    assert list(report["file_errors"].values()) == ["not a readable XLSX workbook"]


def test_minor_is_judged_on_the_evaluation_date() -> None:
    assert holds_minor("2012-12-05", date(2026, 12, 4), 14)  # 14th birthday tomorrow
    assert not holds_minor("2012-12-04", date(2026, 12, 4), 14)  # turns 14 today
    assert holds_minor("2012-02-29", date(2026, 2, 28), 14)
    assert not holds_minor("2012-02-29", date(2026, 3, 1), 14)
    assert not holds_minor(None, date(2026, 12, 4), 14)


def test_catalogue_lookup_reads_the_catalogue() -> None:
    lookup = catalogue_lookup(AS_OF)
    assert lookup("cn_uscc") == (False, False)
    assert lookup("cn_resident_id") == (True, True)
    assert lookup("no_such_type") is None


def test_floors() -> None:
    good = {"type_accuracy": 0.97, "sensitivity_accuracy": 0.99, "non_pi_reported_as_pi": 0.02}
    assert check_floors(good) == []
    bad = {"type_accuracy": 0.5, "sensitivity_accuracy": None, "non_pi_reported_as_pi": 0.03}
    assert len(check_floors(bad)) == 3


def test_missing_manifest_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BusinessSetError, match="no manifest"):
        score_business(tmp_path, as_of=AS_OF, classify=_classify)
    (tmp_path / MANIFEST).write_text("{oops", encoding="utf-8")
    with pytest.raises(BusinessSetError, match="unreadable manifest"):
        score_business(tmp_path, as_of=AS_OF, classify=_classify)


@needs_scan
def test_every_format_is_read_by_the_scanner(tmp_path: Path) -> None:
    manifest = generate_business(tmp_path, BusinessOptions(seed=3, rows=25))
    one_per_format = {}
    for table in manifest["tables"]:
        one_per_format.setdefault(table["format"], table)
    tables = list(one_per_format.values())
    reported, errors = scan_classifier(AS_OF)(sorted({tmp_path / t["file"] for t in tables}))
    assert errors == {}
    by_key = {(Path(r.path).name, r.table): r for r in reported}
    for table in tables:
        got = by_key[(table["file"], table["sheet"])]
        assert [c.name for c in got.columns] == [c["header"].strip() for c in table["columns"]]
        if table["encoding"] == "gb18030":
            assert (got.encoding or "").lower() in ("gb18030", "gbk", "gb2312")


@needs_scan
def test_real_scan_report_names_columns_but_holds_no_value(tmp_path: Path) -> None:
    generate_business(tmp_path, BusinessOptions(seed=5, rows=20, domains=("school",)))
    report = score_business(tmp_path, as_of=AS_OF)
    assert report["columns"] > 30 and report["file_errors"] == {}
    dumped = json.dumps(report, ensure_ascii=False) + format_business_report(report, errors=999)
    from tests.evaluation.test_business_set import _cells

    for gold in ("cn_resident_id", "cn_mobile", "person_name", "address"):
        for value in _cells(tmp_path, gold):
            assert value not in dumped, gold
