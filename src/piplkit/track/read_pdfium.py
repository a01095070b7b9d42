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
import re
import struct
import threading
from bisect import bisect_right
from functools import cache
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw

#: (baseline y, left x, text, font size, font name) of one text object
Chunk = tuple[float, float, str, float, str]
#: ((low y, high y, left x, right x), URI) of one link annotation
Link = tuple[tuple[float, float, float, float], str]
_Matrix = tuple[float, float, float, float, float, float]

#: ``FS_MATRIX``'s fields a-f, six C floats, as ctypes reads them one by one
_SIX_FLOATS = struct.Struct("6f")
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

    A text object PDFium leaves out of its text page comes with empty text (``pdflost``).

    Raises one of ``ERRORS`` when PDFium cannot open the file.
    """
    # PDFium's C functions directly: pypdfium2's page and document objects register finalizers
    # and weak references, a tenth of the reading time of a short PDF. PDFium only reads the
    # buffer, and ``data`` outlives the document (closed below), so the bytes are passed as
    # they are instead of copied into a ctypes buffer.
    with _LOCK:
        _init()
        doc = raw.FPDF_LoadMemDocument64(data, len(data), None)
        if not doc:
            error = raw.FPDF_GetLastError()
            if error == raw.FPDF_ERR_PASSWORD:
                return [], [], True
            raise pdfium.PdfiumError(f"PDFium error {error}")
        try:
            pages: list[list[Chunk]] = []
            links: list[list[Link]] = []
            for number in range(raw.FPDF_GetPageCount(doc)):
                page = raw.FPDF_LoadPage(doc, number)
                if not page:
                    raise pdfium.PdfiumError(f"PDFium cannot load page {number + 1}")
                textpage = raw.FPDFText_LoadPage(page)
                try:
                    objects: list[_Object] = []
                    _walk(page, None, objects, {}, top=True)
                    texts = _object_texts(textpage, objects)
                    chunks: list[Chunk] = []
                    for address, m, size, font in objects:
                        text = texts.get(address, "")
                        # an object with no characters at all: PDFium left it out of the text
                        # page (a glyph without width); kept empty, for ``pdflost``
                        if text.strip() or not text:
                            chunks.append((m[5], m[4], text, size, font))
                    pages.append(chunks)
                    links.append(_links(doc, page))
                finally:
                    if textpage:
                        raw.FPDFText_ClosePage(textpage)
                    raw.FPDF_ClosePage(page)
            return pages, links, False
        finally:
            raw.FPDF_CloseDocument(doc)


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
    handle = _address(parent) if top else parent
    count = _C.count_page(handle) if top else _C.count_form(handle)
    get = _C.page_object if top else _C.form_object
    kind_of, matrix_of, font_size = _C.kind, _C.matrix, _C.font_size
    # one matrix and one size, filled by PDFium through references made once per walk; the
    # matrix's six floats read in one unpacking instead of six field lookups
    m = raw.FS_MATRIX()
    m_ref = ctypes.byref(m)
    size = ctypes.c_float()
    size_ref = ctypes.byref(size)
    text_kind, form_kind = raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_FORM
    for index in range(count):
        obj = get(handle, index)
        kind = kind_of(obj)
        if kind != text_kind and kind != form_kind:
            continue
        if not matrix_of(obj, m_ref):
            continue
        matrix: _Matrix = _SIX_FLOATS.unpack_from(m)
        if outer is not None:
            a, b, c, d, e, f = outer
            ma, mb, mc, md, me, mf = matrix
            matrix = (
                ma * a + mb * c,
                ma * b + mb * d,
                mc * a + md * c,
                mc * b + md * d,
                me * a + mf * c + e,
                me * b + mf * d + f,
            )
        if kind == form_kind:
            _walk(obj, matrix, out, fonts)
            continue
        font_size(obj, size_ref)
        scale = abs(matrix[3] or matrix[0] or 1)
        out.append((obj, matrix, size.value * scale, _font(obj, fonts)))


def _object_texts(textpage: Any, objects: list[_Object]) -> dict[int, str]:
    """Text of each text object, by address.

    The text page lists the page's characters object by object (with line breaks and spaces
    PDFium generates between them), so one pass that finds where each object's run of
    characters ends, by galloping and bisection, costs a few calls per object;
    ``FPDFTextObj_GetText`` scans the whole page once per object instead.
    """
    if not textpage:
        return {}
    count = raw.FPDFText_CountChars(textpage)
    text = _page_text(textpage, count)
    if _OBJECT_AT is None or len(text) != count:  # characters beyond the BMP: indices drift
        return {address: _text(address, textpage) for address, _, _, _ in objects}
    handle = _address(textpage)
    owner = _OBJECT_AT
    out: dict[int, str] = {}
    index = 0
    last = 0
    # where PDFium put its line breaks: most objects' runs end right before one, which two
    # calls confirm (the search below takes two per doubling of the run's length)
    breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
    # the owner of the character at ``index`` when a probe past the previous run asked already
    # (-1: not asked), so that each run costs one call fewer
    known = -1
    while index < count:
        obj = owner(handle, index) if known == -1 else known
        known = -1
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
        at = bisect_right(breaks, index)
        guess = (breaks[at] if at < len(breaks) else count) - 1
        if guess > index and owner(handle, guess) == obj:
            after = owner(handle, guess + 1) if guess + 1 < count else -1
            if after != obj:
                out[obj] = out.get(obj, "") + text[index : guess + 1]
                last = obj
                index = guess + 1
                known = after
                continue
        low, step = index, 1
        high, high_owner = count, -1  # (the owner of ``high`` once a probe has asked)
        while low + step < count:
            probe = owner(handle, low + step)
            if probe == obj:
                low += step
                step *= 2
            else:
                high, high_owner = low + step, probe
                break
        while high - low > 1:
            middle = (low + high) // 2
            probe = owner(handle, middle)
            if probe == obj:
                low = middle
            else:
                high, high_owner = middle, probe
        out[obj] = out.get(obj, "") + text[index : low + 1]
        last = obj
        index = low + 1
        known = high_owner if high == index else -1
    return out


_LINE_BREAK = re.compile("[\r\n]")


def _page_text(textpage: Any, count: int) -> str:
    """The text page's characters (PDFium's generated spaces and line breaks included)."""
    if count <= 0:
        return ""
    buffer = _array(ctypes.c_ushort, count + 1)
    written = raw.FPDFText_GetText(textpage, 0, count, buffer)
    return bytes(buffer)[: max(written - 1, 0) * 2].decode("utf-16-le", "replace")


def _text(address: int, textpage: Any) -> str:
    obj = ctypes.cast(address, raw.FPDF_PAGEOBJECT)
    length = raw.FPDFTextObj_GetText(obj, textpage, None, 0)  # bytes, with the terminator
    if length <= 2:
        return ""
    buffer = _array(ctypes.c_ushort, length // 2)
    raw.FPDFTextObj_GetText(obj, textpage, buffer, length)
    return bytes(buffer)[: length - 2].decode("utf-16-le", "replace")


def _address(pointer: Any) -> int:
    """The address a typed PDFium handle holds, as a plain int.

    ``ctypes.cast`` of a ctypes instance records each object in the other's keep-alive dict, a
    reference cycle that only the garbage collector frees (two per page); reading the pointer's
    own bytes makes no such link.
    """
    return ctypes.c_void_p.from_buffer(pointer).value or 0


def _array(kind: Any, length: int) -> Any:
    """A zeroed ctypes array of at least ``length`` items.

    ``kind * length`` builds a new array type for each length not in use (a type object with
    its descriptors, about 16 us, and a cycle left to the garbage collector); rounding the
    length up to a power of two keeps a few dozen types alive for the whole process. Callers
    read only what PDFium wrote (a length it returns, or up to the terminating zero).
    """
    return _array_type(kind, 1 << max(6, (length - 1).bit_length()))()


@cache
def _array_type(kind: Any, size: int) -> Any:
    return kind * size


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


def _font(obj: int, fonts: dict[int, str]) -> str:
    font = _C.font(obj) or 0
    name = fonts.get(font)
    if name is None:
        handle = ctypes.cast(font, raw.FPDF_FONT)
        length = raw.FPDFFont_GetBaseFontName(handle, None, 0) if font else 0
        buffer = _array(ctypes.c_char, max(length, 1))
        if length:
            raw.FPDFFont_GetBaseFontName(handle, buffer, length)
        name = fonts[font] = buffer.value.decode("latin-1")
    return name


class _C:
    """The PDFium calls made once per page object, declared on plain addresses: pypdfium2's
    declarations build a typed ctypes pointer for every handle they return, which costs more
    than the call itself."""

    @staticmethod
    def _declare(function: Any, restype: Any, *argtypes: Any) -> Any:
        address = ctypes.cast(function, ctypes.c_void_p).value
        if not address:  # pragma: no cover - pypdfium2 declares every one of these
            raise ImportError("PDFium function without an address")
        return ctypes.CFUNCTYPE(restype, *argtypes)(address)

    _VOID = ctypes.c_void_p
    count_page = _declare(raw.FPDFPage_CountObjects, ctypes.c_int, _VOID)
    count_form = _declare(raw.FPDFFormObj_CountObjects, ctypes.c_int, _VOID)
    page_object = _declare(raw.FPDFPage_GetObject, _VOID, _VOID, ctypes.c_int)
    form_object = _declare(raw.FPDFFormObj_GetObject, _VOID, _VOID, ctypes.c_ulong)
    kind = _declare(raw.FPDFPageObj_GetType, ctypes.c_int, _VOID)
    matrix = _declare(raw.FPDFPageObj_GetMatrix, ctypes.c_int, _VOID, _VOID)
    font_size = _declare(raw.FPDFTextObj_GetFontSize, ctypes.c_int, _VOID, _VOID)
    font = _declare(raw.FPDFTextObj_GetFont, _VOID, _VOID)


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
        buffer = _array(ctypes.c_char, length)
        raw.FPDFAction_GetURIPath(doc, action, buffer, length)
        uri = buffer.value.decode("utf-8", "replace")
        if uri:
            low, high = sorted((rect.bottom, rect.top))
            out.append(((low, high, min(rect.left, rect.right), max(rect.left, rect.right)), uri))
    return out
