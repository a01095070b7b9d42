"""A 通报 that reports enforcement is an enforcement act, not an instrument (issue 16).

A regulator's APP 通报 ("关于侵害用户权益行为的APP通报（2025年第5批）", "Circular … on Apps
Infringing Users' Rights") names the apps, companies or cases it found at fault and orders them to
rectify, or reports their punishment. It makes no rule: the laws it cites are the instruments, and
its own title is none. The lead adjudicated the disagreeing gold labels this way (H15-1, H10-4,
H12-6 against heldout3's first label of unseen_miit_tongbao_zh, 2026-12-07). A 通知 or 公告 that
issues measures is not touched: its title still stands for the instrument it issues.
"""

from __future__ import annotations

import re

#: the document word 通报 closes the title, perhaps before a batch number ("（2025年第5批）")
_ZH_REPORT = re.compile(r"通报(?:\s*[(（][^()（）]{1,40}[)）])?$")
#: an English report: "Circular/Notification/Bulletin … on/naming <apps, companies, cases> …"
_EN_REPORT = re.compile(r"^(?:Circular|Notification|Bulletin)\b", re.I)
_EN_TARGETS = re.compile(
    r"\b(?:apps?|applications?|SDKs?|mini[- ]programs?|companies|enterprises|websites|platforms|"
    r"cases|operators)\b",
    re.I,
)
#: a title that issues an instrument is no report, whatever its document word
_ISSUES = re.compile(
    r"(?:印发|发布|公布|颁布).{0,10}《|\bon\s+(?:issuing|promulgating|releasing|publishing)\b", re.I
)
#: what a report of enforcement says of those it names: rectify by a deadline, be punished,
#: be taken down or summoned ("限期整改", "予以下架", "处以罚款", "shall complete rectification")
_RESULT = re.compile(
    r"整改|处罚|罚款|下架|约谈|处置|查处|责令|违规|违法|侵害|"
    r"\brectif\w*|\bfined?\b|\bpenalt\w*|\bremoved\b|\btaken\s+down\b|\bsummoned\b|\bviolat\w*|"
    r"\binfring\w*",
    re.I,
)


def reports_enforcement(title: str, body: str) -> bool:
    """Whether a notice under this title reports enforcement results rather than issuing a rule:
    its document word is 通报 (or, in English, a circular or notification about apps,
    companies or cases), its title issues no instrument, and title or text names a breach, a
    rectification order or a punishment."""
    if _ISSUES.search(title):
        return False
    if _ZH_REPORT.search(title):
        return bool(_RESULT.search(title) or _RESULT.search(body))
    if _EN_REPORT.search(title) and _EN_TARGETS.search(title):
        return bool(_RESULT.search(title) or _RESULT.search(body))
    return False


def report_only(title: str) -> bool:
    """A 通报 that issues no instrument (a 网信办's 通报 of a year's 申报 statistics, problems found
    and requirements): like a report of enforcement it makes no rule, so it is no instrument;
    naming no breach or punishment it is kind ``other``, as a 名单 公告 is (heldout19, H19-9)."""
    return bool(_ZH_REPORT.search(title)) and not _ISSUES.search(title)
