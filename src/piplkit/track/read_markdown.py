"""Markdown to ``Block``s through markdown-it-pyrs (markdown-it.rs, a Rust CommonMark parser).

markdown-it-py, the reader's parser otherwise, runs its block and inline rules in Python and
takes a third of a Markdown newsletter's processing time; the Rust port parses the same
CommonMark (with tables) about ten times faster. This module walks the Rust parser's tree and
produces exactly the blocks ``readers.markdown_blocks`` builds from markdown-it-py's tokens:
heading levels, list ordinals and depths, table cells, bold run-in headlines, links and line
numbers.

Where the two parsers are not known to agree, ``blocks`` returns None and the caller parses the
document with markdown-it-py: a node type this walk does not know, a table row whose cell count
differs from its header's (markdown-it-py pads or cuts rows), a block quote (lazy continuation
lines after one are read differently in a few cases), and a link with a scheme markdown-it-py
refuses to link (``javascript:`` and the like).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from itertools import accumulate
from typing import Any

from markdown_it import MarkdownIt as PyMarkdownIt
from markdown_it_pyrs import MarkdownIt

from piplkit.track.blocktext import clean, finish, headline_line, marked, run_in
from piplkit.track.model import Block

_INLINE = frozenset(
    {
        "text",
        "text_special",
        "strong",
        "em",
        "link",
        "autolink",
        "code_inline",
        "html_inline",
        "image",
        "softbreak",
        "hardbreak",
    }
)
#: a block quote is walked only when it is paragraphs whose every line opens with ">": where a
#: line after a quote may lazily continue it, the two parsers disagree on a few inputs (a list
#: marker other than "1." right after quoted text)
_CONTAINERS = frozenset({"root"})
_QUOTED_LINE = re.compile(rb"^ {0,3}>")
#: blocks that give no text (a link reference definition is consumed by the parser)
_SKIPPED = frozenset({"code_block", "fence", "html_block", "hr", "definition"})
#: schemes markdown-it-py will not make a link of (its ``validateLink``)
#: a line with a "|" right above one that can be a table's delimiter row ("|---|:--:|",
#: "--- | ---", "---")
_PIPE_OVER_DELIMITER = re.compile(
    r"^.*\|.*\n[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$", re.M
)
_BAD_SCHEME = re.compile(r"^\s*(?:vbscript|javascript|file|data):", re.I)
_GOOD_DATA = re.compile(r"^\s*data:image/(?:gif|png|jpeg|webp);", re.I)


#: deeper lists or inline markup than this are left to markdown-it-py, which caps nesting
_MAX_NESTING = 12


class _Unsupported(Exception):
    """The tree holds something the walk does not reproduce exactly."""


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


#: a web address markdown-it-py's link normaliser returns unchanged: lower-case scheme and
#: host, then only characters it does not percent-encode (and complete escapes); the
#: normaliser, which parses and re-assembles the address in Python, costs 50-100 us a link
_PLAIN_URL = re.compile(
    r"https?://[a-z0-9.\-]+(?::\d{1,5})?"
    r"(?:[/?#](?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#]|%[0-9A-Fa-f]{2})*)?"
)


@cache
def _normalize_link() -> Any:
    """markdown-it-py's link normaliser (percent-encoding, punycode host), for the same hrefs."""
    return PyMarkdownIt("commonmark").normalizeLink


def blocks(text: str) -> list[Block] | None:
    """The blocks of a Markdown text (footnotes already escaped by the caller), or None."""
    try:
        tree = _parser().tree(text)
    except BaseException as exc:  # a Rust panic arrives as pyo3's PanicException
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        return None
    data = text.encode("utf-8")
    # the byte offset after every line break (cumulative line lengths: no match object per line)
    line_starts = list(accumulate((len(line) + 1 for line in data.split(b"\n")[:-1]), initial=0))
    walk = _Walk(line_starts)
    walk.data = data
    try:
        walk.container(tree)
    except (_Unsupported, KeyError, TypeError, ValueError, AttributeError, RecursionError):
        return None
    if walk.piped and any(
        text.count("\n", 0, m.start()) + 1 not in walk.table_lines
        for m in _PIPE_OVER_DELIMITER.finditer(text)
    ):
        return None  # a piped line over a "---" line read as text: a table to markdown-it-py
    return walk.blocks


