"""Read an update document (bytes) into ``Block``s: detect the format, decode, parse.

Five formats share one output: plain text (paragraphs, list entries and table rows), Markdown
(markdown-it-py, with tables), HTML (main content by trafilatura, see ``read_html``), PDF (pypdf)
and DOCX (python-docx, see ``read_docx``). Everything format-specific, such as footnote markers
written as ``[^3]`` or ``<sup>3</sup>``, headings marked by font size or a Word style, is
resolved here, so the splitter sees only blocks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import PurePath

from charset_normalizer import from_bytes
from markdown_it import MarkdownIt
from markdown_it.token import Token

from piplkit.track.blocktext import (
    bracket_lead,
    clean,
    dash_lead,
    finish,
    headline_line,
    list_marker,
    marked,
    run_in,
)
from piplkit.track.bylines import byline
from piplkit.track.chapters import BARE
from piplkit.track.chatlines import sender_line
from piplkit.track.digesttitle import compiled_byline
from piplkit.track.model import Block
from piplkit.track.ownlines import own_line
from piplkit.track.quoted import unquoted
from piplkit.track.read_result import ReadResult as ReadResult
from piplkit.track.read_result import TrackInputError as TrackInputError
from piplkit.track.read_result import list_starts as list_starts
from piplkit.track.slottitles import leader_line
from piplkit.track.textrows import bar_rows

_HTML_SNIFF = re.compile(r"<!doctype html|<html[\s>]|<body[\s>]|<(?:p|h[1-6]|div|li)[\s>]", re.I)
_MD_SNIFF = re.compile(
    r"^(?:#{1,6}\s+\S|\s*[-*+]\s+\*\*|\[\^\d+\]:|\*\*[^*\n]+\*\*\s*$|\|(?:\s*:?-{3,}:?\s*\|)+\s*$)",
    re.M,
)
_MD_LINK = re.compile(r"\[[^\]\n]+\]\(https?://[^)\s]+\)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20)])


def decode(data: bytes, name: str) -> str:
    """Bytes to text; raise ``TrackInputError`` for empty, binary or undecodable input."""
    if not data.strip():
        raise TrackInputError(f"{name}: the file is empty")
    head = data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise TrackInputError(f"{name}: looks like a binary file, not an update text")
    utf8 = True
    try:
        # the "utf-8-sig" codec is looked up and run through a Python wrapper on every call;
        # stripping the byte-order mark here gives the same text with the C decoder alone
        text = (data[3:] if data.startswith(b"\xef\xbb\xbf") else data).decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise TrackInputError(f"{name}: cannot decode the text (unknown encoding)") from None
        text = str(best)
        utf8 = False
    # UTF-8 writes a control character as its own byte and never uses such a byte inside a
    # multi-byte character: bytes without any need no character scan (a tenth of the cost)
    clean_bytes = utf8 and len(data.translate(None, _CONTROL_BYTES)) == len(data)
    controls = 0 if clean_bytes else len(_CONTROL.findall(text, 0, 8192))
    if controls > max(8, len(text[:8192]) // 100):
        raise TrackInputError(f"{name}: looks like a binary file, not an update text")
    if not text.strip():
        raise TrackInputError(f"{name}: the file is empty")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def binary_format(data: bytes, name: str) -> str | None:
    """``pdf`` or ``docx`` when the bytes are one (by signature, then extension), else None."""
    suffix = PurePath(name).suffix.lower()
    if data[:5] == b"%PDF-" or (suffix == ".pdf" and b"%PDF-" in data[:1024]):
        return "pdf"
    if data[:4] == b"PK\x03\x04" and (suffix == ".docx" or b"word/" in data[:4096]):
        return "docx"
    return None


def detect_layout(text: str, name: str = "") -> str:
    """``html``, ``markdown`` or ``text``: by file extension first, then by content."""
    suffix = PurePath(name).suffix.lower()
    if suffix in {".html", ".htm", ".xhtml"}:
        return "html"
    if suffix in {".md", ".markdown"}:
        return "markdown"
    head = text[:20000]
    if _HTML_SNIFF.search(head) and head.count("<") > 4:
        return "html"
    if len(_MD_SNIFF.findall(head)) >= 2 or len(_MD_LINK.findall(head)) >= 2:
        return "markdown"
    return "text"


def read_document(data: bytes | str, name: str) -> ReadResult:
    """Any supported document to blocks (raises ``TrackInputError`` on unreadable input)."""
    if isinstance(data, bytes):
        kind = binary_format(data, name)
        if kind is not None:
            from piplkit.track import read_binary, read_docx

            reader = read_binary.pdf_blocks if kind == "pdf" else read_docx.docx_blocks
            return reader(data, name)
        text = decode(data, name)
    else:
        text = data
    if not text.strip():
        raise TrackInputError(f"{name}: the file is empty")
    layout = detect_layout(text, name)
    if layout == "html":
        from piplkit.track.read_html import html_document

        return html_document(text)
    blocks = markdown_blocks(text) if layout == "markdown" else text_blocks(unquoted(text))
    return ReadResult(blocks, layout)


def read_blocks(text: str, layout: str) -> list[Block]:
    """Blocks of text already decoded, in a layout already known (tests and callers of old)."""
    if layout == "html":
        from piplkit.track.read_html import html_document

        return html_document(text).blocks
    return markdown_blocks(text) if layout == "markdown" else text_blocks(text)


# --- plain text -------------------------------------------------------------------------------

_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$")
_SENTENCE_END = re.compile(r"[.!?。！？；;][”\"’)\]]*\d{0,3}\s*$")
_STARTS_ENTRY = re.compile(
    r"^\s*(?:(?:On|In|From|Since)\s+(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+\d|"
    r"(?:19|20)\d{2}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日|近日|日前)"
)


_WIDE = re.compile(r"[\u2e80-\uffff]")


def _width(line: str) -> int:
    """Display width: a CJK character is two columns."""
    if line.isascii():
        return len(line)
    return len(line) + len(_WIDE.findall(line))


def _row_cells(line: str) -> list[str]:
    if "\t" in line.strip():
        return [clean(c) for c in line.strip().split("\t")]
    return [clean(c) for c in line.strip().strip("|").split("|")]


def _is_table_line(line: str) -> bool:
    return bool(_PIPE_ROW.match(line)) or line.strip().count("\t") >= 2


def _paragraphs(group: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines of one blank-line separated group joined into paragraphs.

    A group of long lines (over 150 characters) is one paragraph per line: such text was not
    hard-wrapped. In hard-wrapped text a line break is a soft wrap when the line before fills
    most of the width; a short line ends its paragraph (a headline right above its body, the
    last line of a paragraph). A line that starts a list entry always starts a new paragraph.
    """
    widths = [_width(ln.strip()) for _, ln in group]
    # a run of lines that open with a time stamp ("0:00 Intro", "1:05 On Monday, …"): one
    # chapter a line (chapters)
    stamped = sum(1 for _, ln in group if ln[:1].isdigit() and BARE.match(ln)) >= 2
    widest = max(widths)
    unwrapped = widest > 150 * (2 if _width(group[0][1]) > len(group[0][1]) * 1.5 else 1)
    out: list[tuple[int, list[str]]] = []
    for index, (number, line) in enumerate(group):
        stripped = line.strip()
        new = not out or unwrapped
        if not new:
            prev_width = widths[index - 1]
            prev = group[index - 1][1].strip()
            if (
                list_starts(stripped)
                or prev_width < 0.72 * widest
                or own_line(stripped, prev)
                or (_SENTENCE_END.search(prev) and _STARTS_ENTRY.match(stripped))
                or sender_line(prev)  # a chat message under its sender's line (chatlines)
                or sender_line(stripped)
                or compiled_byline(prev)  # a digest's byline is a line of its own (digesttitle)
                or leader_line(prev)  # "…。………… 2301": a contents entry, one line (slottitles)
                or byline(stripped)  # so is a page's byline under its headline (bylines)
                or (stamped and BARE.match(stripped) is not None)
            ):
                new = True
        if new:
            out.append((number, [stripped]))
        else:
            out[-1][1].append(stripped)
    joined = []
    for number, parts in out:
        text = parts[0]
        for part in parts[1:]:
            cjk_join = text and ord(text[-1]) > 0x2E80 and ord(part[0]) > 0x2E80
            text = text + part if cjk_join else text + " " + part
        joined.append((number, text))
    return joined


