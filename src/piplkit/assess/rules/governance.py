"""Governance duties: officer, representative, audits, incidents, face recognition, important data.

Thresholds are dated parameters compared with :func:`piplkit.assess.rules.registry.meets`, so the
boundary (以上 includes the number, 超过 excludes it) comes from the law data, not the code.
"""

from __future__ import annotations

from collections.abc import Sequence

from piplkit.assess.rules.calendar import working_day_due
from piplkit.assess.rules.context import EvalContext
from piplkit.assess.rules.profile import Profile
from piplkit.assess.rules.registry import RuleSet, meets
from piplkit.assess.rules.result import Obligation, TransferResult

GOVERNANCE = RuleSet()
LARGE = "ndsmr.large_handler_individuals"
rule = GOVERNANCE.rule


@rule("officer")
def officer(p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]) -> list[Obligation]:
    threshold = ctx.param("officer.processed_individuals")
    if threshold is None or threshold.value is None:
        return []
    n = ctx.fact("handler.individuals_processed", p.handler.individuals_processed)
    if n < threshold.value:
        return []
    cites = [ctx.cite("pipl", "Art. 52"), ctx.cite(threshold.instrument, threshold.article)]
    due = None
    days = ctx.param("officer.report_deadline_working_days")
    by = ctx.param("officer.transitional_report_by")
    if days is not None and by is not None:
        cites.append(ctx.cite(days.instrument, days.article))
        due = (
            f"report officer information to the city-level CAC within {days.value} working days "
            f"of reaching {threshold.value:,} individuals (by {by.value} if reached before "
            f"{days.start})"
        )
    return [
        Obligation(
            "officer",
            "Designate a PI protection officer and publish and report their contact details",
            "指定个人信息保护负责人，公开并报送其联系方式",
            tuple(cites),
            (f"handler.individuals_processed={n}",),
            due=due,
        )
    ]


