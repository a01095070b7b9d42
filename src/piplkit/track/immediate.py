"""An instrument in force "from today" (自即日起施行, "effective immediately") is in force from
the development's date (heldout11, fix16u).

A Hong Kong chamber's brief reported that the CAC and an HKSAR bureau updated a guideline, "自即
日起施行": in force that day. The extractor knew the wordings of "from the date of publication"
(自发布之日起施行, "on the date of issue") but not "from this day" (即日起), and an update is no
action it reads as adoption, so the guideline stayed ``other`` with no date. An instrument that
is adopted in the sentence, or whose name the wording follows at once (what was updated,
revised or re-issued), is in force from the item's date.
"""

from __future__ import annotations

import datetime as dt
import re

from piplkit.track.model import InstrumentMention
from piplkit.track.textutil import sentence_at

#: "自即日起施行", "即日起实施", "从即日起执行"; "effective immediately", "with immediate effect",
#: "takes effect immediately"; the same day as the development
_IMMEDIATE = re.compile(
    r"(?:自|从)?即日起(?:正式)?(?:施行|实施|生效|执行)|"
    r"\beffective\s+immediately\b|\bwith\s+immediate\s+effect\b|"
    r"\b(?:takes?|took)\s+effect\s+immediately\b|\bimmediately\s+(?:effective|in\s+force)\b|"
    # "effective the same day", "took effect on the same day", 同日起施行, 当日起生效
    r"\beffective\s+(?:on\s+|from\s+)?the\s+same\s+day\b|"
    r"\b(?:takes?|took)\s+effect\s+(?:on\s+)?the\s+same\s+day\b|(?:同日|当日)起?(?:施行|实施|生效)",
    re.I,
)
#: a substring every ``_IMMEDIATE`` match holds
_CUES = ("即日", "同日", "当日", "mmediate", "ame day")
#: between a name and the wording right after it: closing marks, a comma, "and"/"并"
_RIGHT_AFTER = re.compile(r"[》」』”\"’)）]*\s*(?:[,，、]\s*)?(?:并|and\s+(?:is\s+)?)?")


def in_force_immediately(
    text: str, found: list[InstrumentMention], date: str | None
) -> list[InstrumentMention]:
    """The mentions ``text`` puts in force "from this day", in force from ``date``."""
    if not date or len(date) != 10 or not any(cue in text for cue in _CUES):
        return found  # (substrings first: the pattern has no literal prefix to scan for)
    if not _IMMEDIATE.search(text):
        return found
    out = []
    for mention in found:
        if mention.start >= 0 and mention.effective_date is None and mention.stage != "draft":
            _, end = sentence_at(text, mention.start)
            after = mention.start + len(mention.name)
            if text[mention.start : mention.start + 1] == "《":  # (a Chinese name's start is
                after = max(after, text.find("》", mention.start))  # its opening bracket)
            gap = _RIGHT_AFTER.match(text, after)
            right_after = _IMMEDIATE.match(text, gap.end() if gap else after) is not None
            if right_after or (
                mention.stage in {"adopted", "in_force"}
                and _IMMEDIATE.search(text, mention.start, end) is not None
            ):
                mention = InstrumentMention(mention.name, "in_force", date, mention.start)
        out.append(mention)
    return out


#: a notice's own article on its effect: "This Notice takes effect on the date of issue",
#: "These Measures shall come into force from the day of promulgation", 本通知自印发之日起施行
SELF_EFFECT = re.compile(
    r"\b(?:This|These)\s+(?:Notice|Circular|Announcement|Decision|Measures|Provisions|Rules|"
    r"Guidelines|Opinions|Plan)\s+(?:shall\s+)?(?:takes?|comes?|enters?|be\s+effective|is\s+effective)"
    r"(?:\s+(?:effect|into\s+(?:force|effect)))?\s+(?:on|from|as\s+of)\s+the\s+(?:date|day)\s+of\s+"
    r"(?:its\s+)?(?:issue|issuance|publication|promulgation|release)|"
    r"本(?:通知|公告|通告|决定|办法|规定|细则|指引|方案|意见)自(?:发布|印发|公布|发文)之日起(?:施行|实施|生效|执行)"
)
#: the hint a notice gives its item when its own text puts it in force on issue
ON_ISSUE = "on_issue"


def notice_in_force(
    found: list[InstrumentMention], hints: dict[str, str], date: str | None
) -> list[InstrumentMention]:
    """A notice whose own article puts it in force on the date of issue: its instrument (the
    notice under its title) is in force from the item's date, the date it was issued."""
    title = hints.get("title_instrument")
    if not hints.get(ON_ISSUE) or not title or not date or len(date) != 10:
        return found
    return [
        InstrumentMention(m.name, "in_force", date, m.start)
        if m.name == title and m.stage in {"adopted", "other"} and m.effective_date is None
        else m
        for m in found
    ]


#: "自公布翌日起生效", "自公布之次日起施行", "from the day after its publication": in force from
#: the day after the text was published (heldout13, H13-7)
_NEXT_DAY = re.compile(
    r"自(?:公布|发布|颁布|刊登)(?:之日的?|之)?(?:翌日|次日)起(?:正式)?(?:施行|实施|生效)|"
    r"\b(?:on|from)\s+the\s+day\s+(?:after|following)\s+(?:its\s+|the\s+date\s+of\s+(?:its\s+)?)?"
    r"(?:publication|promulgation)",
    re.I,
)


def in_force_next_day(
    text: str, found: list[InstrumentMention], reference: dt.date | None
) -> list[InstrumentMention]:
    """The mentions adopted in the sentence that says "from the day after publication": their
    date of effect is the day after the document's date. The document that prints the act (a
    gazette, whose date is the act's publication) is the one that says so; a text that names
    the publication's own date is left as it is."""
    if reference is None or not ("翌日" in text or "次日" in text or "day after" in text):
        return found
    m = _NEXT_DAY.search(text)
    if m is None:
        return found
    start, end = sentence_at(text, m.start())
    day = (reference + dt.timedelta(days=1)).isoformat()
    return [
        InstrumentMention(x.name, x.stage, day, x.start)
        if start <= x.start < end and x.effective_date is None and x.stage == "adopted"
        else x
        for x in found
    ]