#: a rule drawn with one repeated character ("=====", "-----"): a separator, like a blank line
_RULE_LINE = re.compile(r"^\s*(?:([=\-_*~#+])\1{2,}|--)\s*$")  # "--": an e-mail signature's
_RULE_CHARS = frozenset("=-_*~#+")
#: a bracketed reference number after the text it supports ("… 1 January 2026 [1].")
_TEXT_REF = re.compile(r"(?<=\S)\s?\[(\d{1,3})\](?![(:\]])")


def _dash_entry(paragraph: str, line: int) -> list[Block] | None:
    """A list entry "• Title — text." as its run-in headline and its body, as ``run_in``
    splits "- **Title** — text." in Markdown; None for any other paragraph."""
    if "—" not in paragraph and "–" not in paragraph:
        return None
    number, style, body = list_marker(clean(paragraph))
    head = dash_lead(body) if style is not None else None
    if head is None:
        return None
    text, refs = marked(body)
    return run_in(head, text, refs=refs, links=[], line=line, list_no=number, marker=style)


def text_blocks(text: str) -> list[Block]:
    """Paragraphs (hard wraps joined), list entries and table rows of plain text.

    A line drawn with one repeated character ("=====", "-----") separates paragraphs, so a
    short line between two rules is a heading of its own. A bracketed number after text
    ("… in damages [6].") is a footnote marker, as ``[^6]`` is in Markdown: plain-text e-mail
    newsletters resolve it in a numbered list of links ("[6] https://…")."""
    blocks: list[Block] = []
    group: list[tuple[int, str]] = []
    tables = 0

    def flush() -> None:
        nonlocal tables
        if not group:
            return
        table_lines = [ln for _, ln in group if _is_table_line(ln) or _PIPE_RULE.match(ln)]
        if len(table_lines) >= 2 and len(table_lines) >= 0.8 * len(group):
            tables += 1
            rows = [(n, ln) for n, ln in group if not _PIPE_RULE.match(ln)]
            ruled = any(_PIPE_RULE.match(ln) for _, ln in group[1:3])
            for index, (number, line) in enumerate(rows):
                cells = _row_cells(line)
                block = finish(
                    " | ".join(c for c in cells if c),
                    cells=cells,
                    table=tables,
                    header=index == 0 and (ruled or "\t" in line),
                    line=number,
                )
                if block is not None:
                    blocks.append(block)
        elif (barred := bar_rows([ln for _, ln in group])) is not None:
            tables += 1  # "Date | Authority | Subject" over its rows, no outer bars (textrows)
            for index, ((number, _), cells) in enumerate(zip(group, barred, strict=True)):
                block = finish(
                    " | ".join(c for c in cells if c),
                    cells=cells,
                    table=tables,
                    header=index == 0,
                    line=number,
                )
                if block is not None:
                    blocks.append(block)
        else:
            for number, paragraph in _paragraphs(group):
                if "[" in paragraph:
                    paragraph = _TEXT_REF.sub(r"[^\1]", paragraph)
                head = bracket_lead(paragraph) if paragraph[:1] == "【" else None
                if head is not None:  # "【标题】正文": a bracketed run-in headline and its body
                    body, refs = marked(paragraph)
                    split = run_in(head.strip(), body, refs=refs, links=[], line=number)
                    if split is not None:
                        blocks.extend(split)
                        continue
                split = _dash_entry(paragraph, number)
                if split is not None:  # "• Title — The CAC published …": a run-in headline
                    blocks.extend(split)
                    continue
                block = finish(paragraph, line=number)
                if block is not None:
                    blocks.append(block)
        group.clear()

    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.lstrip()
        if stripped and not (stripped[0] in _RULE_CHARS and _RULE_LINE.match(line)):
            group.append((number, line))
        else:
            flush()
    flush()
    return blocks


