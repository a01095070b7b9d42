"""A chat export's frame: time stamps, avatar initials and the repeated sender name.

A channel or group export (Telegram Desktop's HTML, a copied chat log) prints every message
under its time of day ("15:32"), the sender's avatar initial ("港") and the sender's name
("港澳數據合規快訊 HK-Macau Data Compliance"). Read as text, these short lines were the
headlines of the messages below them, and the messages' own dated sentences their bodies
(H12-5). When a document holds at least three lines that are only a time of day, those lines,
reaction counts ("👍 25 🙏 4"), lines of a single letter or character, and a short line without
a sentence end that recurs at least three times (the sender) are left out (shown as skipped);
the date dividers ("1 December 2025") and the messages stay (a divider over a dated message is
no headline: ``cues.paragraph_mode``). A document with fewer bare times (a programme with a few
times of day) is unchanged.
"""

from __future__ import annotations

import re
from collections import Counter

from piplkit.track.model import Block, Skipped

_TIME = re.compile(r"^\s*(?:[01]?\d|2[0-3])[:：][0-5]\d(?::[0-5]\d)?\s*(?:[AaPp][Mm])?\s*$")
#: a message's reaction counts ("👍 18", "👍 25 🙏 4"): symbols and numbers, no word
_REACTIONS = re.compile(r"^(?:[^\w\s]{1,3}\s*\d[\d,.]*[KkMm]?\s*)+$")
_MIN = 3
_NAME_MAX = 60
_ENDS = ("。", ".", "！", "!", "？", "?", "；", ";", "：", ":")
REASON = "chat frame (time stamp, avatar or sender name)"


def _frame(block: Block, senders: set[str]) -> bool:
    text = block.text.strip()
    return bool(_TIME.match(text) or _REACTIONS.match(text)) or len(text) == 1 or text in senders


def chat_blocks(blocks: list[Block], skipped: list[Skipped]) -> list[Block]:
    """``blocks`` without a chat export's time stamps, avatar initials and sender names (added
    to ``skipped``); other documents unchanged."""
    plain = [b for b in blocks if b.cells is None and b.heading is None]
    if sum(1 for b in plain if _TIME.match(b.text)) < _MIN:
        return blocks
    counts = Counter(b.text.strip() for b in plain if len(b.text) <= _NAME_MAX)
    senders = {
        t for t, n in counts.items() if n >= _MIN and not t.endswith(_ENDS) and not _TIME.match(t)
    }
    out: list[Block] = []
    for block in blocks:
        if block.cells is None and block.heading is None and _frame(block, senders):
            skipped.append(Skipped(REASON, block.text[:70], block.line))
        else:
            out.append(block)
    return out
