"""DOCX documents (python-docx) to ``Block``s.

A DOCX keeps its structure: heading styles, bold runs, numbered and bulleted paragraphs (the
numbering format read from the numbering part), tables, hyperlinks and footnotes. Apart from
``read_binary`` (PDF), whose documents have no structure to keep and are rebuilt from positions.
"""

from __future__ import annotations

import gc
import io
import re
from collections import Counter

from piplkit.track.blocktext import clean, finish, run_in
from piplkit.track.model import Block
from piplkit.track.read_result import ReadResult, TrackInputError


def docx_blocks(data: bytes, name: str) -> ReadResult:
    import zipfile

    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise TrackInputError(f"{name}: cannot read the DOCX ({type(exc).__name__})") from None
    try:
        blocks = _docx_body(document)
        meta = _docx_meta(document)
    except (KeyError, ValueError, AttributeError, TypeError) as exc:
        raise TrackInputError(f"{name}: cannot read the DOCX ({type(exc).__name__})") from None
    finally:
        del document
        _free_package()
    return ReadResult(blocks, "docx", meta)


def _free_package() -> None:
    """Free the DOCX package now, at the document's own expense.

    python-docx leaves its package in reference cycles (parts and relationships point at each
    other; the recursive closures of ``OpcPackage.iter_parts`` hold a list of the parts), and
    they keep the parsed XML trees alive. Only the collector frees them, 2.5-3 ms of freeing
    per document, and its next run comes in whatever document is read next, often a PDF (a
    fifth of a PDF's time in ``bench_track.py``). A young-generation collection here frees
    them while they are young; it skips the old generation, so its cost is the freeing.
    """
    if gc.isenabled():
        gc.collect(1)


def _docx_meta(document) -> dict[str, str]:  # type: ignore[no-untyped-def]
    title = document.core_properties.title
    return {"title": title} if title else {}


def _num_formats(document) -> dict[tuple[str, str], str]:  # type: ignore[no-untyped-def]
    """(numId, ilvl) -> numFmt ("decimal", "bullet", "chineseCounting"...)."""
    from docx.oxml.ns import qn

    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        # a document with no numbering part: python-docx tries to create one and raises
        # NotImplementedError; no list in it has a numbering format to read
        return {}
    abstract: dict[str, dict[str, str]] = {}
    for node in numbering.findall(qn("w:abstractNum")):
        levels = {}
        for lvl in node.findall(qn("w:lvl")):
            fmt = lvl.find(qn("w:numFmt"))
            levels[lvl.get(qn("w:ilvl"))] = fmt.get(qn("w:val")) if fmt is not None else "decimal"
        abstract[node.get(qn("w:abstractNumId"))] = levels
    out: dict[tuple[str, str], str] = {}
    for num in numbering.findall(qn("w:num")):
        ref = num.find(qn("w:abstractNumId"))
        if ref is None:
            continue
        for ilvl, fmt in abstract.get(ref.get(qn("w:val")), {}).items():
            out[(num.get(qn("w:numId")), ilvl)] = fmt
    return out


def _docx_body(document) -> list[Block]:  # type: ignore[no-untyped-def]
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    formats = _num_formats(document)
    counters: Counter[tuple[str, str]] = Counter()
    blocks: list[Block] = []
    tables = 0
    for index, child in enumerate(document.element.body.iterchildren()):
        if child.tag == qn("w:tbl"):
            tables += 1
            table = Table(child, document)
            for row_no, row in enumerate(table.rows):
                cells = [clean(c.text) for c in row.cells]
                cells = [c for i, c in enumerate(cells) if i == 0 or c != cells[i - 1] or not c]
                block = finish(
                    " | ".join(c for c in cells if c),
                    cells=cells,
                    table=tables,
                    header=row_no == 0,
                    line=index,
                )
                if block is not None:
                    blocks.append(block)
            continue
        if child.tag != qn("w:p"):
            continue
        blocks.extend(_docx_paragraph(Paragraph(child, document), index, formats, counters))
    blocks.extend(_docx_footnotes(document))
    return blocks


