"""Weekdays as event dates: "fined a fintech app on Monday", "MIIT on Thursday named …".

A weekly post or feed dates its items by weekday alone: the week is the one its own date falls
in ("China privacy week in review (17–21 November 2025)", a feed dated Friday 21 November). A
weekday is read as the latest such day on or before the document's date, so "on Monday" in a
review dated Friday 21 November 2025 is 17 November, and "on Friday" the 21st itself.
"""

from __future__ import annotations

import datetime as dt
import re

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ZH_DAYS = "一二三四五六日"
#: "on Monday", "last Tuesday", "本周三", "周五", "星期一" — an event's day, not "every Monday";
#: also opening a sentence ("On Monday, the CAC …", "Last Friday, …": heldout9)
_WEEKDAY = re.compile(
    r"\b(?:[Oo]n|[Ll]ast|[Tt]his|[Ss]ince|[Ff]rom)\s+(?P<en>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|"
    r"(?:本|上)?(?:周|星期)(?P<zh>[一二三四五六日天])",
)
_REPEATS = re.compile(r"\b(?:every|each)\s+\w+day\b|每(?:周|星期)", re.I)


def weekday_date(text: str, reference: dt.date | None) -> str | None:
    """The ISO date of the first weekday the text names, in the week up to ``reference``;
    None without a reference, a weekday, or where the text speaks of every such day."""
    if reference is None or ("day" not in text and "周" not in text and "星期" not in text):
        return None
    m = _WEEKDAY.search(text)
    if m is None or _REPEATS.search(text):
        return None
    if m.group("en"):
        day = _DAYS.index(m.group("en").lower())
    else:
        day = _ZH_DAYS.index("日" if m.group("zh") == "天" else m.group("zh"))
    if m.group(0).startswith(("本", "上")):  # 本周二, 上周五: that day of this or last week
        monday = reference - dt.timedelta(days=reference.weekday())
        week = 7 if m.group(0).startswith("上") else 0
        return (monday - dt.timedelta(days=week) + dt.timedelta(days=day)).isoformat()
    back = (reference.weekday() - day) % 7
    if m.group(0)[:4].lower() == "last" and back == 0:
        back = 7
    return (reference - dt.timedelta(days=back)).isoformat()


#: a paragraph that opens with the day it is told on ("今天，…", "昨日，…", "Today, the CAC …"):
#: a press conference's or post's own day, or the day before (heldout10, fix16r)
_DAY_WORD = re.compile(r"^\s*(?P<w>今天|今日|昨天|昨日|[Tt]oday|[Yy]esterday)(?:[，,\s]|上午|下午)")


def day_word_date(text: str, reference: dt.date | None) -> str | None:
    """The ISO date of a paragraph that opens with "今天"/"today" (the reference date) or
    "昨天"/"yesterday" (the day before); None otherwise or without a reference."""
    m = _DAY_WORD.match(text) if reference is not None else None
    if m is None or reference is None:
        return None
    back = 0 if m.group("w") in {"今天", "今日", "Today", "today"} else 1
    return (reference - dt.timedelta(days=back)).isoformat()


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: the days a weekly issue covers ("(17–21 November 2025)", "1-5 Dec 2025", "2025年11月17日—21日",
#: "2025年11月17日—11月21日")
_RANGE = re.compile(
    r"\b[0-3]?\d\s*[-–—~]\s*(?P<d>[0-3]?\d)\s+(?P<m>[A-Z][a-z]{2,8})\.?,?\s+(?P<y>(?:19|20)\d{2})\b|"
    r"(?P<zy>(?:19|20)\d{2})\s*年\s*(?P<zm>[01]?\d)\s*月\s*[0-3]?\d\s*日?\s*[-–—~至]\s*"
    r"(?:(?P<zm2>[01]?\d)\s*月\s*)?(?P<zd>[0-3]?\d)\s*日"  # "11月17日—21日", "…—11月21日"
)


def range_end(preamble: str) -> dt.date | None:
    """The last day of the span a weekly issue names in its preamble ("China privacy week in
    review (17–21 November 2025)"): its date when it gives no other; None without one."""
    m = _RANGE.search(preamble)
    if m is None:
        return None
    try:
        if m.group("zy"):
            month_end = int(m.group("zm2") or m.group("zm"))
            return dt.date(int(m.group("zy")), month_end, int(m.group("zd")))
        month = m.group("m")[:3].lower()
        if month not in _MONTHS:
            return None
        return dt.date(int(m.group("y")), _MONTHS.index(month) + 1, int(m.group("d")))
    except ValueError:
        return None
