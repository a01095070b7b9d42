"""Text objects PDFium draws but leaves out of its text page, read back through pypdf.

PDFium's text page drops a text object whose box has no width: a non-embedded CID font (a
report set in STSong-Light without the font file) gives a lone full-width mark such as "。"
no width, so a table cell's last character wrapped onto a line of its own ("…自2026年3月1日起
施行" over "。") vanished. The lost line doubled the gap above the table's next row, which then
fell out of the table: its cells ran together as one paragraph (heldout12's broker weekly). The
PDFium reader reports such objects with empty text; this module asks pypdf for that page only
and takes the run that starts at the same place (within a point), dropping the object when
pypdf has none there. Documents without a lost object never load pypdf.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

#: (baseline y, left x, text, size, font) as the PDFium reader gives them
Chunk = tuple[float, float, str, float, str]
#: (baseline y, x, text, size, bold) as pypdf's visitor gives them
Run = tuple[float, float, str, float, bool]
#: how far (points) pypdf's run may start from PDFium's object
_NEAR = 1.0


def recovered(chunks: Sequence[Chunk], runs_of: Callable[[], list[Run]]) -> list[Chunk]:
    """``chunks`` with each empty one's text taken from pypdf's run at its place (``runs_of``
    reads the page with pypdf; called only when a chunk is empty); unmatched ones dropped."""
    if all(chunk[2] for chunk in chunks):
        return list(chunks)
    runs = runs_of()
    out: list[Chunk] = []
    for y, x, text, size, font in chunks:
        if not text:
            found = [r[2] for r in runs if abs(r[0] - y) <= _NEAR and abs(r[1] - x) <= _NEAR]
            if not found:
                continue
            text = found[0]
        out.append((y, x, text, size, font))
    return out
