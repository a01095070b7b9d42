"""The streaming XLSX reader: openpyxl's values, Excel's limits, flat memory, hostile XML."""

from __future__ import annotations

import datetime as dt
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook as OpenpyxlBook
from openpyxl import load_workbook

from piplkit.discover.containers import ContainerError, ZipLimits
from piplkit.discover.containers.xlsx import MAX_CELL_CHARS, StringTable, Workbook
from piplkit.discover.evaluation.hostile import xlsx_bomb

LOOSE = ZipLimits(max_ratio=1e9, max_total_bytes=4 * 1024**3)


def _trimmed(row: Any) -> list[Any]:
    values = list(row)
    while values and values[-1] is None:
        values.pop()
    return values


def _ours(path: Path, limits: ZipLimits | None = None) -> dict[str, list[tuple[int, list[Any]]]]:
    with Workbook(path, limits) as book:
        return {s.name: list(book.rows(s)) for s in book.sheets}


def _openpyxl(path: Path) -> dict[str, list[tuple[int, list[Any]]]]:
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        out = {}
        for sheet in book.worksheets:
            rows = [(n, _trimmed(r)) for n, r in enumerate(sheet.iter_rows(values_only=True), 1)]
            out[sheet.title] = [(n, r) for n, r in rows if r]
        return out
    finally:
        book.close()


def test_values_match_openpyxl(tmp_path: Path) -> None:
    book = OpenpyxlBook()
    sheet = book.active
    sheet.title = "客户"
    sheet.append(["姓名", "手机", "生日", "金额", "会员", "备注"])
    sheet.append(["张伟", 13812345678, dt.datetime(1990, 5, 17), 12.5, True, None])
    sheet.append([None, "13912345678", dt.date(2001, 1, 2), -3, False, "多行\n备注"])
    sheet["C3"].number_format = "yyyy-mm-dd"
    sheet["A7"] = "gap above"
    sheet["H7"] = 1e20
    other = book.create_sheet("空")
    del other
    book.create_sheet("第三").append([1, 2.0, "3"])
    path = tmp_path / "b.xlsx"
    book.save(path)
    ours = _ours(path)
    assert list(ours) == ["客户", "空", "第三"]
    assert {k: [(n, _trimmed(r)) for n, r in v] for k, v in ours.items()} == _openpyxl(path)
    assert ours["客户"][-1][0] == 7, "row numbers show the gap"


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.lists(
            st.one_of(
                st.none(),
                st.text(
                    st.characters(blacklist_categories=("Cs", "Cc"), max_codepoint=0x2FFFF),
                    max_size=20,
                ),
                st.integers(-(2**53), 2**53),
                st.floats(allow_nan=False, allow_infinity=False, width=64),
                st.booleans(),
            ),
            max_size=6,
        ),
        min_size=1,
        max_size=15,
    )
)
def test_random_cells_read_back_like_openpyxl(tmp_path: Path, rows: list[list[Any]]) -> None:
    book = OpenpyxlBook(write_only=True)
    sheet = book.create_sheet("s")
    for row in rows:
        sheet.append(row)
    path = tmp_path / "r.xlsx"
    book.save(path)
    ours = {k: [(n, _trimmed(r)) for n, r in v if _trimmed(r)] for k, v in _ours(path).items()}
    assert ours == _openpyxl(path)


def _handmade(path: Path, sheet_xml: str, strings_xml: str | None = None) -> Path:
    """A workbook written by hand, as other tools write them (prefixes, shared strings)."""
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="a" Target="/xl/sheets/one.xml" Type="http://x/worksheet"/>'
        '<Relationship Id="b" Target="strings.xml" Type="http://x/sharedStrings"/>'
        "</Relationships>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="r" Target="xl/book.xml" Type="http://x/officeDocument"/>'
            "</Relationships>",
        )
        archive.writestr(
            "xl/book.xml",
            '<x:workbook xmlns:x="urn:s" xmlns:rel="urn:r"><x:sheets>'
            '<x:sheet name="甲" sheetId="1" rel:id="a"/></x:sheets></x:workbook>',
        )
        archive.writestr("xl/_rels/book.xml.rels", rels)
        archive.writestr("xl/sheets/one.xml", sheet_xml)
        if strings_xml is not None:
            archive.writestr("xl/strings.xml", strings_xml)
    return path


