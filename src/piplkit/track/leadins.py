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

A paragraph that hands over to a table ("…政策密集出台，我们梳理如下。", "The month's
developments are set out in the table below.") right above the table or its caption ("表1：…",
"Table 2 –") is a lead-in too, whatever its closing mark: the table's rows are the developments,
and under a part's heading ("一、本周政策跟踪") the lead-in made the heading an item of its own
(heldout12's broker weekly, H12-6). It is dropped when it names no event's day: the period it
covers ("12月1日至12月5日", "from 1 to 5 December") is no event.
"""

from __future__ import annotations

import re

from piplkit.track import dates
from piplkit.track.layout import is_dated_start
from piplkit.track.model import Block, Skipped
from piplkit.track.textutil import words

_MIN_WORDS = 4
REASON = "lead-in sentence (introduces the paragraphs below it)"
#: the last sentence hands over to what follows
_HANDS_OVER = re.compile(
    r"(?:如下|下表|见表\s*\d*|\bas\s+follows|\bbelow|\bfollowing\s+table)\W*$", re.I
)
#: a table's caption: "表1：…", "Table 2 – …", "Exhibit 3."
_CAPTION = re.compile(r"^(?:表|图表|Table|Exhibit)\s*\d+\s*[:：.．\-–—\s]", re.I)
#: a period the paragraph covers: "12月1日至12月5日", "1-5 December", "from 1 to 5 December"
_SPAN = re.compile(
    r"\d{1,2}月\d{1,2}日\s*(?:至|到|—|–|-|~|～)\s*(?:\d{1,2}月)?\d{1,2}日|"
    r"\b(?i:from|between)\s+\d{1,2}(?:\s+\w+)?\s+(?i:to|and)\s+\d{1,2}\s+\w+|"
    r"\b\d{1,2}\s*[-–]\s*\d{1,2}\s+[A-Z][a-z]+",
)


def lead_in(block: Block) -> bool:
    """True when ``block`` is a sentence that ends with a colon and names no date."""
    text = block.text.rstrip()
    if block.heading is not None or block.marker is not None or block.cells is not None:
        return False
    if not text.endswith((":", "：")) or words(text) < _MIN_WORDS:
        return False
    return not dates.find_dates(text)


def table_lead_in(block: Block, nxt: Block) -> bool:
    """True when ``block`` hands over to the table (or its caption) ``nxt`` and names no event's
    day outside the period it covers."""
    if nxt.cells is None and not _CAPTION.match(nxt.text):
        return False
    if block.heading is not None or block.marker is not None or block.cells is not None:
        return False
    text = block.text.rstrip()
    if not _HANDS_OVER.search(text):
        return False
    return not any(m.day for m in dates.find_dates(_SPAN.sub(" ", text)))


def drop_lead_ins(blocks: list[Block], skipped: list[Skipped]) -> list[Block]:
    """``blocks`` without the lead-ins right above a dated paragraph or a table (added to
    ``skipped``)."""
    out: list[Block] = []
    for block, nxt in zip(blocks, [*blocks[1:], None], strict=True):
        if nxt is not None and (
            (lead_in(block) and is_dated_start(nxt.text)) or table_lead_in(block, nxt)
        ):
            skipped.append(Skipped(REASON, block.text[:70], block.line))
        else:
            out.append(block)
    return out
