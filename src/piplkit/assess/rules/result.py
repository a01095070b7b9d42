"""What an evaluation returns: routes, obligations, unverified items and the rule trace.

Plain frozen dataclasses with ``to_dict()`` so the CLI, API and report templates share one
JSON shape (issue #3): ``as_of``, ``handler``, ``transfers``, ``obligations``, ``unverified``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from piplkit.assess.law.models import Citation, ParameterValue

#: which count a cross-border threshold is met by
Counted = Literal["individuals", "sensitive_individuals"]
Route = Literal[
    "security_assessment", "standard_contract_or_certification", "exempt", "not_applicable"
]


def _cites(citations: tuple[Citation, ...]) -> list[dict[str, str]]:
    return [{"instrument": c.instrument, "article": c.article} for c in citations]


#: what a deadline's date means: the last day to act, the first day one may act, or an event
DeadlineKind = Literal["latest", "earliest", "event"]


@dataclass(frozen=True)
class Deadline:
    """A dated or relative time limit; ``due`` is None when the triggering date is unknown.

    ``kind`` says how to read ``due``: ``latest`` (act on or before it), ``earliest`` (a window
    that opens on it, e.g. an extension application) or ``event`` (something happens then,
    e.g. a result expires).
    """

    what: str
    rule: str
    citation: Citation
    due: dt.date | None = None
    approximate: bool = False
    kind: DeadlineKind = "latest"
    #: the rule in Chinese, written beside the English (the compliance calendar shows it)
    rule_zh: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "what": self.what,
            "rule": self.rule,
            "kind": self.kind,
            "due": self.due.isoformat() if self.due else None,
            "approximate": self.approximate,
            "citation": {"instrument": self.citation.instrument, "article": self.citation.article},
        }


@dataclass(frozen=True)
class Volumes:
    """Counts used to route one transfer: its own and the handler-wide aggregate in the window."""

    window: str
    years: tuple[int, ...]
    individuals: int
    sensitive_individuals: int
    aggregate_individuals: int
    aggregate_sensitive_individuals: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "window": self.window,
            "years": list(self.years),
            "individuals": self.individuals,
            "sensitive_individuals": self.sensitive_individuals,
            "aggregate_individuals": self.aggregate_individuals,
            "aggregate_sensitive_individuals": self.aggregate_sensitive_individuals,
        }


@dataclass(frozen=True)
class Crossing:
    """A threshold the handler-wide count is projected to reach, and when (an estimate)."""

    parameter: str
    value: int
    counted: Counted
    citation: Citation
    on: dt.date | None
    route_after: Route

    def to_dict(self) -> dict[str, Any]:
        return {
            "parameter": self.parameter,
            "value": self.value,
            "counted": self.counted,
            "citation": {"instrument": self.citation.instrument, "article": self.citation.article},
            "projected_on": self.on.isoformat() if self.on else None,
            "route_after": self.route_after,
        }


@dataclass(frozen=True)
class Plan:
    """The route the year's planned (or projected) volumes need, and what is due by when."""

    basis: str
    year: int
    individuals: int
    sensitive_individuals: int
    aggregate_individuals: int
    aggregate_sensitive_individuals: int
    route: Route
    reasons: tuple[str, ...]
    crossings: tuple[Crossing, ...]
    deadlines: tuple[Deadline, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "basis": self.basis,
            "year": self.year,
            "individuals": self.individuals,
            "sensitive_individuals": self.sensitive_individuals,
            "aggregate_individuals": self.aggregate_individuals,
            "aggregate_sensitive_individuals": self.aggregate_sensitive_individuals,
            "route": self.route,
            "reasons": list(self.reasons),
            "crossings": [c.to_dict() for c in self.crossings],
            "deadlines": [d.to_dict() for d in self.deadlines],
        }


