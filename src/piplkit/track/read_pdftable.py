"""Tables in a PDF's text layer: rows of cells rebuilt from where each text run starts.

A PDF has no table structure, only text runs placed on the page. A table shows itself as a line
whose runs start at three or more separate places (the header's columns), followed by lines
whose runs all start on those columns. A line with a run in the first column opens a row; a
line without one carries the wrapped text of the row above ("GB/T" over "45574—2025" in one
cell). Read as plain lines instead, the cells of a row are joined in the order the runs were
drawn, with the wrapped halves of cells out of place, and no column can be told from another.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from piplkit.track.blocktext import finish
from piplkit.track.model import Block

#: how far (points) a run may start from its column's left edge
_SLACK = 2.0


class TableLine(Protocol):
    page: int
    y: float
    size: float
    parts: list[tuple[float, str]]


def _column(x: float, columns: list[float]) -> int | None:
    for index, start in enumerate(columns):
        if abs(x - start) <= _SLACK:
            return index
    return None


def find_tables(
    lines: Sequence[TableLine], join: Callable[[list[str]], str]
) -> list[tuple[int, int, list[list[str]]]]:
    """(first line, end line, rows of cell texts; the first row is the header) per table.

    ``join`` joins a cell's wrapped lines (the readers' own rule: no space inside Chinese)."""
    found: list[tuple[int, int, list[list[str]]]] = []
    index = 0
    while index < len(lines):
        head = lines[index]
        if len(head.parts) < 3:
            index += 1
            continue
        columns = sorted({round(x, 1) for x, _ in head.parts})
        if len(columns) < 3:
            index += 1
            continue
        end = index + 1
        confirmed = False
        while end < len(lines):
            line, prev = lines[end], lines[end - 1]
            if line.page != prev.page or abs(prev.y - line.y) > 3 * max(line.size, 1.0):
                break
            if any(_column(x, columns) is None for x, _ in line.parts):
                break
            confirmed = confirmed or len(line.parts) >= min(3, len(columns))
            end += 1
        if not confirmed:
            index += 1
            continue
        found.append((index, end, _rows(lines[index:end], columns, join)))
        index = end
    return found


def _rows(
    lines: Sequence[TableLine], columns: list[float], join: Callable[[list[str]], str]
) -> list[list[str]]:
    rows: list[list[list[str]]] = []
    for line in lines:
        placed = sorted((_column(x, columns), text) for x, text in line.parts)
        if not rows or placed[0][0] == 0:
            rows.append([[] for _ in columns])
        for column, text in placed:
            if text.strip():
                rows[-1][column or 0].append(text)
    return [[join(cell) if cell else "" for cell in row] for row in rows]


def table_blocks(rows: list[list[str]], table: int, line: int) -> list[Block]:
    """A table's rows as blocks with cells (the header row first), as other readers give them."""
    blocks = []
    for row_no, cells in enumerate(rows):
        text = " | ".join(c for c in cells if c)
        block = finish(text, cells=cells, table=table, header=row_no == 0, line=line)
        if block is not None:
            blocks.append(block)
    return blocks


#: a character past U+2E80 (CJK and beyond), as the ``ord(ch) > 0x2E80`` tests here
_WIDE = re.compile("[\u2e81-\U0010ffff]")


def _cjk_line(text: str, part: str) -> bool:
    """Whether a wrapped line joins without a space: the line above is mostly Chinese and the
    break falls inside Chinese text or inside a number ("自20" + "25年5月1日起施行")."""
    tail = text[-40:]
    if tail.isascii():
        return False  # no Chinese at all (most lines of an English PDF)
    han = len(_WIDE.findall(tail))
    if han * 2 < len(tail):
        return False
    return (
        ord(text[-1]) > 0x2E80
        or ord(part[0]) > 0x2E80
        or (text[-1].isdigit() and part[0].isdigit())
    )


def join_lines(parts: list[str]) -> str:
    """A PDF paragraph's (or a cell's) lines joined: no space inside Chinese, hyphens mended."""
    text = ""
    for part in parts:
        part = part.strip()
        if not text:
            text = part
        elif (ord(text[-1]) > 0x2E80 and ord(part[0]) > 0x2E80) or _cjk_line(text, part):
            text += part  # Chinese is set without spaces: a line break is no word break
        elif text.endswith("-") and part[:1].islower():
            text = text[:-1] + part
        else:
            text += " " + part
    return text
