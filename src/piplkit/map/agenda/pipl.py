"""PIPL-side dated duties: transfer routes, PI officer report, audits, facial recognition filing.

Transfer dates come from the assessment's own functions (``rules.transfer_deadlines``), so the
calendar and ``piplkit assess`` never disagree: the standard contract's filing 10 working days
after it takes effect, an assessment result's expiry with the extension window and the latest
re-declaration, a certificate's expiry. The others read the organisation's facts and records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypedDict

from piplkit.assess.law.models import ParameterValue
from piplkit.assess.rules.calendar import add_years
from piplkit.assess.rules.context import EvalContext
from piplkit.assess.rules.profile import Recipient, Transfer
from piplkit.assess.rules.result import Deadline
from piplkit.assess.rules.transfer_deadlines import (
    certificate_expiry,
    result_deadlines,
    scc_filing_deadline,
)
from piplkit.map.agenda.context import AgendaContext
from piplkit.map.agenda.entry import Entry, Source, Subject, Words
from piplkit.map.agenda.facts import OrganisationFacts, TransferFacts

_TRANSFER_DUTIES = {
    "file the standard contract": (
        "transfer.scc_filing",
        "向省级网信部门备案标准合同及个人信息保护影响评估报告",
    ),
    "assessment result expires": ("transfer.assessment_expiry", "数据出境安全评估结果有效期届满"),
    "extension application window": ("transfer.extension_window", "可申请延长评估结果有效期"),
    "re-declare the assessment": ("transfer.redeclare", "重新申报数据出境安全评估"),
    "PI protection certificate expires": (
        "transfer.certificate_expiry",
        "个人信息保护认证证书有效期届满",
    ),
}


@dataclass
class _Collector:
    """What the route functions of ``rules.transfer_deadlines`` write into."""

    ctx: EvalContext
    t: Transfer
    deadlines: list[Deadline] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


def transfer_entries(transfers: Iterable[TransferFacts], ctx: AgendaContext) -> Iterator[Entry]:
    evaluation = EvalContext(ctx.kb, ctx.as_of)
    for t in transfers:
        if t.recipient_country == "CN" or t.effective_on is None:
            continue
        if not ctx.happened(t.effective_on) and t.mechanism != "standard_contract":
            continue
        dates = _route_date(t.mechanism, t.effective_on)
        if dates is None:
            continue
        try:
            profile = Transfer(
                name=t.name,
                recipient=Recipient(name=t.recipient, country=t.recipient_country),
                purpose="other",
                **dates,
            )
        except ValueError:  # a date before PIPL took effect: no route deadlines to compute
            continue
        collector = _Collector(evaluation, profile)
        if t.mechanism == "standard_contract":
            if t.filed:
                continue
            scc_filing_deadline(collector)
        elif t.mechanism == "security_assessment":
            result_deadlines(collector, t.effective_on)
        else:
            certificate_expiry(collector)
        subject = Subject("transfer", t.name, t.organisation, t.system)
        for d in collector.deadlines:
            yield _from_deadline(d, subject, ctx)
    for u in evaluation.unverified:
        ctx.flag(f"{u.subject}: {u.note}")


class _RouteDate(TypedDict, total=False):
    """The one :class:`Transfer` field that dates a transfer's route."""

    contract_effective_on: dt.date
    assessment_result_issued_on: dt.date
    certified_on: dt.date


def _route_date(mechanism: str, day: dt.date) -> _RouteDate | None:
    """``day`` as the field of the route ``mechanism``; None for a mechanism without route
    deadlines (exempt, undecided, domestic)."""
    if mechanism == "standard_contract":
        return {"contract_effective_on": day}
    if mechanism == "security_assessment":
        return {"assessment_result_issued_on": day}
    if mechanism == "certification":
        return {"certified_on": day}
    return None


def _from_deadline(d: Deadline, subject: Subject, ctx: AgendaContext) -> Entry:
    duty, title_zh = next(
        (v for k, v in _TRANSFER_DUTIES.items() if d.what.startswith(k)),
        ("transfer.other", d.what),
    )
    inst = ctx.kb.instrument(d.citation.instrument)
    source = Source(
        d.citation.instrument,
        inst.short,
        d.citation.article,
        not inst.unverified,
        inst.sources[0] if inst.sources else None,
    )
    for pv_id in _PARAMS.get(duty, ()):
        # the parameter value whose citation the deadline carries gives its words and address
        for pv in ctx.kb.parameters[pv_id].values:
            if (pv.instrument, pv.article) == (source.instrument, source.article):
                source = ctx.source(pv)
                break
    return Entry(
        duty,
        "transfer",
        d.what[0].upper() + d.what[1:],
        title_zh,
        subject,
        d.kind,
        d.rule,
        source,
        due=d.due,
        note="" if d.due else "date unknown: see the unverified list",
        rule_zh=d.rule_zh,
        note_zh="" if d.due else "日期暂无法确定：见未核实事项列表",
    )


_PARAMS = {
    "transfer.scc_filing": ("cross_border.scc.filing_deadline_working_days",),
    "transfer.assessment_expiry": ("cross_border.assessment.validity_years",),
    "transfer.extension_window": ("cross_border.assessment.extension_window_working_days",),
    "transfer.redeclare": ("cross_border.assessment.redeclare_lead_working_days",),
    "transfer.certificate_expiry": ("certification.validity_years",),
}


def organisation_entries(
    organisations: Iterable[OrganisationFacts], ctx: AgendaContext
) -> Iterator[Entry]:
    for o in organisations:
        subject = Subject("organisation", o.name, o.name)
        yield from _officer_report(o, subject, ctx)
        yield from _audit(o, subject, ctx)
        yield from _minors_audit(o, subject, ctx)
        yield from _frt_filing(o, subject, ctx)


