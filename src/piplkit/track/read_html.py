"""HTML pages to ``Block``s: the page's main content found by trafilatura, structure kept.

A real article page carries navigation, menus, share buttons, sidebars, related-article lists and
footers around the newsletter or notice. trafilatura (a maintained boilerplate remover) decides
which text is the main content; the blocks themselves are read from the page with selectolax, so
that heading levels, bold run-in headlines, ordered lists, table rows, superscript footnote
markers and link targets survive (trafilatura's own output drops some headings and lists).
The main content is the span from the first to the last block trafilatura kept, widened to the
page title above it and the source list below it; the page's blocks outside that span are
reported as ``Skipped``. A page where trafilatura finds nothing is read whole.
"""

from __future__ import annotations

import re
from functools import cache

import trafilatura
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node
from trafilatura.settings import Extractor

from piplkit.track.articlehead import drop_article_furniture
from piplkit.track.authorities import has_authority
from piplkit.track.blocktext import clean, finish, marked, run_in
from piplkit.track.decks import drop_decks
from piplkit.track.layout import is_bare_date
from piplkit.track.listentry import entry_headline
from piplkit.track.model import Block, Skipped
from piplkit.track.read_result import ReadResult
from piplkit.track.textutil import leading, normalise

_BLOCK_TAGS = "h1,h2,h3,h4,h5,h6,p,li,dt,dd,blockquote,pre,td,th,div,section,article,figcaption"
_REF_TEXT = re.compile(r"^\[?(\d{1,3})\]?$")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?)])")
_URL = re.compile(r"https?://")


def _punct(m: re.Match[str]) -> str:
    """The punctuation mark without the space before it (a function, not the template "\\1":
    ``re`` prepares a template on every call, a function only per match)."""
    return m.group(1)


_DATE_META = (
    "article:published_time",
    "pubdate",
    "publishdate",
    "publish_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "firstpublishedtime",
    "og:published_time",
)
#: an element that holds the page's publication time where the page has no date <meta>: a
#: WeChat article's ``<em id="publish_time">2025年9月19日 09:30</em>``, schema.org's
#: ``itemprop="datePublished"``
_DATE_ELEMENT = "#publish_time, .publish_time, [itemprop=datePublished]"
OUTSIDE = "outside the page's main content (navigation, menus, sidebar or footer)"
#: blocks shorter than this (normalised characters) neither open nor close the main content
_ANCHOR = 12
#: a block shorter than this anchors the main content only at a line's start or end in
#: trafilatura's text, not as words inside a paragraph: a menu's "Typical Cases" is found in
#: a press release's sentence ("a set of typical cases on …") and would open the span at the
#: menu (heldout19: the SPC's English page read from its menu, no item)
_WHOLE_LINE = 40


def html_document(text: str) -> ReadResult:
    tree = HTMLParser(text)
    meta = _meta(tree)
    tree.strip_tags(["script", "style", "noscript", "template", "svg", "iframe", "form"])
    blocks, decks = drop_decks(_leaf_blocks(tree))  # 副題 under an article's headline
    blocks, furniture = drop_article_furniture(blocks)  # a news story's standfirst, captions
    decks += furniture
    keys: list[str] = []  # the blocks' normalised texts, made once for the title and the span
    if meta.get("title"):
        meta["title"] = page_title(meta["title"], blocks, keys)
    if len(blocks) < 3 or not _has_page_chrome(tree, blocks):
        return ReadResult(blocks, "html", meta, decks)  # nothing around the content to cut
    main = trafilatura.extract(tree.html or text, options=_extractor())
    if not main:
        return ReadResult(blocks, "html", meta, decks)
    first, last = _main_span(blocks, main, meta.get("title"), keys)
    if first is None or last is None:
        return ReadResult(blocks, "html", meta, decks)
    skipped: list[Skipped] = list(decks)
    for run in (blocks[:first], blocks[last + 1 :]):
        if run:
            skipped.append(Skipped(OUTSIDE, run[0].text[:100], run[0].line, len(run)))
    return ReadResult(blocks[first : last + 1], "html", meta, skipped)


@cache
def _extractor() -> Extractor:
    """trafilatura's options for the main content, built once: building them costs more than a
    tenth of an extraction (the extractor only reads them)."""
    return Extractor(
        output_format="txt",
        fast=True,
        recall=True,
        comments=False,
        tables=True,
        dedup=False,
    )


