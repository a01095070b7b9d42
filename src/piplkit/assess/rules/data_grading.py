"""Grade a dataset (general / important / core) from what a scan saw and facts it cannot see.

A scan sees which PI types a table holds. That alone never makes data important or core: the
2024 Provisions Art. 2 say data not notified or published as important need not be declared as
important, and GB/T 43697-2024 3.2 says data affecting only individual citizens is generally
not important. So the result is "general" unless a stated fact (a catalogue listing, a
notification, a state determination, a sector rule's threshold) fixes a higher grade, and it
says how sure it is (``basis``) and which facts could raise it (``facts_needed``), each cited.

Pure: reads only ``piplkit.assess.law`` data (grades and rules, PI catalogue, dated thresholds).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from piplkit.assess.law.data_grading import GradeId, GradingRule, load_grading
from piplkit.assess.law.kb import KnowledgeBase, load_knowledge_base
from piplkit.assess.law.models import Citation
from piplkit.assess.law.pi_types import PICatalogue, load_catalogue

__all__ = ["Basis", "DatasetFacts", "DatasetGrade", "FactNeeded", "GradeReason", "grade_dataset"]

_RANK: dict[GradeId, int] = {"general": 0, "important": 1, "core": 2}

QUESTIONS: dict[str, str] = {
    "determined_core": "Have state departments determined this data to be national core data?",
    "catalogue_listed": "Does an important-data catalogue of a region or sector list this data?",
    "notified_important": (
        "Has a department or region notified you of, or published, this data as important data?"
    ),
    "sector": (
        "Which sector does the data belong to? Sector rules (e.g. automobile data) make PI "
        "concerning many individuals important data."
    ),
    "individuals": "How many distinct individuals does the data concern?",
    "population_scale": (
        "Does the data cover a specific group or region at population scale, or reach a "
        "precision and scale beyond the individuals' own affairs?"
    ),
}


class Basis(StrEnum):
    """How firm the grade is."""

    DETERMINATION = "determination"  # the facts given fix the grade
    AT_LEAST = "at_least"  # a floor: facts not given could raise it
    PROVISIONAL = "provisional"  # facts point to a candidate grade not yet notified/published
    UNDEFINED = "undefined"  # no grading system on that date


@dataclass(frozen=True)
class DatasetFacts:
    """What is known about one dataset (table or file).

    ``pi_types``, ``has_sensitive_pi`` (sensitive PI seen beyond the catalogue types, e.g. a
    custom type) and ``has_minors_pi`` come from a scan; the rest only from the user. ``None``
    means not known, which is different from ``False``.
    """

    pi_types: frozenset[str] = frozenset()
    has_sensitive_pi: bool = False
    has_minors_pi: bool = False
    individuals: int | None = None
    sector: str | None = None
    catalogue_listed: bool | None = None
    notified_important: bool | None = None
    determined_core: bool | None = None
    population_scale: bool | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "pi_types", frozenset(self.pi_types))
        if self.individuals is not None and (
            isinstance(self.individuals, bool) or self.individuals < 0
        ):
            raise ValueError("individuals: must be a count of zero or more")
        if self.sector is not None:
            object.__setattr__(self, "sector", self.sector.strip().lower() or None)


@dataclass(frozen=True)
class GradeReason:
    rule: str
    text: str
    citations: tuple[Citation, ...]
    verified: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "text": self.text,
            "verified": self.verified,
            "citations": [c.model_dump(exclude_none=True) for c in self.citations],
        }


@dataclass(frozen=True)
class FactNeeded:
    """A fact the scan cannot see that could raise the grade, and which rules ask for it."""

    fact: str
    question: str
    could_raise_to: GradeId
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "fact": self.fact,
            "question": self.question,
            "could_raise_to": self.could_raise_to,
            "rules": list(self.rules),
            "citations": [c.model_dump(exclude_none=True) for c in self.citations],
        }


@dataclass(frozen=True)
class DatasetGrade:
    as_of: dt.date
    grade: GradeId | None
    basis: Basis
    candidate_grade: GradeId | None = None
    reasons: tuple[GradeReason, ...] = ()
    facts_needed: tuple[FactNeeded, ...] = ()
    categories: tuple[str, ...] = ()
    pi_types: tuple[str, ...] = ()
    sensitive_types: tuple[str, ...] = ()
    undetermined_types: tuple[str, ...] = ()
    unknown_types: tuple[str, ...] = ()
    has_pi: bool = False
    has_sensitive_pi: bool = False
    has_minors_pi: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "grade": self.grade,
            "basis": self.basis.value,
            "candidate_grade": self.candidate_grade,
            "reasons": [r.to_dict() for r in self.reasons],
            "facts_needed": [f.to_dict() for f in self.facts_needed],
            "categories": list(self.categories),
            "pi_types": list(self.pi_types),
            "sensitive_types": list(self.sensitive_types),
            "undetermined_types": list(self.undetermined_types),
            "unknown_types": list(self.unknown_types),
            "has_pi": self.has_pi,
            "has_sensitive_pi": self.has_sensitive_pi,
            "has_minors_pi": self.has_minors_pi,
        }


@dataclass
class _Summary:
    categories: list[str] = field(default_factory=list)
    pi_types: list[str] = field(default_factory=list)
    sensitive: list[str] = field(default_factory=list)
    undetermined: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)


def _summarise(facts: DatasetFacts, as_of: dt.date, cat: PICatalogue) -> _Summary:
    s = _Summary()
    for type_id in sorted(facts.pi_types):
        t = cat.types.get(type_id)
        if t is None:
            s.unknown.append(type_id)
            continue
        if t.is_pi:
            s.pi_types.append(type_id)
        entry = t.sensitivity_on(as_of)
        if entry is None:
            s.undetermined.append(type_id)
        elif entry.sensitive and t.is_pi:
            s.sensitive.append(type_id)
    present = {cat.types[t].category for t in facts.pi_types if t in cat.types}
    s.categories = [c for c in cat.categories if c in present]
    return s


def _in_force(rule: GradingRule, as_of: dt.date, kb: KnowledgeBase) -> bool:
    return rule.since <= as_of and all(kb.in_force(c.instrument, as_of) for c in rule.citations)


def _reason(rule: GradingRule, text: str | None = None) -> GradeReason:
    return GradeReason(rule.id, text or rule.summary_en, rule.citations, rule.verified)


def _meets(count: int, rule: GradingRule, as_of: dt.date, kb: KnowledgeBase) -> int | None:
    """The threshold when ``count`` meets it on ``as_of``, else None."""
    if rule.parameter is None:
        return None
    pv = kb.param(rule.parameter, as_of)
    if pv is None or not isinstance(pv.value, int):
        return None
    comparison = kb.parameters[rule.parameter].comparison or "gte"
    hit = count > pv.value if comparison == "gt" else count >= pv.value
    return pv.value if hit else None


def _needed(rules: Iterable[tuple[str, GradingRule]]) -> tuple[FactNeeded, ...]:
    by_fact: dict[str, list[GradingRule]] = {}
    for fact, rule in rules:
        by_fact.setdefault(fact, []).append(rule)
    out = []
    for fact, rs in by_fact.items():
        grade = max((r.grade or "important" for r in rs), key=_RANK.__getitem__)
        cites = tuple(dict.fromkeys(c for r in rs for c in r.citations))
        out.append(FactNeeded(fact, QUESTIONS[fact], grade, tuple(r.id for r in rs), cites))
    return tuple(out)


def grade_dataset(
    facts: DatasetFacts, as_of: dt.date, *, catalogue: PICatalogue | None = None
) -> DatasetGrade:
    """Grade one dataset on ``as_of`` (see the module docstring for what can and cannot)."""
    data, kb = load_grading(), load_knowledge_base()
    cat = catalogue or load_catalogue()
    s = _summarise(facts, as_of, cat)
    has_pi = bool(s.pi_types) or facts.has_minors_pi or facts.has_sensitive_pi
    sensitive = bool(s.sensitive) or facts.has_sensitive_pi or facts.has_minors_pi
    common: dict[str, Any] = {
        "as_of": as_of,
        "categories": tuple(s.categories),
        "pi_types": tuple(s.pi_types),
        "sensitive_types": tuple(s.sensitive),
        "undetermined_types": tuple(s.undetermined),
        "unknown_types": tuple(s.unknown),
        "has_pi": has_pi,
        "has_sensitive_pi": sensitive,
        "has_minors_pi": facts.has_minors_pi,
    }
    general = data.grades["general"]
    if as_of < general.since:
        why = GradeReason(
            "no_grading_system",
            f"DSL Art. 21 set up data grading from "
            f"{general.since.isoformat()}; no grade exists on earlier dates",
            general.citations,
            True,
        )
        return DatasetGrade(grade=None, basis=Basis.UNDEFINED, reasons=(why,), **common)
    live = {rid: r for rid, r in data.rules.items() if _in_force(r, as_of, kb)}

    core = live.get("core_by_determination")
    if core is not None and facts.determined_core:
        return DatasetGrade(
            grade="core", basis=Basis.DETERMINATION, reasons=(_reason(core),), **common
        )
    core_needed = (
        [("determined_core", core)] if core is not None and facts.determined_core is None else []
    )

    important: list[GradeReason] = []
    for rid in ("important_by_notification", "important_by_catalogue"):
        rule = live.get(rid)
        if rule is not None and rule.fact and getattr(facts, rule.fact) is True:
            important.append(_reason(rule))
    catalogue_rule = live.get("important_by_catalogue")
    if (
        facts.notified_important
        and "important_by_notification" not in live
        and catalogue_rule is not None
        and not facts.catalogue_listed
    ):
        important.append(
            _reason(
                catalogue_rule,
                "A department notified this data as important under its catalogue (DSL Art. 21).",
            )
        )
    auto = live.get("automotive_pi_scale")
    auto_applies = auto is not None and has_pi and facts.sector in (None, auto.sector)
    if auto is not None and auto_applies and facts.sector == auto.sector and facts.individuals:
        threshold = _meets(facts.individuals, auto, as_of, kb)
        if threshold is not None:
            important.append(
                _reason(
                    auto,
                    f"{auto.summary_en} ({facts.individuals} individuals; "
                    f"threshold: more than {threshold})",
                )
            )
    if important:
        return DatasetGrade(
            grade="important",
            basis=Basis.AT_LEAST if core_needed else Basis.DETERMINATION,
            reasons=tuple(important),
            facts_needed=_needed(core_needed),
            **common,
        )

    reasons: list[GradeReason] = []
    needed: list[tuple[str, GradingRule]] = list(core_needed)
    for rid in ("important_by_notification", "important_by_catalogue"):
        rule = live.get(rid)
        if rule is not None and rule.fact and getattr(facts, rule.fact) is None:
            needed.append((rule.fact, rule))
    if auto is not None and auto_applies:
        if facts.sector is None:
            needed.append(("sector", auto))
        if facts.individuals is None:
            needed.append(("individuals", auto))
    limit = live.get("individual_only_not_important")
    if has_pi and facts.population_scale is not True and limit is not None:
        reasons.append(_reason(limit))
    if (
        facts.notified_important is not True
        and (limit := live.get("unnotified_not_declared")) is not None
    ):
        reasons.append(_reason(limit))
    if not reasons:
        reasons.append(
            GradeReason(
                "general_by_default",
                "No fact given lists, notifies or determines this data as important or core.",
                general.citations,
                general.verified,
            )
        )
    if sensitive:
        reasons.append(_sensitive_reason(s.sensitive, facts, as_of, cat, kb))
    if s.undetermined:
        reasons.append(
            GradeReason(
                "sensitivity_undetermined",
                f"No sensitivity reading on {as_of.isoformat()} for: {', '.join(s.undetermined)}",
                (),
                False,
            )
        )

    candidates: list[GradeReason] = []
    for rid in ("population_health_genetic_candidate", "scale_precision_candidate"):
        rule = live.get(rid)
        if rule is None or not has_pi or (rule.types and not set(rule.types) & facts.pi_types):
            continue
        if facts.population_scale:
            candidates.append(_reason(rule))
        elif facts.population_scale is None:
            needed.append(("population_scale", rule))
    duty = live.get("large_pi_handler_duties")
    if duty is not None and has_pi and facts.individuals:
        threshold = _meets(facts.individuals, duty, as_of, kb)
        if threshold is not None:
            reasons.append(
                _reason(
                    duty,
                    f"{duty.summary_en} ({facts.individuals} individuals "
                    f"in this dataset alone; threshold: more than {threshold})",
                )
            )
    basis = Basis.PROVISIONAL if candidates else Basis.AT_LEAST if needed else Basis.DETERMINATION
    return DatasetGrade(
        grade="general",
        basis=basis,
        candidate_grade="important" if candidates else None,
        reasons=tuple(reasons + candidates),
        facts_needed=_needed(needed),
        **common,
    )


def _sensitive_reason(
    types: list[str], facts: DatasetFacts, as_of: dt.date, cat: PICatalogue, kb: KnowledgeBase
) -> GradeReason:
    parts = []
    if types:
        parts.append(", ".join(types))
    if facts.has_minors_pi:
        parts.append("PI of minors")
    if facts.has_sensitive_pi and not types:
        parts.append("sensitive PI reported by the scan")
    if kb.in_force("pipl", as_of):
        cites: tuple[Citation, ...] = (Citation(instrument="pipl", article="Arts. 28-32, 55"),)
    else:
        cites = (Citation(instrument="gbt_35273_2020", article="Annex B"),)
    verified = all(
        (e := cat.types[t].sensitivity_on(as_of)) is not None and e.verified for t in types
    )
    if facts.has_minors_pi:
        minors = cat.sensitive_attributes["minor_under_14"].on(as_of)
        verified = verified and minors is not None and minors.verified
    if facts.has_sensitive_pi and not types:
        verified = False
    return GradeReason(
        "sensitive_pi",
        f"Holds sensitive PI ({'; '.join(parts)}): this does not raise the grade, but PIPL's "
        "sensitive-PI rules govern its handling (separate consent, PIPIA).",
        cites,
        verified,
    )