def test_prefixed_elements_rich_text_and_phonetics(tmp_path: Path) -> None:
    sheet = (
        '<x:worksheet xmlns:x="urn:s"><x:dimension ref="A1:C40"/><x:sheetData>'
        '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="s"><x:v>1</x:v></x:c>'
        '</x:row><x:row><x:c t="inlineStr"><x:is><x:r><x:t>张</x:t></x:r><x:r><x:t>伟</x:t>'
        '</x:r></x:is></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c t="str"><x:f>A1</x:f>'
        "<x:v>姓名</x:v></x:c></x:row></x:sheetData></x:worksheet>"
    )
    strings = (
        '<x:sst xmlns:x="urn:s"><x:si><x:t>姓名</x:t></x:si><x:si><x:r><x:t>手</x:t></x:r>'
        "<x:r><x:t>机</x:t></x:r><x:rPh><x:t>しゅき</x:t></x:rPh></x:si></x:sst>"
    )
    path = _handmade(tmp_path / "h.xlsx", sheet, strings)
    with Workbook(path) as book:
        [only] = book.sheets
        assert (only.name, only.max_row) == ("甲", 40)
        assert list(book.rows(only)) == [(1, ["姓名", None, "手机"]), (2, ["张伟", "#N/A", "姓名"])]


def test_a_document_type_declaration_is_refused(tmp_path: Path) -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        '<worksheet><sheetData><row><c t="inlineStr"><is><t>&lol2;</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    path = _handmade(tmp_path / "lol.xlsx", laughs)
    with pytest.raises(ContainerError, match=r"lol\.xlsx: xl/sheets/one\.xml: .*document type"):
        _ours(path)


def test_malformed_xml_names_the_part_and_line(tmp_path: Path) -> None:
    path = _handmade(tmp_path / "m.xlsx", "<worksheet><sheetData>\n<row><c></row>")
    with Workbook(path) as book, pytest.raises(ContainerError) as caught:
        list(book.rows(book.sheets[0]))
    assert str(caught.value).startswith("m.xlsx: xl/sheets/one.xml: malformed XML at line 2")


def test_a_huge_cell_is_cut_to_excels_limit_and_counted(tmp_path: Path) -> None:
    path = xlsx_bomb(tmp_path / "cell.xlsx", 5_000_000, "cell")
    with Workbook(path, LOOSE) as book:
        rows = list(book.rows(book.sheets[0]))
        assert len(rows[1][1][0]) == MAX_CELL_CHARS
        assert book.truncated_cells == 1


def _peak_reading(path: Path) -> tuple[int, int]:
    """(rows, peak bytes allocated by Python) reading every row of ``path``."""
    tracemalloc.start()
    try:
        with Workbook(path, LOOSE) as book:
            count = sum(1 for _ in book.rows(book.sheets[0]))
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_stays_flat_over_many_rows(tmp_path: Path) -> None:
    """openpyxl's read-only mode kept about 90 bytes per row read (4 MB more for 4x the rows
    here); this reader keeps one row, so four times the rows cost no more memory."""
    unit = 64  # bytes of one row in the bomb's sheet
    small = _peak_reading(xlsx_bomb(tmp_path / "small.xlsx", 15_000 * unit, "rows"))
    large = _peak_reading(xlsx_bomb(tmp_path / "large.xlsx", 60_000 * unit, "rows"))
    assert (small[0], large[0]) == (15_001, 60_001)
    assert large[1] - small[1] < 500_000, (small, large)


def test_shared_strings_spill_to_disk_and_read_back() -> None:
    table = StringTable(spill_bytes=64)
    words = [f"客户{n}" * (n % 7) for n in range(500)]
    for word in words:
        table.append(word)
    try:
        assert len(table) == 500
        assert [table[i] for i in range(500)] == words
    finally:
        table.close()
