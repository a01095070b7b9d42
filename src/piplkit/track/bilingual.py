"""A byline written in two languages joined by " / " (heldout11, branch fix16t).

A Japanese trading company's table opened with "作成：株式会社サンプル商事 上海事務所 / Prepared
by: Sample Shoji Co., Ltd., Shanghai Office": ``layout``'s byline test wants the line to open
with "Prepared by" and allows no period (a company's "Co., Ltd." has two), so the line became
a headline over the note under it. A bilingual line is judged by its Latin half, whatever the
other language: "… / Prepared by: …", "… / By …", "… / Written by …".
"""

from __future__ import annotations

import re

from piplkit.track import dates

#: the Latin half of a bilingual byline: who wrote or compiled the document
_LATIN_BYLINE = re.compile(
    r"^(?:(?:Written|Prepared|Authored|Compiled|Edited|Published)\s+by\s*[:：]\s*\S|"
    r"(?:(?:Written|Prepared|Authored|Compiled|Edited)\s+by|By)\s+(?:the\s+)?[A-Z][^.!?]*$)"
)


def bilingual_byline(text: str) -> bool:
    """A byline in two languages joined by " / ", judged by its Latin half (no date in it: a
    dated line is a publication line)."""
    head, _, latin = text.rpartition(" / ")
    latin = latin.strip()
    if not head or head.isascii() or not latin.isascii():
        return False
    return bool(_LATIN_BYLINE.match(latin)) and not dates.find_dates(latin)
