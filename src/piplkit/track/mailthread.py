"""An e-mail thread's own framing: greetings, signatures and device lines are no development.

A thread of replies (each earlier message under "On Tue, 2 Dec 2025 at 18:03, Chen Yu <…>
wrote:") greets and signs each message with the senders' names ("Priya,", "Yu", "Chen Yu |
Senior Counsel | +86 …") and often a device line ("Sent from my iPhone"). Read as text, these
short lines were headlines over the dated paragraphs of the message (H12-1). When a document
holds at least two attribution lines, a line made only of words of the senders' names (taken
from the attribution and From: lines), followed by a comma or nothing, a signature line that
opens with a sender's name and goes on after a bar, and a "Sent from my …" line are left out
(shown as skipped). A heading or a line with other words ("Enforcement", "Priya, here are the
items:") is kept.
"""

from __future__ import annotations

import re

from piplkit.track.model import Block, Skipped

#: "On Tue, 2 Dec 2025 at 18:03, Chen Yu <yu.chen@example.com> wrote:", "… 写道："
_ATTRIBUTION = re.compile(r"^On\s.{4,80}?,\s*(?P<name>[^,<]{2,60}?)\s*(?:<[^>]*>)?\s*wrote:$")
_FROM = re.compile(r"^(?:From|发件人)\s*[:：]\s*(?P<name>[^<]{2,60}?)\s*(?:<[^>]*>)?$")
_DEVICE = re.compile(r"^Sent\s+from\s+my\s+\w+(?:\s+\w+)?\.?$|^发自我的\S{1,10}$", re.I)
_NAME_LINE = re.compile(r"^(?P<words>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*[,，]?$")
#: the literal openings of ``_ATTRIBUTION`` and ``_FROM`` (neither is case-insensitive): a block
#: opening otherwise matches neither, so ``_names`` skips it without running them
_OPENINGS = ("On", "From", "发件人")
REASON = "e-mail framing (greeting, sign-off or external-mail banner)"
_MIN = 2


def _names(blocks: list[Block]) -> set[str]:
    names: set[str] = set()
    attributions = 0
    for block in blocks:
        text = block.text
        if not text.startswith(_OPENINGS):  # what both patterns open with, tested in C
            continue
        m = _ATTRIBUTION.match(text) if "wrote:" in text else None  # (its lazy runs backtrack)
        attributions += m is not None
        m = m or _FROM.match(text)
        if m is not None:
            names.update(m.group("name").split())
    return names if attributions >= _MIN else set()


def _framing(block: Block, names: set[str]) -> bool:
    text = block.text.strip()
    if block.heading is not None or block.cells is not None or block.marker is not None:
        return False
    if _DEVICE.match(text):
        return True
    m = _NAME_LINE.match(text)
    if m is not None:
        return all(w in names for w in m.group("words").split())
    head, bar, _ = text.partition("|")
    return bool(bar) and bool(head.split()) and all(w in names for w in head.split())


def thread_blocks(blocks: list[Block], skipped: list[Skipped]) -> list[Block]:
    """``blocks`` without an e-mail thread's greetings, signatures and device lines (added to
    ``skipped``); other documents unchanged."""
    names = _names(blocks)
    if not names:
        return blocks
    out: list[Block] = []
    for block in blocks:
        if _framing(block, names):
            skipped.append(Skipped(REASON, block.text[:70], block.line))
        else:
            out.append(block)
    return out
