"""A page's subtitle (its dek) between its title and its byline is no headline (heldout11,
fix16u).

A Substack letter opens "# Notes from Beijing #47: …", then "### A lawyer's fortnightly letter
on China's data rules", then its byline "Dec 6, 2025 · 6 min read · Subscribe now", then the
writer's greeting. The subtitle is a heading at the level of the letter's headlines, so it read
as the first headline, with the greeting as its text. What sets it apart is its place: right
under the document's title (nothing between them) and right over the page's byline, before any
development, and the text after the byline reports none. A list page's first entry can also sit
under the title and over a metadata line, but its teaser reports a development.
"""

from __future__ import annotations

from piplkit.track import cues
from piplkit.track.roles import Role


def subtitle(roles: list[Role], index: int, byline: bool) -> bool:
    """Is the heading at ``index`` the page's subtitle: the line under its title (the first
    block, or a heading of a higher level right above), right over its byline (a metadata
    line, or a text block ``byline`` says is one), with text after the byline that reports no
    development?"""
    block = roles[index][0]
    if block.heading is None or index == 0 or index + 1 >= len(roles):
        return False
    above = roles[index - 1][0]
    if not (index == 1 or (above.heading is not None and above.heading < block.heading)):
        return False
    role = roles[index + 1][1]
    if role != "meta" and not (role == "text" and byline):
        return False
    after = cues.next_text(roles, index + 1)
    return after is None or not cues.item_like(after)