_CHROME_TAGS = "nav,header,footer,aside,menu"
_CHROME_NAMES = leading(
    r"nav|menu|sidebar|footer|header|breadcrumb|share|social|related|cookie|banner|toolbar|"
    r"masthead|topbar|site-|comment",
    "bcfhmnrst",
    re.I,
)


def _has_page_chrome(tree: HTMLParser, blocks: list[Block]) -> bool:
    """Does the page carry navigation, menus, sidebars or footers around its content?

    A bare HTML document (an e-mailed newsletter saved as HTML, a converted Word file) has none,
    and the main-content extractor has nothing to remove there.
    """
    if tree.css_first(_CHROME_TAGS) is not None:
        return True
    for node in tree.css("[class],[id]"):
        names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _CHROME_NAMES.search(names):
            return True
    linked = sum(1 for b in blocks if len(b.links) >= 3)
    return linked >= 2


_TITLE_SEP = re.compile(r"\s*[_|｜]\s*|\s+[-–—]\s+")


def page_title(raw: str, blocks: list[Block], keys: list[str] | None = None) -> str:
    """The article's title from the page's ``<title>``, without the site name a separator adds
    ("…的通知_中国网信网", "Site | Title"): the part the page shows as a block, else the first.

    ``keys``, when given, holds (or receives) the blocks' normalised texts.
    """
    parts = [part for part in _TITLE_SEP.split(raw) if part.strip()]
    if len(parts) <= 1:
        return raw
    keys = _keys(blocks, keys)
    shown = {key for b, key in zip(blocks, keys, strict=True) if len(b.text) <= 300}
    return next((part for part in parts if normalise(part) in shown), parts[0])


def _keys(blocks: list[Block], keys: list[str] | None) -> list[str]:
    """The blocks' normalised texts, filled into ``keys`` when it is empty."""
    if keys is None:
        keys = []
    if not keys:
        keys.extend(normalise(b.text) for b in blocks)
    return keys


def _main_span(
    blocks: list[Block], text: str, title: str | None = None, keys: list[str] | None = None
) -> tuple[int | None, int | None]:
    """The first and last block of the main content: the blocks trafilatura's ``text`` holds."""
    keys = _keys(blocks, keys)
    main = normalise(text)
    bounds: tuple[str, set[int], set[int]] | None = None
    anchors: list[int] = []
    for i, key in enumerate(keys):
        if len(key) < _ANCHOR or key not in main:
            continue
        if len(key) < _WHOLE_LINE:
            bounds = bounds or _line_bounds(text)
            if not _whole_lines(key, *bounds):
                continue
        anchors.append(i)
    if not anchors:
        return None, None
    first, last = anchors[0], anchors[-1]
    # widen upwards to the page title and headings right above the first kept paragraph
    for index in range(first - 1, -1, -1):
        if blocks[index].heading is None:
            break
        first = index
    page = normalise(title) if title else ""
    title_at = next(
        (i for i in range(first - 1, max(-1, first - 8), -1) if blocks[i].heading == 1), None
    )
    if title_at is not None:
        first = title_at
    elif page:  # the article's own title, a few blocks above (a date/source line between)
        first = next(
            (
                i
                for i in range(first - 1, max(-1, first - 8), -1)
                if normalise(blocks[i].text) == page
            ),
            first,
        )
    # widen downwards over the source list (numbered links, a "Notes" heading)
    for index in range(last + 1, len(blocks)):
        block = blocks[index]
        if index == last + 1 and (signed := _signature(blocks, index)):
            last = index + signed - 1
            continue
        if (
            _URL.search(block.text)
            or (block.links and block.list_no is not None)
            or (block.heading is not None and len(block.text) <= 20)
            or _CLOSING.match(block.text)
            or (block.links and _ANNEX.match(block.text))
        ):
            last = index
            continue
        break
    return first, last


#: a notice's closing formula under its last paragraph ("特此通报。"): too short to anchor the
#: main content, it and the linked 附件 and signature under it still belong to the notice
#: (heldout19: a 通报's attachment link, its source, was cut off with the page's print links)
_CLOSING = re.compile(r"^特此(?:通报|公告|通知|通告|函告|批复)[。.]?$")
_ANNEX = re.compile(r"^(?:附件|附表)\s*[\d一二三四五六七八九十]*\s*[:：]")


