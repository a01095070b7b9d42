"""Obligations that follow from each transfer's route: the filing or assessment itself.

The route decision is in :mod:`piplkit.assess.rules.cross_border`; this turns each transfer that
needs an assessment or a standard contract into one obligation, dated by its earliest "latest"
deadline (an extension window's first day or an expiry is not a due date). A plan that needs a
stricter route than today's becomes an obligation dated by its projected crossing. The PIPIA or
self-assessment attached to a filing must be recent (the guides: completed within 3 months before
filing) and made after the last material change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from piplkit.assess.rules.calendar import add_months
from piplkit.assess.rules.context import EvalContext
from piplkit.assess.rules.profile import Profile, Transfer
from piplkit.assess.rules.registry import RuleSet
from piplkit.assess.rules.result import Obligation, TransferResult

ROUTE_ZH = {
    "security_assessment": "数据出境安全评估",
    "standard_contract_or_certification": "个人信息出境标准合同或个人信息保护认证",
}

FILING = RuleSet()
rule = FILING.rule


@rule("cross_border.route")
def route_obligations(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    out: list[Obligation] = []
    for t in transfers:
        if t.route not in ("security_assessment", "standard_contract_or_certification"):
            continue
        dated = [d.due for d in t.deadlines if d.due is not None and d.kind == "latest"]
        due = "; ".join(f"{d.what}: {d.rule}" for d in t.deadlines) or None
        if t.route == "security_assessment":
            title, title_zh = "Pass the CAC security assessment", "申报数据出境安全评估"
        else:
            title = (
                "Conclude and file the CAC standard contract, or obtain PI protection certification"
            )
            title_zh = "订立个人信息出境标准合同并备案，或通过个人信息保护认证"
        out.append(
            Obligation(
                f"cross_border.{t.route}[{t.name}]",
                f"{title} — {t.name}",
                f"{title_zh}——{t.name}",
                t.citations,
                (f"transfers[{t.name}]",),
                due=due,
                due_date=min(dated, default=None),
            )
        )
    return out


@rule("cross_border.plan")
def plan_obligations(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    out: list[Obligation] = []
    for t in transfers:
        plan = t.plan
        if plan is None or not plan.deadlines:
            continue
        dated = [d.due for d in plan.deadlines if d.due is not None and d.kind == "latest"]
        route = plan.route.replace("_", " ")
        out.append(
            Obligation(
                f"cross_border.plan[{t.name}]",
                f"Put the {route} in place before the planned volume needs it — {t.name}",
                f"在计划出境量达到门槛前完成{ROUTE_ZH.get(plan.route, route)}——{t.name}",
                tuple(c.citation for c in plan.crossings) or t.citations,
                (f"transfers[{t.name}].planned",),
                due="; ".join(f"{d.what}: {d.rule}" for d in plan.deadlines),
                due_date=min(dated, default=None),
            )
        )
    return out


def _stale(ctx: EvalContext, done: dt.date | None, months: int | None, reference: dt.date) -> bool:
    return done is not None and months is not None and done < add_months(reference, -months)


def _filing_date(t: TransferResult) -> dt.date | None:
    for d in t.deadlines:
        if d.what.startswith("file the standard contract") and d.due is not None:
            return d.due
    return None


@rule("cross_border.assessment_currency")
def assessment_currency(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    """A PIPIA (contract route) or self-assessment (assessment route) too old or outdated."""
    by_name: dict[str, Transfer] = {x.name: x for x in p.transfers}
    out: list[Obligation] = []
    for t in transfers:
        details = by_name[t.name].details
        if details is None:
            continue
        if t.route == "standard_contract_or_certification":
            done, key, name = details.pipia_completed_on, "pipia.scc_filing_max_age_months", "PIPIA"
            name_zh, reference = "个人信息保护影响评估", _filing_date(t) or ctx.as_of
        elif t.route == "security_assessment":
            done, key = (
                details.self_assessment_completed_on,
                ("cross_border.assessment.self_assessment_max_age_months"),
            )
            name, name_zh, reference = (
                "export risk self-assessment",
                "数据出境风险自评估",
                ctx.as_of,
            )
        else:
            continue
        if done is None:
            continue
        reasons: list[str] = []
        cites = []
        months = ctx.param(key)
        if months is not None and _stale(
            ctx, done, months.number if months.value is not None else None, reference
        ):
            cites.append(
                ctx.cite(months.instrument, months.article, months.verified, months.note or "")
            )
            reasons.append(f"completed {done}, more than {months.value} months before {reference}")
        change = details.material_change_on
        if change is not None and change > done:
            if t.route == "security_assessment":
                cites.append(ctx.cite("cac_sa_measures_2022", "Art. 14"))
            else:
                cites.append(ctx.cite("pipl", "Art. 55"))
                if ctx.in_force("cac_scc_measures_2023"):
                    cites.append(
                        ctx.cite(
                            "cac_scc_measures_2023",
                            "Art. 8",
                            False,
                            "re-assessment on changes: article text not read",
                        )
                    )
            reasons.append(f"a material change on {change} came after it")
        if not reasons:
            continue
        out.append(
            Obligation(
                f"cross_border.assessment_currency[{t.name}]",
                f"Redo the {name} before filing — {t.name}: " + "; ".join(reasons),
                f"重新开展{name_zh}后再申报或备案——{t.name}",
                tuple(cites),
                (f"transfers[{t.name}].details",),
                due="before filing",
            )
        )
    return out
