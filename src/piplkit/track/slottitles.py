"""A headline's place in its page is no part of its title: a time slot, a session's or a
rank's label, a contents entry's page number (heldout13, H13-4, H13-7 and H13-10).

A conference programme heads each session "09:15–10:00 Session 1: The amended Cybersecurity
Law", a vote's results page "TOP1｜《网络安全法》完成修改", a gazette's contents page each entry
"…，自公佈翌日起生效。………… 2301". The time, the "Session 1:" and the "TOP1｜" say where the
entry stands in the page, as a list's "1." does, and the dot leader and page number where it is
printed: the title is what is left (as a numbered headline loses its number). A title that would
be left with one word or a few characters keeps them ("10:00 Opening" stays).
"""

from __future__ import annotations

import dataclasses
import re

from piplkit.track.model import Development

#: a clock time or a time range at the start ("09:15–10:00", "9:30 am –", "14:00-14:45 |")
_SLOT = re.compile(
    r"^\d{1,2}[:：]\d{2}\s*(?:[ap]\.?m\.?\s*)?"
    r"(?:(?:[-–—~～至到]|to)\s*\d{1,2}[:：]\d{2}\s*(?:[ap]\.?m\.?\s*)?)?(?:[|｜·:：,，]\s*)?",
    re.I,
)
#: a session's, part's or rank's label before a colon or a bar ("Session 1:", "Panel B —",
#: "TOP1｜", "第二场：", "No. 3 |")
_LABEL = re.compile(
    r"^(?:(?:session|panel|workshop|module|track|breakout|round|slot)\s*(?:\d{1,2}|[A-H]|[IVX]{1,4})"
    r"|(?:top|no\.?)\s*\d{1,2}|第[一二三四五六七八九十\d]{1,3}(?:场|節|节|单元|單元|环节|環節|名))"
    r"\s*(?:[:：｜|]|\s[—–-])\s*",
    re.I,
)
#: a contents entry's dot leader and page number at the end ("………… 2301", "...... 17")
_LEADER = re.compile(r"\s*(?:…{2,}|\.{4,}|·{4,})\s*\d{1,5}\s*$")
#: a line that closes with a dot leader and a page number (a contents entry: one line each)
_LEADER_LINE = re.compile(r"(?:…{2,}|\.{4,}|·{4,})\s*\d{1,5}\s*$")
#: the least a title keeps (characters)
_MIN_LEFT = 6


def _cut(title: str, pattern: re.Pattern[str]) -> str:
    m = pattern.match(title)
    rest = title[m.end() :] if m else ""
    if m is None or len(rest) < _MIN_LEFT or (rest.isascii() and " " not in rest.strip()):
        return title  # ("10:00 Opening": one word left)
    return rest


def bare_title(dev: Development) -> Development:
    """The development titled without its time slot, session or rank label and page number."""
    title = dev.title
    if not title:
        return dev
    first = title[:1]
    if first.isdigit():
        title = _cut(title, _SLOT)
    if title[:1] in "SPWMTBRNstpwmbrn第":
        title = _cut(title, _LABEL)
    if title[-1:].isdigit() and ("…" in title or "..." in title or "·" in title):
        title = _LEADER.sub("", title)
    return dev if title == dev.title else dataclasses.replace(dev, title=title)


def leader_line(line: str) -> bool:
    """A contents entry's line: it closes with a dot leader and a page number ("…，自公佈翌日起
    生效。………… 2301"), so it ends its paragraph, whatever the width of the line under it."""
    return line[-1:].isdigit() and bool(_LEADER_LINE.search(line))
