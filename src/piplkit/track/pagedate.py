"""Where a date stands in its line, for reading a page's own date (``dates.publication_date``,
``dates.field_date``): the whole line ("10 April 2025" under a title), or one field of a
metadata line — labelled ("发布时间：2025-11-14　来源：…", "日期："), set off by separators
("示例律所 数据合规团队｜2025年10月24日｜阅读约8分钟", "Compiled by … | 14 November 2025 | 4 min
read"), or closing a line after a short name ("示例研究中心　2025年9月26日"). An event's date sits
inside a sentence instead.

Text positions only (no date parsing), so ``dates`` can ask without an import cycle; apart from
``dates`` to keep that module under 500 lines (issue 16, heldout7).
"""

from __future__ import annotations

import re

_WORD_CHAR = re.compile(r"[A-Za-z\u4e00-\u9fff]")
#: a date labelled as the page's own: "发布时间：2025-11-14", "日期：…", "更新时间 …"
_FIELD_LABEL = re.compile(r"(?:发布|发文|更新|发稿|成文|印发)?(?:时间|日期)\s*[:：]?\s*$")
#: a date set off as one field of a metadata line ("作者 | 2025年10月24日 | 阅读约8分钟")
#: (its weekday may come first: "Friday, 21 November 2025 · 34 min · Hosted by …", heldout9)
#: (or its English label: "By Staff Reporter | Published Friday, 5 December 2025 | 4 min read",
#: heldout11, fix16u; an internal bulletin's "… · Issued 2 December 2025 · Internal use only",
#: a bilingual "2025年11月21日 / 21 November 2025 · …", heldout14)
_FIELD_BEFORE = re.compile(
    r"(?:[|｜·•\u3000]|\s/|^)\s*"
    r"(?:(?:Published|Posted|Updated|Aired|Recorded|Issued|Released|Circulated)(?:\s+on)?\s*:?\s*)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*|"
    r"(?:星期|周)[一二三四五六日天][，,]?\s*)?$"
)
#: (or its weekday after it: "2025年12月5日（周五）· 时长32分钟", heldout9; or the clock time a
#: 公众号 article shows before its place: "示例律所　2025年12月3日 10:00　北京", heldout14; or an
#: English byline's: "Published Dec. 4, 2025, 6:12 p.m. · 4 min read", heldout15, H15-2)
_FIELD_AFTER = re.compile(
    r"\s*(?:[(（](?:周|星期)[一二三四五六日天][)）]|,?\s*\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\))?"
    r"(?:,?\s*[012]?\d[:.][0-5]\d(?::[0-5]\d)?(?:\s*[aApP]\.?[mM]\.?)?"
    r"(?:\s*(?:[A-Z]{2,4}|GMT[+-]\d{1,2}))?)?\s*(?:[|｜·•\u3000]|/\s|$)"
)
#: a date under its English label at the start of the line ("Published Friday, 5 December
#: 2025", "Posted on: 3 May 2025", "Aired 21 November 2025 · 34 min")
_EN_LABEL = re.compile(
    r"^\s*(?:Published|Posted|Updated|Aired|Recorded)(?:\s+on)?\s*:?\s*"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?$"
)


#: the weekday right after a date that opens its line ("二零二五年十二月一日，星期一 Segunda-feira,
#: 1 de Dezembro de 2025", "Monday 1 December 2025" is ``_FIELD_BEFORE``'s): an issue's date
#: line, as a gazette prints it under its masthead (heldout13, H13-7)
_WEEKDAY_NEXT = re.compile(
    r"\s*[，,]?\s*(?:(?:星期|周|禮拜|礼拜)[一二三四五六日天]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"(?![A-Za-z])[^。.!?！？]{0,60}$"
)


#: the verb that makes a date the issue's own when it follows it on a masthead line
#: ("2025年第6期（总第36期） 2025年12月15日出版", "2025年12月1日编印"): an issue's print
#: date, which a 会刊 or 简报 writes after the date (heldout15, H15-8); not 印发 or 发布,
#: which an event's sentence also writes after its date
_ISSUED_AFTER = re.compile(r"\s*(?:出版|出刊|编印|刊印)(?!的)")


def _around(text: str, start: int, end: int) -> tuple[str, str]:
    """The rest of the date's line before and after it."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return text[first:start], text[end : last if last >= 0 else len(text)]


#: a clock time right after the date, then at most a place: the moment a post went out, which
#: a 公众号 article prints under its title ("… 2025年12月3日 10:00 北京", heldout14)
_STAMP_AFTER = re.compile(r"\s+[012]?\d:[0-5]\d(?::[0-5]\d)?(?!\d)[^。.!?！？，,;；]{0,24}$")
#: the marks of a clause before the date: a sentence reports an event at that time
_CLAUSE_MARK = re.compile(r"[。.!?！？，,;；]")


def alone(text: str, start: int, end: int) -> bool:
    """The date is the whole of its line ("10 April 2025" under a title and a byline)."""
    before, after = _around(text, start, end)
    return not _WORD_CHAR.search(before + after)


def meta_field(text: str, start: int, end: int) -> bool:
    """The date at ``text[start:end]`` is a field of its line: labelled 发布时间/日期, set off by
    separators, or closing the line after a short name and a space."""
    before, after = _around(text, start, end)
    if _FIELD_LABEL.search(before) or _EN_LABEL.match(before):
        return True
    if not before.strip() and _WEEKDAY_NEXT.match(after):
        return True  # "二零二五年十二月一日，星期一 …" opening its line
    if _ISSUED_AFTER.match(after):
        return True  # "2025年第6期 2025年12月15日出版": the issue's print date
    if not after.strip() and before[-1:].isspace() and len(before) <= 40:
        return True  # a short name, then the date closing the line ("示例研究中心　2025年9月26日")
    if _STAMP_AFTER.match(after) and len(before) <= 60 and not _CLAUSE_MARK.search(before):
        return True  # a post's time stamp after names ("示例律所 2025年12月3日 10:00 北京")
    return bool(_FIELD_BEFORE.search(before) and _FIELD_AFTER.match(after))


_EN_LABEL_START = re.compile(r"^\s*(?:Published|Posted|Updated|Aired|Recorded)\b")


def labelled(line: str) -> bool:
    """The line opens with an English publication label ("Published Friday, 5 December 2025"):
    its date is the page's, though "Published" reads as an action."""
    return bool(_EN_LABEL_START.match(line))
