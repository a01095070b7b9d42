"""Every list entry under a date heading is dated by it (heldout14, branch fixtrack14).

A team wiki's log ("### 2025-12-03" over two bullets) writes the date once above the entries of
that day. The splitter dates the first entry under a date heading by it; the second began an
item of its own with no date ("广州互联网法院判决…" has none in its text). This pass gives each
later entry of the same list under the heading the heading's text as its entry date, which the
extractor reads only when the entry's own text names no date, as a feed entry's date span.
"""

from __future__ import annotations

from dataclasses import replace

from piplkit.track.layout import is_date_heading
from piplkit.track.model import Block


def dated_entries(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the second and later entries under a date heading dated by it."""
    out: list[Block] = []
    heading = ""
    marker: str | None = None
    for block in blocks:
        if block.heading is not None:
            heading = block.text if is_date_heading(block) else ""
            marker = None
        elif heading and block.marker is not None and block.depth == 0:
            if marker is None:
                marker = block.marker  # the first entry: the splitter dates it by the heading
            elif block.marker == marker and not block.entry_date:
                block = replace(block, entry_date=heading)
        elif heading and block.marker is None and marker is not None:
            heading = ""  # a paragraph after the list ends the day's entries
        out.append(block)
    return out
