"""Cross-border transfer routes: security assessment, standard contract/certification, exempt.

The decision follows the instrument in force on the as-of date, read through dated parameters:
- before 2022-09-01 only PIPL Arts. 38/40 (no thresholds set yet);
- 2022-09-01 .. 2024-03-21 the Security Assessment Measures (and from 2023-06-01 the Standard
  Contract Measures): window since 1 January of the previous year, 1M processed / 100k / 10k;
- from 2024-03-22 the Provisions on Promoting and Regulating Cross-border Data Flows: window
  since 1 January of the current year, scenario and free-trade-zone exemptions, <100k exempt,
  >=1M / >=10k SPI assessment, the band in between standard contract or certification.
Volumes aggregate over the handler's non-exempt transfers (the thresholds speak of what the
handler has provided abroad in total, and the "no splitting" rule forbids per-transfer counting).
This module counts and aggregates; :mod:`piplkit.assess.rules.router` decides one transfer's route
and
:mod:`piplkit.assess.rules.planning` the route of the planned volumes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from piplkit.assess.rules import planning
from piplkit.assess.rules.context import EvalContext
from piplkit.assess.rules.profile import Profile, Transfer
from piplkit.assess.rules.result import Route, TransferResult, Volumes
from piplkit.assess.rules.router import PROV, Router, outside_ftz_list, purpose_exemption

# re-exported for callers that name them from here
__all__ = ["PROV", "Window", "assess_transfers", "counting_window", "routed"]


@dataclass(frozen=True)
class Window:
    label: str
    years: tuple[int, ...]


def counting_window(ctx: EvalContext) -> Window:
    kind = ctx.value("cross_border.counting_window")
    year = ctx.as_of.year
    if kind == "previous_year":
        return Window("since 1 January of the previous year", (year - 1, year))
    if kind == "current_year":
        return Window("since 1 January of the current year", (year,))
    return Window("calendar year of the as-of date (no statutory counting window yet)", (year,))


def _in_window(transfer: Transfer, window: Window) -> tuple[int, int]:
    individuals = sum(v.individuals for v in transfer.volumes if v.year in window.years)
    sensitive = sum(v.sensitive_individuals for v in transfer.volumes if v.year in window.years)
    return individuals, sensitive


def _excluded_from_count(profile: Profile, t: Transfer, ctx: EvalContext) -> str | None:
    """Why a transfer's volumes stay out of the handler-wide count (None: they count)."""
    if purpose_exemption(t, ctx) is not None:
        return "exempt purpose"
    if outside_ftz_list(profile, t, ctx):
        return "outside the free-trade-zone negative list"
    return None


def assess_transfers(profile: Profile, ctx: EvalContext) -> list[TransferResult]:
    """Route every transfer of the profile on ``ctx.as_of``, and its plan where one is given."""
    step = ctx.begin("cross_border.window")
    window = counting_window(ctx)
    step.outcome = "triggered"
    step.detail = f"{window.label}: years {', '.join(map(str, window.years))}"

    counts: dict[str, tuple[int, int]] = {}
    agg_i = agg_s = 0
    excluded: list[str] = []
    counted: list[Transfer] = []
    step = ctx.begin("cross_border.aggregate")
    for t in profile.transfers:
        counts[t.name] = _in_window(t, window)
        why = _excluded_from_count(profile, t, ctx)
        if why is not None:
            excluded.append(f"{t.name} ({why})")
            continue
        counted.append(t)
        agg_i += counts[t.name][0]
        agg_s += counts[t.name][1]
    step.outcome = "triggered"
    step.detail = (
        f"aggregate over non-exempt transfers: {agg_i:,} individuals, {agg_s:,} sensitive; "
        f"excluded: {', '.join(excluded) or 'none'}. Assumes each transfer's yearly counts are "
        "distinct individuals and transfers do not overlap"
    )
    if excluded:
        ctx.flag(
            "exempt volumes left out of the count",
            PROV,
            "Arts. 5, 6, 7, 8",
            "commentators read exempt transfers as excluded from the cumulative count; not "
            "confirmed from the text",
        )

    results: list[TransferResult] = []
    for t in profile.transfers:
        step = ctx.begin(f"cross_border.route[{t.name}]")
        router = Router(profile, t, ctx)
        own_i, own_s = counts[t.name]
        ctx.fact(f"transfers[{t.name}].purpose", t.purpose)
        ctx.fact(f"transfers[{t.name}].individuals_in_window", own_i)
        ctx.fact(f"transfers[{t.name}].sensitive_individuals_in_window", own_s)
        route = router.route(window.label, window.years, agg_i, agg_s, own_i)
        step.outcome = "triggered"
        step.detail = f"route = {route}: " + "; ".join(router.reasons)
        results.append(
            TransferResult(
                name=t.name,
                recipient_country=t.recipient.country,
                route=route,
                citations=tuple(router.citations),
                reasons=tuple(router.reasons),
                deadlines=tuple(router.deadlines),
                volumes=Volumes(window.label, window.years, own_i, own_s, agg_i, agg_s),
            )
        )
    if any(planning.has_plan(t) for t in profile.transfers):
        results = _with_plans(profile, ctx, window, counts, counted, results, (agg_i, agg_s))
    return results


def _with_plans(
    profile: Profile,
    ctx: EvalContext,
    window: Window,
    counts: dict[str, tuple[int, int]],
    counted: Sequence[Transfer],
    results: list[TransferResult],
    aggregate_now: tuple[int, int],
) -> list[TransferResult]:
    """Attach to each planned transfer the route its projected volumes need."""
    projected = {
        t.name: planning.project(t, window.years, ctx.as_of, counts[t.name])
        for t in profile.transfers
    }
    end = (
        sum(projected[t.name].individuals for t in counted),
        sum(projected[t.name].sensitive_individuals for t in counted),
    )
    out: list[TransferResult] = []
    for t, result in zip(profile.transfers, results, strict=True):
        if not planning.has_plan(t):
            out.append(result)
            continue
        step = ctx.begin(f"cross_border.plan[{t.name}]")
        p = projected[t.name]
        router = Router(profile, t, ctx)
        label = f"{window.label}, projected to 31 December ({p.basis})"
        route = router.route(label, window.years, end[0], end[1], p.individuals)
        plan = planning.make_plan(
            ctx, profile, t, p, result.route, route, router.reasons, aggregate_now, end
        )
        step.outcome = "triggered"
        step.detail = f"planned route = {route}; crossings: " + (
            ", ".join(f"{c.parameter} on {c.on}" for c in plan.crossings) or "none"
        )
        out.append(
            TransferResult(
                name=result.name,
                recipient_country=result.recipient_country,
                route=result.route,
                citations=result.citations,
                reasons=result.reasons,
                deadlines=result.deadlines,
                volumes=result.volumes,
                plan=plan,
            )
        )
    return out


def routed(results: Sequence[TransferResult], *routes: Route) -> list[TransferResult]:
    return [r for r in results if r.route in routes]
