"""The passes over a read document's blocks before it is split into items.

Each pass recognises one publisher's framing that is not a development — a Q&A's question
lines, a contribution's byline, a chat's timestamps, an e-mail's salutations, a thread's post
lines, lead-ins, lettered lists, a gazette's translated entry lines — and rewrites or skips those
blocks (adding what it leaves out to ``skipped``) so that the splitter sees the items alone. The
order matters where one framing sits inside another: link labels come off first, lead-ins after
the thread and chat frames have been removed.
"""

from __future__ import annotations

from piplkit.track.capturelines import drop_capture_lines
from piplkit.track.chatframe import chat_blocks
from piplkit.track.contents import translated_entries
from piplkit.track.contribmeta import contribution_blocks
from piplkit.track.dateheads import dated_entries
from piplkit.track.emojibullets import emoji_bullets
from piplkit.track.leadins import drop_lead_ins
from piplkit.track.lettered import lettered_blocks
from piplkit.track.linklabels import drop_link_labels
from piplkit.track.mailthread import thread_blocks
from piplkit.track.model import Block
from piplkit.track.postmeta import post_blocks
from piplkit.track.qalines import qa_blocks
from piplkit.track.read_result import ReadResult


def framed_blocks(read: ReadResult) -> list[Block]:
    """``read``'s blocks with every publisher's framing taken off (``read.skipped`` grows)."""
    blocks = drop_link_labels(read.blocks)  # "… Law. Read the notice": a label (H12-3)
    blocks = drop_capture_lines(blocks, read.skipped, read.meta)  # "Saved from LinkedIn on …" (H19)
    blocks = emoji_bullets(blocks)  # "▶️ On 3 December, …" in a run of such entries (H19)
    blocks = qa_blocks(blocks, read.skipped)  # "Q:" lines are parts of their topic (H12-2)
    blocks = contribution_blocks(blocks, read.skipped)  # "Note by … · pp. 1–5" (H12-4)
    blocks = chat_blocks(blocks, read.skipped)  # "15:32", the sender's name (H12-5)
    blocks = thread_blocks(blocks, read.skipped)  # "Priya,", "Sent from my iPhone" (H12-1)
    blocks = post_blocks(blocks, read.skipped)  # "wu-yan commented on Nov 25, 2025" (H13)
    blocks = drop_lead_ins(blocks, read.skipped)  # "… one paragraph each:" (H12-1)
    blocks = lettered_blocks(blocks, read.skipped)  # "A. On 15 September …" (H13-5)
    blocks = dated_entries(blocks)  # "### 2025-12-03" over two bullets dates both (H14-9)
    return translated_entries(blocks, read.skipped)  # "Lei n.º 12/2025 — …" (H13-7)
