"""RoPA export: XLSX (three sheets) and CSV, Chinese headers by default, English on request."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from tests.register.helpers import populate

from piplkit.map.register.errors import InvalidInputError
from piplkit.map.register.ropa import export_ropa
from piplkit.map.register.store import Register


def test_xlsx_in_chinese(reg: Register, tmp_path: Path) -> None:
    populate(reg)
    out = tmp_path / "ropa.xlsx"
    with reg.read() as s:
        assert export_ropa(s, out) == 1
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["个人信息处理活动记录", "数据集", "对外提供与出境"]
    rows = list(book["个人信息处理活动记录"].iter_rows(values_only=True))
    header, row = dict(zip(rows[0], rows[1], strict=True)), rows[1]
    assert header["处理活动"] == "会员管理"
    assert "第十三条第一款第二项" in header["处理的法律依据（个人信息保护法第十三条）"]
    assert header["个人信息种类"] == "手机号码；居民身份证号码"
    assert "向境外提供（第三十九条）" in header["需取得单独同意的事项"]
    assert header["信息系统"] == "会员系统"
    assert "个人信息出境标准合同" in header["向境外提供"]
    assert len(row) == len(rows[0])
    transfers = list(book["对外提供与出境"].iter_rows(values_only=True))
    assert transfers[1][0] == "members to HQ" and transfers[1][7] == "沪网信备2024-0001"
    book.close()


def test_csv_in_english(reg: Register, tmp_path: Path) -> None:
    populate(reg)
    out = tmp_path / "ropa.csv"
    with reg.read() as s:
        export_ropa(s, out, lang="en")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["Processing activity"] == "会员管理"
    assert rows[0]["Legal basis (PIPL Art. 13)"].startswith("Contract with the individual")
    assert rows[0]["Sensitive PI categories"] == "Medical and health"
    assert rows[0]["Individuals"] == "120000"


def test_unknown_format(reg: Register, tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match=r"\.xlsx or \.csv"), reg.read() as s:
        export_ropa(s, tmp_path / "ropa.pdf")


def test_security_facts_add_dataset_columns_and_a_systems_sheet(
    reg: Register, tmp_path: Path
) -> None:
    from tests.register.security_helpers import populate_security

    populate_security(reg)
    out = tmp_path / "ropa.xlsx"
    with reg.read() as s:
        export_ropa(s, out)
    book = load_workbook(out, read_only=True)
    assert book.sheetnames[-1] == "信息系统等级保护与关键信息基础设施"
    rows = list(book["信息系统等级保护与关键信息基础设施"].iter_rows(values_only=True))
    by_name = {r[0]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    member = by_name["会员系统"]
    assert member["安全保护等级"] == 3 and member["备案编号"] == "31010199999-25001"
    assert member["未完成整改项"] == "数据库审计日志留存不足六个月 (2025-09-30)"
    assert by_name["支付网关"]["关键信息基础设施"] == "是"
    datasets = list(book["数据集"].iter_rows(values_only=True))
    members = dict(
        zip(datasets[0], next(r for r in datasets[1:] if r[0] == "members"), strict=True)
    )
    assert members["定级理由"] == "列入行业重要数据目录（示例）"
    assert members["申报日期"] == "2025-08-15"
    book.close()