class _Walk:
    def __init__(self, line_starts: list[int]) -> None:
        self.line_starts = line_starts
        self.data = b""  # the text's bytes (``blocks`` sets them): a quote's lines are read
        self.blocks: list[Block] = []
        self.lists: list[list[int | None]] = []  # per open list: next ordinal, None for bullets
        self.pending: tuple[int | None, str, int] | None = None
        self.tables = 0
        #: 1-based first lines of the tables this walk read (a real table's header over its
        #: delimiter row is no sign of a disagreement, even where a paragraph has a "|")
        self.table_lines: set[int] = set()
        #: a paragraph or heading (not a table cell) has a "|" in its text
        self.piped = False

    def plain_quote(self, node: Any) -> bool:
        """A block quote of paragraphs only, each of its lines marked ">" (none lazy), as a
        page's intro or disclaimer is quoted ("> Auto-compiled from regulators' sites …")."""
        if not node.srcmap or any(c.name != "paragraph" for c in node.children):
            return False
        lines = self.data[node.srcmap[0] : node.srcmap[1]].split(b"\n")
        return all(_QUOTED_LINE.match(ln) for ln in lines if ln.strip())

    def line(self, node: Any) -> int:
        """1-based line of a node's first byte (``srcmap`` holds byte offsets)."""
        return bisect_right(self.line_starts, node.srcmap[0]) if node.srcmap else 0

    def container(self, node: Any) -> None:
        run: list[Any] = []
        for child in node.children:
            name = child.name
            if name in _INLINE:
                run.append(child)
                continue
            if run:
                self.inline(run, None)
                run = []
            if name == "paragraph":
                self.inline(child.children, None, child)
            elif name in {"heading", "lheading"}:
                self.inline(child.children, int(child.meta["level"]), child)
            elif name in {"bullet_list", "ordered_list"}:
                self.listing(child)
            elif name == "table":
                self.table(child)
            elif name in _CONTAINERS or (name == "blockquote" and self.plain_quote(child)):
                self.container(child)
            elif name not in _SKIPPED:
                raise _Unsupported(name)
        if run:
            self.inline(run, None)

    def listing(self, node: Any) -> None:
        if len(self.lists) >= _MAX_NESTING:
            raise _Unsupported("nesting")  # markdown-it-py stops nesting at 20 levels
        ordered = node.name == "ordered_list"
        start = node.meta.get("start") if ordered else None
        self.lists.append([int(start) if start else 1 if ordered else None])
        for item in node.children:
            if item.name != "list_item":
                raise _Unsupported(item.name)
            current = self.lists[-1][0]
            self.pending = (current, "ol" if current is not None else "ul", len(self.lists) - 1)
            if current is not None:
                self.lists[-1][0] = current + 1
            self.container(item)
        self.lists.pop()

    def table(self, node: Any) -> None:
        self.tables += 1
        self.table_lines.add(self.line(node))
        width: int | None = None
        for section in node.children:
            if section.name not in {"thead", "tbody"}:
                raise _Unsupported(section.name)
            for row in section.children:
                if row.name != "trow":
                    raise _Unsupported(row.name)
                if width is None:
                    width = len(row.children)
                elif len(row.children) != width:
                    raise _Unsupported("ragged table")
                cells: list[str] = []
                links: list[str] = []
                for cell in row.children:
                    if cell.name != "tcell":
                        raise _Unsupported(cell.name)
                    parts: list[str] = []
                    for kind, piece in _events(cell.children):
                        if kind == "link":
                            if piece.startswith(("http://", "https://")):
                                links.append(piece)
                        elif kind in {"text", "break"}:
                            parts.append(piece)
                    cells.append(clean("".join(parts)))
                # markdown-it-py's closing row token has no line map: the row's line is 0
                block = finish(
                    " | ".join(c for c in cells if c),
                    cells=cells,
                    table=self.tables,
                    header=section.name == "thead",
                    links=links,
                    line=0,
                )
                if block is not None:
                    self.blocks.append(block)

    def inline(self, nodes: list[Any], heading: int | None, owner: Any = None) -> None:
        """One paragraph's or heading's inline content, as ``readers._md_inline`` reads it."""
        item, self.pending = self.pending, None
        line = self.line(owner if owner is not None else nodes[0]) if (owner or nodes) else 0
        parts: list[str] = []
        links: list[str] = []
        bold_prefix: str | None = None
        first_break: int | None = None  # index in ``parts`` of the first line break
        depth = 0
        leading = True
        for kind, piece in _events(nodes):
            if kind == "strong_open":
                if leading and depth == 0:
                    bold_prefix = ""
                depth += 1
                continue
            if kind == "strong_close":
                depth -= 1
                if bold_prefix == "" and depth == 0:
                    bold_prefix = "".join(parts)
            elif kind == "link":
                if piece.startswith(("http://", "https://")):
                    links.append(piece)
                continue  # a link's opening token has no content of its own
            elif kind == "break":
                if first_break is None:
                    first_break = len(parts)
                parts.append(piece)
            elif kind == "text":
                parts.append(piece)
            if piece.strip():
                leading = False
        full, refs = marked(clean("".join(parts)))
        if not full:
            return
        if "|" in full:
            self.piped = True
        extra: dict[str, object] = {}
        if item is not None:
            extra = {"list_no": item[0], "marker": item[1], "depth": item[2]}
        if heading is None and first_break is not None:
            split = headline_line(
                parts, first_break, listed=item is not None, links=links, line=line, **extra
            )
            if split is not None:
                self.blocks.extend(split)
                return
        if heading is None and bold_prefix:
            head, _ = marked(clean(bold_prefix))
            split = run_in(head, full, refs=refs, links=links, line=line, **extra)
            if split is not None:
                self.blocks.extend(split)
                return
        block = finish(full, heading=heading, refs=refs, links=links, line=line, **extra)
        if block is not None:
            self.blocks.append(block)


