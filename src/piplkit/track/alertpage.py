"""A client alert on one measure is one development (heldout14, branch fixtrack14).

A firm's alert ("China Issues Measures for the Certification of Personal Information Outbound
Transfers") reports one instrument under a headline title and then writes about it in parts of
its own ("In brief", "What happened", "Key requirements", "What this means", "How we can
help"). Only "What happened" opens with the day the measures were issued, so the splitter made
that paragraph an item titled by its first sentence. The alert, like a Q&A or an explainer page
(H4, H7-10, H9-2, ``notice``), is one development titled by its headline and dated by the
alert's own date: the single-notice path reads it so.

An alert is told by its title: a headline that reports an action on a named instrument
("<body> Issues/Releases/Adopts … <Measures …>", "…发布《…》"), no newsletter's title, the
instrument's name repeated in the text, and at most one paragraph that opens with a date (a
digest of several developments opens each with its own).
"""

from __future__ import annotations

import re

from piplkit.track.layout import is_dated_start
from piplkit.track.model import Block
from piplkit.track.notice import is_newsletter_title

_EN_HEADLINE = re.compile(
    r"^(?:[A-Z][\w.&'’-]*\s+){1,6}?(?:Issues|Releases|Publishes|Adopts|Finali[sz]es|"
    r"Promulgates|Unveils|Approves|Passes|Introduces|Amends|Issued|Released|Published|Adopted)\s+"
    r"(?:(?:the|its|new|final|a|an)\s+)*(?P<name>[A-Z][^.?!:;|]{8,150})$"
)
_ZH_HEADLINE = re.compile(
    r"^[^《》，。；：:|｜]{2,30}(?:发布|印发|公布|出台|颁布|审议通过|通过)《(?P<name>[^《》]{2,80})》"
    r"[^，。；]{0,10}$"
)
#: the words of an instrument's name that an English headline's name must open with or hold
_INSTRUMENT_WORD = re.compile(
    r"\b(?:Measures|Provisions|Rules|Regulations?|Law|Guidelines?|Standards?|Decision|Notice|"
    r"Opinions|Catalogue|Specification|Requirements)\b"
)


def _headline_name(title: str) -> str | None:
    """The instrument the headline reports an action on, else None."""
    zh = _ZH_HEADLINE.match(title)
    if zh is not None:
        return zh.group("name")
    en = _EN_HEADLINE.match(title)
    if en is None or not _INSTRUMENT_WORD.search(en.group("name")):
        return None
    return en.group("name")


def one_alert(title: str | None, blocks: list[Block]) -> bool:
    """Is the document one alert on the instrument its headline title names?"""
    if not title or len(title) > 200 or is_newsletter_title(title):
        return False
    name = _headline_name(title.strip())
    if name is None:
        return False
    body = [b for b in blocks if b.text != title and b.cells is None]
    key = name.lower()
    if not any(key in b.text.lower() for b in body):
        return False  # the text never names it again: a headline over a digest
    return sum(1 for b in body if is_dated_start(b.text)) <= 1
