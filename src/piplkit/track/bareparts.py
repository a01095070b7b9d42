"""A numbered part of a document with only prose under it, beside parts that hold headlines,
is the publisher's own part, not a development (heldout11, fix16u).

A chamber of commerce's brief had three numbered parts at one heading level: 一、本會立場書摘要
(its own position paper, prose), 二、政策回顧 (bold headlines, each over its paragraph: the
developments) and 三、會員活動 (a webinar, prose). The prose parts were read as items with their
part's heading as title. Where the developments of a document are headlines one level below
its parts, a part at that upper level with no headline of its own under it reports none: it is
the publisher's own matter (a summary of its views, its events) unless its heading reports
something itself (an action, a public body, a 《title》, a date) or its text opens as a report
does ("On 2 December 2025 the … Court held …").
"""

from __future__ import annotations

from piplkit.track.cues import item_like, reports
from piplkit.track.roles import Role

#: the reason a part's blocks are skipped for (``layout.SKIP_REASONS``)
OWN_PART = "own_part"


def _spans(roles: list[Role]) -> list[tuple[int, int, int]]:
    """(index, end, level) of each text heading: its part runs to the next heading of its level
    or a higher one (or a section heading)."""
    out = []
    for i, (block, role, _) in enumerate(roles):
        level = block.heading
        if role != "text" or level is None:
            continue
        end = len(roles)
        for j in range(i + 1, len(roles)):
            other, other_role, _ = roles[j]
            if other_role == "section" or (other.heading is not None and other.heading <= level):
                end = j
                break
        out.append((i, end, level))
    return out


def bare_parts(roles: list[Role]) -> list[Role]:
    """``roles`` with the parts that hold only prose, beside parts of headlines, skipped as
    the publisher's own (their blocks only: the heading after them starts what it starts)."""
    if sum(1 for b, role, _ in roles if role == "text" and b.heading is not None) < 4:
        return roles  # (too few headings for parts and headlines)
    spans = _spans(roles)
    headed: dict[int, int] = {}  # level -> parts at that level that hold >= 2 headlines
    bare: list[tuple[int, int, int]] = []  # (index, level, first text) of parts of prose only
    for i, end, level in spans:
        inner = [
            j
            for j in range(i + 1, end)
            if roles[j][1] == "text" and roles[j][0].heading is not None
        ]
        prose = [j for j in range(i + 1, end) if roles[j][1] == "text" and j not in inner]
        if len(inner) >= 2 and all(roles[j][0].heading > level for j in inner):  # type: ignore[operator]
            headed[level] = headed.get(level, 0) + 1
        elif not inner and prose and len(prose) <= 3:
            bare.append((i, level, prose[0]))
    marked = {
        i
        for i, level, first in bare
        if headed.get(level) and not reports(roles[i][0].text) and not item_like(roles[first][0])
    }
    if not marked:
        return roles
    out = list(roles)
    for i in marked:  # the heading and its prose, up to the next heading (the next part)
        for j in range(i, len(roles)):
            block, role, _ = roles[j]
            if j > i and (role != "text" or block.heading is not None):
                break
            out[j] = (block, "boiler", OWN_PART)
    return out
