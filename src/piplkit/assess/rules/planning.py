"""Plan before you export: the route the year's planned volumes need, and when it changes.

An assessment must be passed, or a standard contract concluded, *before* the export that needs
it, so a route computed only from what was already exported comes too late. A transfer may
state ``planned`` totals for a calendar year (what is already exported included) or ask for a
``projection: ledger_rate`` (the year-to-date volume continued at the same daily rate to 31
December). From those the engine computes the handler-wide projected counts, the route they
need, each threshold the count is projected to cross with an estimated date (linear growth from
the as-of date to year end) and what must be done by when:

- assessment: declared and passed before the crossing; declare at the latest early enough for
  the provincial check (Art. 7: 5 working days), acceptance (7) and assessment (Art. 12: 45);
- standard contract or certification: concluded (with its PIPIA) before the crossing, filed
  within 10 working days after the contract takes effect.

Dates from a projection are estimates and say so (``approximate``). Transfers without a plan
count with what they have already exported; that assumption is stated.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from piplkit.assess.law.models import citation
from piplkit.assess.rules.calendar import working_day_due
from piplkit.assess.rules.context import EvalContext
from piplkit.assess.rules.profile import Profile, Transfer
from piplkit.assess.rules.result import Counted, Crossing, Deadline, Plan, Route

SA = "cac_sa_measures_2022"
#: the route each threshold leads to when reached, in the order they are met as counts grow
_THRESHOLDS: tuple[tuple[str, Counted, Route], ...] = (
    (
        "cross_border.exemption.small_volume_individuals",
        "individuals",
        "standard_contract_or_certification",
    ),
    (
        "cross_border.assessment.exported_sensitive_individuals",
        "sensitive_individuals",
        "security_assessment",
    ),
    ("cross_border.assessment.exported_individuals", "individuals", "security_assessment"),
)
_STRICTNESS: Mapping[Route, int] = {
    "not_applicable": 0,
    "exempt": 1,
    "standard_contract_or_certification": 2,
    "security_assessment": 3,
}


@dataclass(frozen=True)
class Projected:
    """One transfer's counts in the window, as planned or projected."""

    basis: str
    individuals: int
    sensitive_individuals: int


def has_plan(t: Transfer) -> bool:
    return bool(t.planned) or t.projection is not None


def project(
    t: Transfer, years: Sequence[int], as_of: dt.date, actual: tuple[int, int]
) -> Projected:
    """The transfer's counts in the window by 31 December of the as-of year."""
    if not has_plan(t):
        return Projected("exported", *actual)
    year = as_of.year
    past_i = sum(v.individuals for v in t.volumes if v.year in years and v.year != year)
    past_s = sum(v.sensitive_individuals for v in t.volumes if v.year in years and v.year != year)
    now_i = sum(v.individuals for v in t.volumes if v.year == year)
    now_s = sum(v.sensitive_individuals for v in t.volumes if v.year == year)
    if t.planned:
        plan = next((v for v in t.planned if v.year == year), None)
        if plan is None:
            return Projected("exported", *actual)
        # a plan below what was already exported cannot be right: keep the exported count
        return Projected(
            "planned",
            past_i + max(plan.individuals, now_i),
            past_s + max(plan.sensitive_individuals, now_s),
        )
    elapsed = (as_of - dt.date(year, 1, 1)).days + 1
    length = (dt.date(year, 12, 31) - dt.date(year, 1, 1)).days + 1
    return Projected(
        "ledger_rate",
        past_i + math.ceil(now_i * length / elapsed),
        past_s + math.ceil(now_s * length / elapsed),
    )


def crossing_date(as_of: dt.date, now: int, end: int, threshold: int) -> dt.date | None:
    """When a count growing linearly from ``now`` (as-of) to ``end`` (31 Dec) reaches it."""
    if end <= now or threshold <= now or threshold > end:
        return None
    year_end = dt.date(as_of.year, 12, 31)
    span = (year_end - as_of).days
    return as_of + dt.timedelta(days=math.ceil((threshold - now) / (end - now) * span))