@dataclass(frozen=True)
class TransferResult:
    name: str
    recipient_country: str
    route: Route
    citations: tuple[Citation, ...]
    reasons: tuple[str, ...]
    deadlines: tuple[Deadline, ...]
    volumes: Volumes
    plan: Plan | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "recipient_country": self.recipient_country,
            "route": self.route,
            "citations": _cites(self.citations),
            "reasons": list(self.reasons),
            "deadlines": [d.to_dict() for d in self.deadlines],
            "volumes": self.volumes.to_dict(),
            "plan": self.plan.to_dict() if self.plan else None,
        }


@dataclass(frozen=True)
class Obligation:
    id: str
    title: str
    title_zh: str
    citations: tuple[Citation, ...]
    triggered_by: tuple[str, ...]
    due: str | None = None
    due_date: dt.date | None = None
    effective_from: dt.date | None = None

    def with_effective_from(self, day: dt.date) -> Obligation:
        """This obligation, effective from ``day``.

        Rules build a fresh obligation for each evaluation and hand it to the engine, which
        sets the date once before anyone else sees it; setting it in place saves a copy of
        every obligation of every profile (the frozen dataclass stays frozen for its users).
        """
        object.__setattr__(self, "effective_from", day)
        return self

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "title_zh": self.title_zh,
            "citations": _cites(self.citations),
            "triggered_by": list(self.triggered_by),
            "due": self.due,
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "effective_from": self.effective_from.isoformat() if self.effective_from else None,
        }


@dataclass(frozen=True)
class Unverified:
    """A fact the answer relies on that no source read for piplkit confirmed."""

    subject: str
    instrument: str
    article: str
    note: str

    def to_dict(self) -> dict[str, str]:
        return {
            "subject": self.subject,
            "instrument": self.instrument,
            "article": self.article,
            "note": self.note,
        }


@dataclass(slots=True)
class TraceStep:
    """One rule's evaluation: its outcome, the facts read and the parameters (with versions)."""

    rule: str
    outcome: Literal["triggered", "not_triggered", "not_in_force"]
    detail: str = ""
    facts: dict[str, Any] = field(default_factory=dict)
    #: (parameter id, value used) as read; ``parameters`` formats them when asked
    used: list[tuple[str, ParameterValue | None]] = field(default_factory=list)

    @property
    def parameters(self) -> list[dict[str, Any]]:
        return [_parameter_entry(pid, pv) for pid, pv in self.used]

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "outcome": self.outcome,
            "detail": self.detail,
            "facts": self.facts,
            "parameters": self.parameters,
        }


def _parameter_entry(parameter_id: str, pv: ParameterValue | None) -> dict[str, Any]:
    if pv is None:
        return {
            "id": parameter_id,
            "value": None,
            "instrument": None,
            "article": None,
            "period": None,
            "verified": None,
        }
    value = pv.value.isoformat() if isinstance(pv.value, dt.date) else pv.value
    return {
        "id": parameter_id,
        "value": value,
        "instrument": pv.instrument,
        "article": pv.article,
        "period": [pv.start.isoformat(), pv.end.isoformat() if pv.end else None],
        "verified": pv.verified,
    }


@dataclass(frozen=True)
class Assessment:
    as_of: dt.date
    handler: str
    in_force: tuple[str, ...]
    transfers: tuple[TransferResult, ...]
    obligations: tuple[Obligation, ...]
    unverified: tuple[Unverified, ...]
    trace: tuple[TraceStep, ...]

    def transfer(self, name: str) -> TransferResult:
        for t in self.transfers:
            if t.name == name:
                return t
        raise KeyError(name)

    def obligation_ids(self) -> set[str]:
        return {o.id for o in self.obligations}

    def to_dict(self, explain: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "as_of": self.as_of.isoformat(),
            "handler": self.handler,
            "in_force": list(self.in_force),
            "transfers": [t.to_dict() for t in self.transfers],
            "obligations": [o.to_dict() for o in self.obligations],
            "unverified": [u.to_dict() for u in self.unverified],
        }
        if explain:
            out["trace"] = [s.to_dict() for s in self.trace]
        return out
