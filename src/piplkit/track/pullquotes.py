"""A pull quote is no headline and no development (heldout11, fix16u).

A blog's month in review set quotations between its dated paragraphs ('> "Four hours is a very
short clock for a multinational." — our clinic director, on the new reporting rules'). The
Markdown reader gives a block quote's paragraphs as paragraphs, and the quotation, a short line
over a dated paragraph, read as that paragraph's headline: the development took the quote as
its title. A paragraph that is only a quotation and the name of who said it (after a dash) is a
pull quote: it repeats or comments on the text around it, whatever the layout.
"""

from __future__ import annotations

import re

from piplkit.track.layout import has_action

#: the whole paragraph a quotation in quotation marks, then a dash and who said it (at most a
#: short line): '"…" — our clinic director', '“……”——某律师', '「……」—— 受訪者'
_PULL_QUOTE = re.compile(
    r"^\s*(?:[\"“„«]|「|『|‘)(?P<quote>[^\"“”„«»「」『』]{8,400})(?:[\"”»]|」|』|’)\s*"
    r"(?:[—–]{1,2}|--?|―)\s*(?P<who>[^\"“”「」『』\n]{2,120})$"
)
#: a sentence after the attribution: the paragraph reports something (a quote opening a story)
_SENTENCE_AFTER = re.compile(r"[.。!！?？]\s+\S")


def pull_quote(text: str) -> bool:
    """The paragraph is a quotation and who said it, and nothing else."""
    if not text or text.lstrip()[:1] not in '"“„«「『‘':
        return False
    m = _PULL_QUOTE.match(text)
    if m is None or _SENTENCE_AFTER.search(m.group("who")):
        return False
    return not has_action(m.group("who"))  # '"Clean Cyberspace" — CAC launches …': a headline