def crossings(ctx: EvalContext, now: tuple[int, int], end: tuple[int, int]) -> list[Crossing]:
    """Thresholds the handler-wide count is projected to reach this year, earliest first."""
    out: list[Crossing] = []
    for parameter, counted, route in _THRESHOLDS:
        pv = ctx.param(parameter)
        if pv is None or pv.value is None:
            continue
        a, p = (now[0], end[0]) if counted == "individuals" else (now[1], end[1])
        value = pv.number
        # the small-volume exemption (不满, lt) ends, and the assessment thresholds (以上, gte)
        # apply, when the count reaches the value: either way "reached" means count >= value
        if a >= value or p < value:
            continue
        ctx.cite(pv.instrument, pv.article, pv.verified, pv.note or "")
        out.append(
            Crossing(
                parameter=parameter,
                value=value,
                counted=counted,
                citation=pv.citation,
                on=crossing_date(ctx.as_of, a, p, value),
                route_after=route,
            )
        )
    if now[1] == 0 < end[1]:
        small = ctx.param("cross_border.exemption.small_volume_individuals")
        if small is not None and small.value is not None:
            out.append(
                Crossing(
                    parameter="cross_border.exemption.small_volume_individuals",
                    value=1,
                    counted="sensitive_individuals",
                    citation=small.citation,
                    on=crossing_date(ctx.as_of, 0, end[1], 1),
                    route_after="standard_contract_or_certification",
                )
            )
    return sorted(out, key=lambda c: (c.on or dt.date.max, _STRICTNESS[c.route_after]))


def plan_deadlines(
    ctx: EvalContext, route_now: Route, planned: Route, found: Sequence[Crossing]
) -> list[Deadline]:
    """What must be done, by when, so each route is in place before the export needing it.

    Counts grow through the thresholds in turn: a plan that ends above the assessment
    threshold usually passes through the contract band first, so each stricter route met on
    the way gets its own steps, dated by the crossing that calls for it.
    """
    out: list[Deadline] = []
    current = route_now
    for crossing in found:
        if _STRICTNESS[crossing.route_after] <= _STRICTNESS[current]:
            continue
        out += _steps(ctx, crossing.route_after, crossing)
        current = crossing.route_after
    if _STRICTNESS[planned] > _STRICTNESS[current]:
        out += _steps(ctx, planned, None)
    return out


def _steps(ctx: EvalContext, route: Route, first: Crossing | None) -> list[Deadline]:
    by = first.on if first else None
    label = f"{first.value:,} {first.counted.replace('_', ' ')}" if first else "the planned volume"
    out: list[Deadline] = []
    if route == "security_assessment":
        check = ctx.param("cross_border.assessment.completeness_check_working_days")
        accept = ctx.param("cross_border.assessment.acceptance_working_days")
        review = ctx.param("cross_border.assessment.review_working_days")
        basis = first.citation if first else citation(SA, "Art. 4")
        out.append(
            Deadline(
                what="pass the security assessment before the export that reaches " + label,
                rule="the assessment must be passed before the data is provided abroad",
                citation=basis,
                due=by,
                approximate=by is not None,
            )
        )
        if check and accept and review and by is not None:
            lead = sum(p.number for p in (check, accept, review) if p.value is not None)
            what = "declare the security assessment (allowing the statutory review periods)"
            due = working_day_due(ctx, by, -lead, what, review.citation)
            out.append(
                Deadline(
                    what=what,
                    rule=f"{lead} working days before the projected crossing: provincial check "
                    f"{check.value}, acceptance {accept.value} and assessment {review.value} "
                    "working days (the assessment may be extended)",
                    citation=review.citation,
                    due=due,
                    approximate=True,
                )
            )
    elif route == "standard_contract_or_certification":
        days = ctx.param("cross_border.scc.filing_deadline_working_days")
        basis = first.citation if first else citation("pipl", "Art. 38")
        out.append(
            Deadline(
                what="conclude the standard contract (or obtain certification) and complete the "
                "PIPIA before the export that reaches " + label,
                rule="the mechanism must be in place before the data is provided abroad",
                citation=basis,
                due=by,
                approximate=by is not None,
            )
        )
        if days is not None and days.value is not None:
            out.append(
                Deadline(
                    what="file the standard contract and PIPIA report with the provincial CAC",
                    rule=f"within {days.value} working days after the contract takes effect",
                    citation=days.citation,
                )
            )
    return out


def make_plan(
    ctx: EvalContext,
    profile: Profile,
    t: Transfer,
    projected: Projected,
    route_now: Route,
    planned_route: Route,
    reasons: Sequence[str],
    aggregate_now: tuple[int, int],
    aggregate_end: tuple[int, int],
) -> Plan:
    found = crossings(ctx, aggregate_now, aggregate_end)
    unplanned = [x.name for x in profile.transfers if not has_plan(x)]
    notes = list(reasons)
    if unplanned:
        notes.append(
            "transfers without a plan are counted with what they already exported: "
            + ", ".join(unplanned)
        )
    return Plan(
        basis=projected.basis,
        year=ctx.as_of.year,
        individuals=projected.individuals,
        sensitive_individuals=projected.sensitive_individuals,
        aggregate_individuals=aggregate_end[0],
        aggregate_sensitive_individuals=aggregate_end[1],
        route=planned_route,
        reasons=tuple(notes),
        crossings=tuple(found),
        deadlines=tuple(plan_deadlines(ctx, route_now, planned_route, found)),
    )
