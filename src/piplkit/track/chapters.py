"""A chapter list's time stamps are positions in a recording, no part of the text (heldout9).

A podcast's or a video's show notes list their chapters as "[07:25] On 18 November, the MIIT
named 23 apps …", "(1:02:10) The court ruled …", "12:50 – Last Friday, …" or, in a run of such
lines, "0:00 Intro": the stamp says where in the recording the chapter starts. Left in, it hid
the date the entry opens with (the entry did not read as a dated paragraph) and stayed in the
item's title. A transcript's turn ("[00:07:18] ANNA KO (moderator): …", ``turns``) keeps its
stamp: there the stamp and the speaker label are the turn's framing, read together.

Each chapter is an entry of one list, a chapter list (marker ``stamp``), and a
chapter's title that ends no sentence ("Intro", "开场") is a whole entry all the same, not a
headline over the next chapter: it is closed as a sentence.

The same lists end each entry with a link label ("… within ten working days. MIIT notice »",
"Read the draft →"): the link is the entry's source (kept in ``Block.links``); its label is no
sentence of the entry, and left in it kept the entry from ending its sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from piplkit.track.model import Block
from piplkit.track.turns import is_turn

#: a stamp in brackets, or bare and followed by a dash or bar: "[07:25]", "(1:02:10)",
#: "【12:50】", "12:50 – ", "01:02:10 | "
#: (a time of day and a time range are a programme's slots, no places in a recording: "9:30 am
#: | Panel A", "9:30 – 10:15 Panel A", heldout13)
_STAMP = re.compile(
    r"^\s*(?:[\[(（【]\d{1,2}:\d{2}(?::\d{2})?[\])）】]\s*(?:[-–—|·:]\s*)?|"
    r"\d{1,2}:\d{2}(?::\d{2})?\s+[-–—|·]\s+(?!\d{1,2}:\d{2}))(?=\S)"
)
#: a bare stamp ("0:00 Intro"), a chapter's only where three lines or more open with one
BARE = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?\s+(?![ap]\.?m\b)(?=[^\s\d:])", re.I)
_RUN = 3
#: the list marker of a chapter entry
STAMP = "stamp"
_OPENS = frozenset("[(（【0123456789 ")
#: a short link label after the entry's last sentence: "MIIT notice »", "Read the draft →"
_LINK_LABEL = re.compile(r"(?<=[.!?。！？”\"’)])\s*[^.!?。！？\n]{1,40}?\s*[»›→]\s*$")
_ARROWS = ("»", "›", "→")
_ENDS = (".", "。", "!", "！", "?", "？", "…")
_CJK_END = re.compile(r"[\u4e00-\u9fff]$")


def unstamped(blocks: list[Block]) -> list[Block]:
    """The blocks with a chapter's time stamp taken off the start of each text that has one
    (a transcript's turns keep theirs) and a link's label off the end of a linked entry."""
    bare = sum(1 for b in blocks if b.text[:1] in _OPENS and BARE.match(b.text)) >= _RUN
    out = blocks
    for index, block in enumerate(blocks):
        text = block.text
        if block.cells is not None:
            continue
        if block.links and text.rstrip().endswith(_ARROWS):
            label = _LINK_LABEL.search(text)
            text = text[: label.start()] if label else text
        stamp = _STAMP.match(text) or (bare and BARE.match(text)) if text[:1] in _OPENS else None
        marker = block.marker
        if stamp and not is_turn(text):
            text = text[stamp.end() :].rstrip()
            marker = STAMP
            if not text.endswith(_ENDS):  # "Intro", "开场": a whole chapter, no headline
                text += "。" if _CJK_END.search(text) else "."
        if text != block.text:
            if out is blocks:
                out = list(blocks)
            out[index] = replace(block, text=text, marker=marker)
    return out
