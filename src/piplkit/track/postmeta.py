"""A discussion thread's post lines and quotations: no development (heldout13, fix16z).

An issue thread on a code-hosting site collected one change per comment, each comment under a
line "wu-yan commented on Nov 25, 2025" ("mark-ops commented on Nov 28, 2025 · edited"); the
site's event lines said who mentioned or closed the issue and when. Read as text, a post line
is a short dated line over a paragraph: it became the headline of the report under it, and a
reply that quoted the first sentence of an earlier comment ("> On 21 November 2025, the CAC
released …") became an item of its own, the same development again.

In a document with at least two post lines (a handle of up to three words, a verb of posting —
commented, replied, posted, wrote, answered, opened, closed, mentioned, reviewed, … or 发表于,
评论于, 回复于 — and a date, with at most a status after a middle dot or the linked item's
title after a colon), the post lines and the reaction counts under a post ("👍 3 · 👀 1") are
left out, and so is a paragraph that repeats part of an
earlier paragraph word for word (a reply's quotation). A sentence that names a body doing
something ("The CAC commented on 3 December 2025 that …") is no post line: it goes on after its
date. A plain-text thread's single line above its first post is its title (a heading), not the
headline of the first post. Documents without two post lines are unchanged.
"""

from __future__ import annotations

import re
from dataclasses import replace

from piplkit.track.layout import is_body
from piplkit.track.model import Block, Skipped

_DATE = (
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|"
    r"\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)"
)
#: "wu-yan commented on Nov 25, 2025", "lin-dev closed this as completed in #421 on Dec 3, 2025"
_POST_LINE = re.compile(
    r"^[\w.@'’-]+(?:\s+[\w.@'’-]+){0,2}(?:\s*[(（][^()（）]{1,20}[)）])?\s+"
    r"(?:commented|replied|posted|wrote|answered|opened|closed|reopened|mentioned|referenced|"
    r"reviewed|approved|edited|merged|responded)\b[^.。!?]{0,60}?\s(?:on|at)\s+" + _DATE + r"\.?"
    r"(?:(?:\s*[·•|]\s*[\w ]{1,20})*|:\s.{1,120})$"
)
#: "张三 发表于 2025-12-01 10:20", "李四（作者） 回复于 2025年12月2日"
_ZH_POST_LINE = re.compile(
    r"^\S{1,20}(?:\s*[(（][^()（）]{1,10}[)）])?\s*(?:发表于|评论于|回复于|发布于|编辑于|留言于)\s*"
    + _DATE
    + r"(?:\s+\d{1,2}:\d{2})?(?:\s*[·•|]\s*\S{1,20})*$"
)
#: "👍 3 · 👀 1", "❤️ 2": the readers' reactions under a post
_REACTIONS = re.compile(r"^(?:[^\w\s·•|]{1,3}\s*\d[\d,.]*[KkMm]?\s*[·•|]?\s*)+$")
#: any decimal digit, as ``\d`` takes it: every date of ``_DATE`` and every reaction count has one
_DIGIT = re.compile(r"\d")
REASON = "post line of a discussion thread (who posted and when)"
QUOTED = "quotation of an earlier paragraph (a reply quoting it)"
_MIN_POSTS = 2
_MIN_QUOTE = 40


def post_line(text: str) -> bool:
    """Is ``text`` a thread's line of who posted (or closed, mentioned …) and when?"""
    text = text.strip()
    if len(text) > 200 or _DIGIT.search(text) is None:
        return False  # (a post line's date and a reaction's count hold a digit)
    return bool(_POST_LINE.match(text) or _ZH_POST_LINE.match(text) or _REACTIONS.match(text))


def _plain(block: Block) -> bool:
    return block.heading is None and block.cells is None and block.marker is None


def post_blocks(blocks: list[Block], skipped: list[Skipped]) -> list[Block]:
    """``blocks`` without a thread's post lines and its replies' quotations of earlier
    paragraphs (added to ``skipped``); documents with fewer than two post lines unchanged."""
    posts = [_plain(b) and post_line(b.text) for b in blocks]
    if sum(posts) < _MIN_POSTS:  # (the reaction lines are only taken away from this count)
        return blocks
    if sum(posts) - sum(1 for b in blocks if _REACTIONS.match(b.text.strip())) < _MIN_POSTS:
        return blocks
    out: list[Block] = []
    seen: list[str] = []
    for block, is_post in zip(blocks, posts, strict=True):
        if is_post:
            skipped.append(Skipped(REASON, block.text[:70], block.line))
            continue
        text = " ".join(block.text.split()).rstrip("…. ")
        if _plain(block) and len(text) >= _MIN_QUOTE and any(text in s and text != s for s in seen):
            skipped.append(Skipped(QUOTED, block.text[:70], block.line))
            continue
        if _plain(block):
            seen.append(" ".join(block.text.split()))
        out.append(block)
    first = posts.index(True)
    if first == 1 and _plain(blocks[0]) and not is_body(blocks[0]) and out[0] is blocks[0]:
        # a plain-text thread's one line above its first post is the thread's title: with the
        # post line gone it would read as the headline of the first post's paragraph
        out[0] = replace(blocks[0], heading=1)
    return out
