"""Open rights requests and incident reporting clocks in the calendar.

A request's due date was fixed at receipt (statutory, the organisation's target, or none) and
is shown as stored, with the law data of the receipt day as its source. Incident duties are
counted by :func:`piplkit.assess.rules.response_deadlines.incident_deadlines` (pure rules, no
storage), in hours from discovery where the reporting measures set hours.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from piplkit.assess.law.calendar import CHINA_TZ
from piplkit.assess.law.models import ParameterValue
from piplkit.assess.rules.response_deadlines import china_date, incident_deadlines
from piplkit.map.agenda.context import AgendaContext
from piplkit.map.agenda.entry import Basis, Entry, EntryKind, Subject
from piplkit.map.agenda.facts import IncidentFacts, RequestFacts

_BASIS: dict[str, Basis] = {
    "statutory": "law",
    "organisation_target": "organisation",
    "none": "none",
}

#: duty -> (title, title in Chinese, the parameter of its period, or one per operator type)
_INCIDENT: dict[str, tuple[str, str, str | dict[str, str]]] = {
    "report": (
        "Report the incident (graded relatively major or above)",
        "报告网络安全事件（较大及以上）",
        {
            "cii": "incident.report_hours_cii",
            "central_organ": "incident.report_hours_central_organs",
            "other": "incident.report_hours_other",
        },
    ),
    "notify_authority": (
        "Notify the PI protection departments of the PI incident",
        "通知履行个人信息保护职责的部门",
        "incident.pipl_notification_hours",
    ),
    "notify_individuals": (
        "Notify the individuals affected (unless the measures avoid harm)",
        "通知个人（采取措施能够有效避免危害的除外）",
        "incident.pipl_notification_hours",
    ),
    "summary_report": (
        "Submit the incident handling summary report",
        "报送事件处置总结报告",
        "incident.summary_report_days",
    ),
}


def _request_rule_zh(basis: str, pv: ParameterValue, r: RequestFacts) -> str:
    """The Chinese of the rule a request's due date was fixed by (its English is the note
    stored at receipt, :func:`piplkit.assess.rules.response_deadlines.request_deadline`)."""
    if basis == "law" and pv.value is not None:
        return f"法定答复期限：收到请求之日起{pv.value}个工作日内"
    law = "法律未规定答复天数（个人信息处理者应当及时处理）"
    if basis == "organisation":
        return f"{law}；按组织设定的答复目标，于{r.due_on}前答复"
    return f"{law}；组织未设定答复目标"


def request_entries(requests: Iterable[RequestFacts], ctx: AgendaContext) -> Iterator[Entry]:
    for r in requests:
        received = china_date(r.received_at)
        if not ctx.happened(received):
            continue
        if r.ended_at is not None and ctx.happened(china_date(r.ended_at)):
            continue
        pv = ctx.param("dsr.response_working_days", received)
        if pv is None:
            continue
        basis = _BASIS.get(r.basis, "none")
        yield Entry(
            "dsr.respond",
            "dsr",
            "Answer the rights request",
            "答复个人行使权利的请求",
            Subject("request", r.name, r.organisation),
            "latest",
            r.deadline_note,
            ctx.source(pv),
            basis=basis,
            due=r.due_on,
            since=received,
            note="" if r.due_on else "no due date: the law sets no number of days and no target",
            rule_zh=_request_rule_zh(basis, pv, r),
            note_zh="" if r.due_on else "无答复期限：法律未规定天数，组织亦未设定目标",
        )


def incident_entries(incidents: Iterable[IncidentFacts], ctx: AgendaContext) -> Iterator[Entry]:
    for inc in incidents:
        discovered = china_date(inc.discovered_at)
        if not ctx.happened(discovered):
            continue
        ended = inc.handling_ended_at
        if ended is not None and not ctx.happened(china_date(ended)):
            ended = None
        done = {k: v for k, v in inc.done.items() if v is not None and ctx.happened(china_date(v))}
        duties = incident_deadlines(
            discovered_at=inc.discovered_at,
            operator_type=inc.operator_type,
            reportable=inc.reportable,
            handling_ended_at=ended,
            done=done,
            kb=ctx.kb,
        )
        system = inc.systems[0] if len(inc.systems) == 1 else None
        subject = Subject("incident", inc.name, inc.organisation, system)
        for d in duties:
            if d.done_at is not None or d.duty not in _INCIDENT:
                continue
            title, title_zh, params = _INCIDENT[d.duty]
            pid = params[inc.operator_type] if isinstance(params, dict) else params
            pv = ctx.param(pid, discovered)
            if pv is None:
                continue
            due_at = d.due_at.astimezone(CHINA_TZ) if d.due_at else None
            kind: EntryKind = (
                "latest" if due_at is not None or d.duty == "summary_report" else "standing"
            )
            yield Entry(
                f"incident.{d.duty}",
                "incident",
                title,
                title_zh,
                subject,
                kind,
                d.note,
                ctx.source(pv),
                due=due_at.date() if due_at else None,
                due_at=due_at,
                since=discovered,
                rule_zh=d.note_zh,
            )
