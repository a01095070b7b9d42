"""Important-data duties: declaration, the security officer and body, the yearly risk report.

An organisation handles important data when it says so or when a dataset of one of its systems
is graded important or core. Its duties: identify and declare important data (NDSMR Art. 29,
no time limit), name a data security officer and body (DSL Art. 27; NDSMR Art. 30, which
Art. 28 extends to handlers of 10 million people's PI), and assess its processing and report
every year (NDSMR Art. 33; "periodically", without a number, under DSL Art. 30 before 2025).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from piplkit.assess.rules.calendar import add_months
from piplkit.map.agenda.context import AgendaContext
from piplkit.map.agenda.entry import Entry, Subject
from piplkit.map.agenda.facts import DatasetFacts, OrganisationFacts

FAMILY = "data"
_HIGH = frozenset({"important", "core"})


def _important(d: DatasetFacts, ctx: AgendaContext) -> bool:
    if d.grade not in _HIGH:
        return False
    return d.identified_on is None or ctx.happened(d.identified_on)


def data_entries(
    organisations: Iterable[OrganisationFacts],
    datasets: Iterable[DatasetFacts],
    ctx: AgendaContext,
) -> Iterator[Entry]:
    by_org: dict[str, list[DatasetFacts]] = {}
    for d in datasets:
        if _important(d, ctx):
            by_org.setdefault(d.organisation or "", []).append(d)
            yield from _declaration(d, ctx)
    for o in organisations:
        held = by_org.get(o.name, [])
        handler = o.important_data_handler or bool(held)
        days = [d.identified_on for d in held if d.identified_on is not None]
        since = min(days) if days else None
        yield from _officer(o, handler, since, ctx)
        if handler:
            yield from _risk_report(o, since, ctx)


def _declaration(d: DatasetFacts, ctx: AgendaContext) -> Iterator[Entry]:
    pv = ctx.param("important_data.identify_and_declare")
    if pv is None or not pv.value or ctx.happened(d.declared_on):
        return
    yield Entry(
        "data.declare",
        FAMILY,
        "Declare the important data identified (to the competent region or department)",
        "按照国家有关规定申报识别出的重要数据",
        Subject("dataset", d.name, d.organisation, d.system),
        "standing",
        "identify and declare important data under national rules; no time limit is set",
        ctx.source(pv),
        basis="none",
        rule_zh="按照国家有关规定识别、申报重要数据；未规定期限",
        since=d.identified_on,
    )


def _officer(
    o: OrganisationFacts, handler: bool, since: dt.date | None, ctx: AgendaContext
) -> Iterator[Entry]:
    large = ctx.param("ndsmr.large_handler_individuals")
    is_large = (
        large is not None
        and large.value is not None
        and o.individuals_processed is not None
        and o.individuals_processed >= large.number
    )
    if not (handler or is_large) or (o.data_security_officer and o.data_security_body):
        return
    missing = [
        name
        for name, value in (
            ("officer", o.data_security_officer),
            ("body", o.data_security_body),
        )
        if not value
    ]
    ndsmr = ctx.in_force("ndsmr")
    source = ctx.cite("ndsmr", "Art. 30") if ndsmr else ctx.cite("dsl", "Art. 27 para. 2")
    also = [ctx.cite("dsl", "Art. 27 para. 2")] if ndsmr else []
    why, why_zh = "handles important data", "处理重要数据"
    if is_large and not handler and large is not None:
        also.append(ctx.source(large))
        why = f"processes PI of {large.value:,} or more people (NDSMR Art. 28)"
        people = large.number // 10000
        why_zh = f"处理{people}万人以上个人信息（《网络数据安全管理条例》第二十八条）"
    missing_zh = "、".join(
        name
        for name, value in (
            ("网络数据安全负责人", o.data_security_officer),
            ("网络数据安全管理机构", o.data_security_body),
        )
        if not value
    )
    yield Entry(
        "data.officer",
        FAMILY,
        "Name a data security officer (a management member) and a data security body",
        "明确网络数据安全负责人和网络数据安全管理机构",
        Subject("organisation", o.name, o.name),
        "standing",
        f"the organisation {why}; no {' or '.join(missing)} recorded",
        source,
        basis="none",
        rule_zh=f"该组织{why_zh}；尚未记录{missing_zh}",
        since=since,
        also=tuple(also),
    )


def _risk_report(
    o: OrganisationFacts, since: dt.date | None, ctx: AgendaContext
) -> Iterator[Entry]:
    pv = ctx.param("important_data.risk_assessment_interval_months")
    if pv is None:
        return
    subject = Subject("organisation", o.name, o.name)
    title = "Important-data risk assessment, report to the competent department"
    title_zh = "重要数据处理活动风险评估并向有关主管部门报送评估报告"
    if pv.value is None:
        yield Entry(
            "data.risk_report",
            FAMILY,
            title,
            title_zh,
            subject,
            "standing",
            "periodically (定期): the law sets no interval",
            ctx.source(pv),
            basis="none",
            rule_zh="定期开展风险评估并报送风险评估报告；法律未规定周期",
            since=since,
        )
        return
    months = pv.number
    last = ctx.last(o.records, "important_data_risk_report")
    if last is not None:
        anchor, rule = last, f"every {months} months (每年度); last on {last}"
        rule_zh = f"每年度（{months}个月）开展风险评估并报送报告；上次为{last}"
    else:
        anchor = max(d for d in (since, pv.start) if d is not None)
        from_rule = anchor == pv.start
        rule = (
            f"every {months} months (每年度); none recorded, counted from "
            f"{'the rule taking effect' if from_rule else 'identification'} "
            f"({anchor}), piplkit's reading: the Regulations set no day"
        )
        rule_zh = (
            f"每年度（{months}个月）开展风险评估并报送报告；尚无记录，自"
            f"{'该规定施行' if from_rule else '识别出重要数据'}（{anchor}）起算，"
            "系piplkit的理解：《条例》未规定具体日期"
        )
    yield Entry(
        "data.risk_report",
        FAMILY,
        title,
        title_zh,
        subject,
        "latest",
        rule,
        ctx.source(pv),
        due=add_months(anchor, months),
        note="the report covers the seven items of NDSMR Art. 33 para. 2",
        rule_zh=rule_zh,
        note_zh="风险评估报告应当包括《网络数据安全管理条例》第三十三条第二款所列七项内容",
    )
