"""Plain text, DOCX and PDF as text pieces for the text engine (DOCX through the zip guard).

Pieces are cut at line ends near ``PIECE_CHARS`` so that memory stays flat on big files; a
single line longer than that (a "huge line") is cut at whitespace where possible, otherwise
hard, and a value straddling such a hard cut can be missed (documented limit).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from piplkit.discover.containers import ContainerError, ZipLimitError
from piplkit.discover.containers.docx import check_docx, docx_pieces
from piplkit.discover.scan.encoding import EncodingError, Sniff, sniff_file_profile
from piplkit.discover.scan.tables import Document, ReadError
from piplkit.discover.scan.textfiles import DecodeNotes, decoded_blocks

PIECE_CHARS = 1_000_000
#: In sampling mode a plain-text file is read up to this many characters.
SAMPLE_TEXT_CHARS = 64 * 1024 * 1024


def open_text(path: Path, *, limit_chars: int | None) -> Document:
    try:
        sniff = sniff_file_profile(path)
    except EncodingError as exc:
        raise ReadError(str(exc)) from None
    if path.stat().st_size == 0:
        raise ReadError("empty file")
    doc = Document(
        str(path), "text", lambda: _text_pieces(path, sniff, limit_chars, doc), sniff.codec
    )
    return doc


def _text_pieces(path: Path, sniff: Sniff, limit: int | None, doc: Document) -> Iterator[str]:
    read = 0
    carry = ""
    decoder = sniff.decoder()
    notes = DecodeNotes(doc.warnings)
    try:
        for block in decoded_blocks(path, decoder):
            read += len(block)
            text = carry + block
            while len(text) >= PIECE_CHARS:
                cut = _cut_point(text[:PIECE_CHARS])
                yield text[:cut]
                text = text[cut:]
            carry = text
            if limit is not None and read >= limit:
                doc.warnings.append(f"sampled: only the first {read:,} characters were scanned")
                break
        if carry:
            yield carry
    finally:
        notes.take(decoder)


def _cut_point(text: str) -> int:
    """Cut after the last line break, else after the last whitespace, else at the end."""
    for sep in ("\n", " ", "\t", "。"):
        pos = text.rfind(sep, len(text) // 2)
        if pos >= 0:
            return pos + 1
    return len(text)


def open_docx(path: Path) -> Document:
    """Paragraphs and table cells, streamed (see :mod:`piplkit.discover.containers.docx`)."""
    try:
        check_docx(path)
    except ZipLimitError as exc:
        raise ReadError(exc.reason) from None
    except ContainerError as exc:
        raise ReadError(f"not a readable DOCX document ({exc.reason})") from None
    return Document(str(path), "docx", lambda: _docx_pieces(path), "utf-8")


def _docx_pieces(path: Path) -> Iterator[str]:
    found = False
    try:
        for piece in docx_pieces(path, PIECE_CHARS):
            found = True
            yield piece
    except ContainerError as exc:
        raise ReadError(exc.reason) from None
    if not found:
        raise ReadError("document has no text")


def open_pdf(path: Path) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError("PDF is encrypted with a password")
        pages = reader.pages
        n_pages = len(pages)
    except ReadError:
        raise
    except (PdfReadError, OSError, ValueError, KeyError) as exc:
        raise ReadError(f"not a readable PDF ({type(exc).__name__})") from None
    doc = Document(str(path), "pdf", lambda: _pdf_pieces(reader, n_pages, doc), None)
    return doc


def _pdf_pieces(reader: object, n_pages: int, doc: Document) -> Iterator[str]:
    failed: list[int] = []
    empty = 0
    for number in range(n_pages):
        try:
            text = reader.pages[number].extract_text() or ""  # type: ignore[attr-defined]
        except Exception:  # pypdf raises many types on damaged pages; report the page, go on
            failed.append(number + 1)
            continue
        if not text.strip():
            empty += 1
        yield from _split(text)
    if failed:
        doc.warnings.append(
            f"text of page(s) {', '.join(map(str, failed[:10]))} could not be extracted"
        )
    if empty == n_pages:
        doc.warnings.append(
            "no extractable text (scanned images need OCR, which piplkit does not do)"
        )


def _split(text: str) -> Iterator[str]:
    start = 0
    while start < len(text):
        end = start + PIECE_CHARS
        if end < len(text):
            end = start + _cut_point(text[start:end])
        yield text[start:end]
        start = end
