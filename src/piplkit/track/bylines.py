"""A byline or publication line in plain text is a paragraph of its own (heldout11, fix16u).

A trade publication's listicle put its headline right over its byline ("5 things to know …" /
"By Staff Reporter | Published Friday, 5 December 2025 | 4 min read"). The byline was the
widest line of the group, so the headline above it, a shorter line, read as a soft-wrapped
start of the same paragraph: headline and byline became one text, an item of their own, and
the document lost the date its relative dates ("On Monday", "Last Friday") count from. A line
that is only who wrote the page and when (a full date among field separators, or after "By" or
"Published") is never the continuation of the line above it.
"""

from __future__ import annotations

import re

#: a full date: day month year, month day year, or a numeric or Chinese year-month-day
_FULL_DATE = re.compile(
    r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d{2}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d{2}|"
    r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}|[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2})"
)
#: how a byline opens ("By …", "Published …", "Posted on …", "Updated …", "作者：")
_BYLINE_OPEN = re.compile(
    r"^(?:by\s+\S|published\b|posted\b|updated\b|last\s+updated\b|written\s+by\b|"
    r"作者\s*[:：]|文\s*[/｜|]|来源\s*[:：]|發布|发布时间)",
    re.I,
)
#: separators between a byline's fields ("Staff Reporter | 5 December 2025 | 4 min read")
_FIELD_SEPARATOR = re.compile(r"\s[|·•]\s|\s[｜]\s?|[｜]")
#: the longest byline line
_BYLINE_CHARS = 120


def byline(line: str) -> bool:
    """A plain-text line of who wrote or published the page and when: it opens with "By",
    "Published" and the like, or holds separated fields, and carries a full date; it is no
    sentence (it does not end in a full stop)."""
    text = line.strip()
    if len(text) > _BYLINE_CHARS or text.endswith((".", "。", "!", "！", "?", "？", ":", "：")):
        return False
    if not (_BYLINE_OPEN.match(text) or _FIELD_SEPARATOR.search(text)):
        return False
    return _FULL_DATE.search(text) is not None
