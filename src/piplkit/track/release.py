"""A court's or regulator's release of typical cases (典型案例) written without a contents list:
where its cases begin, so that the release's title and introduction ("本院梳理了…现予发布") are
left out as its preamble. In the gold conventions (heldout5's 典型案例 release) such a release is
one item per case; the release's own announcement is no development of its own. A release with
a 目录 is found by ``cues.listing_at``; this finds the first case when there is none."""

from __future__ import annotations

import re

from piplkit.track.layout import is_body, label_line
from piplkit.track.model import RawItem
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


#: the publisher named before a release verb ("公安机关公布…", "杭州互联网法院发布…",
#: "Beijing Internet Court releases …")
_PUBLISHER = re.compile(
    r"^(?P<who>.{2,40}?)(?:联合)?(?:公布|发布|通报|公开|印发)|"
    r"^(?P<en>.{2,80}?)\s+(?:releases?|publish(?:es)?|issues?|announces?)\b",
    re.I,
)
_COURTS = re.compile(r"法院|高院|中院|最高法|检察|审判|court|procuratorate|prosecutor", re.I)
_ENFORCERS = re.compile(
    r"公安|警|网信|监管|管理局|管理总局|办公室|工业和信息化部|通信管理|police|regulator|"
    r"administration|commission|bureau|ministry|office",
    re.I,
)


def publisher_kind(title: str | None) -> str | None:
    """The kind of every case in a release of typical cases, from its publisher: a court's or
    procuratorate's cases are ``judicial`` (H5), a police bureau's or regulator's are
    ``enforcement`` (H16-6) even where the case ended in a court's sentence, since the release
    reports the publisher's own work; None when the title names no publisher or no release."""
    if not title or not _RELEASE.search(title) or is_newsletter_title(title):
        return None
    m = _PUBLISHER.search(title)
    if m is None:
        return None
    who = m.group("who") or m.group("en") or ""
    if _COURTS.search(who):
        return "judicial"
    return "enforcement" if _ENFORCERS.search(who) else None


def hint_kinds(items: list[RawItem], title: str | None) -> list[RawItem]:
    """``items``, each case of a release given its publisher's kind (a hint the extractor
    takes as given: a police release's cases are enforcement, H16-6)."""
    if kind := publisher_kind(title):
        for item in items:
            item.hints.setdefault("kind", kind)
    return items