def _events(nodes: list[Any], depth: int = 0) -> list[tuple[str, str]]:
    """markdown-it-py's flat inline token stream, as (kind, text) pairs: ``text`` (text, code),
    ``break`` (a line break, as a space), ``strong_open``/``strong_close``, ``link`` (the href),
    ``other`` (content that counts only as "something was written": inline HTML, an image's
    alt text)."""
    if depth > _MAX_NESTING:
        raise _Unsupported("nesting")
    out: list[tuple[str, str]] = []
    for node in nodes:
        name = node.name
        if name in {"text", "text_special"}:
            out.append(("text", node.meta.get("content", "")))
        elif name in {"softbreak", "hardbreak"}:
            out.append(("break", " "))
        elif name == "code_inline":
            out.append(("text", "".join(c.meta.get("content", "") for c in node.children)))
        elif name == "strong":
            out.append(("strong_open", ""))
            out.extend(_events(node.children, depth + 1))
            out.append(("strong_close", ""))
        elif name == "em":
            out.extend(_events(node.children, depth + 1))
        elif name in {"link", "autolink"}:
            url = node.meta.get("url", "")
            if _BAD_SCHEME.match(url) and not _GOOD_DATA.match(url):
                raise _Unsupported("link scheme")
            out.append(("link", url if _PLAIN_URL.fullmatch(url) else _normalize_link()(url)))
            out.extend(_events(node.children, depth + 1))
        elif name == "html_inline":
            out.append(("other", node.meta.get("content", "")))
        elif name == "image":
            out.append(("other", "".join(p for _, p in _events(node.children, depth + 1))))
        else:
            raise _Unsupported(name)
    return out
