"""Positioned text runs of a PDF through PDFium (pypdfium2), for ``read_binary``'s line builder.

pypdf interprets a page's content stream in Python, which caps a text-dense PDF at well under
1 MB/s; PDFium does the same work in C. This module only lists what the line builder needs,
per page: each text object's baseline, left edge, text, font size (scaled by its matrix, as
pypdf's visitor reports it multiplied out) and font name; and the page's URI links with their
vertical extent. Text inside form XObjects is included, placed by the form's matrix.

PDFium is one C library state per process and not thread-safe: every call holds ``_LOCK``. It
is told to use no system fonts (``FPDF_SetSystemFontInfo(None)``): text extraction needs only
the PDF's own encodings and widths, and scanning the system's font folders for a non-embedded
font (common for Chinese CID fonts) costs tens of milliseconds per document.
"""

from __future__ import annotations

import ctypes
import threading
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw

#: (baseline y, left x, text, font size, font name) of one text object
Chunk = tuple[float, float, str, float, str]
#: ((low y, high y), URI) of one link annotation
Link = tuple[tuple[float, float], str]
_Matrix = tuple[float, float, float, float, float, float]

_LOCK = threading.Lock()
_READY = False
#: what a broken or unsupported file raises (``TrackInputError`` names the class)
ERRORS: tuple[type[Exception], ...] = (pdfium.PdfiumError, ValueError, OSError)


def _init() -> None:
    global _READY
    if not _READY:
        raw.FPDF_SetSystemFontInfo(None)
        _READY = True


def read(data: bytes) -> tuple[list[list[Chunk]], list[list[Link]], bool]:
    """Text runs and links of every page, and whether the file is encrypted with a password.

    Raises one of ``ERRORS`` when PDFium cannot open the file.
    """
    with _LOCK:
        _init()
        try:
            doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if raw.FPDF_GetLastError() == raw.FPDF_ERR_PASSWORD:
                return [], [], True
            raise exc
        try:
            pages: list[list[Chunk]] = []
            links: list[list[Link]] = []
            for number in range(len(doc)):
                page = doc[number]
                textpage = page.get_textpage()
                try:
                    objects: list[_Object] = []
                    _walk(page, None, objects, {}, top=True)
                    texts = _object_texts(textpage, objects)
                    pages.append(
                        [
                            (m[5], m[4], texts[address], size, font)
                            for address, m, size, font in objects
                            if texts.get(address, "").strip()
                        ]
                    )
                    links.append(_links(doc, page))
                finally:
                    textpage.close()
                    page.close()
            return pages, links, False
        finally:
            doc.close()


#: (address, matrix, scaled font size, font name) of a text object
_Object = tuple[int, _Matrix, float, str]


def _walk(
    parent: Any,
    outer: _Matrix | None,
    out: list[_Object],
    fonts: dict[int, str],
    top: bool = False,
) -> None:
    """Text objects in content order; a form XObject's objects placed by its matrix."""
    count = raw.FPDFPage_CountObjects(parent) if top else raw.FPDFFormObj_CountObjects(parent)
    get = raw.FPDFPage_GetObject if top else raw.FPDFFormObj_GetObject
    m = raw.FS_MATRIX()
    size = ctypes.c_float()
    for index in range(count):
        obj = get(parent, index)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind not in (raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_FORM):
            continue
        if not raw.FPDFPageObj_GetMatrix(obj, m):
            continue
        matrix: _Matrix = (m.a, m.b, m.c, m.d, m.e, m.f)
        if outer is not None:
            a, b, c, d, e, f = outer
            matrix = (
                m.a * a + m.b * c,
                m.a * b + m.b * d,
                m.c * a + m.d * c,
                m.c * b + m.d * d,
                m.e * a + m.f * c + e,
                m.e * b + m.f * d + f,
            )
        if kind == raw.FPDF_PAGEOBJ_FORM:
            _walk(obj, matrix, out, fonts)
            continue
        raw.FPDFTextObj_GetFontSize(obj, size)
        scale = abs(matrix[3] or matrix[0] or 1)
        address = ctypes.cast(obj, ctypes.c_void_p).value or 0
        out.append((address, matrix, size.value * scale, _font(obj, fonts)))


