"""A line that says where and when the text was saved is no development ("Saved from … on …").

Whoever copies a post, a page or a thread into a file often writes first where it came from and
when: "Saved from LinkedIn on 15 December 2025 for the team's reading list", "Clipped from the
regulator's site, 3 Nov 2025", "Copied off X (formerly Twitter) via the app", "保存自微信公众号
（2025年12月3日）". It is the first line, so it read as the document's headline over the
disclaimer or the post under it, and became an item dated by the day of the copy (heldout19's
LinkedIn post, fixtrack19); that day stays the document's date where nothing else gives one.
A short paragraph (``_MAX_WORDS``) that opens with a verb of copying and "from", "off" or "via"
(or 保存自, 摘录自 …) is such a capture line: it is left out (shown as skipped), wherever it
stands. A sentence that reports a copy ("The CAC copied the draft …") does not open so.
"""

from __future__ import annotations

import re

from piplkit.track import dates
from piplkit.track.model import Block, Skipped
from piplkit.track.textutil import words

REASON = "capture line (where and when the text was saved or copied)"
_CAPTURE = re.compile(
    r"^\W{0,3}(?:(?:saved|copied|clipped|captured|archived|exported|downloaded|pasted|"
    r"screenshotted|scraped|retrieved|grabbed|forwarded|bookmarked)"
    r"(?:\s+(?:and|&)\s+\w+ed)?\s+(?:from|off|via|out\s+of)\s+\S|"
    r"(?:保存|收藏|摘录|复制|剪藏|截取|转存|抓取|导出)(?:自|于)\S)",
    re.I,
)
#: a capture line names a source and a day; longer is a paragraph of its own
_MAX_WORDS = 30
_FIRST = frozenset("SCADEPRGFBscadeprgfb保收摘复剪截转抓导")


def capture_line(block: Block) -> bool:
    """True when ``block`` is a short paragraph that says where the text was copied from."""
    if block.heading is not None or block.marker is not None or block.cells is not None:
        return False
    text = block.text.lstrip()
    if not text or (text[0] not in _FIRST and text[0].isalnum()):
        return False
    return words(text) <= _MAX_WORDS and bool(_CAPTURE.match(text))


def drop_capture_lines(
    blocks: list[Block], skipped: list[Skipped], meta: dict[str, str]
) -> list[Block]:
    """``blocks`` without their capture lines (added to ``skipped``). The day of the copy is
    the latest the text can be from: where the format gives no date (``meta``), it is the
    document's date, as it was when the line was read in its preamble (relative days resolve
    against it)."""
    out: list[Block] = []
    for block in blocks:
        if not capture_line(block):
            out.append(block)
            continue
        skipped.append(Skipped(REASON, block.text[:70], block.line))
        found = [d for d in dates.find_dates(block.text) if d.full]
        if found and not meta.get("date"):
            meta["date"] = found[0].text
    return out
