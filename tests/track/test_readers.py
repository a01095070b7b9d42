"""Readers of every format: PDF, DOCX, HTML pages with navigation, plain-text tables; bad input."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document

from piplkit.track import TrackInputError, ingest, parse_document
from piplkit.track.read_html import OUTSIDE
from piplkit.track.readers import read_document, text_blocks

from .conftest import DOCS


def test_pdf_headings_bold_headlines_superscripts_and_running_headers() -> None:
    read = read_document((DOCS / "headline_2022_12.pdf").read_bytes(), "h.pdf")
    assert read.layout == "pdf"
    assert read.blocks[0].heading == 1  # the largest type on the first page
    headlines = [b.text for b in read.blocks if b.heading == 7]
    assert "CAC Issues Provisions on Deep Synthesis Services" in headlines
    assert [b.refs for b in read.blocks if b.refs] == [[1], [2], [3], [4], [5], [6]]
    assert read.skipped[0].reason == "page header, footer or page number"
    assert not any(b.text == "Example Law – China Data Update" for b in read.blocks)


def test_pdf_bold_run_in_headlines_split_from_their_body() -> None:
    _, devs = ingest((DOCS / "heldout_digest_2023_08.pdf").read_bytes(), "d.pdf")
    assert (
        devs[1].title
        == "CAC Releases Draft Personal Information Protection Compliance Audit Measures."
    )
    assert devs[1].date == "2023-08-03"


def test_chinese_pdf_lines_join_without_spaces() -> None:
    _, devs = ingest((DOCS / "dated_zh_2023_04.pdf").read_bytes(), "z.pdf")
    assert devs[0].title.startswith("4月11日，国家互联网信息办公室发布《生成式人工智能服务管理办法")
    assert " " not in devs[0].title


def _docx_bytes(build) -> bytes:  # type: ignore[no-untyped-def]
    doc = Document()
    build(doc)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_docx_styles_numbering_tables_and_superscripts() -> None:
    def build(doc) -> None:  # type: ignore[no-untyped-def]
        doc.add_paragraph("Widget Update – May 2024", style="Title")
        doc.add_heading("Enforcement", level=2)
        para = doc.add_paragraph()
        para.add_run("CAC Fines Widget Maker.").bold = True
        para.add_run(" On 3 May, the CAC fined a widget maker RMB 10,000.")
        para.add_run("1").font.superscript = True
        doc.add_paragraph("the fine is final;", style="List Number")
        doc.add_paragraph("1 https://example.org/1")

    doc, devs = ingest(_docx_bytes(build), "w.docx")
    assert doc.layout == "docx" and doc.title == "Widget Update – May 2024"
    assert devs[0].title == "CAC Fines Widget Maker."
    assert devs[0].footnotes == [1] and devs[0].sources == ["https://example.org/1"]
    assert any("the fine is final" in b for b in doc.items[0].body)


def test_docx_word_footnotes_become_the_source_list() -> None:
    def build(doc) -> None:  # type: ignore[no-untyped-def]
        doc.add_heading("Enforcement", level=2)
        doc.add_paragraph("CAC Fines Widget Maker")
        para = doc.add_paragraph("On 3 May, the CAC fined a widget maker RMB 10,000.")
        para.add_run("FNREF")

    data = _docx_bytes(build)
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/document.xml":
                content = content.replace(b"<w:t>FNREF</w:t>", b'<w:footnoteReference w:id="1"/>')
            elif item.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                    b"</Relationships>",
                )
            elif item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            target.writestr(item, content)
        target.writestr(
            "word/footnotes.xml",
            f'<w:footnotes xmlns:w="{w}"><w:footnote w:id="1"><w:p><w:r>'
            "<w:t>See https://example.org/fn1</w:t></w:r></w:p></w:footnote></w:footnotes>",
        )
    _, devs = ingest(out.getvalue(), "fn.docx")
    assert devs[0].footnotes == [1]
    assert devs[0].sources == ["https://example.org/fn1"]


def test_docx_table_rows() -> None:
    _, devs = ingest((DOCS / "table_zh_2024_01.docx").read_bytes(), "t.docx")
    assert [d.date for d in devs] == [
        "2024-01-04",
        "2023-12-08",
        "2024-01-12",
        "2024-01-16",
        "2024-01-22",
    ]


@pytest.mark.parametrize("path", sorted(DOCS.glob("*.docx")), ids=lambda p: p.name)
def test_reading_a_docx_frees_its_package(path: Path) -> None:
    """python-docx's package is a web of reference cycles holding the parsed XML; left to the
    collector, freeing it (2.5-3 ms) fell on the next document read, often a PDF. The reader
    frees it itself: nothing of the document is left for a later collection."""
    import gc

    from piplkit.track.read_docx import docx_blocks

    data = path.read_bytes()
    docx_blocks(data, path.name)  # first use: imports, python-docx's own caches
    gc.collect()
    docx_blocks(data, path.name)
    assert gc.collect() == 0


def test_html_page_main_content_and_what_was_cut() -> None:
    doc, devs = ingest((DOCS / "dated_page_2024_03.html").read_bytes(), "p.html")
    outside = [s for s in doc.skipped if s.reason == OUTSIDE]
    assert outside and outside[0].text.startswith("Example Law LLP")
    assert not any("Privacy policy" in d.summary for d in devs)
    assert doc.published == "2024-03-31"


def test_html_layout_table_is_not_a_data_table() -> None:
    html = (
        "<html><body><table><tr><td><h2>Enforcement</h2><p><b>CAC Fines Widget Maker</b></p>"
        "<p>On 3 May, the CAC fined a widget maker RMB 10,000 for data misuse.</p></td></tr>"
        "</table></body></html>"
    )
    _, devs = ingest(html, "mail.html")
    assert [d.title for d in devs] == ["CAC Fines Widget Maker"]


def test_plain_text_lines_without_blank_lines_and_tab_tables() -> None:
    text = (
        "Enforcement\n"
        "On 3 May, the CAC fined a widget maker RMB 10,000 for selling the personal information of "
        "its customers to marketing firms without their consent, the authority said.\n"
        "On 9 May, MIIT named 12 apps that collected location data excessively and ordered them to "
        "rectify within ten working days of the notice, or face removal from stores.\n"
    )
    blocks = text_blocks(text)
    assert len(blocks) == 3
    table = "Date\tAuthority\tTitle\n3 May 2024\tCAC\tWidget Rules\n"
    assert [b.cells for b in text_blocks(table)][1] == ["3 May 2024", "CAC", "Widget Rules"]


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"%PDF-1.4\n%broken", "x.pdf", "cannot read the PDF"),
        (b"PK\x03\x04not really a zip" + b"word/" * 10, "x.docx", "cannot read the DOCX"),
    ],
)
def test_broken_pdf_and_docx_give_one_line_errors(data: bytes, name: str, message: str) -> None:
    with pytest.raises(TrackInputError, match=message) as info:
        parse_document(data, name)
    assert "\n" not in str(info.value) and name in str(info.value)


def test_pdf_without_text_layer_says_so(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(TrackInputError, match="no text layer"):
        parse_document(out.getvalue(), "scan.pdf")


def test_a_bare_html_document_is_read_whole() -> None:
    html = (
        "<html><body><h2>Enforcement</h2><p><b>CAC Fines Widget Maker</b></p>"
        "<p>On 3 May 2024, the CAC fined a widget maker RMB 10,000 for data misuse.</p>"
        "<p>Related: our article on widget fines.</p></body></html>"
    )
    doc, devs = ingest(html, "bare.html")
    assert not any(s.reason == OUTSIDE for s in doc.skipped)
    assert devs[0].date == "2024-05-03"
