"""An outline's lettered entries ("A. …", "B. …") are a list (heldout13, H13-5).

A course outline, a memo or a brief numbers its parts with Roman numerals and the entries under
each part with capital letters: "II. New rules" over "A. On 15 September 2025, the CAC issued …"
and "B. On 14 March 2025, …". The letter was read as the first word of a paragraph, so the
entries were one text under their part's heading instead of a list whose entries each report a
development. A single capital letter and a full stop is also an initial ("A. Smith") or the
answer of a question and answer ("A. Article 21 of …"), so the letters count only as a run: two
or more paragraphs in a row lettered A, B, C … in order. Their letters become list markers
(style ``upper``), as "a." and "1." are.
"""

from __future__ import annotations

import dataclasses
import re

from piplkit.track.model import Block, Skipped

#: "A. On 15 September …": a capital letter, a full stop, a space
_LETTER = re.compile(r"^([A-H])\.\s+(?=\S)")


def _letter(block: Block) -> str | None:
    if block.marker is not None or block.cells is not None or block.heading is not None:
        return None
    m = _LETTER.match(block.text) if block.text[1:2] == "." else None
    return m.group(1) if m else None


def lettered_blocks(blocks: list[Block], skipped: list[Skipped]) -> list[Block]:
    """The blocks with each run of lettered paragraphs (A., B., … in order) as list entries.
    (``skipped`` is unchanged: nothing is dropped.)"""
    del skipped
    out = list(blocks)
    i = 0
    while i < len(out):
        if _letter(out[i]) != "A":
            i += 1
            continue
        end = i + 1
        while end < len(out) and _letter(out[end]) == chr(ord("A") + end - i):
            end += 1
        if end - i >= 2:
            for j in range(i, end):
                block = out[j]
                m = _LETTER.match(block.text)
                assert m is not None
                out[j] = dataclasses.replace(
                    block, text=block.text[m.end() :], list_no=j - i + 1, marker="upper"
                )
        i = end
    return out
