"""A journal's contribution line ("Note by Li Wen · pp. 367–372 · DOI …") is metadata.

A law journal's contents page prints, under each bold title, who wrote it, its pages and its
DOI, then its abstract. Read as text, that line was the headline of the abstract below it, so
the note's own title was left without text and the item titled by its authors (H12-4); a PDF
may also run the line into the abstract ("… · DOI 10.0000/x.0404 On 28 October 2025, …").
A line of authors (optionally "Note by", "Reviewed by", …) followed by a page range after a
middle dot or bar, with an optional DOI, is left out (shown as skipped); when the abstract runs
on after it, the abstract stays as its own block. A DOI alone is no source (no URL).
"""

from __future__ import annotations

import re
from dataclasses import replace

from piplkit.track.model import Block, Skipped

_CONTRIB = re.compile(
    r"^(?:(?:[A-Z][a-z]+\s+){0,2}by\s+)?[^·|\n]{2,80}?\s*[·|]\s*pp?\.\s*\d+(?:\s*[–-]\s*\d+)?"
    r"(?:\s*[·|]\s*DOI:?\s*10\.\d{4,9}/\S+)?\s*"
)
REASON = "contribution line (authors, pages, DOI)"


def contribution_blocks(blocks: list[Block], skipped: list[Skipped]) -> list[Block]:
    """``blocks`` without journal contribution lines (added to ``skipped``); an abstract run
    into such a line is kept without it."""
    out: list[Block] = []
    for block in blocks:
        text = block.text
        # (the pattern needs "p." and a dot or bar: most blocks pass on two substring tests)
        cheap = "p." in text and ("·" in text or "|" in text)
        m = _CONTRIB.match(text) if cheap and block.cells is None else None
        if m is None:
            out.append(block)
            continue
        skipped.append(Skipped(REASON, m.group(0).strip()[:70], block.line))
        rest = block.text[m.end() :].strip()
        if rest:
            out.append(replace(block, text=rest))
    return out
