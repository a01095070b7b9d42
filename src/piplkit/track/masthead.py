"""A page's masthead: the heading over a publication line, before any development.

A list page ("通知公告", "News Releases") opens with its section heading and then a line that
says who published the page and when ("…更新时间：2025-11-28", "Editorial team | 8 October
2024"), and then the entries' own headlines. That heading is the page's title, not a headline:
the line under it reports nothing and is all it has. Without this rule a list page whose entries
carry linked headlines made the heading an item with the publication line as its body.
"""

from __future__ import annotations

from piplkit.track import cues, notice
from piplkit.track.model import Block
from piplkit.track.roles import Role


def publication_line(block: Block) -> bool:
    """Is ``block`` a line of only who published the document and when (no development)?"""
    return notice.issuer_date_line(block.text) or cues.dated_byline(block)


def page_heading(roles: list[Role], index: int, nxt: Block) -> bool:
    """Is the heading at ``index``, whose next text is ``nxt``, a page's title over its
    publication line, the next text after that line being another headline (or nothing)?"""
    if not publication_line(nxt):
        return False
    at = next((i for i in range(index + 1, len(roles)) if roles[i][0] is nxt), None)
    if at is None:
        return False
    after = cues.next_text(roles, at)
    return after is None or after.heading is not None
