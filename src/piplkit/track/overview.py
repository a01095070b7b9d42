"""Paragraphs that describe the document or the list that follows instead of reporting a
development: a count of the issue's own contents ("本月共收录…动态6项：…", "This issue covers
five developments") and an overview that closes by announcing the cases below ("今年以来，我局
共立案查处…27件…。现将部分典型案件情况通报如下。", "… The main cases are summarised below.").

Both read like news to the other cues (a body, an action, a count), so the splitter asks here
before it lets such a paragraph open an item: the developments are the entries after it.
Apart from ``cues`` so that these rules stay one small module (issue 16, heldout7).
"""

from __future__ import annotations

import re

from piplkit.track import dates

_ZH_COUNT = r"[\d一二三四五六七八九十百]+\s*(?:项|条|篇|则|个|件|起)"
_EN_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
#: the issue counting what it holds: "本月共收录…6项", "本期整理了12条", "This issue covers
#: five developments", "In this edition we round up 8 updates"
_CONTENTS_COUNT = re.compile(
    r"^(?:本(?:月|期|周|季度?|年度?|刊|报|文|页|篇)[^。；]{0,24}?"
    r"(?:收录|整理|梳理|汇总|精选|选取|摘编|汇编)[^。；]{0,30}?" + _ZH_COUNT + r"|"
    r"(?:In\s+)?this\s+(?:issue|edition|update|digest|newsletter|roundup|week|month)\b[^.]{0,40}?"
    r"\b(?:covers?|features?|includes?|brings?|rounds?\s+up|summari[sz]es|tracks?|collects?)\b"
    r"[^.]{0,30}?\b" + _EN_COUNT + r"\s+(?:\w+\s+){0,3}?"
    r"(?:developments|items|updates|stories|changes|entries))",
    re.I,
)
#: a closing sentence that hands over to what follows: "现将部分典型案件情况通报如下。",
#: "现将…行政处罚信息予以公示。",
#: "具体情况如下：", "The cases are summarised below.", "… as follows:"
_ANNOUNCES = re.compile(
    r"(?:(?:现将|现就|兹将|以下|下面)[^。；]{0,40}|(?:具体|情况|摘要|要点|案例|案件)[^。；]{0,6})"
    r"(?:如下|列举如下|介绍如下)\s*[。:：]?\s*$|"
    # a register page's intro over its table, whatever remedy notice follows it: "现将…行政处罚
    # 信息予以公示。当事人对处罚决定不服的，可依法申请行政复议…" (heldout15, H15-3)
    r"(?:现将|兹将)[^。；]{0,60}?予以(?:公示|公布|公开)\s*(?:[。:：]|$)|"
    r"\b(?:as\s+follows|(?:are|is)\s+(?:summari[sz]ed|set\s+out|listed|outlined|described)\s+below)"
    r"\s*[.:]?\s*$",
    re.I,
)


def counts_contents(text: str) -> bool:
    """The paragraph counts the issue's own entries ("本月共收录…6项：即将实施2项、…")."""
    return bool(_CONTENTS_COUNT.match(text.strip()))


#: a day that is a cut-off of the totals, not an event's: "截至10月31日", "as of 31 October"
_CUT_OFF = re.compile(r"(?:截至|截止|截止到|as\s+of|up\s+to|by)\s*$", re.I)


def announces_cases(text: str) -> bool:
    """The paragraph closes by announcing the cases below it and names no event's day near its
    start ("今年以来…共立案查处…27件。现将部分典型案件情况通报如下。", where 今年以来 is a period;
    "截至10月31日" a cut-off): an overview, whose totals are no single development. "The CAC
    on 3 May issued … Its key points are as follows:" reports the event of its day."""
    text = text.strip()
    if not _ANNOUNCES.search(text):
        return False
    head = text[:80]
    return not any(
        m.day is not None and not _CUT_OFF.search(head[max(0, m.start - 8) : m.start])
        for m in dates.find_dates(head)
    )


#: a note on the document's own content: its cases, names or firm are made up or stand for
#: others ("the Suzhou case … and its lawyers are fictional", "案例均为虚构", "names are
#: hypothetical"): it names the bodies of the items below, but reports none of them (heldout9)
_FICTION = re.compile(
    r"\b(?:fictional|fictitious|hypothetical|illustrative|invented|made[\s-]up)\b|虚构|虛構|杜撰|"
    r"架空(?:の|です|であ)",  # Japanese: "…の案件は架空です" (heldout11, fix16t)
    re.I,
)


def notes_fiction(text: str) -> bool:
    """The paragraph says that the document's content is made up or illustrative, and names no
    event's day."""
    return bool(_FICTION.search(text)) and not any(m.day for m in dates.find_dates(text))


#: a greeting that opens the editor's words to the readers ("Good morning.", "Hello everyone!",
#: "Welcome to the December issue.", "大家好！", "各位读者，"; in a chat post an emoji may close
#: it, "Hi all 👋"): the paragraph it opens previews
#: the issue (its bodies and "two fines" are the items below), a letter, not news (heldout14)
_GREETS = re.compile(
    r"^(?:Good\s+(?:morning|afternoon|evening|day)|Hello|Hi|Hey|Greetings|Welcome\b[^.!]{0,60}|"
    r"(?:Dear|Hello|Hi)\s+(?:readers|subscribers|all|everyone|friends|colleagues)|"
    r"大家好|各位(?:读者|朋友|订阅者|同事)(?:朋友)?(?:们)?(?:好)?|亲爱的(?:读者|朋友)(?:们)?|"
    r"欢迎(?:阅读|收看|来到)[^。！]{0,30})"
    r"(?:\s*(?:all|everyone|readers|team))?\s*(?:[.!,，。！：:]|[\u2600-\u27bf\U0001f300-\U0001faff])",
    re.I,
)


def greets_readers(text: str) -> bool:
    """The paragraph opens with a greeting to the readers and names no event's day."""
    return bool(_GREETS.match(text)) and not any(m.day for m in dates.find_dates(text))


def describes_document(text: str) -> bool:
    """Any of the above: a paragraph about the document or its list, not a development."""
    return (
        counts_contents(text)
        or announces_cases(text)
        or notes_fiction(text)
        or greets_readers(text)
    )