def _docx_paragraph(para, index: int, formats, counters) -> list[Block]:  # type: ignore[no-untyped-def]
    from docx.oxml.ns import qn
    from docx.text.hyperlink import Hyperlink

    try:
        style = (para.style.name or "") if para.style is not None else ""
    except (KeyError, ValueError):
        style = ""
    parts: list[str] = []
    refs: list[int] = []
    links: list[str] = []
    bold_lead = ""
    bold_all = True
    for item in para.iter_inner_content():
        runs = item.runs if isinstance(item, Hyperlink) else [item]
        if isinstance(item, Hyperlink) and item.address.startswith(("http://", "https://")):
            links.append(item.address)
        for run in runs:
            for note in run._r.findall(qn("w:footnoteReference")):
                refs.append(int(note.get(qn("w:id"))))
            text = run.text
            if run.font.superscript and text.strip().isdigit():
                refs.append(int(text.strip()))
                continue
            if not text:
                continue
            bold = bool(run.bold)
            if bold and bold_all:
                bold_lead += text
            elif text.strip():
                bold_all = False
            parts.append(text)
    text = "".join(parts)
    if not text.strip():
        return []
    heading = None
    match = re.match(r"(?:Heading|标题)\s*(\d)", style)
    if match:
        heading = int(match.group(1))
    elif style == "Title":
        heading = 1
    extra: dict[str, object] = {}
    num_pr = para._p.pPr.numPr if para._p.pPr is not None else None
    if num_pr is not None and num_pr.numId is not None:
        key = (str(num_pr.numId.val), str(num_pr.ilvl.val if num_pr.ilvl is not None else 0))
        counters[key] += 1
        bullet = formats.get(key, "decimal") == "bullet"
        extra = {
            "list_no": None if bullet else counters[key],
            "marker": "ul" if bullet else "ol",
            "depth": int(key[1]),
        }
    elif style.startswith(("List Bullet", "List Number")):
        bullet = style.startswith("List Bullet")
        key = (style, "0")
        counters[key] += 1
        level = style.rsplit(" ", 1)[-1]  # "List Bullet 2": an entry of a nested list
        extra = {
            "list_no": None if bullet else counters[key],
            "marker": "ul" if bullet else "ol",
            "depth": int(level) - 1 if level.isdigit() else 0,
        }
    full = clean(text)
    if heading is None and bold_all:
        heading = 7
    elif heading is None and bold_lead.strip():
        split = run_in(clean(bold_lead), full, refs=refs, links=links, line=index, **extra)
        if split is not None:
            return split
    block = finish(full, heading=heading, refs=refs, links=links, line=index, **extra)
    return [block] if block is not None else []


def _docx_footnotes(document) -> list[Block]:  # type: ignore[no-untyped-def]
    """Word footnotes as a numbered source list ("3 https://...")."""
    from docx.oxml.ns import qn
    from lxml import etree

    part = next(
        (r.target_part for r in document.part.rels.values() if r.reltype.endswith("/footnotes")),
        None,
    )
    if part is None:
        return []
    root = etree.fromstring(part.blob)
    blocks = []
    for note in root.findall(qn("w:footnote")):
        number = int(note.get(qn("w:id")))
        if number < 1:
            continue
        text = clean("".join(t.text or "" for t in note.iter(qn("w:t"))))
        urls = []
        for link in note.iter(qn("w:hyperlink")):
            rid = link.get(qn("r:id"))
            if rid and rid in part.rels:
                urls.append(part.rels[rid].target_ref)
        urls = [u for u in urls if u not in text]
        if text or urls:
            blocks.append(Block(clean(f"{number} {text} {' '.join(urls)}"), line=10_000 + number))
    return blocks
