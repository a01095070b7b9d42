"""PDF documents (PDFium through pypdfium2, else pypdf) to ``Block``s (DOCX: ``read_docx``).

A PDF has no paragraphs, only positioned text: lines are rebuilt from the text runs and positions
the PDF library reports (``read_pdfium``; pypdf's text visitor when pypdfium2 is missing),
then joined into paragraphs by line spacing, font size and weight; a line set larger than the body
text is a heading, a wholly bold short paragraph a headline, a small raised number a footnote
marker; lines repeated on every page (running headers, page numbers) are dropped and reported.
"""

from __future__ import annotations

import gc
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from types import ModuleType

from piplkit.track.blocktext import bracket_lead, clean, finish, list_marker, run_in
from piplkit.track.layout import section_label
from piplkit.track.model import Block, Skipped
from piplkit.track.pdflost import recovered
from piplkit.track.read_pdftable import find_tables, table_blocks
from piplkit.track.read_pdftable import join_lines as _join
from piplkit.track.read_result import ReadResult, TrackInputError, list_starts

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|[-,]b$", re.I)
_PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s*)?\d{1,4}(?:\s*(?:/|of|-)\s*\d{1,4})?\s*$|^第\s*\d+\s*页", re.I
)
#: a line that so far holds only a list marker ("• ", "1.", "（一）")
_MARKER_ONLY = re.compile(
    r"^\s*(?:[•·▪●○◆◇■□►▶➢➤✓✔◼◾\-–—*]|\d{1,3}[.)]|[(（][一二三四五六七八九十\d]{1,3}[)）])\s*$"
)
_SENTENCE_END = re.compile(r"[.!?。！？；;:：][”\"’)\]]*\s*$")
_URI = re.compile(r"https?://\S+")
_DIGITS = re.compile(r"\d+")


@dataclass
class _Line:
    page: int
    y: float
    x: float
    size: float
    text: str = ""
    bold_chars: int = 0
    chars: int = 0
    lead_bold: str = ""
    marker_chars: int = 0  # a list marker drawn before the line's text ("• ", "1.")
    refs: list[int] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    parts: list[tuple[float, str]] = field(default_factory=list)  # (x, text) of each run

    @property
    def bold(self) -> bool:
        return self.chars > 0 and self.bold_chars >= self.chars


def pdf_blocks(data: bytes, name: str) -> ReadResult:
    """A PDF's paragraphs: PDFium's text runs when pypdfium2 is installed, else pypdf's."""
    pdfium = _pdfium()
    if pdfium is None:
        lines, pages = _pypdf_lines(data, name)
    else:
        lines, pages = _pdfium_lines(pdfium, data, name)
    if not lines:
        raise TrackInputError(f"{name}: the PDF has no text layer (a scan?)")
    lines, skipped = _drop_running(lines, pages)
    return ReadResult(_pdf_paragraphs(lines), "pdf", {}, skipped)


def _pdfium() -> ModuleType | None:
    """The PDFium reader, or None when pypdfium2 is not installed (pypdf reads the PDF)."""
    try:
        from piplkit.track import read_pdfium
    except (ImportError, AttributeError, OSError):  # not installed, or a build without a call
        return None
    return read_pdfium


def _pdfium_lines(module: ModuleType, data: bytes, name: str) -> tuple[list[_Line], int]:
    try:
        pages, links, locked = module.read(data)
    except module.ERRORS as exc:
        raise TrackInputError(f"{name}: cannot read the PDF ({type(exc).__name__})") from None
    if locked:
        raise TrackInputError(f"{name}: the PDF is encrypted")
    lines: list[_Line] = []
    for number, (chunks, page_links) in enumerate(zip(pages, links, strict=True)):
        chunks = recovered(chunks, lambda n=number: _pypdf_page_runs(data, n))  # type: ignore[misc]
        bold = {font: bool(_BOLD_FONT.search(font)) for font in {c[4] for c in chunks}}
        runs = [(y, x, text, size, bold[font]) for y, x, text, size, font in chunks]
        lines.extend(_lines(runs, page_links, number))
    return lines, len(pages)


def _pypdf_lines(data: bytes, name: str) -> tuple[list[_Line], int]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise TrackInputError(f"{name}: the PDF is encrypted")
        lines: list[_Line] = []
        for number, page in enumerate(reader.pages):
            lines.extend(_lines(_page_runs(page), _page_links(page), number))
    except TrackInputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise TrackInputError(f"{name}: cannot read the PDF ({type(exc).__name__})") from None
    return lines, len(reader.pages)


