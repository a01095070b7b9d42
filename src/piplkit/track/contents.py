"""A gazette's contents page: entries grouped under the bodies that issue them, each entry
followed by its translation (heldout13, H13-7).

An official gazette opens with its contents (目錄 / SUMÁRIO): the name of each issuing body on
a line of its own ("立法會　Assembleia Legislativa"), under it one entry per act ("• 第 12/2025
號法律：修改……，立法會於二零二五年十一月二十日通過，自公佈翌日起生效。………… 2301"), and under each
entry the same entry in the territory's other official language ("Lei n.º 12/2025 — Alteração
… ………… 2301"). Read as a newsletter, the body's name looked like a headline whose text was the
entries under it, and each translation like more of its text.

Two rules, by shape rather than by any gazette's words:

- a line in another script right under a list entry that repeats the entry's act number
  ("12/2025") or page number is its translation: the same development, dropped
  (``translated_entries``);
- a name line (short, no sentence mark, no digit, no date) over list entries that are each a
  closed sentence, at least half of them with a date or a named instrument (each reports on
  its own), heads a group of items, as a section heading does, when the document has two or
  more such groups
  (``group_heads``).
"""

from __future__ import annotations

import re

from piplkit.track import dates
from piplkit.track.model import Block, Skipped

_CJK = re.compile(r"[\u3400-\u9fff]")
#: an act's number ("12/2025", "n.º 31/2025") or a contents entry's page number at the end
_NUMBER = re.compile(r"\b\d{1,4}/(?:19|20)\d{2}\b")
_PAGE = re.compile(r"(?:…{2,}|\.{4,}|·{4,})\s*(\d{1,5})\s*$")
#: what a name line has none of
_NOT_NAME = re.compile(r"[\d。.!?！？；;：:，,]")
#: a sentence's close, before a contents entry's dot leader and page number
_CLOSED = re.compile(r"[。.](?:\s*(?:…{2,}|\.{4,}|·{4,})\s*\d{1,5})?\s*$")
_SKIPPED = "translation of the entry above (same development)"


def _numbers(text: str) -> set[str]:
    found = set(_NUMBER.findall(text))
    page = _PAGE.search(text)
    if page:
        found.add("p" + page.group(1))
    return found


def _translation(block: Block, entry: Block) -> bool:
    if block.marker is not None or block.heading is not None or block.cells is not None:
        return False
    if entry.marker is None or not _CJK.search(entry.text) or _CJK.search(block.text):
        return False
    return bool(_numbers(entry.text) & _numbers(block.text))


def translated_entries(blocks: list[Block], skipped: list[Skipped]) -> list[Block]:
    """The blocks without the translations under a contents page's entries (each recorded in
    ``skipped``)."""
    out: list[Block] = []
    for block in blocks:
        if out and block.text[:1].isascii() and _translation(block, out[-1]):
            skipped.append(Skipped(_SKIPPED, block.text[:100], block.line, 1))
            continue
        out.append(block)
    return out


def _name_line(block: Block) -> bool:
    text = block.text
    return (
        block.marker is None
        and block.cells is None
        and block.heading in (None, 7)
        and 2 <= len(text) <= 80
        and not _NOT_NAME.search(text)
    )


def _closed(entry: Block) -> bool:
    """A list entry that is a sentence of its own."""
    return len(entry.text) >= 20 and bool(_CLOSED.search(entry.text))


def _reports(entry: Block) -> bool:
    """A list entry that reports on its own: a date or a named instrument in it."""
    text = entry.text
    return "《" in text or "«" in text or bool(dates.find_dates(text))


def group_heads(blocks: list[Block]) -> set[int]:
    """Indices of the name lines that head groups of reporting list entries, when there are two
    or more such groups (one could be a story's headline over its points)."""
    heads: set[int] = set()
    for i in range(len(blocks) - 1):
        if blocks[i + 1].marker is None or not _name_line(blocks[i]):
            continue
        entries = []
        for j in range(i + 1, len(blocks)):
            block = blocks[j]
            if block.marker is None or block.heading not in (None, 7):
                break
            entries.append(block)
        if (
            entries
            and all(_closed(e) for e in entries)
            and 2 * sum(1 for e in entries if _reports(e)) >= len(entries)
        ):
            heads.add(i)
    return heads if len(heads) >= 2 else set()