def _threshold_duty(
    reached: dt.date | None,
    days: ParameterValue,
    by: ParameterValue,
    ctx: AgendaContext,
) -> tuple[dt.date | None, Words, Words, Source]:
    """Due date of a "within N working days of reaching the threshold" duty with a
    transitional date for those over the threshold before the rule: (due, rule, note, source)."""
    if reached is None:
        return (
            None,
            Words(
                f"within {days.value} working days of reaching the threshold",
                f"达到规定数量之日起{days.value}个工作日内",
            ),
            Words(
                "record the date the threshold was reached to date this",
                "记录达到规定数量的日期后方可计算",
            ),
            ctx.source(days),
        )
    if reached < days.start:
        return (
            None if by.value is None else by.day,
            Words(
                f"by {by.value} (threshold reached before {days.start})",
                f"{by.value}前（在{days.start}前已达到规定数量）",
            ),
            Words(),
            ctx.source(by),
        )
    due, why = ctx.working_days(reached, days.number)
    rule = Words(
        f"within {days.value} working days of {reached}",
        f"自{reached}起{days.value}个工作日内",
    )
    return due, rule, why, ctx.source(days)


def _officer_report(o: OrganisationFacts, subject: Subject, ctx: AgendaContext) -> Iterator[Entry]:
    threshold = ctx.param("officer.processed_individuals")
    days = ctx.param("officer.report_deadline_working_days")
    by = ctx.param("officer.transitional_report_by")
    if threshold is None or threshold.value is None or days is None or by is None:
        return
    if (o.individuals_processed or 0) < threshold.number:
        return
    if ctx.last(o.records, "officer_report") is not None:
        return
    due, rule, note, source = _threshold_duty(o.officer_threshold_reached_on, days, by, ctx)
    yield Entry(
        "pipl.officer_report",
        "pipl",
        "Report the PI protection officer's information to the city-level CAC",
        "向设区的市级网信部门报送个人信息保护负责人信息",
        subject,
        "latest",
        rule.en,
        source,
        due=due,
        also=(ctx.source(threshold),),
        note=note.en,
        rule_zh=rule.zh,
        note_zh=note.zh,
    )


def _audit(o: OrganisationFacts, subject: Subject, ctx: AgendaContext) -> Iterator[Entry]:
    large = ctx.param("audit.large_handler_individuals")
    years = ctx.param("audit.large_handler_interval_years")
    if large is None or years is None or (o.individuals_processed or 0) <= large.number:
        return
    last = ctx.last(o.records, "compliance_audit")
    if last is not None:
        anchor, rule = last, f"at least every {years.value} years; last on {last}"
        rule_zh = f"每{years.value}年至少开展一次合规审计；上次为{last}"
    else:
        anchor = years.start
        rule = (
            f"at least every {years.value} years; none recorded, counted from the Measures "
            f"taking effect ({anchor}), piplkit's reading"
        )
        rule_zh = (
            f"每{years.value}年至少开展一次合规审计；尚无记录，"
            f"自《个人信息保护合规审计管理办法》施行（{anchor}）起算，系piplkit的理解"
        )
    yield Entry(
        "pipl.compliance_audit",
        "pipl",
        "PI protection compliance audit (handlers of more than 10 million people's PI)",
        "个人信息保护合规审计（处理超过1000万人个人信息）",
        subject,
        "latest",
        rule,
        ctx.source(years),
        due=add_years(anchor, years.number),
        also=(ctx.source(large),),
        rule_zh=rule_zh,
    )


def _minors_audit(o: OrganisationFacts, subject: Subject, ctx: AgendaContext) -> Iterator[Entry]:
    years = ctx.param("minors.audit_interval_years")
    if years is None or years.value is None or not o.processes_minors:
        return
    last = ctx.last(o.records, "minors_audit")
    if last is not None:
        anchor, rule = last, f"every year; last on {last}"
        rule_zh = f"每年开展一次合规审计；上次为{last}"
    else:
        anchor = years.start
        rule = (
            f"every year; none recorded, counted from the Regulations taking effect ({anchor}), "
            "piplkit's reading"
        )
        rule_zh = (
            f"每年开展一次合规审计；尚无记录，自《未成年人网络保护条例》施行（{anchor}）起算，"
            "系piplkit的理解"
        )
    yield Entry(
        "pipl.minors_audit",
        "pipl",
        "Yearly compliance audit of minors' PI processing, reported to the CAC",
        "每年对处理未成年人个人信息情况进行合规审计并报告网信等部门",
        subject,
        "latest",
        rule,
        ctx.source(years),
        due=add_years(anchor, years.number),
        rule_zh=rule_zh,
    )


def _frt_filing(o: OrganisationFacts, subject: Subject, ctx: AgendaContext) -> Iterator[Entry]:
    threshold = ctx.param("frt.filing_threshold_individuals")
    days = ctx.param("frt.filing_deadline_working_days")
    by = ctx.param("frt.transitional_filing_by")
    if threshold is None or days is None or by is None:
        return
    if (o.face_individuals or 0) < threshold.number:
        return
    if ctx.last(o.records, "frt_filing") is not None:
        return
    due, rule, note, source = _threshold_duty(o.face_threshold_reached_on, days, by, ctx)
    yield Entry(
        "pipl.frt_filing",
        "pipl",
        "File the facial recognition application with the provincial CAC",
        "向所在地省级以上网信部门履行人脸识别技术应用备案手续",
        subject,
        "latest",
        rule.en,
        source,
        due=due,
        also=(ctx.source(threshold),),
        note=note.en,
        rule_zh=rule.zh,
        note_zh=note.zh,
    )
