"""A re-post's or correction's label before a message's date ("補發：上週五（11月28日），…").

Channels, feeds and live pages mark a late or corrected message with a short label before its
text: "补发：" / "補發：" (posted late), "更正：", "更新：", "Update:", "Correction:", "Repost:".
The label kept the message from opening with its date, so in a document of dated paragraphs it
did not start an item and ran into the message above it (heldout12's Telegram export, H12-5).
The dated-start test reads the text after such a label; the label stays in the title, as
written. Only these labels count: a field label ("日期：", "Date:") is no re-post's.
"""

from __future__ import annotations

import re

_LABEL = re.compile(
    r"^[^\w\s]{0,2}\s*(?:补发|補發|重发|重發|更正|更新|补充|補充|Update[ds]?|Correct(?:ion|ed)|"
    r"Repost(?:ed)?|UPDATE|CORRECTION)\s*[:：｜|]\s*"
)
#: the first characters a label can open with (after at most two symbols): a cheap pre-test
_FIRST = frozenset("补補重更UuCcR")


def unlabelled(text: str) -> str:
    """``text`` without a re-post's or correction's label at its start (unchanged without)."""
    if text[:1] not in _FIRST and (text[:1].isalnum() or not text[:1]):
        return text
    m = _LABEL.match(text)
    return text[m.end() :] if m else text
