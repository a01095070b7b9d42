"""A news site's article page is one story: one development (heldout15, H15-2).

A news article gives its story one ``<h1>`` headline that says what happened ("Shanghai fines
ride-hailing app RMB 2.5 million over passengers' face scans") and then plain paragraphs: a
lead that names no body and no date ("The city's cyberspace regulator has fined …"), the
details, a quoted lawyer, background. Read as a newsletter, the lead reported nothing and was
taken for an introduction, a later paragraph with "since March" became the item and dated it.
A page whose one top headline reports an event and whose text under it is prose only (no
sub-heading, list or table, and no paragraph that opens with its date) is that one story: the
headline titles it, and the page's date dates it. A page whose paragraph opens with the event's
date is read as before (the splitter dates it by that paragraph and titles it by the page).
"""

from __future__ import annotations

from piplkit.track import notice
from piplkit.track.layout import has_action, is_body, is_dated_start
from piplkit.track.model import Block

#: a story has a lead and at least two more paragraphs
_MIN_PARAGRAPHS = 3


def news_story(title: str | None, blocks: list[Block]) -> bool:
    """Is the page one news story: its ``<h1>`` headline reports an event and only prose
    paragraphs follow it, none of them opening with a date?"""
    if not title or notice.is_newsletter_title(title) or not has_action(title):
        return False
    if not any(b.heading == 1 and b.text == title for b in blocks):
        return False
    rest = [b for b in blocks if b.text != title]
    if any(b.heading is not None or b.marker is not None or b.cells is not None for b in rest):
        return False
    if any(is_dated_start(b.text) for b in rest):
        return False  # "On 3 November 2025, the CAC …": the text dates its event (read as items)
    return sum(1 for b in rest if is_body(b)) >= _MIN_PARAGRAPHS
