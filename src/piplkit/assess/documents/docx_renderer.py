"""Render a report model to DOCX with python-docx: real headings, tables and fields.

A DPO edits the report in Word, so structure matters more than looks: Heading 1/2 styles (the
navigation pane and the table of contents use them), grid tables with repeating header rows,
highlighted fill-in fields, a TOC field Word refreshes on opening, and page numbers in the footer.
Text from the register (names, purposes) passes :func:`piplkit.assess.sheets.clean_text` on its way
in: XML cannot hold most control characters, and a row stored before input validation refused them
must not make the whole report fail.
"""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from piplkit.assess.documents.model import (
    Block,
    BulletList,
    Cite,
    Fill,
    Notice,
    Paragraph,
    Report,
    Runs,
    Table,
    Text,
)
from piplkit.assess.sheets import clean_text

NAVY = RGBColor(0x1F, 0x3B, 0x63)
RED = RGBColor(0xA1, 0x2A, 0x2A)
#: (Latin, East Asian) fonts for body text and headings, per report language
FONTS = {
    "zh": (("Arial", "SimSun"), ("Arial", "SimHei")),
    "en": (("Calibri", "SimSun"), ("Calibri", "SimHei")),
}
CONTENT_WIDTH_MM = 174  # A4 width 210 mm minus 18 mm margins


def _set_fonts(style_or_run: object, latin: str, east_asian: str) -> None:
    font = style_or_run.font  # type: ignore[attr-defined]
    font.name = latin
    rpr = style_or_run.element.get_or_add_rPr()  # type: ignore[attr-defined]
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east_asian)


def _shade(element: object, fill: str) -> None:
    """Background shading for a table cell (tcPr) or paragraph (pPr)."""
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    element.append(shd)  # type: ignore[attr-defined]


