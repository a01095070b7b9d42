"""Read an update document (bytes) into ``Block``s: decode, detect the layout, parse it.

Three layouts share one output: plain text (blank-line separated paragraphs), Markdown (parsed
with markdown-it-py) and HTML (parsed with selectolax). Everything format-specific, such as
footnote markers written as ``[^3]`` or ``<sup>3</sup>``, is resolved here.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from charset_normalizer import from_bytes
from markdown_it import MarkdownIt
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from piplkit.track.model import Block


class TrackInputError(ValueError):
    """The input is not an update document the tracker can read (empty, binary, undecodable)."""


_HTML_SNIFF = re.compile(r"<!doctype html|<html[\s>]|<body[\s>]|<(?:p|h[1-6]|div|li)[\s>]", re.I)
_MD_SNIFF = re.compile(r"^(?:#{1,6}\s+\S|\s*[-*+]\s+\*\*|\[\^\d+\]:|\*\*[^*\n]+\*\*\s*$)", re.M)
_MD_LINK = re.compile(r"\[[^\]\n]+\]\(https?://[^)\s]+\)")
_LIST_NO = re.compile(
    r"^\s*(?:(\d{1,3})[.)、]|\((\d{1,3})\)|([一二三四五六七八九十]{1,3})、)\s*(?=\S)"
)
_ZH_NUM = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}
_FN_MARK = re.compile(r"\[\^(\d{1,3})\]")
_BLOCK_TAGS = "h1,h2,h3,h4,h5,h6,p,li,dt,dd,blockquote,pre,td,th,div,section,article,figcaption"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_WS = re.compile(r"[ \t\u00a0\u3000]+")


def decode(data: bytes, name: str) -> str:
    """Bytes to text; raise ``TrackInputError`` for empty, binary or undecodable input."""
    if not data.strip():
        raise TrackInputError(f"{name}: the file is empty")
    head = data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise TrackInputError(f"{name}: looks like a binary file, not an update text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise TrackInputError(f"{name}: cannot decode the text (unknown encoding)") from None
        text = str(best)
    controls = len(_CONTROL.findall(text, 0, 8192))
    if controls > max(8, len(text[:8192]) // 100):
        raise TrackInputError(f"{name}: looks like a binary file, not an update text")
    if not text.strip():
        raise TrackInputError(f"{name}: the file is empty")
    return text.replace("\r\n", "\n").replace("\r", "\n")


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


def read_blocks(text: str, layout: str) -> list[Block]:
    if layout == "html":
        return html_blocks(text)
    if layout == "markdown":
        return markdown_blocks(text)
    return text_blocks(text)


def _clean(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _list_number(text: str) -> tuple[int | None, str]:
    m = _LIST_NO.match(text)
    if not m:
        return None, text
    raw = m.group(1) or m.group(2) or m.group(3)
    number = int(raw) if raw.isdigit() else _ZH_NUM.get(raw[-1], 0) + (10 if len(raw) > 1 else 0)
    return number, text[m.end() :]


_FN_DEF = re.compile(r"^\[\^(\d{1,3})\]:\s*")


def _marked(text: str) -> tuple[str, list[int]]:
    """Strip explicit ``[^N]`` footnote markers, returning them as numbers.

    A footnote definition (``[^3]: https://...``) becomes a numbered source line ``3 https://...``.
    """
    definition = _FN_DEF.match(text)
    if definition:
        return f"{definition.group(1)} {text[definition.end() :]}", []
    refs = [int(n) for n in _FN_MARK.findall(text)]
    return (_FN_MARK.sub("", text) if refs else text), refs


# --- plain text -------------------------------------------------------------------------------


def _looks_like_headline(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and len(stripped) <= 250 and not stripped.endswith((".", "。", ":", ";"))


def text_blocks(text: str) -> list[Block]:
    """Blank-line separated paragraphs; a hard-wrapped paragraph is joined back into one block.

    A group whose first line looks like a headline and whose following lines form a paragraph is
    split into two blocks, because some newsletters put the body right under the headline.
    """
    blocks: list[Block] = []
    group: list[tuple[int, str]] = []

    def flush() -> None:
        if not group:
            return
        lines = [ln for _, ln in group]
        first_line = group[0][0]
        parts: list[tuple[int, str]]
        if len(lines) == 1:
            parts = [(first_line, lines[0])]
        elif (
            _looks_like_headline(lines[0])
            and len(lines[1].strip()) > 0
            and (len(lines[0]) < 0.8 * max(len(ln) for ln in lines[1:]) or len(lines) == 2)
        ):
            parts = [(first_line, lines[0]), (group[1][0], " ".join(s.strip() for s in lines[1:]))]
        else:
            parts = [(first_line, " ".join(s.strip() for s in lines))]
        for line_no, raw in parts:
            number, rest = _list_number(raw)
            cleaned, refs = _marked(_clean(rest))
            if cleaned:
                blocks.append(Block(cleaned, list_no=number, refs=refs, line=line_no))
        group.clear()

    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            group.append((number, line))
        else:
            flush()
    flush()
    return blocks


# --- Markdown ---------------------------------------------------------------------------------

_MD_REF_DEF = re.compile(r"^\[(\d{1,3})\]:[ \t]*", re.M)
_MD_REF_USE = re.compile(r"\[(\d{1,3})\](?![(:])")


def markdown_blocks(text: str) -> list[Block]:
    """Markdown via markdown-it: headings keep their level, list items their ordinal."""
    text = _MD_REF_DEF.sub(lambda m: f"[^{m.group(1)}]: ", text)
    text = _MD_REF_USE.sub(lambda m: f"[^{m.group(1)}]", text)
    # Footnotes are not CommonMark: keep markdown-it from reading "[^3]: url" as a link
    # reference definition, and give every definition a paragraph of its own.
    text = re.sub(r"\n*^\[\^(\d{1,3})\]:", r"\n\n\\[^\1]:", text, flags=re.M)
    text = re.sub(r"\[\^(\d{1,3})\](?!:)", r"\\[^\1]", text)
    tokens = MarkdownIt("commonmark").parse(text)
    blocks: list[Block] = []
    heading: int | None = None
    ordinals: list[int | None] = []
    counters: list[int] = []
    pending_item: int | None = None
    for tok in tokens:
        if tok.type == "heading_open":
            heading = int(tok.tag[1])
        elif tok.type == "heading_close":
            heading = None
        elif tok.type in {"ordered_list_open", "bullet_list_open"}:
            start = tok.attrGet("start")
            ordered = tok.type == "ordered_list_open"
            ordinals.append(1 if ordered else None)
            counters.append(int(start) if ordered and start else 1)
        elif tok.type in {"ordered_list_close", "bullet_list_close"}:
            ordinals.pop()
            counters.pop()
        elif tok.type == "list_item_open":
            if ordinals and ordinals[-1] is not None:
                pending_item = counters[-1]
                counters[-1] += 1
        elif tok.type == "inline":
            line = (tok.map[0] + 1) if tok.map else 0
            blocks.extend(_md_inline(tok, heading, pending_item, line))
            pending_item = None
    return blocks


def _md_inline(tok, heading: int | None, list_no: int | None, line: int) -> list[Block]:  # type: ignore[no-untyped-def]
    parts: list[str] = []
    links: list[str] = []
    bold_prefix: str | None = None
    depth = 0
    children = tok.children or []
    leading = True  # nothing but whitespace seen so far
    for child in children:
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
            parts.append(" ")
        if child.type != "strong_open" and (child.content or "").strip():
            leading = False
    full, refs = _marked(_clean("".join(parts)))
    if not full:
        return []
    if heading is None and bold_prefix:
        head, _ = _marked(_clean(bold_prefix))
        rest = _clean(full[len(head) :].lstrip(" -–—:："))
        if not rest:
            return [Block(full, heading=7, list_no=list_no, refs=refs, links=links, line=line)]
        if len(head.split()) >= 3 or len(head) >= 8:
            return [
                Block(head, heading=7, list_no=list_no, line=line),
                Block(rest, refs=refs, links=links, line=line),
            ]
    number = list_no
    if heading is None and number is None:
        number, full = _list_number(full)
    return [Block(full, heading=heading, list_no=number, refs=refs, links=links, line=line)]


# --- HTML -------------------------------------------------------------------------------------

_REF_TEXT = re.compile(r"^\[?(\d{1,3})\]?$")


def html_blocks(text: str) -> list[Block]:
    """Leaf block elements of an HTML page, in document order (selectolax)."""
    tree = HTMLParser(text)
    tree.strip_tags(["script", "style", "noscript", "template", "svg", "nav"])
    root = tree.body or tree.root
    if root is None:
        return []
    blocks: list[Block] = []
    for index, node in enumerate(root.css(_BLOCK_TAGS)):
        inner = _BLOCK_TAGS if node.tag != "li" else "p,div,li"
        if any(child.mem_id != node.mem_id for child in node.css(inner)):
            continue  # not a leaf block: its inner blocks are visited on their own
        blocks.extend(_html_node(node, index))
    return blocks


def _li_number(node: Node) -> int | None:
    parent = node.parent
    if node.tag != "li" or parent is None or parent.tag != "ol":
        return None
    start = int(parent.attributes.get("start") or 1)
    position = 0
    for sibling in parent.iter():
        if sibling.tag == "li":
            if sibling.mem_id == node.mem_id:
                return start + position
            position += 1
    return None


def _html_node(node: Node, index: int) -> list[Block]:
    refs: list[int] = []
    for marker in node.css("sup, a[href^='#']"):
        m = _REF_TEXT.match((marker.text() or "").strip())
        if m:
            refs.append(int(m.group(1)))
            marker.decompose()
    links = [
        a.attributes.get("href") or ""
        for a in node.css("a[href]")
        if (a.attributes.get("href") or "").startswith(("http://", "https://"))
    ]
    full = _clean(node.text(separator=" "))
    full = re.sub(r"\s+([,.;:!?)])", r"\1", full)
    full, more = _marked(full)
    refs += more
    if not full:
        return []
    heading = int(node.tag[1]) if node.tag in {"h1", "h2", "h3", "h4", "h5", "h6"} else None
    list_no = _li_number(node)
    bold = node.css_first("strong, b")
    if heading is None and bold is not None:
        head = _clean(bold.text(separator=" "))
        if head and full.startswith(head):
            rest = _clean(full[len(head) :].lstrip(" -–—:："))
            if not rest:
                heading = 7
            elif len(head.split()) >= 3 or len(head) >= 8:
                return [
                    Block(head, heading=7, list_no=list_no, line=index),
                    Block(rest, refs=refs, links=links, line=index),
                ]
    if heading is None and list_no is None:
        list_no, full = _list_number(full)
    return [Block(full, heading=heading, list_no=list_no, refs=refs, links=links, line=index)]
