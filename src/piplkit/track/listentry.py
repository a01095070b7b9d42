"""A list page's entry headline: ``<li><a href=…>Title</a> <span>date</span><p>teaser</p></li>``.

Government 政务公开 pages and regulators' news-release lists put each release in one list entry:
the linked title, the listing date, then a teaser paragraph. The teaser is read as its own
paragraph; without this rule the entry's own inline text (the title and its link) was dropped,
so the teaser's first sentence became the title and the release's link was lost. The linked
text before the first paragraph is the entry's headline (a heading of level 7, like a bold
run-in) and its link the item's source; the listing date is left out of the title and kept
as the headline's ``entry_date``, which dates the item when its teaser reports no event date
(H8-1: a feedback deadline in the teaser is no date).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode as Node

from piplkit.track.blocktext import clean
from piplkit.track.layout import is_bare_date
from piplkit.track.model import Block

_BLOCK_CHILD = {"p", "div", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol"}
#: a linked text shorter than this is a "more" or "详情" link, not a headline
_MIN_CHARS = 8


def entry_headline(node: Node, index: int) -> list[Block]:
    """The headline block of a list entry whose linked title precedes its paragraphs; nothing
    when the entry's own text before them holds no link long enough to be a title (a bare
    "<li><p>…</p></li>" entry keeps reading its paragraphs alone)."""
    title = ""
    href = ""
    listed = ""
    for child in node.iter(include_text=False):
        if child.tag in _BLOCK_CHILD:
            break
        anchor = child if child.tag == "a" else child.css_first("a[href]")
        if anchor is None:
            text = clean(child.text(separator=" "))
            listed = listed or (text if is_bare_date(text) else "")
            continue
        text = clean(anchor.text(separator=" "))
        if len(text) >= _MIN_CHARS and len(text.split()) >= 1:
            if title:
                return []  # two linked titles before the paragraph: a link list, not a headline
            title = text
            href = anchor.attributes.get("href") or ""
    if not title:
        return []
    links = [href] if href.startswith(("http://", "https://")) else []
    # the entry's date span: the item's date when its teaser has none (H8-1)
    return [Block(title, heading=7, links=links, line=index, entry_date=listed)]
