"""Instruments that are the subject of "take effect" on the item's date: "9月1日，《A》和强制性
国家标准《B》（GB 45438-2025）同时施行", "10月1日，《C》开始施行". Each named title in the run
before the verb is in force from the item's date, which is the date the sentence reports.

The stage cues read one cue per instrument (the nearest), and "同时施行" after two titles joined
by 和 names neither of them as the subject; the run of titles right before the verb does. A run
broken by a comma, or a verb with 将/拟/于 or a date before it ("将于2026年1月1日同时施行": it
will take effect) is not matched, so a future date of effect stays the extractors' reading.
Apart from ``extract`` so that the rule stays one small module (issue 16, heldout7: a 大事记).
"""

from __future__ import annotations

import re

from piplkit.track.model import InstrumentMention

#: titles joined by 和/与/及/、, each with an optional bracketed number ("（GB 45438-2025）") and
#: a short kind noun before the next ("强制性国家标准《…》"), then the verb of taking effect
_RUN = re.compile(
    r"《[^《》\n]{2,80}》(?:\s*[（(][^（）()\n]{1,30}[)）])?"
    r"(?:\s*(?:和|与|及|以及|、)\s*[\u4e00-\u9fff]{0,10}《[^《》\n]{2,80}》(?:\s*[（(][^（）()\n]{1,30}[)）])?)*"
    r"\s*(?:均|已|同时|同步|开始|全面|正式)*(?:施行|实施|生效)(?![的日前])"
)


_VERB = re.compile(r"》[^，。；\n]{0,40}?(?:施行|实施|生效)")


def _run_at(text: str, start: int) -> bool:
    """A run of titles opening at the title that starts near ``start`` ends in "施行"."""
    at = text.rfind("《", max(0, start - 1), start + 1)
    return at >= 0 and _RUN.match(text, at) is not None


def subjects_taking_effect(
    text: str, found: list[InstrumentMention], date: str | None
) -> list[InstrumentMention]:
    """``found`` with each instrument that is (with others) the subject of "施行" in force from
    ``date``, the item's full date; the others as they were."""
    if not found or date is None or len(date) != 10 or not _VERB.search(text):
        return found
    out = []
    for mention in found:
        if (
            mention.start >= 0
            and mention.stage in {"other", "adopted"}
            and mention.effective_date is None
            and _run_at(text, mention.start)
        ):
            mention = InstrumentMention(mention.name, "in_force", date, mention.start)
        out.append(mention)
    return out
