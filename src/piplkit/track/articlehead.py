"""A news article's standfirst and photo captions are no developments (heldout15, H15-2).

A news site's article page sets, between its ``<h1>`` headline and the first paragraph, a
standfirst (one sentence that sums the story up, with no closing full stop), the byline and a
photo with its caption ("A ride-hailing car waits … Photo: Example Tech Daily"). None of them
closes as a sentence, so each read as a headline of its own: the byline and the caption became
items and the story lost its ``<h1>`` headline. The standfirst is recognised by its place (the
first text under the page's only top headline, followed by more text) and its form (a sentence
of words without the full stop); a caption by the photo credit that closes it. Both repeat or
illustrate what the story says, so they are dropped and shown as not developments; the byline
stays, for the page's date.
"""

from __future__ import annotations

import re

from piplkit.track.bylines import byline
from piplkit.track.dates import find_dates
from piplkit.track.model import Block, Skipped

#: a photo's credit closing its caption ("… district. Photo: Example Tech Daily", "(Photo/AP)",
#: "（新华社记者 张三 摄）", "图/视觉中国", "图片来源：网络")
_CREDIT = re.compile(
    r"(?:\b(?:Photo|Photograph|Image|Picture|Credit)s?(?:\s+credit)?\s*[:/]\s*[^.!?:]{2,60}\.?\)?"
    r"|[（(][^（）()]{1,30}摄[）)]|(?:^|\s|[。，])(?:图|图片|图片来源|摄影)\s*[/／:：]\s*\S{1,20})\s*$",
    re.I,
)
#: the longest caption
_CAPTION_CHARS = 240
#: a standfirst is one sentence: at least this many words, at most this many characters
_STANDFIRST_WORDS = 8
_STANDFIRST_CHARS = 300
#: a sentence's closing mark, which a standfirst leaves off
_CLOSED = re.compile(r"[.!?。！？:：;；]\s*$")


#: the credit stands in a caption's last characters; one of these words is in it (a cheap test
#: before the pattern, which most paragraphs of a page would otherwise run)
_CREDIT_TAIL = 90
_CREDIT_WORDS = ("photo", "image", "picture", "credit", "摄", "图")


def photo_caption(block: Block) -> bool:
    """A photo's caption: a short text that ends in the photo's credit."""
    if block.heading is not None or block.cells is not None:
        return False
    text = block.text.strip()
    if len(text) > _CAPTION_CHARS:
        return False
    start = max(0, len(text) - _CREDIT_TAIL)
    tail = text[start:].lower()
    if not any(word in tail for word in _CREDIT_WORDS):
        return False
    return _CREDIT.search(text, start) is not None


def _standfirst(block: Block, below: Block) -> bool:
    text = block.text.strip()
    return (
        block.heading is None
        and block.cells is None
        and block.marker is None
        and not block.links
        and len(text) <= _STANDFIRST_CHARS
        and len(text.split()) >= _STANDFIRST_WORDS
        and not _CLOSED.search(text)
        and not byline(text)  # "By Jane Wang · November 14, 2025 · 4 min read": the page's date
        and not any(m.full for m in find_dates(text))
        and below.heading is None
        and below.cells is None
    )


def drop_article_furniture(blocks: list[Block]) -> tuple[list[Block], list[Skipped]]:
    """The blocks without the standfirst under the page's one ``<h1>`` and without the photo
    captions, and what was dropped as skipped text."""
    tops = [i for i, b in enumerate(blocks) if b.heading == 1]
    first = tops[0] + 1 if len(tops) == 1 else -1
    kept: list[Block] = []
    skipped: list[Skipped] = []
    for i, block in enumerate(blocks):
        if i == first and i + 1 < len(blocks) and _standfirst(block, blocks[i + 1]):
            skipped.append(Skipped("standfirst under the headline", block.text[:100], block.line))
            continue
        if photo_caption(block):
            skipped.append(Skipped("photo caption", block.text[:100], block.line))
            continue
        kept.append(block)
    return kept, skipped
