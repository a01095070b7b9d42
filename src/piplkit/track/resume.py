"""Where the items begin again inside a skipped summary section that has no heading to end it.

A "Coming up" or "展望" outlook names what is ahead; a newsletter may put its timeline of what
already happened straight under it, with no heading of the outlook's rank between them (dated
paragraphs, or headlines one level deeper). A dated report of a completed action, dated before
every date the outlook named, is not part of the outlook: the items begin there. An editor's
note (编者按) is prose: a table whose header names its columns is not part of it; nor is a
timeline table under an outlook whose first row reports what happened before the outlook's
dates. Kept apart from ``split`` (one state machine) and ``cues`` (one block among its
neighbours) because it reads the section's own text back from its heading.
"""

from __future__ import annotations

import re
from functools import cache

from piplkit.track import dates, tables
from piplkit.track.layout import has_action, is_body, is_dated_start, section_key
from piplkit.track.model import Block
from piplkit.track.roles import Role, bilingual_parts
from piplkit.track.textutil import normalise
from piplkit.track.vocab import load

#: what is still to happen: an outlook's own entries say it ("will", "expected", "将", "拟")
_FUTURE = re.compile(
    r"\b(?:will|would|shall|expected|expects|is\s+to|are\s+to|due|plans?|planned|scheduled|"
    r"set\s+to|likely|upcoming|deadline|next)\b|将|拟|预计|计划|即将|有望|截止|届时",
    re.I,
)
#: a year of months and days laid on a circle (31 days a month is close enough to order them)
_YEAR = 12 * 31


@cache
def _kinds() -> dict[str, str]:
    """Section key -> ``outlook`` or ``note`` (``summary_kinds`` in ``data/sections.yaml``)."""
    data = load("sections")["summary_kinds"]
    return {normalise(name): kind for kind, names in data.items() for name in names}


def _kind(heading: str) -> str | None:
    key = section_key(heading)
    kinds = _kinds()
    found = kinds.get(key)
    if found is None:
        if ":" in heading or "：" in heading:
            found = kinds.get(section_key(re.split(r"[:：]", heading, maxsplit=1)[0]))
        for part in bilingual_parts(key) if found is None else ():
            found = kinds.get(part) or found
    return found


def resumes(roles: list[Role], index: int, group: str, heading: str) -> bool:
    """True when the block at ``index``, inside a skipped section of ``group`` headed
    ``heading``, begins the items: a development table under an editor's note, or a dated
    report of what happened under an outlook that dated what is ahead."""
    if group != "summary":
        return False
    kind = _kind(heading)
    block = roles[index][0]
    if kind == "note":
        return block.cells is not None and tables.header_roles(block.cells) is not None
    if kind != "outlook":
        return False
    if block.cells is not None:
        text = _first_row_text(roles, index)  # a timeline table under the outlook's text
    else:
        report = block if is_body(block) or block.marker is not None else _body_under(roles, index)
        text = report.text if report is not None and is_dated_start(report.text) else None
    if text is None or not has_action(text) or _FUTURE.search(text):
        return False
    said = _section_text(roles, index, heading)
    if said is None:
        return False  # the outlook's first entry is its own
    when = _first_date(text)
    if when is None:
        return False
    ahead = [*dates.find_dates(said), *dates.find_months(said)]
    return all(_before(when, other) for other in ahead if other.rel_month is None)


def _first_row_text(roles: list[Role], index: int) -> str | None:
    """The first data row of a development table, its date cell first ("3 November 2025 CAC
    The CAC issued …"), or None when the header names no date column."""
    header = roles[index][0]
    columns = tables.header_roles(header.cells or [])
    if columns is None or "date" not in columns or index + 1 >= len(roles):
        return None
    row = roles[index + 1][0]
    if row.cells is None or row.table != header.table:
        return None
    cells = dict(zip(columns, row.cells, strict=False))
    return " ".join(cells.get(k) or "" for k in ("date", "authority", "title", "summary"))


def _body_under(roles: list[Role], index: int) -> Block | None:
    """The paragraph right under a headline, if the next block is one."""
    if index + 1 >= len(roles):
        return None
    nxt, role, _ = roles[index + 1]
    return nxt if role == "text" and is_body(nxt) else None


def _section_text(roles: list[Role], index: int, heading: str) -> str | None:
    """The text of the section between its heading and ``index`` (None when there is none)."""
    texts: list[str] = []
    for block, role, _ in reversed(roles[:index]):
        if block.text == heading or role != "text":
            break
        texts.append(block.text)
    return " ".join(reversed(texts)) or None


def _first_date(text: str) -> dates.DateMention | None:
    found = dates.find_dates(text[:80]) or dates.find_months(text[:80])
    return found[0] if found and found[0].rel_month is None else None


def _before(when: dates.DateMention, other: dates.DateMention) -> bool:
    """``when`` comes before ``other``: by the calendar when both have a year, else on the
    circle of the year (an outlook's "15 December" is six weeks after "3 November", and its
    "15 January" two weeks after "1 January")."""
    if when.year is not None and other.year is not None:
        return (when.year, when.month, when.day or 1) < (other.year, other.month, other.day or 1)
    gap = (other.month * 31 + (other.day or 1) - when.month * 31 - (when.day or 1)) % _YEAR
    return 0 < gap < _YEAR // 2