def _field(paragraph: DocxParagraph, instruction: str, placeholder: str = "") -> None:
    """A Word field (PAGE, NUMPAGES, TOC) that Word computes when it lays out the document."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run._r.append(sep)
    paragraph.add_run(placeholder or "1")
    end_run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    end_run._r.append(end)


class _DocxWriter:
    def __init__(self, report: Report) -> None:
        self.report = report
        self.doc: DocxDocument = Document()
        self._setup()

    def _setup(self) -> None:
        doc, r = self.doc, self.report
        (body_latin, body_ea), (head_latin, head_ea) = FONTS.get(r.lang, FONTS["en"])
        normal = doc.styles["Normal"]
        _set_fonts(normal, body_latin, body_ea)
        normal.font.size = Pt(10)
        for name, size in (("Heading 1", 15), ("Heading 2", 12), ("Title", 22)):
            style = doc.styles[name]
            _set_fonts(style, head_latin, head_ea)
            style.font.size = Pt(size)
            style.font.color.rgb = NAVY
            style.font.bold = True
        section = doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Mm(18))
        section.top_margin = section.bottom_margin = Mm(22)
        section.different_first_page_header_footer = True
        footer = section.footer.paragraphs[0]
        footer.text = ""
        footer.add_run(clean_text(r.footer) + "    ").font.size = Pt(8)
        before, middle, after = r.page_format
        footer.add_run(before)
        _field(footer, "PAGE")
        footer.add_run(middle)
        _field(footer, "NUMPAGES")
        footer.add_run(after)
        for run in footer.runs:
            run.font.size = Pt(8)
        props = doc.core_properties
        props.title = clean_text(f"{r.title} — {r.handler}")
        props.subject = clean_text(r.subtitle)
        props.author = "piplkit"
        props.comments = f"as of {r.as_of.isoformat()}"
        # ask Word to refresh the TOC and page fields when the file is opened
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        doc.settings.element.append(update)

    # -- inline -----------------------------------------------------------------------------
    def runs(self, paragraph: DocxParagraph, items: Runs) -> None:
        for item in items:
            if isinstance(item, Fill):
                run = paragraph.add_run(clean_text(self.report.fill_text(item.hint)))
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            elif isinstance(item, Cite):
                paragraph.add_run(clean_text(item.text))
                if item.unverified:
                    mark = paragraph.add_run(self.report.unverified_text)
                    mark.font.color.rgb = RED
                    mark.font.bold = True
                    mark.font.size = Pt(7.5)
            elif isinstance(item, Text):
                run = paragraph.add_run(clean_text(item.text))
                run.bold = item.bold or None

    # -- blocks -----------------------------------------------------------------------------
    def block(self, b: Block) -> None:
        if isinstance(b, Paragraph):
            self.runs(self.doc.add_paragraph(), b.runs)
        elif isinstance(b, BulletList):
            for item in b.items:
                self.runs(self.doc.add_paragraph(style="List Bullet"), item)
        elif isinstance(b, Table):
            self.table(b)
        elif isinstance(b, Notice):
            p = self.doc.add_paragraph()
            _shade(p._p.get_or_add_pPr(), "FBEEEE" if b.level == "warning" else "EEF2F7")
            self.runs(p, b.runs)

    def table(self, t: Table) -> DocxTable:
        has_header = any(t.headers)
        table: DocxTable = self.doc.add_table(
            rows=len(t.rows) + int(has_header), cols=len(t.headers)
        )
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        widths = t.widths or tuple(100 // len(t.headers) for _ in t.headers)
        rows = list(table.rows)
        if has_header:
            header = rows.pop(0)
            trpr = header._tr.get_or_add_trPr()
            repeat = OxmlElement("w:tblHeader")
            repeat.set(qn("w:val"), "true")
            trpr.append(repeat)
            for cell, text in zip(header.cells, t.headers, strict=True):
                cell.text = ""
                run = cell.paragraphs[0].add_run(clean_text(text))
                run.bold = True
                run.font.size = Pt(9)
                _shade(cell._tc.get_or_add_tcPr(), "E3E9F1")
        for row, data in zip(rows, t.rows, strict=True):
            for j, (cell, items) in enumerate(zip(row.cells, data, strict=True)):
                paragraph = cell.paragraphs[0]
                self.runs(paragraph, items)
                for run in paragraph.runs:
                    run.font.size = Pt(9)
                if t.kind == "keyvalue" and j == 0:
                    _shade(cell._tc.get_or_add_tcPr(), "F2F5F9")
                    for run in paragraph.runs:
                        run.bold = True
        for row in table.rows:
            for cell, w in zip(row.cells, widths, strict=True):
                cell.width = Mm(CONTENT_WIDTH_MM * w / 100)
        self.doc.add_paragraph()  # Word merges adjacent tables without a paragraph between
        return table

    # -- document ---------------------------------------------------------------------------
    def cover(self) -> None:
        doc, r = self.doc, self.report
        stamp = doc.add_paragraph().add_run(r.draft_stamp)
        stamp.bold = True
        stamp.font.color.rgb = RED
        for _ in range(4):
            doc.add_paragraph()
        doc.add_paragraph(clean_text(r.title), style="Title").alignment = WD_ALIGN_PARAGRAPH.LEFT
        sub = doc.add_paragraph().add_run(clean_text(r.subtitle))
        sub.font.size = Pt(11)
        doc.add_paragraph()
        self.table(r.cover)
        self.block(r.cover_notice)
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def toc(self) -> None:
        heading = self.doc.add_paragraph(self.report.toc_title, style="Heading 1")
        heading.paragraph_format.page_break_before = False
        _field(self.doc.add_paragraph(), 'TOC \\o "1-2" \\h \\z \\u', " ")
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def render(self) -> bytes:
        self.cover()
        self.toc()
        for s in self.report.sections:
            title = f"{s.number} {s.title}" if s.number else s.title
            heading = self.doc.add_heading(clean_text(title), level=s.level)
            if s.level == 1 and not s.number:
                heading.paragraph_format.page_break_before = True
            for b in s.blocks:
                self.block(b)
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()


def render_docx(report: Report) -> bytes:
    """The report as DOCX bytes."""
    return _DocxWriter(report).render()