def _line_bounds(text: str) -> tuple[str, set[int], set[int]]:
    """trafilatura's lines normalised and joined by spaces, with where each line starts and
    ends in the joined text."""
    joined: list[str] = []
    starts: set[int] = set()
    ends: set[int] = set()
    at = 0
    for raw in text.split("\n"):
        line = normalise(raw)
        if not line:
            continue
        starts.add(at)
        at += len(line)
        ends.add(at)
        joined.append(line)
        at += 1
    return " ".join(joined), starts, ends


def _whole_lines(key: str, joined: str, starts: set[int], ends: set[int]) -> bool:
    """Does ``key`` open or close a line of the main text (a block with a ``<br>`` is several
    lines, a list entry's text lacks its "（三）" marker), not sit as words inside a line?"""
    at = joined.find(key)
    while at >= 0:
        if at in starts or at + len(key) in ends:
            return True
        at = joined.find(key, at + 1)
    return False


#: the longest issuer line of a signature (a body's or its secretariat's name)
_SIGNATURE_ISSUER = 40


def _signature(blocks: list[Block], index: int) -> int:
    """How many blocks from ``index`` are a notice's signature under its last paragraph: its
    date under an issuer line already kept (2), or the issuer line and its date (2). Both are
    too short to anchor the main content, yet they close the notice and date it (heldout16: a
    TC260 notice whose date was cut off with the page's print and next-notice links)."""

    def plain(block: Block) -> bool:
        return block.heading is None and not block.links and len(block.text) <= _SIGNATURE_ISSUER

    block = blocks[index]
    if not plain(block):
        return 0
    if is_bare_date(block.text):
        return 1 if len(blocks[index - 1].text) <= _SIGNATURE_ISSUER else 0
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    if after is not None and plain(after) and is_bare_date(after.text):
        return 2 if has_authority(block.text) else 0
    return 0


def _meta(tree: HTMLParser) -> dict[str, str]:
    meta: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key in _DATE_META and attrs.get("content") and "date" not in meta:
            meta["date"] = str(attrs["content"])
    if "date" not in meta:
        shown = tree.css_first(_DATE_ELEMENT)
        if shown is not None:
            value = shown.attributes.get("content") or shown.attributes.get("datetime")
            text = str(value) if value else clean(shown.text())
            if text and len(text) <= 40:
                meta["date"] = text
    title = tree.css_first("title")
    if title is not None and title.text(strip=True):
        meta["title"] = clean(title.text())
    return meta


# --- the page read whole (selectolax) -----------------------------------------------------------


def _leaf_blocks(tree: HTMLParser) -> list[Block]:
    """Leaf block elements of an HTML page, in document order.

    A table row whose cells hold only inline content is a data row (one block with cells); a
    row whose cells hold paragraphs, lists or other tables is layout (e-mail newsletters are
    built of them) and its inner blocks are read one by one.
    """
    root = tree.body or tree.root
    if root is None:
        return []
    blocks: list[Block] = []
    tables: dict[int, int] = {}
    data_cells: set[int] = set()
    nodes = root.css(_BLOCK_TAGS + ",tr")
    # a block that contains another block is not a leaf: mark every block's block ancestors
    # (one walk up per block, instead of a subtree query per block)
    ids = {n.mem_id: n.tag for n in nodes}
    container: set[int] = set()
    for node in nodes:
        if node.tag in {"tr", "td", "th"}:
            continue
        parent = node.parent
        while parent is not None:
            tag = ids.get(parent.mem_id)
            if tag is not None and (tag != "li" or node.tag in {"p", "div", "li"}):
                container.add(parent.mem_id)
            parent = parent.parent
    for index, node in enumerate(nodes):
        if node.tag == "tr":
            cells = [c for c in node.iter() if c.tag in {"td", "th"}]
            if cells and not any(c.css_first(_INNER_BLOCKS) for c in cells):
                data_cells.update(c.mem_id for c in cells)
                blocks.extend(_row(node, index, tables))
            continue
        if node.mem_id in data_cells:
            continue  # read with its row
        if node.mem_id in container:
            if node.tag == "li":  # an entry over its own nested list: its own text first
                blocks.extend(_li_own_text(node, index))
            continue  # not a leaf block: its inner blocks are visited on their own
        blocks.extend(_html_node(node, index))
    return blocks


