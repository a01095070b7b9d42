"""A plain-text table drawn with inner bars only ("Date | Authority | Subject | Summary").

``readers`` took a text line as a table row only when a bar opened and closed it ("| a | b |",
as Markdown writes it) or tabs separated its cells. A bilingual monthly table typed in plain
text (heldout11, fix16t) wrote "日付 Date | 機関 Authority | 件名 Subject | 概要 Summary" over
rows of the same shape, with no outer bars: its rows were read as paragraphs, joined, and the
development table was lost. A block of lines is such a table when every line holds the same
number of bars and its first line names the columns of a development table (``tables``): a
byline ("By Staff Reporter | Published 5 December 2025") or a tag line over an item has no such
header, and a run of lines that merely share a bar stays text.
"""

from __future__ import annotations

from piplkit.track.tables import header_roles

#: the longest a header cell can be (a column's name, not a sentence)
_HEADER_CELL = 40


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().split("|")]


def bar_rows(lines: list[str]) -> list[list[str]] | None:
    """The cells of each line when the lines are a table drawn with inner bars, else None."""
    if len(lines) < 2:
        return None
    first = lines[0].strip()
    if "|" not in first or first.startswith("|") or first.endswith("|"):
        return None
    bars = first.count("|")
    if any(line.count("|") != bars for line in lines[1:]):
        return None
    header = _cells(first)
    if any(not c or len(c) > _HEADER_CELL for c in header) or header_roles(header) is None:
        return None
    return [_cells(line) for line in lines]
