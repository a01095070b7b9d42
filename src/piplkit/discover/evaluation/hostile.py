"""Hostile inputs for tests and benchmarks: zip bombs and files in mixed encodings.

Generated, never shipped: a bomb is written by streaming a repeated pattern through deflate, so
a file that inflates to gigabytes costs megabytes on disk and seconds to make.

Bomb shapes (each is a valid workbook or document, so only size makes it hostile):

* ``rows``: millions of small rows and no ``<dimension>`` (the shape that made openpyxl's
  read-only mode hold every row element);
* ``space``: whitespace between elements (deflate's best case, about 1000:1);
* ``cell``: one cell whose text is the whole sheet.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/{main}" ContentType="{main_type}"/>{extra}</Types>'
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="{main}" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/worksheet"/></Relationships>'
)
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_BOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
_DOC_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c>'
    b'<c r="B1" t="inlineStr"><is><t>phone</t></is></c></row>'
)
_SHEET_TAIL = b"</sheetData></worksheet>"
_BLOCK = 1024 * 1024


def _repeat(stream: object, unit: bytes, total: int) -> None:
    """Write whole copies of ``unit`` up to ``total`` bytes (never a character cut in two)."""
    total -= total % len(unit)
    block = unit * max(1, _BLOCK // len(unit))
    written = 0
    while written < total:
        piece = block[: total - written] if total - written < len(block) else block
        stream.write(piece)  # type: ignore[attr-defined]
        written += len(piece)


def xlsx_bomb(path: Path, inflated_bytes: int, shape: str = "rows") -> Path:
    """A valid XLSX whose one sheet inflates to about ``inflated_bytes``."""
    extra = f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_SHEET_TYPE}"/>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr(
            "[Content_Types].xml",
            _CONTENT_TYPES.format(main="xl/workbook.xml", main_type=_BOOK_TYPE, extra=extra),
        )
        archive.writestr("_rels/.rels", _ROOT_RELS.format(main="xl/workbook.xml"))
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(_SHEET_HEAD)
            if shape == "rows":
                unit = b'<row><c t="inlineStr"><is><t>x</t></is></c><c><v>1</v></c></row>'
                _repeat(sheet, unit, inflated_bytes)
            elif shape == "space":
                _repeat(sheet, b" ", inflated_bytes)
            elif shape == "cell":
                sheet.write(b'<row r="2"><c r="A2" t="inlineStr"><is><t>')
                _repeat(sheet, b"x", inflated_bytes)
                sheet.write(b"</t></is></c></row>")
            else:
                raise ValueError(f"unknown bomb shape {shape!r}")
            sheet.write(_SHEET_TAIL)
    return path


def docx_bomb(path: Path, inflated_bytes: int) -> Path:
    """A valid DOCX whose body is one paragraph of about ``inflated_bytes`` characters."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr(
            "[Content_Types].xml",
            _CONTENT_TYPES.format(main="word/document.xml", main_type=_DOC_TYPE, extra=""),
        )
        archive.writestr("_rels/.rels", _ROOT_RELS.format(main="word/document.xml"))
        with archive.open("word/document.xml", "w", force_zip64=True) as body:
            body.write(
                b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w='
                b'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                b"<w:p><w:r><w:t>"
            )
            _repeat(body, "客户 ".encode(), inflated_bytes)
            body.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return path
