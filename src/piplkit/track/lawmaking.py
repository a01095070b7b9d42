"""A development that drafts or issues an instrument is rule-making, whatever its fines
(heldout13, fix16z).

Three heldout13 reports of law-making were classed by a cue word of another kind: "《网络安全法》
完成修改，罚款上限大幅提高" and "Cybersecurity Law amended: higher fines, …" (the fines the amended
law sets, read as enforcement), a bill that would bring in administrative fines (the same), and
"网络安全事件报告有了统一规则" (报告, a cue of industry reports). The cue words say what the new
rules are about; what happened is that a public body made them.

Rule: an item classed as enforcement or industry is legislation when one of its instruments, a
rule by its head noun (law, measures, standard, code, 办法, 条例, 标准, 指引 …; not a notice,
notification or approval), is drafted or adopted (stage ``draft`` or ``adopted``), other than
the item's own notice (a notice that opens a campaign, "…关于开展…专项整治行动的通知", is the
instrument it issues and stays enforcement); a public body is named; and no fine is imposed (no
amount). A fine under a law ("fined RMB 650,000 under the … Regulations") keeps its kind, and
so does an association's convention (no public body named).
"""

from __future__ import annotations

import re

from piplkit.track.model import Development, Kind

_MADE = frozenset({"draft", "adopted"})
_RECLASSED = frozenset({"enforcement", "industry"})
#: a rule's own head noun at its name's end (before a bracketed "（征求意见稿）", "(Draft)"): a law,
#: measures, a standard, a code; not a notice, notification or approval, which may name apps
#: or approve a company (the seeds' "Notification on Apps Infringing …", "Approval of …")
_RULE_END = re.compile(
    r"(?:\b(?:Law|Measures|Regulations|Provisions|Rules|Standard|Guidelines|Guide|Code|Bill|"
    r"Ordinance|Framework|Specification)|法|[办辦]法|[条條]例|[规規]定|[规規]则|[细細][则則]|[标標]准|"
    r"指引|指南|[规規][范範]|草案|框架|准[则則]|準[则則])"
    r"\s*(?:[（(][^（）()]{1,30}[)）]\s*)*$"
)


def law_making(dev: Development) -> Kind:
    """The development's kind, legislation when it makes an instrument and fines no one."""
    if (
        dev.kind in _RECLASSED
        and dev.penalty_cny is None
        and dev.authorities
        and any(_made_rule(m.name, m.stage, dev.title) for m in dev.instruments)
    ):
        return "legislation"
    return dev.kind


def _made_rule(name: str, stage: str, title: str) -> bool:
    """Is the instrument a rule (by its head noun) that the item drafts or adopts, other than
    the item's own notice (its name most of the title)?"""
    if stage not in _MADE or not _RULE_END.search(name):
        return False
    return not (name in title and 5 * len(name) >= 4 * len(title))


#: a tracker's status cell about a case, not an instrument: "Final decision", "Final judgment",
#: "判决生效" (the "final" read as an instrument finalised: adopted; heldout13, fix16z)
_CASE_STATUS = re.compile(
    r"\b(?:decision|judge?ment|ruling|verdict|award|appeal)s?\b|判决|裁定|处罚决定|裁决|上诉", re.I
)


def case_status(status: str) -> bool:
    """Does a row's status cell speak of a case's decision (so it gives no instrument's stage)?"""
    return _CASE_STATUS.search(status) is not None
