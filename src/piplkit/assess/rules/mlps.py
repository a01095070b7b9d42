"""MLPS 2.0 grading of one system: GB/T 22240-2020 elements → level, and what the level entails.

A system is graded for its business information and for the service it provides (the object
harmed × the degree of harm, each giving a level by the standard's matrix); its level is the
higher of the two. The level then decides, on a date, whether the system is filed with the
public security organ (MLPS Measures 2007 Art. 15, level 2 and above), whether the level needs
the national expert committee's review (Art. 10, level 4 and above) and how often it is tested
and self-inspected (Art. 14). Pure: law data in, result out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from piplkit.assess.law.kb import KnowledgeBase, load_knowledge_base
from piplkit.assess.law.mlps import MlpsData, load_mlps
from piplkit.assess.law.models import ParameterValue


class GradingInputError(ValueError):
    """An aspect is half given (an object without a degree, or the reverse)."""


@dataclass(frozen=True, slots=True)
class Aspect:
    """One of the two graded aspects: the object harmed and the degree of harm."""

    harm_object: str
    degree: str


@dataclass(frozen=True, slots=True)
class Cite:
    """A dated rule as read: instrument, article, whether verified, and the first source."""

    parameter: str
    instrument: str
    article: str
    verified: bool
    source: str | None
    note: str = ""

    @classmethod
    def of(cls, parameter: str, pv: ParameterValue) -> Cite:
        return cls(
            parameter,
            pv.instrument,
            pv.article,
            pv.verified,
            pv.sources[0] if pv.sources else None,
            pv.note or "",
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "parameter": self.parameter,
            "instrument": self.instrument,
            "article": self.article,
            "verified": self.verified,
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class MlpsGrade:
    """The level the elements give, and the duties that level carries on ``as_of``."""

    as_of: dt.date
    level: int | None
    business_level: int | None
    service_level: int | None
    filing_required: bool | None
    expert_review_required: bool | None
    testing_interval_months: int | None
    self_inspection_interval_months: int | None
    reasons: tuple[str, ...]
    citations: tuple[Cite, ...] = field(default=())
    unverified: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "level": self.level,
            "business_information_level": self.business_level,
            "system_service_level": self.service_level,
            "filing_required": self.filing_required,
            "expert_review_required": self.expert_review_required,
            "testing_interval_months": self.testing_interval_months,
            "self_inspection_interval_months": self.self_inspection_interval_months,
            "reasons": list(self.reasons),
            "citations": [c.to_dict() for c in self.citations],
            "unverified": list(self.unverified),
        }


def aspect(harm_object: str | None, degree: str | None, name: str) -> Aspect | None:
    """An aspect from two optional fields; both or neither must be given."""
    if harm_object is None and degree is None:
        return None
    if harm_object is None or degree is None:
        missing = "object" if harm_object is None else "degree"
        raise GradingInputError(f"{name}: the harm {missing} is missing (give both or neither)")
    return Aspect(harm_object, degree)


def computed_level(
    business: Aspect | None, service: Aspect | None, data: MlpsData | None = None
) -> tuple[int | None, int | None, int | None]:
    """(level, business level, service level) by GB/T 22240-2020 4.3; the level is the higher."""
    data = data or load_mlps()
    b = data.level(business.harm_object, business.degree) if business else None
    s = data.level(service.harm_object, service.degree) if service else None
    known = [lv for lv in (b, s) if lv is not None]
    return (max(known) if known else None), b, s


def _interval(kb: KnowledgeBase, stem: str, level: int, day: dt.date) -> ParameterValue | None:
    pid = f"{stem}_level{level}"
    return kb.param(pid, day) if pid in kb.parameters else None


def level_duties(level: int | None, as_of: dt.date, kb: KnowledgeBase | None = None) -> MlpsGrade:
    """What ``level`` entails on ``as_of``: filing, expert review, testing and self-inspection."""
    return grade_system(None, None, as_of, level=level, kb=kb)


def grade_system(
    business: Aspect | None,
    service: Aspect | None,
    as_of: dt.date,
    *,
    level: int | None = None,
    kb: KnowledgeBase | None = None,
    data: MlpsData | None = None,
) -> MlpsGrade:
    """Grade a system from its two aspects (or take a ``level`` already determined).

    A ``level`` given with aspects that compute a different level is kept (the competent
    department or public security organ may have set it) and the difference is a reason.
    """
    kb = kb or load_knowledge_base()
    data = data or load_mlps()
    computed, b, s = computed_level(business, service, data)
    reasons: list[str] = []
    unverified: list[str] = []
    standard = kb.instrument(data.standard).short
    for name, lv, asp in (("business information", b, business), ("system service", s, service)):
        if asp is not None and lv is not None:
            reasons.append(
                f"{name}: {data.degrees[asp.degree].en.lower()} to "
                f"{data.objects[asp.harm_object].en.lower()} → level {lv} "
                f"({standard} {data.clause})"
            )
    if computed is not None and b is not None and s is not None:
        reasons.append(f"the level is the higher of the two aspects: {computed}")
        if not data.aspect_rule.verified:
            unverified.append(f"{standard} {data.aspect_rule.clause}: {data.aspect_rule.note}")
    final = level if level is not None else computed
    if level is not None and computed is not None and level != computed:
        reasons.append(
            f"the determined level {level} differs from the level the grading elements give "
            f"({computed}); the rationale recorded for it applies"
        )
    if final is None:
        return MlpsGrade(as_of, None, b, s, None, None, None, None, tuple(reasons))
    citations: list[Cite] = []

    def read(pid: str) -> ParameterValue | None:
        pv = kb.param(pid, as_of)
        if pv is not None:
            citations.append(Cite.of(pid, pv))
            if not pv.verified:
                unverified.append(f"{pv.instrument} {pv.article}: {pv.note or 'not confirmed'}")
        return pv

    filing = read("mlps.filing_min_level")
    review = read("mlps.expert_review_min_level")
    testing = _interval(kb, "mlps.testing_interval_months", final, as_of)
    inspection = _interval(kb, "mlps.self_inspection_interval_months", final, as_of)
    for stem, pv in (
        ("mlps.testing_interval_months", testing),
        ("mlps.self_inspection_interval_months", inspection),
    ):
        if pv is not None:
            citations.append(Cite.of(f"{stem}_level{final}", pv))
    filing_required = None if filing is None else final >= filing.number
    review_required = None if review is None else final >= review.number
    if filing_required:
        reasons.append(f"level {final} is filed with the public security organ")
    if review_required:
        reasons.append(f"level {final} needs the national expert committee's review")
    if final == 2:
        reasons.append("the MLPS Measures 2007 set no testing interval for level 2")
    return MlpsGrade(
        as_of,
        final,
        b,
        s,
        filing_required,
        review_required,
        None if testing is None or testing.value is None else testing.number,
        None if inspection is None or inspection.value is None else inspection.number,
        tuple(reasons),
        tuple(citations),
        tuple(unverified),
    )
