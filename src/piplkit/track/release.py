"""A court's or regulator's release of typical cases (典型案例) written without a contents list:
where its cases begin, so that the release's title and introduction ("本院梳理了…现予发布") are
left out as its preamble. In the gold conventions (heldout5's 典型案例 release) such a release is
one item per case; the release's own announcement is no development of its own. A release with
a 目录 is found by ``cues.listing_at``; this finds the first case when there is none."""

from __future__ import annotations

import re

from piplkit.track.layout import is_body, label_line
from piplkit.track.notice import is_newsletter_title
from piplkit.track.roles import Role

#: a title that announces a set of cases ("北京互联网法院发布个人信息保护典型案例")
_RELEASE = re.compile(
    r"典型案例|典型案件|指导性案例|参考案例|\b(?:typical|model|guiding|representative)\s+cases\b",
    re.I,
)
#: a case's headline: "一、张某诉某科技公司…纠纷案", "案例二 …", "Zhang v. A Co.", "Case 2: …"
_CASE = re.compile(r"案件?$|^案例|纠纷|诉|\bv\.?\s|\bcase\b", re.I)
#: how far down the first case may start: a release's preamble is a title and a few paragraphs
_NEAR_TOP = 12


def _next_text(roles: list[Role], at: int) -> Role | None:
    return next((r for r in roles[at + 1 :] if r[1] == "text"), None)


def cases_at(roles: list[Role], title: str | None) -> int:
    """Index of the first case's headline under a release title, when two or more case
    headlines (a numbered, heading or case-named line over a body paragraph) follow; else -1."""
    if not title or ("案" not in title and "case" not in title.lower()):
        return -1  # the cheap test first: most documents are no release
    if not _RELEASE.search(title) or is_newsletter_title(title):
        return -1
    first, cases = -1, 0
    for at, (block, role, _) in enumerate(roles):
        if role == "section" and first < 0:
            return -1  # a section above the cases: the document's own parts, not this layout
        if role != "text" or block.cells is not None or block.text == title or is_body(block):
            continue
        if label_line(block) is not None:
            continue  # "发布时间：…", "案号：…"
        case = block.marker is not None or block.heading is not None or _CASE.search(block.text)
        under = _next_text(roles, at)
        if case and under is not None and is_body(under[0]):
            if first < 0:
                if at > _NEAR_TOP:
                    return -1
                first = at
            cases += 1
    return first if cases >= 2 and first > 0 else -1
