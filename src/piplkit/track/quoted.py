"""E-mail threads in plain text: the quote markers of earlier replies are no part of the text.

A forwarded thread quotes each earlier message under its attribution line ("On Tue, 2 Dec 2025
at 18:03, … wrote:") with one ">" per level ("> On 1 December, …", ">> On 28 October 2025,
…"). Read as written, every quoted paragraph opened with ">" rather than its date, the bare ">"
lines between them were headlines, and the developments of the earlier replies were lost (H12-1).
When at least three lines of a plain-text document are quoted this way, the markers are taken
off every line, so a bare ">" is the blank line it stands for and a quoted paragraph opens with
its own first word; where the quote level changes (the attribution line over the reply it
introduces) a blank line keeps the two apart; the attribution lines stay as they are (a contact
line, not an item).
"""

from __future__ import annotations

import re

#: ">", ">>", "> >" opening a line, with the space after it
_MARK = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M)
_MIN_LINES = 3


def unquoted(text: str) -> str:
    """``text`` without the reply quote markers of an e-mail thread (else unchanged)."""
    if text.count(">") < _MIN_LINES or len(_MARK.findall(text)) < _MIN_LINES:
        return text
    lines: list[str] = []
    depth = 0
    for line in text.split("\n"):
        m = _MARK.match(line)
        level = m.group(0).count(">") if m else 0
        rest = line[m.end() :] if m else line
        if level != depth and lines and lines[-1].strip() and rest.strip():
            lines.append("")  # "… wrote:" over the quoted reply: two paragraphs
        lines.append(rest)
        depth = level
    return "\n".join(lines)
