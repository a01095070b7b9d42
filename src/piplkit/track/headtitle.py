"""The first of a page's equal headlines is the first article's, not the page's title
(heldout12, H12-11).

A newspaper's e-paper page, a press room or a blog index gives each article an ``<h2>`` and no
``<h1>``: the page's name is in its ``<title>`` and masthead. The first heading near the top
was taken for the document's title, so the first article lost its headline and its text was
titled by its first sentence. A heading is the page's title only when it stands alone at its
level; when at least two more headings of the same level follow, each over text of its own,
they are the headlines of one list, the first among them.
"""

from __future__ import annotations

from itertools import pairwise

from piplkit.track.model import Block
from piplkit.track.roles import Role

#: headings of the same level, each over its own text, that make a list of headlines
_MIN_SIBLINGS = 3


def first_of_headlines(roles: list[Role], block: Block) -> bool:
    """Is ``block`` (a heading of level 2 to 6) one of at least three headings of its level,
    each followed by a text that is no heading?"""
    level = block.heading
    if level is None or level < 2 or level > 6:
        return False
    count = 0
    for (cur, _, _), (nxt, _, _) in pairwise(roles):
        if cur.heading == level and nxt.heading is None and nxt.cells is None:
            count += 1
    return count >= _MIN_SIBLINGS