# --- Markdown ---------------------------------------------------------------------------------

_MD_REF_DEF = re.compile(r"^\[(\d{1,3})\]:[ \t]*", re.M)
_MD_REF_USE = re.compile(r"\[(\d{1,3})\](?![(:])")
_MD_FN_DEF = re.compile(r"\n*^\[\^(\d{1,3})\]:", re.M)
_MD_FN_USE = re.compile(r"\[\^(\d{1,3})\](?!:)")


def _md_escaped(text: str) -> str:
    """Footnotes are not CommonMark: numbered references become ``[^3]``, escaped so that
    markdown-it does not read "[^3]: url" as a link reference definition, and every
    definition gets a paragraph of its own."""
    if "]:" in text:  # (the definition patterns try every line; most texts have none)
        text = _MD_REF_DEF.sub(lambda m: f"[^{m.group(1)}]: ", text)
    text = _MD_REF_USE.sub(lambda m: f"[^{m.group(1)}]", text)
    # both footnote patterns need a "[^" (and ``re`` prepares a template on every ``sub``,
    # match or no match)
    if "[^" not in text:
        return text
    if "]:" in text:
        text = _MD_FN_DEF.sub(r"\n\n\\[^\1]:", text)
    return _MD_FN_USE.sub(r"\\[^\1]", text)


def _fast_markdown() -> Callable[[str], list[Block] | None] | None:
    """The Rust-backed Markdown reader (``read_markdown.blocks``), or None without markdown-it-pyrs:
    markdown-it-py then parses every document."""
    try:
        from piplkit.track import read_markdown
    except ImportError:
        return None
    return read_markdown.blocks


