"""Obligation rules: small declarative functions from facts to obligations with citations.

Each rule names the instruments that must be in force for it to apply (its effective window
follows from their dates) and returns zero or more ``Obligation`` objects saying which facts
triggered it, what is due and which articles say so; the engine sets ``effective_from`` and
records a trace step per rule.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from piplkit.law.models import Citation
from piplkit.rules.calendar import working_day_due
from piplkit.rules.context import EvalContext
from piplkit.rules.profile import Profile
from piplkit.rules.result import Obligation, TransferResult

NOT_REREAD = "article number well established; wording not re-read against the official text"


Check = Callable[[Profile, EvalContext, Sequence[TransferResult]], list[Obligation]]


@dataclass(frozen=True)
class ObligationRule:
    id: str
    requires: tuple[str, ...]
    check: Check = field(repr=False)


RULES: list[ObligationRule] = []


def rule(rule_id: str, requires: tuple[str, ...] = ("pipl",)) -> Callable[[Check], Check]:
    def register(fn: Check) -> Check:
        RULES.append(ObligationRule(rule_id, requires, fn))
        return fn

    return register


def _active_transfers(results: Sequence[TransferResult]) -> list[TransferResult]:
    return [r for r in results if r.route != "not_applicable"]


# -- PIPIA ---------------------------------------------------------------------------------
@rule("pipia")
def pipia(p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]) -> list[Obligation]:
    pr = p.processing
    cites: list[Citation] = []
    why: list[str] = []
    if ctx.fact("processing.sensitive_categories", list(pr.sensitive_categories)) or ctx.fact(
        "processing.minors_under_14", pr.minors_under_14
    ):
        cites.append(ctx.cite("pipl", "Art. 55(1)"))
        why.append("processing.sensitive_categories")
    if ctx.fact("processing.automated_decision_making", pr.automated_decision_making):
        cites.append(ctx.cite("pipl", "Art. 55(2)"))
        why.append("processing.automated_decision_making")
    sharing = [
        name
        for name, on in (
            ("processing.entrusted_processing", pr.entrusted_processing),
            ("processing.provides_to_other_handlers", pr.provides_to_other_handlers),
            ("processing.publishes_pi", pr.publishes_pi),
        )
        if ctx.fact(name, on)
    ]
    if sharing:
        cites.append(ctx.cite("pipl", "Art. 55(3)"))
        why += sharing
    active = _active_transfers(transfers)
    if active:
        cites.append(ctx.cite("pipl", "Art. 55(4)"))
        why += [f"transfers[{t.name}]" for t in active]
    frt = pr.facial_recognition
    if frt and frt.stored_individuals and ctx.in_force("frt_measures_2025"):
        cites.append(
            ctx.cite("frt_measures_2025", "processing rules", False, "article number not read")
        )
        why.append("processing.facial_recognition")
    if not cites:
        return []
    years = ctx.param("pipia.record_retention_years")
    assert years is not None and years.value is not None
    cites.append(ctx.cite("pipl", "Art. 56"))
    return [
        Obligation(
            "pipia",
            "Personal information protection impact assessment (PIPIA) before the processing",
            "事前进行个人信息保护影响评估",
            tuple(cites),
            tuple(why),
            due="before the processing starts",
        ),
        Obligation(
            "pipia.records",
            f"Keep PIPIA reports and processing records for at least {years.value} years",
            f"个人信息保护影响评估报告和处理情况记录至少保存{years.value}年",
            (years.citation,),
            tuple(why),
            due=f"retain ≥ {years.value} years",
        ),
    ]


# -- consent -------------------------------------------------------------------------------
_SEPARATE_CONSENT = (
    (
        "provides_to_other_handlers",
        "Art. 23",
        "providing PI to another handler",
        "向其他个人信息处理者提供",
    ),
    ("publishes_pi", "Art. 25", "publicly disclosing PI", "公开个人信息"),
    (
        "public_place_images_other_purpose",
        "Art. 26",
        "using public-place images for purposes other than public security",
        "公共场所图像用于维护公共安全以外目的",
    ),
)


@rule("separate_consent")
def separate_consent(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    pr = p.processing
    if ctx.fact("processing.lawful_basis", pr.lawful_basis) != "consent":
        return []
    out: list[Obligation] = []
    for attr, article, what, what_zh in _SEPARATE_CONSENT:
        if ctx.fact(f"processing.{attr}", getattr(pr, attr)):
            out.append(
                Obligation(
                    f"separate_consent.{attr}",
                    f"Separate consent for {what}",
                    f"{what_zh}应取得单独同意",
                    (ctx.cite("pipl", article, False, NOT_REREAD),),
                    (f"processing.{attr}", "processing.lawful_basis=consent"),
                    due="before the processing",
                )
            )
    if pr.sensitive_categories:
        out.append(
            Obligation(
                "separate_consent.sensitive_pi",
                "Separate consent for sensitive PI (written where laws require)",
                "处理敏感个人信息应取得单独同意",
                (ctx.cite("pipl", "Art. 29", False, NOT_REREAD),),
                ("processing.sensitive_categories", "processing.lawful_basis=consent"),
                due="before the processing",
            )
        )
    active = _active_transfers(transfers)
    if active:
        out.append(
            Obligation(
                "separate_consent.cross_border",
                "Separate consent for providing PI abroad",
                "向境外提供个人信息应取得单独同意",
                (ctx.cite("pipl", "Art. 39", False, NOT_REREAD),),
                (*tuple(f"transfers[{t.name}]" for t in active), "processing.lawful_basis=consent"),
                due="before the transfer",
            )
        )
    frt = pr.facial_recognition
    if frt and frt.stored_individuals and ctx.in_force("frt_measures_2025"):
        out.append(
            Obligation(
                "separate_consent.facial_recognition",
                "Separate consent for processing face information",
                "基于个人同意处理人脸信息应取得单独同意",
                (
                    ctx.cite(
                        "frt_measures_2025", "processing rules", False, "article number not read"
                    ),
                ),
                ("processing.facial_recognition", "processing.lawful_basis=consent"),
                due="before the processing",
            )
        )
    return out


@rule("cross_border.notice")
def cross_border_notice(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    active = _active_transfers(transfers)
    if not active:
        return []
    return [
        Obligation(
            "cross_border.notice",
            "Inform individuals of the foreign recipient, purpose, method, PI categories and how "
            "to "
            "exercise rights against it",
            "告知境外接收方名称、联系方式、处理目的、处理方式、个人信息种类及行使权利的方式",
            (ctx.cite("pipl", "Art. 39", False, NOT_REREAD),),
            tuple(f"transfers[{t.name}]" for t in active),
            due="before the transfer",
        )
    ]


@rule("minors.guardian_consent")
def guardian_consent(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    if not ctx.fact("processing.minors_under_14", p.processing.minors_under_14):
        return []
    age = ctx.param("minors.guardian_consent_age")
    assert age is not None
    cites = [ctx.cite(age.instrument, age.article)]
    out = [
        Obligation(
            "minors.guardian_consent",
            f"Consent of a parent or guardian for PI of minors under {age.value}; special "
            "processing rules",
            f"处理不满{age.value}周岁未成年人个人信息应取得父母或其他监护人同意，并制定专门处理规则",
            tuple(cites),
            ("processing.minors_under_14",),
            due="before the processing",
        )
    ]
    if ctx.in_force("children_pi_provisions_2019") and ctx.fact(
        "handler.network_operator", p.handler.network_operator
    ):
        out.append(
            Obligation(
                "minors.children_rules_and_officer",
                "Dedicated children's PI rules and user agreement; designate a person responsible "
                "for children's PI",
                "制定专门的儿童个人信息保护规则和用户协议，并指定专人负责",
                (ctx.cite("children_pi_provisions_2019", "Art. 8"),),
                ("processing.minors_under_14", "handler.network_operator"),
            )
        )
    return out


# -- special processing ----------------------------------------------------------------------
@rule("automated_decision_making")
def automated_decisions(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    if not ctx.fact("processing.automated_decision_making", p.processing.automated_decision_making):
        return []
    return [
        Obligation(
            "automated_decision_making",
            "Transparent, fair automated decisions; non-personalised option or easy refusal for "
            "targeted push; explanation and refusal for decisions with significant impact",
            "自动化决策透明、公平公正；提供不针对个人特征的选项或便捷拒绝方式",
            (ctx.cite("pipl", "Art. 24", False, NOT_REREAD),),
            ("processing.automated_decision_making",),
        )
    ]


@rule("entrusted_processing")
def entrusted(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    if not ctx.fact("processing.entrusted_processing", p.processing.entrusted_processing):
        return []
    return [
        Obligation(
            "entrusted_processing",
            "Agreement with the entrusted party (purpose, term, method, PI categories, measures) "
            "and supervision; no sub-entrustment without consent",
            "与受托人约定委托处理的目的、期限、处理方式、个人信息种类、保护措施等，并监督",
            (ctx.cite("pipl", "Art. 21", False, NOT_REREAD),),
            ("processing.entrusted_processing",),
            due="before entrusting",
        )
    ]


# -- governance --------------------------------------------------------------------------------
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
    cites = [ctx.cite("pipl", "Art. 57", False, NOT_REREAD)]
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
        due_date = by.value
        due = f"by {by.value} (threshold reached before {effective})"
    elif reached is not None:
        what = "facial recognition filing"
        due_date = working_day_due(ctx, reached, int(days.value), what, days.citation)
        due = f"within {days.value} working days of {reached}" + (
            "" if due_date else " (date unknown: holiday schedule not yet published)"
        )
    else:
        due = f"within {days.value} working days of reaching {threshold.value:,} individuals"
    return [
        Obligation(
            "facial_recognition.filing",
            "File the facial recognition application with the provincial CAC",
            "向所在地省级网信部门履行人脸识别技术应用备案手续",
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
        ctx.cite("dsl", "Art. 27", False, NOT_REREAD),
        ctx.cite("dsl", "Art. 30", False, NOT_REREAD),
    ]
    due = "periodically"
    if ctx.in_force("ndsmr"):
        cites.append(ctx.cite("ndsmr", "Art. 33", False, "article read only in fragments"))
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
    threshold = ctx.param("ndsmr.large_handler_individuals")
    n = ctx.fact("handler.individuals_processed", p.handler.individuals_processed)
    if threshold is None or threshold.value is None or n <= threshold.value:
        return []
    return [
        Obligation(
            "ndsmr.large_handler",
            "Handlers of more than 10 million individuals' PI also carry important-data handler "
            "duties (security officer and body, reporting)",
            "处理1000万人以上个人信息的，还应履行重要数据处理者的相关义务",
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
            (ctx.cite("pipl", "Art. 60", False, NOT_REREAD),),
            ("processing.industry_regulators",),
        )
    ]


@rule("cross_border.route")
def route_obligations(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    out: list[Obligation] = []
    for t in transfers:
        if t.route not in ("security_assessment", "standard_contract_or_certification"):
            continue
        dated = [d for d in t.deadlines if d.due is not None]
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
                due_date=min((d.due for d in dated), default=None),
            )
        )
    return out


def run_rules(
    profile: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    """Evaluate every registered rule on ``ctx.as_of`` and collect its obligations."""
    out: list[Obligation] = []
    for r in RULES:
        step = ctx.begin(r.id)
        missing = [i for i in r.requires if not ctx.in_force(i)]
        if missing:
            step.outcome = "not_in_force"
            step.detail = "not in force on the as-of date: " + ", ".join(missing)
            continue
        findings = r.check(profile, ctx, transfers)
        effective = max(ctx.kb.instrument(i).effective or ctx.as_of for i in r.requires)
        if findings:
            step.outcome = "triggered"
            step.detail = ", ".join(f.id for f in findings)
        for f in findings:
            starts = [ctx.kb.instrument(c.instrument).effective for c in f.citations]
            out.append(
                replace(f, effective_from=max([effective, *(s for s in starts if s is not None)]))
            )
    return out
