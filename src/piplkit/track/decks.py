"""A news article's deck (副題, the subheadline under its headline) is no part of the article
(heldout12, H12-11).

A newspaper page stacks three headlines over each article: the kicker (引題) above the main
headline (主題, the ``<h2>``), the deck (副題) under it, then the body, which opens with its
dateline. The deck is a short line in the body's type, so it read as a one-line paragraph
right under the heading, and the splitter took it for the item's headline. What sets it apart
is its form and place: a short phrase without a sentence's closing mark, standing alone between
a heading and a paragraph that does close as a sentence. It repeats what the article says, so
it is dropped (and shown as not a development); the headline stays the item's title.
"""

from __future__ import annotations

import re

from piplkit.track.model import Block, Skipped

#: a deck is a phrase or two, not a paragraph
_MAX_CHARS = 40
#: a sentence's closing mark (a deck has none), a label's colon or a link's marks
_CLOSED = re.compile(r"[。！？!?；;:：]|\.\s*$|https?://")
#: a dateline, byline or a bare date under a headline is metadata, read by other rules
_META = re.compile(
    r"^\s*(?:\d{4}[-/.年]\d{1,2}|\d{1,2}\s+\w+\s+\d{4}|by\s|作者|记者|記者|来源|來源|source)",
    re.I,
)


def _deck(block: Block, above: Block, below: Block) -> bool:
    text = block.text.strip()
    return (
        above.heading is not None
        and above.heading < 7
        and block.heading is None
        and block.cells is None
        and block.marker is None
        and not block.links
        and 4 <= len(text) <= _MAX_CHARS
        and not _CLOSED.search(text)
        and not _META.match(text)
        and below.heading is None
        and below.cells is None
        and len(below.text) > 2 * len(text)
        and bool(re.search(r"[。.!?！？]\s*$", below.text.strip()))
    )


def drop_decks(blocks: list[Block]) -> tuple[list[Block], list[Skipped]]:
    """The blocks without the decks under their headlines, and the decks as skipped text."""
    kept: list[Block] = []
    skipped: list[Skipped] = []
    for i, block in enumerate(blocks):
        if 0 < i < len(blocks) - 1 and _deck(block, blocks[i - 1], blocks[i + 1]):
            skipped.append(
                Skipped("deck under a headline (subheadline)", block.text[:100], block.line, 1)
            )
            continue
        kept.append(block)
    return kept, skipped