def _pypdf_page_runs(data: bytes, number: int) -> list[tuple[float, float, str, float, bool]]:
    """pypdf's runs of one page, for the text objects PDFium lost (``pdflost``); none when
    pypdf cannot read the page. pypdf's reader leaves reference cycles behind: they are
    collected here (a rare path), not charged to whatever runs next."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        runs = _page_runs(PdfReader(io.BytesIO(data)).pages[number])
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        runs = []  # (the lost text only: PDFium has read the rest)
    gc.collect(1)  # (the young generations: a full collection costs more than the read)
    return runs


_Run = tuple[float, float, str, float, bool]
_Link = tuple[tuple[float, float, float, float], str]  # ((low, high, left, right), URI)


def _page_runs(page) -> list[_Run]:  # type: ignore[no-untyped-def]
    """(baseline y, x, text, size, bold) of each text chunk pypdf's visitor reports."""
    chunks: list[_Run] = []

    def visit(text, cm, tm, font, size) -> None:  # type: ignore[no-untyped-def]
        if not text or not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(tm[3] or tm[0] or 1) * abs(cm[3] or cm[0] or 1)
        base = str(font.get("/BaseFont", "")) if font else ""
        if text.strip() == "\x7f":
            text = "• "  # pypdf reads the standard fonts' bullet glyph as DEL; PDFium as "•"
        for offset, part in enumerate(text.split("\n")):
            if part.strip():
                chunks.append(
                    (
                        y - offset * size * scale * 1.2,
                        x,
                        part,
                        size * scale,
                        bool(_BOLD_FONT.search(base)),
                    )
                )

    page.extract_text(visitor_text=visit)
    return chunks


def _lines(chunks: list[_Run], links: list[_Link], number: int) -> list[_Line]:
    """Text runs on one baseline joined into lines; raised small digits are footnote markers."""
    lines: list[_Line] = []
    for y, x, text, size, bold in chunks:
        stripped = text.strip()
        if stripped.isdigit() and len(stripped) <= 3 and lines:
            last = lines[-1]
            if size < 0.85 * last.size and -0.3 * last.size <= y - last.y <= 1.0 * last.size:
                last.refs.append(int(stripped))  # a superscript footnote marker
                continue
        # the nearest of the last three lines on this baseline (newest first)
        tolerance = 0.4 * max(size, 1)
        line = None
        for candidate in lines[:-4:-1]:
            if abs(candidate.y - y) < tolerance:
                line = candidate
                break
        if line is None:
            line = _Line(number, y, x, size)
            lines.append(line)
        elif x < line.x:
            line.x = x
        if not line.text:
            line.lead_bold = stripped if bold else ""
        elif not line.lead_bold and bold and not line.bold_chars and _MARKER_ONLY.match(line.text):
            line.lead_bold, line.marker_chars = stripped, line.chars  # "• " then a bold run-in
        elif bold and line.lead_bold and line.bold_chars + line.marker_chars == line.chars:
            line.lead_bold += text
        if line.parts and _set_apart(line.parts[-1], x, size) and not text[:1].isspace():
            line.text += "" if line.text[-1:].isspace() else " "  # as PDFium's generated space
        line.text += text
        line.parts.append((x, text))
        line.chars += len(stripped)
        line.bold_chars += len(stripped) if bold else 0
        line.size = max(line.size, size)
    for (low, high, left, end), uri in links:
        # a link belongs to the lines across its height in the column it lies in: not a line
        # when another there starts further right but not after the link starts (the next
        # column's text), nor a line that starts after the link ends
        on = [ln for ln in lines if low - 2 <= ln.y <= high + 2 and ln.x <= end + 2]
        for line in on:
            if uri not in line.links and not any(line.x < o.x <= left + 2 for o in on):
                line.links.append(uri)
    return lines


def _set_apart(previous: tuple[float, str], x: float, size: float) -> bool:
    """Whether a run starting at ``x`` stands clear of the previous run on its line (a table's
    next cell): pypdf gives no widths, so the previous run's is over-estimated (a full em per
    CJK character, 0.6 em per other one) and a run split inside a sentence never qualifies."""
    start, text = previous
    width = sum(1.0 if ord(c) >= 0x2E80 else 0.6 for c in text) * size
    return x - start > width + 0.5 * size


def _page_links(page) -> list[_Link]:  # type: ignore[no-untyped-def]
    out: list[_Link] = []
    for annot in page.get("/Annots") or []:
        try:
            obj = annot.get_object()
            action = obj.get("/A")
            uri = action.get_object().get("/URI") if action is not None else None
            rect = [float(v) for v in obj.get("/Rect")]
        except (AttributeError, TypeError, ValueError):
            continue
        if uri:
            (low, high), (left, right) = sorted(rect[1::2]), sorted(rect[0::2])
            out.append(((low, high, left, right), str(uri)))
    return out


