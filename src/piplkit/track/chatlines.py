"""A chat export's sender lines: "张律师　11-17 09:12", "Alice Wang 2025-11-17 9:12 AM",
"[09:12] Lei:".

A WeChat, Slack or Teams group's digest gives each message under a line of its sender's
nickname and the message's time. Read as paragraphs those lines look like short headlines, so
each became an item titled by a nickname (and the report in the message under it lost its own
item), or the line was joined with a one-line message below it. A sender line is recognised by
its shape for any publisher: a short name (no sentence punctuation) and a clock time, with an
optional day before the time; or the time in brackets before the name.
"""

from __future__ import annotations

import re

_DAY = r"(?:(?:(?:19|20)\d{2}[-/.])?\d{1,2}[-/.]\d{1,2}|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日)"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
_NAME = r"[^\s\d，。：:,.!?！？;；、“”\"()（）《》][^\s，。：:,.!?！？;；、“”\"《》]{0,15}"
_SENDER = re.compile(
    rf"^(?:{_NAME}(?:\s{_NAME}){{0,2}}\s*[,，]?\s+(?:{_DAY}\s+)?{_CLOCK}"
    rf"|\[(?:{_DAY}\s+)?{_CLOCK}\]\s*{_NAME}(?:\s{_NAME}){{0,2}}\s*[:：]?)$"
)

_CLOCK_WORDS = frozenset({"am", "pm", "a", "p", "m"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def sender_line(text: str) -> bool:
    """Is ``text`` only a chat message's sender and time (no development)?"""
    if len(text) > 48 or ":" not in text:
        return False
    m = _SENDER.match(text.strip())
    if m is None:
        return False
    # an English nickname is capitalised ("Meeting at 10:30" is an agenda line, no sender)
    return all(not w[:1].islower() or w.lower() in _CLOCK_WORDS for w in _WORD.findall(text))