@rule("overseas_representative")
def overseas_representative(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    if not ctx.fact("handler.located_outside_china", p.handler.located_outside_china):
        return []
    return [
        Obligation(
            "overseas_representative",
            "Set up a dedicated agency or designate a representative in China and report them",
            "在境内设立专门机构或者指定代表，并报送名称和联系方式",
            (ctx.cite("pipl", "Art. 53"),),
            ("handler.located_outside_china",),
        )
    ]


@rule("compliance_audit")
def compliance_audit(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    cites = [ctx.cite("pipl", "Art. 54")]
    due = "regularly (frequency set by the handler)"
    triggered = ["handler (every PI handler)"]
    if ctx.in_force("pi_audit_measures_2025"):
        cites.append(ctx.cite("pi_audit_measures_2025", "Art. 3"))
        large = ctx.param("audit.large_handler_individuals")
        interval = ctx.param("audit.large_handler_interval_years")
        n = ctx.fact("handler.individuals_processed", p.handler.individuals_processed)
        if large is not None and interval is not None and n > large.value:
            cites.append(ctx.cite(large.instrument, large.article))
            due = f"at least once every {interval.value} years"
            triggered = [f"handler.individuals_processed={n}"]
    return [
        Obligation(
            "compliance_audit",
            "PI protection compliance audit",
            "个人信息保护合规审计",
            tuple(cites),
            tuple(triggered),
            due=due,
        )
    ]


@rule("incident_response")
def incident_response(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    cites = [ctx.cite("pipl", "Art. 57")]
    due = "immediately: remedial measures and notice to the authorities and individuals"
    triggered = ["handler (every PI handler)"]
    if ctx.in_force("incident_reporting_measures_2025") and ctx.fact(
        "handler.network_operator", p.handler.network_operator
    ):
        key = (
            "incident.report_hours_cii"
            if ctx.fact("handler.ciio", p.handler.ciio)
            else "incident.report_hours_other"
        )
        hours = ctx.param(key)
        assert hours is not None
        cites.append(ctx.cite(hours.instrument, hours.article))
        to = (
            "the protection department and public security"
            if p.handler.ciio
            else "the provincial CAC"
        )
        due += (
            f"; incidents graded relatively major or above: report to {to} within "
            f"{hours.value} hour(s)"
        )
        triggered = ["handler.network_operator", f"handler.ciio={p.handler.ciio}"]
    return [
        Obligation(
            "incident_response",
            "Security incident handling, notification and reporting",
            "个人信息安全事件补救、通知和报告",
            tuple(cites),
            tuple(triggered),
            due=due,
        )
    ]


@rule("facial_recognition.filing", requires=("pipl", "frt_measures_2025"))
def frt_filing(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    frt = p.processing.facial_recognition
    stored = ctx.fact(
        "processing.facial_recognition.stored_individuals", frt.stored_individuals if frt else 0
    )
    threshold = ctx.param("frt.filing_threshold_individuals")
    days = ctx.param("frt.filing_deadline_working_days")
    by = ctx.param("frt.transitional_filing_by")
    assert threshold is not None and days is not None and by is not None
    if frt is None or stored < threshold.value:
        return []
    effective = ctx.kb.instrument("frt_measures_2025").effective
    reached = frt.threshold_reached_on
    cites = [ctx.cite(threshold.instrument, threshold.article), ctx.cite(by.instrument, by.article)]
    due_date = None
    if reached is not None and effective is not None and reached < effective:
        due_date = by.day
        due = f"by {by.value} (threshold reached before {effective})"
    elif reached is not None:
        what = "facial recognition filing"
        due_date = working_day_due(ctx, reached, days.number, what, days.citation)
        due = f"within {days.value} working days of {reached}" + (
            "" if due_date else " (date unknown: holiday schedule not yet published)"
        )
    else:
        due = f"within {days.value} working days of reaching {threshold.value:,} individuals"
    return [
        Obligation(
            "facial_recognition.filing",
            "File the facial recognition application with the CAC at provincial level or above "
            "where the handler is located",
            "向所在地省级以上网信部门履行人脸识别技术应用备案手续",
            tuple(cites),
            (f"processing.facial_recognition.stored_individuals={stored}",),
            due=due,
            due_date=due_date,
        )
    ]


@rule("important_data", requires=("dsl",))
def important_data(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    flagged = [t.name for t in p.transfers if t.important_data]
    if not (
        ctx.fact("handler.important_data_handler", p.handler.important_data_handler) or flagged
    ):
        return []
    cites = [
        ctx.cite("dsl", "Art. 27"),
        ctx.cite("dsl", "Art. 30"),
    ]
    due = "periodically"
    if ctx.in_force("ndsmr"):
        cites.append(ctx.cite("ndsmr", "Art. 33"))
        due = "every year"
    return [
        Obligation(
            "important_data.risk_assessment",
            "Important-data handler: designate a data security officer and body; risk assessment "
            "reported to the competent authority",
            "重要数据处理者明确数据安全负责人和管理机构，开展风险评估并报送报告",
            tuple(cites),
            (
                "handler.important_data_handler",
                *(f"transfers[{n}].important_data" for n in flagged),
            ),
            due=due,
        )
    ]


@rule("ndsmr.large_handler", requires=("ndsmr",))
def ndsmr_large(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    threshold = ctx.param(LARGE)
    n = ctx.fact("handler.individuals_processed", p.handler.individuals_processed)
    if threshold is None or not meets(n, threshold, ctx.kb.parameters[LARGE].comparison):
        return []
    return [
        Obligation(
            "ndsmr.large_handler",
            f"Handlers of {threshold.value:,} or more individuals' PI also carry the "
            "important-data handler duties of NDSMR Arts. 30 and 32 (security officer and body; "
            "reporting on merger, division or dissolution)",
            "处理1000万人以上个人信息的，还应当遵守重要数据处理者的相关规定（第三十条、第三十二条）",
            (
                ctx.cite(
                    threshold.instrument,
                    threshold.article,
                    threshold.verified,
                    threshold.note or "",
                ),
            ),
            (f"handler.individuals_processed={n}",),
        )
    ]


@rule("sector_rules")
def sector_rules(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    regulators = ctx.fact("processing.industry_regulators", list(p.processing.industry_regulators))
    if not regulators:
        return []
    return [
        Obligation(
            "sector_rules",
            "Check sector rules of: " + ", ".join(regulators),
            "核查行业主管部门的个人信息保护规定：" + "、".join(regulators),
            (ctx.cite("pipl", "Art. 60"),),
            ("processing.industry_regulators",),
        )
    ]
