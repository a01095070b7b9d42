"""PDF text through PDFium and the pypdf fallback: the same blocks, spaces kept, errors named."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from piplkit.track import TrackInputError, ingest, parse_document, read_binary, read_pdfium

from .conftest import DOCS

PDFS = sorted(DOCS.glob("*.pdf"))
#: Documents whose PDFium and pypdf blocks are known to differ (strict: a fix must remove them).
READERS_DIFFER: dict[str, str] = {}


def _pdfs() -> list[object]:
    return [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=READERS_DIFFER[p.name]))
        if p.name in READERS_DIFFER
        else p
        for p in PDFS
    ]


def _blocks(lines_and_pages):  # type: ignore[no-untyped-def]
    lines, pages = lines_and_pages
    return read_binary._pdf_paragraphs(read_binary._drop_running(lines, pages)[0])


@pytest.mark.parametrize("path", _pdfs(), ids=lambda p: p.name)
def test_pdfium_and_pypdf_give_the_same_blocks(path: Path) -> None:
    data = path.read_bytes()
    pdfium = _blocks(read_binary._pdfium_lines(read_pdfium, data, path.name))
    pypdf = _blocks(read_binary._pypdf_lines(data, path.name))
    assert pdfium and pdfium == pypdf


def test_without_pypdfium2_pypdf_reads_the_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (DOCS / "heldout_digest_2023_08.pdf").read_bytes()
    _, with_pdfium = ingest(data, "d.pdf")
    used: list[str] = []
    pypdf_lines = read_binary._pypdf_lines
    monkeypatch.setattr(read_binary, "_pdfium", lambda: None)  # as without pypdfium2
    monkeypatch.setattr(
        read_binary, "_pypdf_lines", lambda *a: used.append("pypdf") or pypdf_lines(*a)
    )
    _, without = ingest(data, "d.pdf")
    assert used == ["pypdf"]
    assert [d.to_dict() for d in without] == [d.to_dict() for d in with_pdfium]


def _pdf(draw) -> bytes:  # type: ignore[no-untyped-def]
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    draw(page)
    page.save()
    return out.getvalue()


def test_words_placed_apart_on_one_line_keep_their_space() -> None:
    def draw(page) -> None:  # type: ignore[no-untyped-def]
        page.setFont("Helvetica", 10)
        page.drawString(50, 700, "An ordinary line of text.")
        # one object per word, and a kerned gap inside one object
        page._code.append("BT /F1 10 Tf 50 650 Td (First) Tj 100 0 Td (Second word) Tj ET")
        page._code.append("BT /F1 10 Tf 50 600 Td [(Hello) -600 (World)] TJ ET")

    (chunks,), _, locked = read_pdfium.read(_pdf(draw))
    assert not locked
    lines = read_binary._lines([(y, x, text, size, False) for y, x, text, size, _ in chunks], [], 0)
    assert [line.text.split() for line in lines] == [
        ["An", "ordinary", "line", "of", "text."],
        ["First", "Second", "word"],
        ["Hello", "World"],
    ]


def test_scaled_text_reports_its_scaled_size() -> None:
    def draw(page) -> None:  # type: ignore[no-untyped-def]
        page.setFont("Helvetica", 10)
        page.drawString(50, 700, "Body size")
        page.saveState()
        page.scale(2, 2)
        page.drawString(30, 300, "Twice the size")
        page.restoreState()

    (chunks,), _, _ = read_pdfium.read(_pdf(draw))
    assert [(round(y), round(x), text, size) for y, x, text, size, _ in chunks] == [
        (700, 50, "Body size", 10.0),
        (600, 60, "Twice the size", 20.0),
    ]


def test_link_annotations_attach_to_their_line() -> None:
    def draw(page) -> None:  # type: ignore[no-untyped-def]
        page.setFont("Helvetica", 10)
        page.drawString(50, 700, "1 Source of the item")
        page.linkURL("https://example.org/source", (50, 695, 200, 712))

    blocks = read_binary.pdf_blocks(_pdf(draw), "l.pdf").blocks
    assert blocks[0].links == ["https://example.org/source"]


def test_a_pdf_locked_with_a_password_says_so() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(DOCS / "heldout_digest_2023_08.pdf"))
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(TrackInputError, match=r"locked\.pdf: the PDF is encrypted"):
        parse_document(out.getvalue(), "locked.pdf")


def test_text_inside_a_form_xobject_is_placed_by_the_form() -> None:
    def draw(page) -> None:  # type: ignore[no-untyped-def]
        page.setFont("Helvetica", 10)
        page.drawString(50, 700, "Page text line")
        page.beginForm("box")
        page.setFont("Helvetica-Bold", 12)
        page.drawString(10, 10, "Inside a form")
        page.endForm()
        page.saveState()
        page.translate(100, 400)
        page.doForm("box")
        page.restoreState()

    (chunks,), _, _ = read_pdfium.read(_pdf(draw))
    assert [(round(y), round(x), text, size, font) for y, x, text, size, font in chunks] == [
        (700, 50, "Page text line", 10.0, "Helvetica"),
        (410, 110, "Inside a form", 12.0, "Helvetica-Bold"),
    ]


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_reading_a_pdf_leaves_no_reference_cycles(path: Path) -> None:
    """Cyclic garbage is freed by a later collection, which charges it to whatever runs then
    (the next document); ``ctypes.cast`` on handles and a new array type per buffer length
    left 18-146 such objects per PDF."""
    import gc

    data = path.read_bytes()
    read_pdfium.read(data)  # first use: imports and PDFium's start-up
    gc.collect()
    gc.disable()
    try:
        read_pdfium.read(data)
        read_binary.pdf_blocks(data, path.name)
        unreachable = gc.collect()
    finally:
        gc.enable()
    assert unreachable == 0


@pytest.mark.parametrize("length", [1, 2, 63, 64, 65, 1000, 4097])
def test_buffers_hold_what_is_asked_and_share_few_types(length: int) -> None:
    import ctypes

    buffer = read_pdfium._array(ctypes.c_ushort, length)
    assert len(buffer) >= length and not any(buffer)
    assert len(buffer) < 2 * length or len(buffer) == 64
    assert type(buffer) is type(read_pdfium._array(ctypes.c_ushort, len(buffer)))
    assert read_pdfium._address(ctypes.pointer(ctypes.c_int(1))) != 0


def test_the_matrix_unpacks_as_its_fields_read() -> None:
    """``_walk`` reads ``FS_MATRIX`` in one unpacking; it must give what the six fields give
    (float32 values widened the same way), for ordinary, negative, tiny and huge entries."""
    import pypdfium2.raw as raw

    for values in [(1, 0, 0, 1, 72, 720.5), (-0.5, 1e-30, 3e38, -2.25, 1 / 3, 612.123456)]:
        m = raw.FS_MATRIX(*values)
        assert read_pdfium._SIX_FLOATS.unpack_from(m) == (m.a, m.b, m.c, m.d, m.e, m.f)


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_object_texts_are_what_pdfium_gives_each_object(path: Path) -> None:
    """``_object_texts`` splits the text page into objects' runs, trying first that a run ends
    at the next line break PDFium generated; each run must be the object's own text, as
    ``FPDFTextObj_GetText`` (one scan of the page per object) gives it."""
    raw = read_pdfium.raw
    data = path.read_bytes()
    doc = raw.FPDF_LoadMemDocument64(data, len(data), None)
    checked = 0
    try:
        for number in range(raw.FPDF_GetPageCount(doc)):
            page = raw.FPDF_LoadPage(doc, number)
            textpage = raw.FPDFText_LoadPage(page)
            try:
                objects: list[read_pdfium._Object] = []
                read_pdfium._walk(page, None, objects, {}, top=True)
                texts = read_pdfium._object_texts(textpage, objects)
                for address, *_ in objects:
                    own = read_pdfium._text(address, textpage)
                    assert texts.get(address, "").strip() == own.strip()
                    checked += bool(own.strip())
            finally:
                raw.FPDFText_ClosePage(textpage)
                raw.FPDF_ClosePage(page)
    finally:
        raw.FPDF_CloseDocument(doc)
    assert checked


def test_pypdf_runs_set_apart_on_one_line_are_spaced_as_pdfium_spaces_them() -> None:
    """A table's cells on one baseline read "Date Event" through pypdf too (heldout7's key-dates
    table), while runs split inside a word or a CJK phrase join as before (controls)."""
    runs = [
        (700.0, 72.0, "Date", 10.0, True),
        (700.0, 200.0, "Event", 10.0, True),
        (680.0, 72.0, "Amend", 10.0, False),
        (680.0, 98.0, "ments adopted", 10.0, False),
        (660.0, 72.0, "个人信息", 10.0, False),
        (660.0, 112.0, "保护法", 10.0, False),
    ]
    lines = read_binary._lines(runs, [], 0)
    assert [line.text for line in lines] == ["Date Event", "Amendments adopted", "个人信息保护法"]
