"""A link's label after a paragraph's last sentence is a pointer to the source, not prose.

Live blogs, newsletters and feeds close a post's paragraph with a link to the source: "… under
the Data Security Law. Read the notice (Chinese)", "… take effect on 1 April 2026. [Text](…)",
"……自2026年1月1日起施行。查看原文". The readers keep the link's address (the item's source)
and its label in the text, so the paragraph no longer ends as a sentence: it was read as a
headline, the post's own heading above it as a section heading, and the label ran into the
title (H12-3). A block that carries a link, is no heading or table cell, and ends with a short
label (at most six words or twelve CJK characters, opening with a capital, a CJK character or a
bracket, with no sentence end, digit or address in it) right after a closed sentence loses the
label; the address stays in ``links``. A sentence that goes on after an abbreviation ("the U.S.
regulator") opens with a lower-case word or is longer, and stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from piplkit.track.model import Block
from piplkit.track.textutil import words

#: a closed sentence, then a short label (the whole tail of the block)
_TAIL = re.compile(
    r"(?<=[^\s.][.!?。！？])[\"'”’」』）)]*\s*"
    r"(?P<label>[A-Z\u4e00-\u9fff(（\[【→»›][^.!?。！？:：\d/]{0,48})$"
)
_MAX_WORDS = 6
_MAX_CJK = 12
#: an abbreviation's point is no sentence end ("U.S.", "No.", "e.g.")
_ABBREVIATION = re.compile(r"(?:\b[A-Za-z]|\b(?:No|Art|para|e\.g|i\.e|etc|Mr|Ms|Dr|St))\.$")


def without_label(text: str) -> str:
    """``text`` without a link label after its last sentence (unchanged when there is none)."""
    m = _TAIL.search(text)
    if m is None:
        return text
    label = m.group("label").rstrip()
    head = text[: m.start()].rstrip()
    if not label or len(head) < 20 or _ABBREVIATION.search(text[: m.start("label")].rstrip()):
        return text
    if label.isascii():
        if words(label) > _MAX_WORDS:
            return text
    elif len(label) > _MAX_CJK:
        return text
    return text[: m.start("label")].rstrip()


def drop_link_labels(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the link labels after their last sentences taken off (see the module)."""
    out: list[Block] = []
    for block in blocks:
        if block.links and block.heading is None and block.cells is None:
            text = without_label(block.text)
            if text != block.text:
                block = replace(block, text=text)
        out.append(block)
    return out
