"""Headings that name a page or a part of it, not a development.

A list page ("通知公告", "News Releases") opens with its section heading and then a line that
says who published the page and when ("…更新时间：2025-11-28", "Editorial team | 8 October
2024"), and then the entries' own headlines. That heading is the page's title, not a headline:
the line under it reports nothing and is all it has. Without this rule a list page whose entries
carry linked headlines made the heading an item with the publication line as its body.

A vendor's release notes put a heading ("Regulatory content", "Rule updates", "法规动态") over a
bulleted list whose entries each report a development in a full sentence ("Added the Measures
…, published by the CAC on 17 October 2025, …"). The heading names a part; each entry is an
item. Without this rule the heading became one item with all its entries as body, and an entry
whose many capitalised names read as a title became the headline of the entry after it.
"""

from __future__ import annotations

import re

from piplkit.track import cues, instruments, notice
from piplkit.track.authorities import has_authority
from piplkit.track.blocktext import list_marker
from piplkit.track.chapters import STAMP
from piplkit.track.headseries import series_headlines
from piplkit.track.layout import has_action
from piplkit.track.model import Block
from piplkit.track.overview import notes_fiction
from piplkit.track.roles import Role
from piplkit.track.subtitles import subtitle

_SENTENCE_END = (".", "。", "!", "！")


def publication_line(block: Block) -> bool:
    """Is ``block`` a line of only who published the document and when (no development)?"""
    return notice.issuer_date_line(block.text) or cues.dated_byline(block)


def page_heading(roles: list[Role], index: int, nxt: Block) -> bool:
    """Is the heading at ``index``, whose next text is ``nxt``, a page's title over its
    publication line, the next text after that line being another headline (or nothing)?"""
    if not publication_line(nxt):
        return False
    at = next((i for i in range(index + 1, len(roles)) if roles[i][0] is nxt), None)
    if at is None:
        return False
    after = cues.next_text(roles, at)
    return after is None or after.heading is not None


#: where a byline run into a heading begins
_BYLINE_TAIL = re.compile(r"\s(?:By|Written\s+by|Prepared\s+by|作者|文)\s|\s[|｜]\s")


def preamble(roles: list[Role], index: int, nxt: Block, started: bool, items: bool) -> bool:
    """Is the heading at ``index`` above the developments: before the first one, over text
    that reports nothing, or the page's title over its publication line?"""
    if not started and not cues.item_like(nxt):
        return True
    if items:
        return False
    if notes_fiction(nxt.text) and not _acts(roles[index][0].text):
        return True  # a subtitle over the note that the content is made up (heldout11, fix16t)
    if index + 1 < len(roles) and subtitle(roles, index, publication_line(roles[index + 1][0])):
        return True  # "### A lawyer's fortnightly letter …" over its byline (subtitles)
    return page_heading(roles, index, nxt)


def _acts(heading: str) -> bool:
    """The heading says that someone did something (an action, a public body or a 《title》):
    a report's headline, whose text may call its company fictional, is no subtitle. A byline
    run into the heading ("… this week By Staff Reporter | Published Friday, …") says who
    published the document, no act it reports."""
    heading = _BYLINE_TAIL.split(heading, maxsplit=1)[0]
    return has_action(heading) or has_authority(heading) or "《" in heading


def part_heading(roles: list[Role], index: int, paragraph_mode: bool) -> bool:
    """Does the heading at ``index`` (reporting nothing itself) name a part of the document: in
    a layout of dated paragraphs, or over list entries that each report a development?"""
    block = roles[index][0]
    if block.heading is None:  # "（一）规则制定" in plain text over month-opened paragraphs
        return paragraph_mode and cues.part_line(block)
    if not (paragraph_mode or reports_under(roles, index)):
        return False  # (the cheap tests first: most headings are over a body paragraph)
    if cues.reports(block.text) and not topic_name(block.text):
        return False
    # one of the numbered headings that each head a single report (heldout13, fix16z)
    return id(block) not in series_headlines(roles, cues.starts_item)


#: a topic's name over a part: a few Han characters or words, no digit (an amount, a date)
_TOPIC = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}|[A-Za-z]+(?:[ &-]+[A-Za-z]+){0,2})$")


def topic_name(heading: str) -> bool:
    """A short heading that names a kind of matter ("行业处罚", "执法处罚", "Fines imposed")
    with an action noun but no actor, 《title》 or instrument: over entries that each report a
    development it names their part, as "监管动态" does (heldout16: a 合规周报's 二、行业处罚
    took its two entries as the body of one item titled by the heading)."""
    text = list_marker(heading)[2].strip()
    return (
        bool(_TOPIC.match(text))
        and not has_authority(text)
        and not instruments.has_head(text)
    )


def reports_under(roles: list[Role], index: int) -> bool:
    """Are the list entries right under ``index`` each a full-sentence report of a development
    (an action and a public body: "Added the Measures …, published by the CAC on …")?"""
    entries: list[Block] = []
    for block, role, _ in roles[index + 1 :]:
        if role != "text" or block.marker is None or block.heading is not None:
            break
        entries.append(block)
    if not entries:
        return False
    if all(b.marker == STAMP for b in entries):
        return True  # a recording's chapter list: each chapter an entry of its own (chapters)
    reported = sum(1 for b in entries if _report(b))
    # a show's chapter list ("Show notes": welcome, five reports, mailbag, goodbye) is a part
    # too: most of its entries, three or more, report (heldout9, fix16p)
    return reported == len(entries) or (reported >= 3 and 2 * reported > len(entries))


def _report(block: Block) -> bool:
    """A full sentence that names a public body doing something."""
    text = block.text
    return text.rstrip().endswith(_SENTENCE_END) and has_action(text) and has_authority(text)


def sibling_reports(block: Block, nxt: Block) -> bool:
    """Are ``block`` and ``nxt`` entries of one list that each report a development in a full
    sentence? Then the first is an item of its own, not the headline of the second, whether
    or not its many capitalised names made it read as a title rather than prose."""
    return (
        block.marker is not None
        and block.heading is None
        and nxt.marker == block.marker
        and nxt.depth == block.depth
        and _report(block)
        and _report(nxt)
    )


def sentence_sibling(block: Block, nxt: Block) -> bool:
    """Is ``block`` a full sentence that reports nothing ("Hello and housekeeping.", "See you
    next week.") in the same list as ``nxt``, which reports? Then it is no headline over
    ``nxt``: a headline does not end its sentence, and the entries of one list are siblings
    (a chapter list's welcome over its first report, heldout9, fix16p)."""
    return (
        block.marker is not None
        and block.heading is None
        and nxt.marker == block.marker
        and nxt.depth == block.depth
        and block.text.rstrip().endswith(_SENTENCE_END)
        and _report(nxt)
        and not _report(block)
    )


def siblings(block: Block, nxt: Block) -> bool:
    """Entries of one list that are no headline and body: two reports, or a sentence that
    reports nothing over a report."""
    return sibling_reports(block, nxt) or sentence_sibling(block, nxt)