def _li_depth(node: Node) -> int:
    """How deep a list entry is nested in other list entries (0 at the outermost list)."""
    depth = 0
    parent = node.parent
    while parent is not None:
        depth += parent.tag == "li"
        parent = parent.parent
    return depth


def _li_own_text(node: Node, index: int) -> list[Block]:
    """A list entry's own text when it holds a nested list ("<li><b>CAC issues …</b> — The CAC
    published …<ul><li>Effective: 1 January 2026</li></ul></li>"): the entry, whose nested
    entries follow one level deeper. Nothing when it holds paragraphs (they are read alone)."""
    parts: list[str] = []
    bold = ""
    for child in node.iter(include_text=True):
        if child.tag in {"ul", "ol"}:
            continue
        if child.tag in {"p", "div", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"}:
            return entry_headline(node, index)
        text = child.text(deep=True) or ""
        if not bold and child.tag in {"b", "strong"} and not clean("".join(parts)):
            bold = clean(text)
        parts.append(text)
    full = clean("".join(parts))
    if not full:
        return []
    list_no = _li_number(node)
    extra: dict[str, object] = {
        "list_no": list_no,
        "marker": "ol" if list_no is not None else "ul",
        "depth": _li_depth(node),
    }
    if bold and full.startswith(bold):
        split = run_in(bold, full, refs=[], links=[], line=index, **extra)
        if split is not None:
            return split
    block = finish(full, refs=[], links=[], line=index, **extra)
    return [block] if block is not None else []


_INNER_BLOCKS = "p,div,h1,h2,h3,h4,h5,h6,ul,ol,table,li,blockquote"


def _row(node: Node, index: int, tables: dict[int, int]) -> list[Block]:
    table = node.parent
    while table is not None and table.tag != "table":
        table = table.parent
    key = table.mem_id if table is not None else 0
    first = key not in tables
    tables.setdefault(key, len(tables) + 1)
    cells = [clean(c.text(separator=" ")) for c in node.css("td,th")]
    links = [
        a.attributes.get("href") or ""
        for a in node.css("a[href]")
        if (a.attributes.get("href") or "").startswith(("http://", "https://"))
    ]
    header = first and (node.css_first("th") is not None or node.parent.tag == "thead")  # type: ignore[union-attr]
    block = finish(
        " | ".join(c for c in cells if c),
        cells=cells,
        table=tables[key],
        header=header,
        links=links,
        line=index,
    )
    return [block] if block is not None else []


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
    # one walk over the element's descendants instead of a selector query per kind of child
    # (three CSS queries per paragraph cost a quarter of an HTML page's reading time)
    refs: list[int] = []
    links: list[str] = []
    markers: list[Node] = []
    bold: Node | None = None
    for child in node.traverse(include_text=False):
        tag = child.tag
        if tag == "a":
            href = child.attributes.get("href") or ""
            if href.startswith(("http://", "https://")):
                links.append(href)
            elif href.startswith("#"):
                markers.append(child)
        elif tag == "sup":
            markers.append(child)
        elif bold is None and tag in {"strong", "b"}:
            bold = child
    for marker in markers:
        m = _REF_TEXT.match((marker.text() or "").strip())
        if m:
            refs.append(int(m.group(1)))
            if marker.tag == "a" and (marker.attributes.get("href") or "").startswith("http"):
                continue
            marker.decompose()
    full = clean(node.text(separator=" "))
    full = _SPACE_BEFORE_PUNCT.sub(_punct, full)
    full, more = marked(full)
    refs += more
    if not full:
        return []
    heading = int(node.tag[1]) if node.tag in {"h1", "h2", "h3", "h4", "h5", "h6"} else None
    list_no = _li_number(node)
    extra: dict[str, object] = {}
    if node.tag == "li":
        style = "ol" if list_no is not None else "ul"
        extra = {"list_no": list_no, "marker": style, "depth": _li_depth(node)}
    if heading is None and bold is not None:
        head = clean(bold.text(separator=" "))
        if head and full.startswith(head):
            split = run_in(head, full, refs=refs, links=links, line=index, **extra)
            if split is not None:
                return split
    block = finish(full, heading=heading, refs=refs, links=links, line=index, **extra)
    return [block] if block is not None else []
