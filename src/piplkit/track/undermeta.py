"""Metadata lines between a headline and its text: a result's site name, a count of votes
(heldout13, H13-1 and H13-10).

A search alert stacks each result as headline, the site that carries it ("Example Daily
Tech"), the snippet and the URL; a vote's results page puts the entry's tally ("得票：4,512
（35.1%）", "Votes: 812 (21%)") under each entry's heading. Read as paragraphs, such a line was
the short line right over the text, so the splitter took it for the headline and the real
headline above it for a title without text. What sets it apart is its form, checked against
its neighbours: the line above is a headline (a heading, or a short line that closes no
sentence and is written in sentence case, as headlines are), the paragraph under it is prose,
and the line itself is either a count under a label (a colon and a number, perhaps a share in
brackets) or a name: a few capitalised words and no verb, no digit, no sentence mark. Such a
line is the page's metadata (role ``meta``), so the headline above keeps the text under it.

A site line that labels its result as comment ("Example Daily Tech (opinion)") also marks the
result as commentary, not a development (``OPINION``; H13-1: the opinion result repeats a fine
reported above it).
"""

from __future__ import annotations

import re

from piplkit.track.bylines import byline
from piplkit.track.layout import has_action, is_body
from piplkit.track.model import Block, RawItem
from piplkit.track.textutil import words

#: "得票：4,512（35.1%）", "Votes: 812 (21%)", "阅读量：1.2万": a short label, a colon, a count
_COUNT = re.compile(
    r"^[^\W\d_][^:：\d]{0,15}[:：]\s*\d[\d,.\s]*(?:万|千|k|K|%|％)?"
    r"(?:\s*[(（]\s*\d[\d.,]*\s*[%％]\s*[)）])?\s*(?:票|votes?|views?|次)?\s*$"
)
#: a comment label in brackets after a site's name ("(opinion)", "（评论）")
_LABELLED = re.compile(
    r"\s*[(（]\s*(?:opinion|op-ed|comment(?:ary)?|analysis|editorial|blog|评论|評論|观点|觀點)"
    r"\s*[)）]\s*$",
    re.I,
)
#: the small words a name in title case leaves in lower case
_SMALL = frozenset({"of", "the", "and", "for", "on", "in", "at", "de", "du", "&", "-", "–", "|"})
#: what a name line has none of: a digit, a sentence's mark, a colon, a link
_NOT_NAME = re.compile(r"[\d.!?;:：。！？；，,@/]|https?")
#: the warning that marks an item labelled as comment by its site line
OPINION = "labelled as comment by its site line"


def _name(text: str) -> bool:
    """A site's or publisher's name: one to six capitalised words, no verb, no digit."""
    bare = _LABELLED.sub("", text)
    parts = bare.split()
    if not 1 <= len(parts) <= 6 or not bare.isascii() or bare.isupper() or _NOT_NAME.search(bare):
        return False
    if not all(p[:1].isupper() or p.lower() in _SMALL for p in parts):
        return False
    return not has_action(bare)


def _sentence_case(text: str) -> bool:
    """A headline in sentence case: lower-case words other than the small ones."""
    return sum(1 for p in text.split() if p[:1].islower() and p not in _SMALL) >= 2


def _headline(block: Block) -> bool:
    if block.heading is not None:
        return True
    text = block.text.rstrip()
    return (
        block.cells is None
        and 4 <= words(text) <= 25
        and not text.endswith((".", "。", ":", "：", ";", "；"))
        and not is_body(block)
    )


def _meta_line(block: Block, above: Block, below: Block, under_title: bool = False) -> bool:
    text = block.text.strip()
    if block.heading is not None or block.cells is not None or block.marker is not None:
        return False
    if len(text) > 60 or below.cells is not None or not _headline(above):
        return False
    if not is_body(below):
        return False
    if _COUNT.match(text):
        return True
    if byline(text):  # "By our Beijing staff | 15 Dec 2025" under a story's headline (heldout18)
        return not block.links and not under_title  # (under the page's title: its masthead's)
    return above.heading is None and _sentence_case(above.text) and not block.links and _name(text)


def _candidate(text: str) -> bool:
    """A cheap first look: a short line that may be a count (a colon) or a name (ASCII, no
    digit)."""
    if len(text) > 60:
        return False
    if "：" in text or ":" in text or text[:3].lower() == "by ":
        return True
    return text.isascii() and not any(c.isdigit() for c in text)


def meta_lines(blocks: list[Block]) -> set[int]:
    """The indices of the metadata lines between a headline and its text."""
    found: set[int] = set()
    for i in range(1, len(blocks) - 1):
        block = blocks[i]
        if _candidate(block.text) and _meta_line(block, blocks[i - 1], blocks[i + 1], i == 1):
            found.add(i)
    return found


def read_meta(item: RawItem | None, block: Block, date: str | None) -> None:
    """What a metadata line under a headline tells about its item: the date a feed's source
    line gives (when the text gives none), and a comment label after a site's name."""
    if item is None:
        return
    if date:
        item.hints.setdefault("signed", date)
    if _LABELLED.search(block.text) and _name(block.text.strip()):
        item.warnings.append(OPINION)