def _object_texts(textpage: Any, objects: list[_Object]) -> dict[int, str]:
    """Text of each text object, by address.

    The text page lists the page's characters object by object (with line breaks and spaces
    PDFium generates between them), so one pass that finds where each object's run of
    characters ends, by galloping and bisection, costs a few calls per object;
    ``FPDFTextObj_GetText`` scans the whole page once per object instead.
    """
    count = raw.FPDFText_CountChars(textpage)
    text = textpage.get_text_range() if count > 0 else ""
    if _OBJECT_AT is None or len(text) != count:  # characters beyond the BMP: indices drift
        return {address: _text(address, textpage) for address, _, _, _ in objects}
    handle = ctypes.cast(textpage.raw, ctypes.c_void_p)
    owner = _OBJECT_AT
    out: dict[int, str] = {}
    index = 0
    last = 0
    while index < count:
        obj = owner(handle, index)
        if not obj:
            # a space PDFium generates between two objects set apart on one line ("First" …
            # "Second") separates their words; a generated line break does not belong to either
            if (
                last
                and text[index] == " "
                and not out[last][-1:].isspace()
                and not text[index + 1 : index + 2].isspace()
            ):
                out[last] += " "
            index += 1
            continue
        low, step = index, 1
        high = count
        while low + step < count:
            if owner(handle, low + step) == obj:
                low += step
                step *= 2
            else:
                high = low + step
                break
        while high - low > 1:
            middle = (low + high) // 2
            if owner(handle, middle) == obj:
                low = middle
            else:
                high = middle
        out[obj] = out.get(obj, "") + text[index : low + 1]
        last = obj
        index = low + 1
    return out


def _text(address: int, textpage: Any) -> str:
    obj = ctypes.cast(address, raw.FPDF_PAGEOBJECT)
    length = raw.FPDFTextObj_GetText(obj, textpage, None, 0)  # bytes, with the terminator
    if length <= 2:
        return ""
    buffer = (ctypes.c_ushort * (length // 2))()
    raw.FPDFTextObj_GetText(obj, textpage, buffer, length)
    return bytes(buffer)[: length - 2].decode("utf-16-le", "replace")


def _object_getter() -> Any:
    """``FPDFText_GetTextObject`` returning a plain address (building a ctypes pointer object
    per character would cost more than the call), or None in PDFium builds without it."""
    function = getattr(raw, "FPDFText_GetTextObject", None)
    if function is None:
        return None
    address = ctypes.cast(function, ctypes.c_void_p).value
    if not address:
        return None
    return ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)(address)


_OBJECT_AT = _object_getter()


def _font(obj: Any, fonts: dict[int, str]) -> str:
    font = raw.FPDFTextObj_GetFont(obj)
    key = ctypes.cast(font, ctypes.c_void_p).value or 0
    name = fonts.get(key)
    if name is None:
        length = raw.FPDFFont_GetBaseFontName(font, None, 0) if font else 0
        buffer = ctypes.create_string_buffer(max(length, 1))
        if length:
            raw.FPDFFont_GetBaseFontName(font, buffer, length)
        name = fonts[key] = buffer.value.decode("latin-1")
    return name


def _links(doc: Any, page: Any) -> list[Link]:
    out: list[Link] = []
    position = ctypes.c_int(0)
    link = raw.FPDF_LINK()
    rect = raw.FS_RECTF()
    while raw.FPDFLink_Enumerate(page, position, link):
        action = raw.FPDFLink_GetAction(link)
        if not action or raw.FPDFAction_GetType(action) != raw.PDFACTION_URI:
            continue
        length = raw.FPDFAction_GetURIPath(doc, action, None, 0)
        if length <= 1 or not raw.FPDFLink_GetAnnotRect(link, rect):
            continue
        buffer = ctypes.create_string_buffer(length)
        raw.FPDFAction_GetURIPath(doc, action, buffer, length)
        uri = buffer.value.decode("utf-8", "replace")
        if uri:
            out.append(((min(rect.bottom, rect.top), max(rect.bottom, rect.top)), uri))
    return out
