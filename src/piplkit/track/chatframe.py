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

A message is what stands between one time stamp and the next (or a date divider). In a channel
whose messages mostly open with their dates (at least three, and more than those that do not),
a message with no paragraph that opens with its date (a reminder "🔔 提醒：…將於2026年1月1日起
施行", a poll, a pinned notice, an advertisement) is no development of its own; read as
paragraphs it ran into the dated message above it and gave it its law and link (H12-5). Such
messages are left out (shown as skipped).
"""

from __future__ import annotations

import re
from collections import Counter

from piplkit.track.layout import is_bare_date, is_dated_start
from piplkit.track.model import Block, Skipped

_TIME = re.compile(r"^\s*(?:[01]?\d|2[0-3])[:：][0-5]\d(?::[0-5]\d)?\s*(?:[AaPp][Mm])?\s*$")
#: a message's reaction counts ("👍 18", "👍 25 🙏 4"): symbols and numbers, no word
_REACTIONS = re.compile(r"^(?:[^\w\s]{1,3}\s*\d[\d,.]*[KkMm]?\s*)+$")
_MIN = 3
_NAME_MAX = 60
_ENDS = ("。", ".", "！", "!", "？", "?", "；", ";", "：", ":")
REASON = "chat frame (time stamp, avatar or sender name)"
UNDATED = "chat message without a date of its own (a channel of dated messages)"


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
            if _TIME.match(block.text):
                out.append(_STAMP)  # a message's start, for ``_dated_messages``
        else:
            out.append(block)
    return _dated_messages(out, skipped)


#: stands for a time stamp between ``chat_blocks`` and ``_dated_messages`` (never returned)
_STAMP = Block("\0")


def _dated_messages(blocks: list[Block], skipped: list[Skipped]) -> list[Block]:
    """``blocks`` (with ``_STAMP`` where a message starts) without the messages that do not
    open with a date, in a channel of dated messages (see the module)."""
    messages: list[list[Block]] = [[]]  # the first: what stands above the first message
    dividers: set[int] = set()
    for block in blocks:
        if block is _STAMP:
            messages.append([])
        elif is_bare_date(block.text):  # a date divider: on its own (the service lines under
            dividers.add(len(messages))  # it, "… pinned «…»", are a message without a date)
            messages += [[block], []]
        else:
            messages[-1].append(block)
    dated = [
        i not in dividers and any(is_dated_start(b.text) for b in m) for i, m in enumerate(messages)
    ]
    undated = sum(
        1 for i, m in enumerate(messages) if i and m and not dated[i] and i not in dividers
    )
    keep_all = sum(dated) < _MIN or sum(dated) <= undated
    out: list[Block] = []
    for index, (message, has_date) in enumerate(zip(messages, dated, strict=True)):
        if not message:
            continue
        if keep_all or has_date or index == 0 or index in dividers:
            out.extend(message)
        else:
            skipped.append(Skipped(UNDATED, message[0].text[:70], message[0].line))
    return out
