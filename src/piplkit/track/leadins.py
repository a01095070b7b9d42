"""A sentence that announces the paragraphs below it ("One more for the pack:") is no headline.

A message or memo introduces its dated paragraphs with a sentence of its own that ends with a
colon ("Priya, here are the items for the board pack, one paragraph each:", "Adding the two
items flagged on yesterday's call:"). Read as a headline over the dated paragraph after it, it
kept a document of dated paragraphs out of paragraph mode and became the title of the first
development (H12-1). A plain paragraph (no heading, list marker or table cell) of at least four
words that ends with a colon, names no date of its own and stands right above a paragraph that
opens with its date is such a lead-in: it is left out (shown as skipped). A headline written
with a colon after a date ("Update, 3 December:") names a date and stays; so does a lead-in
above undated text (a list, a quotation).
"""

from __future__ import annotations

from piplkit.track import dates
from piplkit.track.layout import is_dated_start
from piplkit.track.model import Block, Skipped
from piplkit.track.textutil import words

_MIN_WORDS = 4
REASON = "lead-in sentence (introduces the paragraphs below it)"


def lead_in(block: Block) -> bool:
    """True when ``block`` is a sentence that ends with a colon and names no date."""
    text = block.text.rstrip()
    if block.heading is not None or block.marker is not None or block.cells is not None:
        return False
    if not text.endswith((":", "：")) or words(text) < _MIN_WORDS:
        return False
    return not dates.find_dates(text)


def drop_lead_ins(blocks: list[Block], skipped: list[Skipped]) -> list[Block]:
    """``blocks`` without the lead-ins right above a dated paragraph (added to ``skipped``)."""
    out: list[Block] = []
    for block, nxt in zip(blocks, [*blocks[1:], None], strict=True):
        if nxt is not None and lead_in(block) and is_dated_start(nxt.text):
            skipped.append(Skipped(REASON, block.text[:70], block.line))
        else:
            out.append(block)
    return out
