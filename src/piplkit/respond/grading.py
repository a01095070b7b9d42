"""Grading an incident by the Grading Guide annexed to the incident reporting measures.

Only one of the Guide's ordinary criteria is numeric in terms piplkit can know: how many
citizens' PI leaked (1 million, 10 million, 100 million; "以上" includes the number). The
others (system outage hours, CII, important or core data, economic loss, spread of harmful
content) are for the operator to assess; they pass the result as ``assessed`` with a reason.
The effective grade is the higher of the two, and the explanation says which criterion set it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from piplkit.assess.law.kb import KnowledgeBase, load_knowledge_base
from piplkit.respond.enums import IncidentGrade

_THRESHOLDS = (
    (IncidentGrade.ESPECIALLY_MAJOR, "incident.grade.especially_major_pi_individuals"),
    (IncidentGrade.MAJOR, "incident.grade.major_pi_individuals"),
    (IncidentGrade.RELATIVELY_MAJOR, "incident.grade.relatively_major_pi_individuals"),
)

GRADE_ZH = {
    IncidentGrade.ESPECIALLY_MAJOR: "特别重大网络安全事件",
    IncidentGrade.MAJOR: "重大网络安全事件",
    IncidentGrade.RELATIVELY_MAJOR: "较大网络安全事件",
    IncidentGrade.GENERAL: "一般网络安全事件",
}


@dataclass(frozen=True, slots=True)
class Grading:
    grade: IncidentGrade
    by_count: IncidentGrade | None
    reportable: bool
    explanation: str
    citation: str | None
    verified: bool


def grade_incident(
    on: dt.date,
    *,
    leaked_individuals: int | None,
    assessed: IncidentGrade | None = None,
    kb: KnowledgeBase | None = None,
) -> Grading:
    """The grade on ``on`` from the leak count and the operator's own assessment."""
    kb = kb or load_knowledge_base()
    by_count: IncidentGrade | None = None
    citation: str | None = None
    verified = True
    if kb.param(_THRESHOLDS[-1][1], on) is None:
        grade = assessed or IncidentGrade.GENERAL
        return Grading(
            grade,
            None,
            False,
            f"the incident reporting measures and their Grading Guide apply from 2025-11-01, "
            f"not on {on}",
            None,
            False,
        )
    if leaked_individuals is not None:
        if leaked_individuals < 0:
            raise ValueError("leaked_individuals must be >= 0")
        by_count = IncidentGrade.GENERAL
        for grade, param in _THRESHOLDS:
            pv = kb.param(param, on)
            if pv is not None and pv.value is not None and leaked_individuals >= pv.number:
                by_count = grade
                short = kb.instrument(pv.instrument).short
                citation, verified = f"{short} {pv.article}", pv.verified
                break
    candidates = [g for g in (by_count, assessed) if g is not None]
    grade = max(candidates, key=lambda g: g.rank) if candidates else IncidentGrade.GENERAL
    parts = []
    if by_count is not None:
        parts.append(
            f"{leaked_individuals:,} individuals' PI leaked → {GRADE_ZH[by_count]}"
            + (f" ({citation})" if citation else " (below 1,000,000: no numeric criterion met)")
        )
    else:
        parts.append("number of individuals unknown: no numeric criterion applied")
    if assessed is not None:
        parts.append(f"operator's assessment on the other criteria → {GRADE_ZH[assessed]}")
    reportable = grade.rank >= IncidentGrade.RELATIVELY_MAJOR.rank
    if reportable:
        parts.append("reportable (relatively major or above)")
    elif assessed is None:
        # the Guide also grades by outage, CII, important data, losses: a count below the
        # numeric criterion does not make an incident unreportable on its own
        parts.append(
            "not reportable by count alone: the Grading Guide's other criteria are not numeric "
            "and are for the operator to assess"
        )
    else:
        parts.append("not reportable under Art. 4 (graded general on the criteria assessed)")
    return Grading(grade, by_count, reportable, "; ".join(parts), citation, verified)