def _drop_running(lines: list[_Line], pages: int) -> tuple[list[_Line], list[Skipped]]:
    """Running headers/footers (the same text at the top or foot of several pages) and bare
    page numbers. A repeated line inside a page's text is no running line: a digest's table of
    contents repeats its case headings word for word, two to a document (``_edge_lines``)."""
    # a line's shape (digits as "#") is needed only where several pages can repeat it
    keys = [_DIGITS.sub("#", ln.text.strip()) for ln in lines] if pages > 1 else []
    shape = Counter(keys)
    repeated = [i for i, key in enumerate(keys) if shape[key] >= 2 and len(key) < 120]
    edge = _edge_lines(lines, repeated) if repeated else set()
    on_pages: dict[str, set[int]] = {}
    for index in edge:
        on_pages.setdefault(keys[index], set()).add(lines[index].page)
    kept: list[_Line] = []
    dropped = 0
    first = ""
    for index, line in enumerate(lines):
        running = index in edge and len(on_pages[keys[index]]) >= max(2, pages // 2)
        if running or _PAGE_NUMBER.match(line.text):
            dropped += 1
            first = first or line.text.strip()
            continue
        kept.append(line)
    skipped = (
        [Skipped("page header, footer or page number", first[:100], 0, dropped)] if dropped else []
    )
    return kept, skipped


#: how many baselines at the top and at the foot of a page can hold a running header or footer
_EDGE_ROWS = 3


def _edge_lines(lines: list[_Line], candidates: list[int]) -> set[int]:
    """The ``candidates`` (indexes of repeated lines) on one of the top or bottom baselines of
    their page, where running headers and footers sit (a header of two lines, a page number
    below a footer)."""
    wanted = {lines[i].page for i in candidates}
    rows: dict[int, set[float]] = {page: set() for page in wanted}
    for line in lines:
        if line.page in rows:
            rows[line.page].add(line.y)
    bounds = {}
    for page, ys in rows.items():
        ordered = sorted(ys, reverse=True)
        high = ordered[min(_EDGE_ROWS, len(ordered)) - 1]
        low = ordered[max(0, len(ordered) - _EDGE_ROWS)]
        bounds[page] = (high, low)
    return {
        i
        for i in candidates
        if lines[i].y >= bounds[lines[i].page][0] or lines[i].y <= bounds[lines[i].page][1]
    }


def _pdf_paragraphs(lines: list[_Line]) -> list[Block]:
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.size, 1)] += line.chars
    body = sizes.most_common(1)[0][0]
    gaps = Counter(
        round(a.y - b.y, 1)
        for a, b in pairwise(lines)
        if a.page == b.page and abs(a.size - body) < 0.6 and abs(b.size - body) < 0.6 and a.y > b.y
    )
    # line spacing: the most common gap that can be one (a document of one- and two-line
    # paragraphs has more paragraph gaps than line gaps)
    line_gaps = Counter({g: n for g, n in gaps.items() if 0.9 * body <= g <= 1.7 * body})
    leading = (line_gaps or gaps).most_common(1)[0][0] if gaps else body * 1.2
    tables = {
        first: (end, rows)
        for first, end, rows in (
            find_tables(lines, _join) if any(len(ln.parts) >= 3 for ln in lines) else []
        )
    }
    groups: list[list[_Line] | list[list[str]]] = []
    skip_to = 0
    for at, line in enumerate(lines):
        if at < skip_to:
            continue
        if at in tables:
            skip_to, rows = tables[at]
            groups.append(rows)  # a table's rows of cells (see ``read_pdftable``)
            continue
        prev = groups[-1][-1] if groups else None
        if not isinstance(prev, _Line):
            prev = None
        new = prev is None
        if prev is not None:
            same_page = prev.page == line.page
            gap = prev.y - line.y if same_page else leading
            new = (
                abs(prev.size - line.size) > 0.6
                or prev.bold != line.bold
                or (same_page and (gap > 1.3 * leading * max(1.0, line.size / body) or gap < -0.5))
                or list_starts(line.text.strip())
                or (len(groups[-1]) == 1 and section_label(prev.text) and not line.text.isupper())
                or bool(line.lead_bold and not line.bold and _SENTENCE_END.search(prev.text))
                or (not same_page and bool(_SENTENCE_END.search(prev.text)))
            )
        if new:
            groups.append([line])
        else:
            groups[-1].append(line)  # type: ignore[arg-type]
    blocks: list[Block] = []
    table_no = 0
    for index, group in enumerate(groups):
        if not isinstance(group[0], _Line):
            table_no += 1
            blocks.extend(table_blocks(group, table_no, index))
            continue
        text = _join([ln.text for ln in group])
        refs = [r for ln in group for r in ln.refs]
        links = list(dict.fromkeys(u for ln in group for u in ln.links))
        size = max(ln.size for ln in group)
        heading = None
        if size >= body * 1.15:
            heading = 1 if size >= body * 1.6 else 2 if size >= body * 1.3 else 3
        elif all(ln.bold for ln in group) and len(text) < 300:
            heading = 7
        lead = group[0].lead_bold.strip()
        if heading is None and not lead and text[:1] == "【":
            lead = bracket_lead(clean(text)) or ""  # "【标题】正文" set in the body's own weight
        if heading is None and lead and not group[0].bold:
            number, style, full = (
                list_marker(clean(text)) if group[0].marker_chars else (None, None, clean(text))
            )
            marks = {"list_no": number, "marker": style} if style else {}
            split = run_in(clean(lead), full, refs=refs, links=links, line=index, **marks)
            if split is not None:
                blocks.extend(split)
                continue
        block = finish(text, heading=heading, refs=refs, links=links, line=index)
        if block is not None:
            blocks.append(block)
    return blocks
