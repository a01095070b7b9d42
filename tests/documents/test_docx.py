"""DOCX output: Word headings, real tables, fill-in fields highlighted, page fields."""

from __future__ import annotations

import io
from functools import cache

import pytest
from docx import Document
from docx.enum.text import WD_COLOR_INDEX

from piplkit.assess.documents import load_labels
from piplkit.assess.documents.writer import render

from .helpers import LANGS, SAMPLE_DATES, report


@cache
def docx_bytes(name: str, lang: str) -> bytes:
    return render(report(name, lang), "docx")


def _doc(name: str, lang: str):  # type: ignore[no-untyped-def]
    return Document(io.BytesIO(docx_bytes(name, lang)))


@pytest.mark.parametrize("name", sorted(SAMPLE_DATES))
@pytest.mark.parametrize("lang", LANGS)
def test_docx_headings_follow_the_report(name: str, lang: str) -> None:
    doc = _doc(name, lang)
    r = report(name, lang)
    h1 = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    h2 = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    expected1 = [f"{s.number} {s.title}".strip() for s in r.sections if s.level == 1]
    expected2 = [f"{s.number} {s.title}".strip() for s in r.sections if s.level == 2]
    assert h1 == [r.toc_title, *expected1]
    assert h2 == expected2
    assert doc.paragraphs[0].text == r.draft_stamp
    assert any(p.style.name == "Title" and p.text == r.title for p in doc.paragraphs)


@pytest.mark.parametrize("lang", LANGS)
def test_docx_tables_carry_the_content(lang: str) -> None:
    doc = _doc("retail_platform.yaml", lang)
    r = report("retail_platform.yaml", lang)
    cover = doc.tables[0]
    cells = {row.cells[0].text: row.cells[1].text for row in cover.rows}
    assert r.handler in cells.values() and "2025-12-01" in cells.values()
    expected_tables = 1 + sum(
        1 for s in r.sections for b in s.blocks if type(b).__name__ == "Table"
    )
    assert len(doc.tables) == expected_tables
    headers = [tuple(c.text for c in t.rows[0].cells) for t in doc.tables[1:]]
    obligations_h = tuple(load_labels(lang)["s5.obligations_h"])  # type: ignore[arg-type]
    assert obligations_h in headers
    body = "\n".join(c.text for t in doc.tables for row in t.rows for c in row.cells)
    assert r.unverified_text.strip() in body  # unverified citations flagged in tables
    assert ("个人信息出境标准合同" if lang == "zh" else "The standard contract concluded") in body


def test_docx_fill_fields_are_highlighted_and_header_rows_repeat() -> None:
    doc = _doc("example.yaml", "en")
    runs = [
        run
        for t in doc.tables
        for row in t.rows
        for c in row.cells
        for p in c.paragraphs
        for run in p.runs
    ]
    fills = [run for run in runs if run.text.startswith("[To complete")]
    assert fills and all(run.font.highlight_color == WD_COLOR_INDEX.YELLOW for run in fills)
    xml = doc.tables[1]._tbl.xml
    assert "w:tblHeader" in xml


def test_docx_footer_has_page_fields_and_first_page_differs() -> None:
    doc = _doc("example.yaml", "zh")
    section = doc.sections[0]
    assert section.different_first_page_header_footer
    xml = section.footer._element.xml
    assert "PAGE" in xml and "NUMPAGES" in xml
    assert "评估基准日 2024-03-21" in section.footer.paragraphs[0].text
    assert doc.core_properties.author == "piplkit"


def test_docx_survives_control_characters_stored_in_the_register() -> None:
    """A register row stored before input validation refused control characters (a vertical
    tab in the handler's name, a NUL in a transfer) must not make the report fail."""
    from .helpers import report_for, sample_data

    data = sample_data("retail_platform.yaml")
    data["handler"]["name"] = "示例\v科技\x00有限公司"
    r = report_for(data, SAMPLE_DATES["retail_platform.yaml"])
    doc = Document(io.BytesIO(render(r, "docx")))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert any("示例\ufffd科技\ufffd有限公司" in text for text in cells)
    assert doc.core_properties.title.endswith("示例\ufffd科技\ufffd有限公司")
