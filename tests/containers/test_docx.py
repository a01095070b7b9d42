"""DOCX text, streamed: body in document order, tables, side parts, bounded pieces."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from docx import Document

from piplkit.discover.containers import ContainerError, ZipLimitError, ZipLimits
from piplkit.discover.containers.docx import check_docx, docx_pieces
from piplkit.discover.evaluation.hostile import docx_bomb


def _document(path: Path) -> Path:
    doc = Document()
    doc.add_paragraph("合同编号 HT-2026")
    run = doc.add_paragraph("甲方：").add_run("张伟")
    run.add_tab()
    run.add_text("手机 13812345678")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "姓名"
    table.cell(0, 1).text = "身份证"
    table.cell(1, 0).text = "李娜"
    table.cell(1, 1).text = "11010519491231002X"
    doc.add_paragraph("乙方盖章")
    doc.sections[0].header.paragraphs[0].text = "机密 联系人 王芳"
    doc.save(path)
    return path


def test_text_of_body_tables_and_header(tmp_path: Path) -> None:
    text = "".join(docx_pieces(_document(tmp_path / "c.docx")))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines == [
        "合同编号 HT-2026",
        "甲方：张伟\t手机 13812345678",
        "姓名 \t身份证",
        "李娜 \t11010519491231002X",
        "乙方盖章",
        "机密 联系人 王芳",
    ]


def test_a_huge_paragraph_comes_in_bounded_pieces(tmp_path: Path) -> None:
    path = docx_bomb(tmp_path / "long.docx", 12_000_000)
    loose = ZipLimits(max_ratio=1e9)
    tracemalloc.start()
    try:
        sizes = [len(p) for p in docx_pieces(path, piece_chars=500_000, limits=loose)]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert sum(sizes) > 4_000_000 and max(sizes) <= 500_000
    assert peak < 40_000_000, peak


def test_bombs_and_non_documents_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ZipLimitError, match=r"zip bomb"):
        check_docx(docx_bomb(tmp_path / "b.docx", 64 * 1024 * 1024))
    sheet_like = tmp_path / "x.docx"
    sheet_like.write_bytes(b"PK\x05\x06" + b"\x00" * 18)  # an empty zip archive
    with pytest.raises(ContainerError, match=r"no word/document\.xml"):
        check_docx(sheet_like)
