"""Emoji that start a run of sibling paragraphs are list markers ("▶️ On 3 December, …").

A social-media post copied as text numbers nothing: its entries open with an emoji ("▶️",
"➡️", "👉", "🔹", "✅", "📌") and a space. One such paragraph is a call to action or a pinned
note ("📌 Reminder: …", "♻️ Repost if …"), not an entry; so the emoji is taken for a bullet only
where two or more paragraphs in a row open with the same one and each is an entry's length
(``_MIN_WORDS``). As a bullet, the run is a list: the line that points to it ("… 🧵👇") is its
lead-in (``pagelines.lead_in``) instead of the first entry's headline, and each entry is an
item without the emoji in its title. The bullets that ``blocktext`` knows ("•", "▶", "◆") are
markers already; their variation-selector forms ("▶️") and the pictographs are not, because a
single line that opens with one is no list (heldout19, fixtrack19).
"""

from __future__ import annotations

import re
from dataclasses import replace

from piplkit.track.model import Block
from piplkit.track.textutil import words

#: an emoji or a pictographic symbol (arrows, dingbats, the pictograph planes) with its
#: variation selector, then a space: the opening of an entry
_EMOJI_LEAD = re.compile(
    "^([\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff"
    "\U0001f000-\U0001faff])\ufe0f?\\s+(?=\\S)"
)
#: an entry reports something: a call to action or a count line is shorter
_MIN_WORDS = 8
#: paragraphs in a row that make a run
_MIN_RUN = 2


def _lead(block: Block) -> str | None:
    """The emoji a plain paragraph opens with, else None."""
    if block.marker is not None or block.heading is not None or block.cells is not None:
        return None
    if block.text[:1].isascii():
        return None  # (most paragraphs: a cheap test first)
    m = _EMOJI_LEAD.match(block.text)
    if m is None or words(block.text[m.end() :]) < _MIN_WORDS:
        return None
    return m.group(1)


def emoji_bullets(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each run of paragraphs that open with the same emoji made bulleted list
    entries (the emoji taken off)."""
    leads = [_lead(b) for b in blocks]
    if sum(1 for lead in leads if lead) < _MIN_RUN:
        return blocks
    out = list(blocks)
    start = 0
    while start < len(blocks):
        end = start
        while end < len(blocks) and leads[start] is not None and leads[end] == leads[start]:
            end += 1
        if end - start >= _MIN_RUN:
            for i in range(start, end):
                rest = _EMOJI_LEAD.sub("", blocks[i].text, count=1)
                out[i] = replace(blocks[i], text=rest, marker="bullet")
        start = max(end, start + 1)
    return out