@cache
def _markdown_parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def markdown_blocks(text: str) -> list[Block]:
    """Markdown via markdown-it: headings keep their level, list items their ordinal and depth,
    table rows their cells."""
    text = _md_escaped(text)
    fast = _fast_markdown()
    if fast is not None:
        found = fast(text)
        if found is not None:
            return found
    tokens = _markdown_parser().parse(text)
    blocks: list[Block] = []
    heading: int | None = None
    lists: list[list[int | None]] = []  # per open list: [next ordinal or None for bullets]
    pending: tuple[int | None, str, int] | None = None
    row: list[str] | None = None
    row_links: list[str] = []
    in_head = False
    tables = 0
    for tok in tokens:
        kind = tok.type
        if kind == "heading_open":
            heading = int(tok.tag[1])
        elif kind == "heading_close":
            heading = None
        elif kind in {"ordered_list_open", "bullet_list_open"}:
            start = tok.attrGet("start")
            ordered = kind == "ordered_list_open"
            lists.append([int(start) if ordered and start else 1 if ordered else None])
        elif kind in {"ordered_list_close", "bullet_list_close"}:
            lists.pop()
        elif kind == "list_item_open" and lists:
            current = lists[-1][0]
            style = "ol" if current is not None else "ul"
            pending = (current, style, len(lists) - 1)
            if current is not None:
                lists[-1][0] = current + 1
        elif kind == "table_open":
            tables += 1
        elif kind == "thead_open":
            in_head = True
        elif kind == "thead_close":
            in_head = False
        elif kind == "tr_open":
            row, row_links = [], []
        elif kind == "tr_close" and row is not None:
            block = finish(
                " | ".join(c for c in row if c),
                cells=row,
                table=tables,
                header=in_head,
                links=row_links,
                line=(tok.map[0] + 1) if tok.map else 0,
            )
            if block is not None:
                blocks.append(block)
            row = None
        elif kind == "inline":
            line = (tok.map[0] + 1) if tok.map else 0
            if row is not None:
                cell_text, cell_links = _md_text(tok)
                row.append(clean(cell_text))
                row_links.extend(cell_links)
                continue
            blocks.extend(_md_inline(tok, heading, pending, line))
            pending = None
    return blocks


def _md_text(tok: Token) -> tuple[str, list[str]]:
    parts: list[str] = []
    links: list[str] = []
    for child in tok.children or []:
        if child.type == "link_open":
            href = child.attrGet("href")
            if isinstance(href, str) and href.startswith(("http://", "https://")):
                links.append(href)
        elif child.type in {"text", "code_inline"}:
            parts.append(child.content)
        elif child.type in {"softbreak", "hardbreak"}:
            parts.append(" ")
    return "".join(parts), links


def _md_inline(
    tok: Token,
    heading: int | None,
    item: tuple[int | None, str, int] | None,
    line: int,
) -> list[Block]:
    parts: list[str] = []
    links: list[str] = []
    bold_prefix: str | None = None
    first_break: int | None = None  # index in ``parts`` of the first line break
    depth = 0
    leading = True  # nothing but whitespace seen so far
    for child in tok.children or []:
        if child.type == "strong_open":
            if leading and depth == 0:
                bold_prefix = ""
            depth += 1
        elif child.type == "strong_close":
            depth -= 1
            if bold_prefix == "" and depth == 0:
                bold_prefix = "".join(parts)
        elif child.type == "link_open":
            href = child.attrGet("href")
            if isinstance(href, str) and href.startswith(("http://", "https://")):
                links.append(href)
        elif child.type in {"text", "code_inline"}:
            parts.append(child.content)
        elif child.type in {"softbreak", "hardbreak"}:
            if first_break is None:
                first_break = len(parts)
            parts.append(" ")
        if child.type != "strong_open" and (child.content or "").strip():
            leading = False
    full, refs = marked(clean("".join(parts)))
    if not full:
        return []
    extra: dict[str, object] = {}
    if item is not None:
        extra = {"list_no": item[0], "marker": item[1], "depth": item[2]}
    if heading is None and first_break is not None:
        split = headline_line(
            parts, first_break, listed=item is not None, links=links, line=line, **extra
        )
        if split is not None:
            return split
    if heading is None and bold_prefix:
        head, _ = marked(clean(bold_prefix))
        split = run_in(head, full, refs=refs, links=links, line=line, **extra)
        if split is not None:
            return split
    block = finish(full, heading=heading, refs=refs, links=links, line=line, **extra)
    return [block] if block is not None else []
