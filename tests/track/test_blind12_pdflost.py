"""heldout12 (fix16x): a character PDFium leaves out of its text page is read back via pypdf.

A non-embedded CID font gives a lone full-width mark ("。", "；") no width, and PDFium drops a
text object without width from its text page: a table cell's last character wrapped onto a line
of its own vanished, the gap above the next row doubled and that row fell out of the table. The
PDF is drawn here (a law firm's 合规月报 with a 日期 | 机关 | 事项 | 要点 table), not copied
from the blind set's broker weekly."""

from __future__ import annotations

import io

import pytest

from piplkit.track import read_binary
from piplkit.track.extract import ingest
from piplkit.track.pdflost import recovered

pytest.importorskip("pypdfium2")
pytest.importorskip("reportlab")

_COLUMNS = (60.0, 110.0, 200.0, 340.0)
_ROWS = [
    (
        "11月3日",
        "示例市网信办",
        "《示例市数据出境服务指引》",
        ["示例市网信办印发《示例市数据出境服务", "指引》，自2026年5月1日起施行", "。"],
    ),
    (
        "11月10日",
        "国家网信办",
        "某招聘平台违法处理个人信息案",
        ["国家网信办依据《个人信息保护法》对某", "招聘平台处罚款80万元；"],
    ),
    (
        "11月17日",
        "工业和信息化部",
        "通报15款违规收集个人信息APP",
        ["工业和信息化部通报15款超范围收集个人", "信息的APP，要求限期整改", "；"],
    ),
    (
        "11月24日",
        "国家数据局",
        "《数据流通安全指引》",
        ["国家数据局印发《数据流通安全指引》，", "即日起实施。"],
    ),
]


def _monthly() -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setFont("STSong-Light", 16)
    page.drawString(60, 780, "示例律师事务所数据合规月报（2025年11月）")
    page.setFont("STSong-Light", 10)
    page.drawString(60, 750, "发布日期：2025年11月28日")
    page.drawString(60, 730, "本月监管动态如下表。")
    page.setFont("STSong-Light", 9)
    y = 700.0
    for x, head in zip(_COLUMNS, ("日期", "机关", "事项", "要点"), strict=True):
        page.drawString(x, y, head)
    for row in _ROWS:
        y -= 18
        for x, cell in zip(_COLUMNS[:3], row[:3], strict=True):
            page.drawString(x, y, cell)
        for offset, part in enumerate(row[3]):
            page.drawString(_COLUMNS[3], y - 12 * offset, part)
        y -= 12 * (len(row[3]) - 1)
    page.setFont("STSong-Light", 10)
    page.drawString(60, y - 30, "资料来源：各部门官网。")
    page.save()
    return out.getvalue()


def test_every_row_of_the_table_is_an_item() -> None:
    found = ingest(_monthly(), "yuebao.pdf")[1]
    assert [d.title for d in found] == [row[2] for row in _ROWS]


def test_the_lone_marks_are_read() -> None:
    lines, _ = read_binary._pdfium_lines(read_binary._pdfium(), _monthly(), "yuebao.pdf")  # type: ignore[arg-type]
    assert [line.text for line in lines].count("。") == 1
    assert [line.text for line in lines].count("；") == 1


def test_control_pages_without_a_lost_object_are_not_read_twice() -> None:
    chunks = [(700.0, 60.0, "第一行。", 9.0, "F"), (688.0, 60.0, "第二行", 9.0, "F")]
    assert recovered(chunks, lambda: pytest.fail("pypdf asked")) == chunks


def test_control_a_lost_object_pypdf_has_nothing_for_is_dropped() -> None:
    chunks = [(700.0, 60.0, "第一行", 9.0, "F"), (688.0, 60.0, "", 9.0, "F")]
    assert recovered(chunks, lambda: [(650.0, 60.0, "。", 9.0, False)]) == chunks[:1]
    assert recovered(chunks, lambda: [(688.2, 60.3, "。", 9.0, False)]) == [
        chunks[0],
        (688.0, 60.0, "。", 9.0, "F"),
    ]
