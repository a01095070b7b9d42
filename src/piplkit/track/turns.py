"""A transcript's turn is prose, however short (heldout8, fix16n).

A recorded session's transcript writes each turn as "[00:07:18] ANNA KO (moderator): Thanks.
Let's turn to enforcement." A short turn looks like a headline (few words, one sentence), so the
splitter made the moderator's hand-over the title of the next speaker's report and lost that
report's own opening sentence as its title. A turn is something said, never a headline over
what the next speaker says: it is prose whatever its length. The turn is known by its
timestamp before a speaker label ("[00:07:18] NAME:", "(12:04) Name (role):", "00:07:18 名字：")
or by a Chinese session role ("主持人：", "嘉宾张某："); a capitalised label alone ("NOTE: …",
"BREAKING: …") is not enough, as headlines open with such labels.
"""

from __future__ import annotations

import re

_TURN = re.compile(
    r"^\s*(?:[\[(（【]\d{1,2}:\d{2}(?::\d{2})?[\])）】]|\d{1,2}:\d{2}:\d{2})\s*"
    r"[^\s:：\[\]][^:：\[\]]{0,40}?\s*(?:[(（][^)）]{1,40}[)）])?\s*[:：]\s*\S"
    r"|^\s*(?:主持人|主讲人|嘉宾|提问人|听众)[^:：，。]{0,8}[:：]\s*\S"
)


def is_turn(text: str) -> bool:
    """The paragraph is a transcript's turn: a timestamped speaker label, or a session role."""
    return bool(_TURN.match(text))
