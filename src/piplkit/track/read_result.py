"""What every reader returns, its error, and the list-line test the readers share.

These sit apart from ``readers`` because the format readers (``read_binary``, ``read_html``)
need them while ``readers`` dispatches to those readers: kept in ``readers`` they made an import
cycle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from piplkit.track.model import Block, Skipped


class TrackInputError(ValueError):
    """The input is not an update document the tracker can read (empty, binary, undecodable)."""


@dataclass
class ReadResult:
    """Blocks of a document, its format, metadata the format carries and text left outside."""

    blocks: list[Block]
    layout: str
    #: ``date`` (publication date as written in metadata), ``title``
    meta: dict[str, str] = field(default_factory=dict)
    skipped: list[Skipped] = field(default_factory=list)


_LIST_START = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、．]|[壹贰貳叁參参肆伍陆陸柒捌玖拾]{1,3}\s*、|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|"
    r"\d{1,3}(?:[.．](?![\d.])|[、)）])\s*\S|[•·▪●○◆◇■□►▶➢➤✓✔◼◾◦‣⁃]\s|[-*–]\s+\S|"
    r"(?:典型)?案例[一二三四五六七八九十\d]{1,3}[\s、：:．.]|\d\ufe0f?\u20e3|"
    r"[\u2460-\u2473\u2776-\u277f\u2780-\u2789])"
)
_SOURCE_START = re.compile(r"^\[?\^?\d{1,3}\]?[.:)]?\s+https?://")


def list_starts(line: str) -> bool:
    """The line opens a list entry or a numbered source line ("3 https://…")."""
    return bool(_LIST_START.match(line) or _SOURCE_START.match(line))
