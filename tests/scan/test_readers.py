"""Every supported format is read and classified the same way."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from docx import Document as DocxDocument
from openpyxl import Workbook
from tests.scan.helpers import AS_OF, HEADER, people_rows, random_id, write_csv, write_pdf

from piplkit.discover.scan import ScanOptions, scan
from piplkit.discover.scan.report import FileReport

OPTIONS = ScanOptions(as_of=AS_OF, sample_rows=200)


def types_by_column(report: FileReport) -> dict[str, str | None]:
    return {c.name: c.pi_type for c in report.columns}


def assert_people_table(report: FileReport, rows: int) -> None:
    got = types_by_column(report)
    assert got["sfzh"] == "cn_resident_id"
    assert got["姓名"] == "person_name"
    assert got["手机号"] == "cn_mobile"
    assert got["order_no"] is None
    assert got["email"] == "email"
    assert got["地址"] == "address"
    assert got["备注"] is None
    assert got["amount"] is None
    notes = next(c for c in report.columns if c.name == "备注")
    assert notes.findings_by_type.get("cn_mobile", 0) > 0
    assert report.rows == rows
    assert report.findings_by_type["cn_resident_id"] >= rows * 0.9  # X-final IDs may read as USCC


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_encodings(tmp_path: Path, encoding: str) -> None:
    path = write_csv(tmp_path / "people.csv", people_rows(150), encoding=encoding)
    report = scan([str(path)], OPTIONS)
    [f] = report.files
    assert f.encoding == encoding
    assert [c.name for c in f.columns] == HEADER
    assert_people_table(f, 150)


def test_tsv(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "people.tsv", people_rows(60), delimiter="\t")
    [f] = scan([str(path)], OPTIONS).files
    assert f.kind == "tsv"
    assert_people_table(f, 60)


def test_sampling_counts_rows_beyond_the_sample(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "big.csv", people_rows(450))
    [f] = scan([str(path)], ScanOptions(as_of=AS_OF, sample_rows=100)).files
    assert f.rows == 450
    sfzh = f.columns[0]
    assert sfzh.sampled == 100
    assert not f.rows_estimated


def test_xlsx_one_table_per_sheet(tmp_path: Path) -> None:
    book = Workbook()
    people = book.active
    people.title = "客户"
    people.append([])  # blank first row: the header is the first non-empty row
    people.append(HEADER)
    for row in people_rows(40):
        # Excel keeps 18-digit IDs only as text; 11-digit mobiles survive as numbers.
        people.append([row[0], row[1], int(row[2]), *row[3:]])
    book.create_sheet("空白")
    other = book.create_sheet("orders")
    other.append(["order_no", "amount"])
    other.append(["9" * 18, 3.5])
    path = tmp_path / "book.xlsx"
    book.save(path)
    report = scan([str(path)], OPTIONS)
    assert [f.table for f in report.files] == ["客户", "orders"]
    f = report.files[0]
    assert f.kind == "xlsx"
    assert f.rows == 40
    got = types_by_column(f)
    assert got["sfzh"] == "cn_resident_id"
    assert got["手机号"] == "cn_mobile", "numeric cells are read as their digits"
    assert got["order_no"] is None
    assert report.files[1].findings_by_type == {}


def test_json_array_and_jsonl(tmp_path: Path) -> None:
    rows = people_rows(50)
    records = [dict(zip(HEADER, r, strict=True)) for r in rows]
    (tmp_path / "people.json").write_text(
        json.dumps({"data": records}, ensure_ascii=False), "utf-8"
    )
    lines = "\n".join(
        json.dumps({"user": r, "n": i}, ensure_ascii=False) for i, r in enumerate(records)
    )
    (tmp_path / "people.jsonl").write_text(lines + "\n", "utf-8")
    report = scan([str(tmp_path)], OPTIONS)
    by_kind = {f.kind: f for f in report.files}
    assert_people_table(by_kind["json"], 50)
    jsonl = types_by_column(by_kind["jsonl"])
    assert jsonl["user.sfzh"] == "cn_resident_id"
    assert jsonl["user.email"] == "email"
    assert jsonl["n"] is None


def test_parquet(tmp_path: Path) -> None:
    rows = people_rows(80)
    columns = {h: [r[i] for r in rows] for i, h in enumerate(HEADER)}
    columns["amount"] = [int(v) for v in columns["amount"]]
    path = tmp_path / "people.parquet"
    pq.write_table(pa.table(columns), path)
    [f] = scan([str(path)], OPTIONS).files
    assert f.kind == "parquet"
    assert_people_table(f, 80)


def test_text_docx_and_pdf_use_the_text_engine(tmp_path: Path) -> None:
    rng = random.Random(3)
    ids = [random_id(rng) for _ in range(3)]
    text = f"客户身份证号{ids[0]}，手机13912345678，邮箱 zhang@example.com。\n" * 3
    (tmp_path / "note.txt").write_text(text, "gb18030")
    doc = DocxDocument()
    doc.add_paragraph(f"身份证号码：{ids[1]}")
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "手机"
    table.rows[0].cells[1].text = "13812345678"
    doc.save(tmp_path / "letter.docx")
    write_pdf(tmp_path / "scan.pdf", [f"ID card {ids[2]}", "mail li@example.org"])
    report = scan([str(tmp_path)], OPTIONS)
    by_kind = {f.kind: f for f in report.files}
    assert set(by_kind) == {"text", "docx", "pdf"}
    assert by_kind["text"].encoding == "gb18030"
    assert by_kind["text"].findings_by_type == {"cn_mobile": 3, "cn_resident_id": 3, "email": 3}
    assert by_kind["docx"].findings_by_type == {"cn_mobile": 1, "cn_resident_id": 1}
    assert by_kind["pdf"].findings_by_type == {"cn_resident_id": 1, "email": 1}
    for f in by_kind.values():
        assert f.columns == []
        assert "cn_resident_id" in f.sensitive_types
        dumped = f.model_dump_json()
        assert not any(i in dumped for i in ids), "raw IDs must never reach the report"


def test_unknown_files_in_folders_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)
    write_csv(tmp_path / "a.csv", people_rows(5))
    report = scan([str(tmp_path)], OPTIONS)
    assert [Path(f.path).name for f in report.files] == ["a.csv"]
    assert report.summary.errors == []


def test_xlsx_report_title_rows_and_totals_are_not_the_table(tmp_path: Path) -> None:
    """Report exports put a title and a date line above the header and a totals row below the
    data: the header is found below them and the totals row is not a record."""
    book = Workbook()
    sheet = book.active
    sheet.title = "工资"
    sheet.append(["2024年5月工资表"])
    sheet.append(["制表日期：2024-06-01", None, "单位：元"])
    sheet.append([])
    sheet.append(HEADER)
    rows = people_rows(30)
    for row in rows:
        sheet.append(row)
    sheet.append(["合计", None, None, None, None, None, None, "123456"])
    path = tmp_path / "salary.xlsx"
    book.save(path)
    [f] = scan([str(path)], OPTIONS).files
    assert [c.name for c in f.columns] == HEADER
    got = types_by_column(f)
    assert got["sfzh"] == "cn_resident_id" and got["手机号"] == "cn_mobile"
    assert f.columns[0].sampled == len(rows)
