"""Incidents: record, grade, count each reporting and notification deadline, fill the report.

Deadlines are hours from *discovery* (发现或获知, Art. 4 of the incident reporting measures),
never working days: an incident found on a Friday night before National Day is due four hours
later all the same. The report content follows the items Art. 7 of the measures asks for; what
is not yet known is marked 待补报 (to be reported later, allowed by Art. 7(2)).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from piplkit.assess.law.calendar import CHINA_TZ
from piplkit.assess.rules.response_deadlines import IncidentDeadline, china_date, incident_deadlines
from piplkit.inputs.scalars import MAX_COUNT, Instant, whole
from piplkit.inputs.text import line, text
from piplkit.map.register import chain
from piplkit.map.register.checks import check_instant
from piplkit.map.register.errors import ConflictError, InvalidInputError, NotFoundError
from piplkit.respond.enums import IncidentGrade, IncidentKind, IncidentStatus, OperatorType
from piplkit.respond.fingerprint import canonical_digest
from piplkit.respond.grading import GRADE_ZH, Grading, grade_incident
from piplkit.respond.models import Incident
from piplkit.respond.redact import redact
from piplkit.respond.screen import new_reference, reference
from piplkit.respond.timeutil import to_utc

KIND_ZH = {
    IncidentKind.LEAK: "数据泄露",
    IncidentKind.TAMPERING: "数据篡改",
    IncidentKind.LOSS: "数据丢失",
    IncidentKind.RANSOMWARE: "勒索软件攻击",
    IncidentKind.INTRUSION: "网络攻击入侵",
    IncidentKind.OUTAGE: "系统中断",
    IncidentKind.OTHER: "其他",
}
TIMESTAMPS = (
    "reported_at",
    "authority_notified_at",
    "individuals_notified_at",
    "handling_ended_at",
    "summary_reported_at",
)
TBD = "待补报"


IncidentId = Annotated[str, reference(min_length=1, max_length=100)]
Title = Annotated[str, line(min_length=1, max_length=200)]
SystemName = Annotated[str, reference(min_length=1, max_length=200)]
Category = Annotated[str, reference(min_length=1, max_length=60)]
Reason = Annotated[str, text(max_length=2000)]
Narrative = Annotated[str, text(max_length=4000)]
Individuals = Annotated[int, whole()]


class IncidentIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    incident_id: IncidentId | None = None
    title: Title
    kind: IncidentKind
    operator_type: OperatorType = OperatorType.OTHER
    discovered_at: Instant
    occurred_at: Instant | None = None
    individuals_affected: Individuals | None = None
    sensitive_individuals: Individuals | None = None
    assessed_grade: IncidentGrade | None = None
    assessment_reason: Reason | None = None
    systems: list[SystemName] = Field(default_factory=list, max_length=100)
    pi_categories: list[Category] = Field(default_factory=list, max_length=50)
    description: Narrative | None = None
    cause: Narrative | None = None
    measures: Narrative | None = None

    @field_validator("discovered_at", "occurred_at")
    @classmethod
    def _aware(cls, value: dt.datetime | None) -> dt.datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("needs a time zone, e.g. 2025-11-03T22:15:00+08:00")
        return value


def _parse(payload: dict[str, Any] | IncidentIn) -> IncidentIn:
    if isinstance(payload, IncidentIn):
        return payload
    if not isinstance(payload, dict):
        raise InvalidInputError("an incident must be a JSON object")
    try:
        parsed = IncidentIn.model_validate(payload)
    except ValidationError as exc:
        problems = [
            f"{'.'.join(str(p) for p in e['loc']) or 'incident'}: {e['msg']}" for e in exc.errors()
        ]
        raise InvalidInputError("invalid incident: " + "; ".join(problems)) from None
    if parsed.assessed_grade is not None and not parsed.assessment_reason:
        raise InvalidInputError("assessment_reason: say which Grading Guide criterion applies")
    if parsed.occurred_at and parsed.occurred_at > parsed.discovered_at:
        raise InvalidInputError("occurred_at: after discovered_at")
    return parsed


def _grading(incident: Incident) -> Grading:
    return grade_incident(
        china_date(_aware(incident.discovered_at)),
        leaked_individuals=incident.individuals_affected
        if incident.kind in (IncidentKind.LEAK, IncidentKind.RANSOMWARE)
        else None,
        assessed=incident.assessed_grade,
    )


def record_incident(
    session: Session, payload: dict[str, Any] | IncidentIn
) -> tuple[Incident, bool]:
    """Record an incident (idempotent by incident id) and grade it."""
    chain.lock(session)
    data = _parse(payload)
    fields = {
        "title": redact(data.title, field="title", multiline=False) or data.title,
        "kind": data.kind,
        "operator_type": data.operator_type,
        "discovered_at": to_utc(data.discovered_at),
        "occurred_at": to_utc(data.occurred_at) if data.occurred_at else None,
        "individuals_affected": data.individuals_affected,
        "sensitive_individuals": data.sensitive_individuals,
        "assessed_grade": data.assessed_grade,
        "assessment_reason": redact(data.assessment_reason, field="assessment_reason"),
        "systems": list(dict.fromkeys(data.systems)),
        "pi_categories": list(dict.fromkeys(data.pi_categories)),
        "description_masked": redact(data.description, field="description"),
        "cause_masked": redact(data.cause, field="cause"),
        "measures_masked": redact(data.measures, field="measures"),
    }
    fingerprint = canonical_digest(
        {k: (v.isoformat() if isinstance(v, dt.datetime) else v) for k, v in fields.items()}
    )
    name = data.incident_id or new_reference("inc", 12)
    existing = session.scalar(select(Incident).where(Incident.name == name))
    if existing is not None:
        if existing.fingerprint != fingerprint:
            raise ConflictError(f"incident id {name!r} is already used by a different incident")
        return existing, False
    incident = Incident(name=name, fingerprint=fingerprint, grade=IncidentGrade.GENERAL, **fields)
    incident.grade = _grading(incident).grade
    session.add(incident)
    session.flush()
    return incident, True


def get(session: Session, incident_id: str) -> Incident:
    found = session.scalar(select(Incident).where(Incident.name == incident_id))
    if found is None:
        raise NotFoundError(f"no incident {incident_id!r}")
    return found


def update_incident(session: Session, incident_id: str, changes: dict[str, Any]) -> Incident:
    """Set what became known later: counts, grade assessment, timestamps of duties done."""
    chain.lock(session)
    incident = get(session, incident_id)
    allowed = {
        "individuals_affected",
        "sensitive_individuals",
        "assessed_grade",
        "assessment_reason",
        "status",
        "cause",
        "measures",
        *TIMESTAMPS,
    }
    unknown = sorted(set(changes) - allowed)
    if unknown:
        raise InvalidInputError(
            f"cannot change {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}"
        )
    for name, value in changes.items():
        if name in TIMESTAMPS:
            if not isinstance(value, dt.datetime) or value.tzinfo is None:
                raise InvalidInputError(f"{name}: a date-time with a time zone")
            setattr(incident, name, to_utc(check_instant(value, name)))
        elif name in {"individuals_affected", "sensitive_individuals"}:
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
                raise InvalidInputError(f"{name}: a whole number from 0 to {MAX_COUNT}")
            setattr(incident, name, value)
        elif name == "assessed_grade":
            try:
                incident.assessed_grade = IncidentGrade(value) if value is not None else None
            except ValueError:
                raise InvalidInputError(
                    f"assessed_grade: one of {', '.join(g.value for g in IncidentGrade)}"
                ) from None
        elif name == "status":
            try:
                incident.status = IncidentStatus(value)
            except ValueError:
                raise InvalidInputError(
                    f"status: one of {', '.join(s.value for s in IncidentStatus)}"
                ) from None
        elif name == "assessment_reason":
            incident.assessment_reason = redact(value, field=name)
        else:
            setattr(incident, f"{name}_masked", redact(value, field=name))
    if incident.assessed_grade is not None and not incident.assessment_reason:
        raise InvalidInputError("assessment_reason: say which Grading Guide criterion applies")
    incident.grade = _grading(incident).grade
    session.flush()
    return incident


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _maybe(value: dt.datetime | None) -> dt.datetime | None:
    return _aware(value) if value is not None else None


def deadlines(incident: Incident) -> list[IncidentDeadline]:
    grading = _grading(incident)
    return incident_deadlines(
        discovered_at=_aware(incident.discovered_at),
        operator_type=incident.operator_type.value,
        reportable=grading.reportable,
        handling_ended_at=_maybe(incident.handling_ended_at),
        done={
            "report": _maybe(incident.reported_at),
            "notify_authority": _maybe(incident.authority_notified_at),
            "notify_individuals": _maybe(incident.individuals_notified_at),
            "summary_report": _maybe(incident.summary_reported_at),
        },
    )


def list_incidents(session: Session, *, open_only: bool = False) -> list[Incident]:
    stmt = select(Incident).order_by(Incident.discovered_at, Incident.id)
    if open_only:
        stmt = stmt.where(Incident.status != IncidentStatus.CLOSED)
    return list(session.scalars(stmt))


def _cst(value: dt.datetime | None) -> str:
    if value is None:
        return TBD
    return _aware(value).astimezone(CHINA_TZ).strftime("%Y年%m月%d日 %H:%M（北京时间）")


def to_dict(incident: Incident, now: dt.datetime | None = None) -> dict[str, Any]:
    grading = _grading(incident)
    now = now or dt.datetime.now(dt.UTC)
    return {
        "incident_id": incident.name,
        "title": incident.title,
        "kind": incident.kind.value,
        "operator_type": incident.operator_type.value,
        "status": incident.status.value,
        "discovered_at": _aware(incident.discovered_at).isoformat(),
        "individuals_affected": incident.individuals_affected,
        "sensitive_individuals": incident.sensitive_individuals,
        "grade": grading.grade.value,
        "grade_zh": GRADE_ZH[grading.grade],
        "reportable": grading.reportable,
        "grading": grading.explanation,
        "grading_citation": grading.citation,
        "deadlines": [d.to_dict(now) for d in deadlines(incident)],
    }


def report_form(incident: Incident, *, organisation: str | None = None) -> dict[str, Any]:
    """The report's content in Chinese, item by item (Art. 7 of the reporting measures).

    Sections follow the items the measures list: the unit and the affected systems, discovery
    time, type and grade, impact so far, measures taken, cause, further measures and support
    needed. Unknown items say 待补报 so the first report can go out within the time limit.
    """
    grading = _grading(incident)
    leak = incident.individuals_affected
    impact = []
    if leak is not None:
        impact.append(f"涉及个人信息主体约{leak:,}人")
    if incident.sensitive_individuals:
        impact.append(f"其中涉及敏感个人信息约{incident.sensitive_individuals:,}人")
    if incident.pi_categories:
        impact.append("涉及个人信息类别：" + "、".join(incident.pi_categories))
    items = [
        ("事发单位名称", organisation or TBD),
        ("发生事件的网络、系统或平台基本情况", "、".join(incident.systems) or TBD),
        ("事件发现时间", _cst(incident.discovered_at)),
        ("事件发生时间", _cst(incident.occurred_at)),
        ("事件类型", KIND_ZH[incident.kind]),
        ("事件级别（研判）", f"{GRADE_ZH[grading.grade]}（{grading.explanation}）"),
        ("事件简要情况", incident.description_masked or TBD),
        ("已造成的影响和危害", "；".join(impact) or TBD),
        ("已采取的应对措施及效果", incident.measures_masked or TBD),
        ("事件原因初步分析", incident.cause_masked or TBD),
        ("拟进一步采取的应对措施及请求支援事项", TBD),
    ]
    duties = []
    for d in deadlines(incident):
        when = _cst(d.due_at) if d.due_at else ("立即" if d.hours is None else TBD)
        duties.append(
            {
                "事项": {
                    "report": "向主管部门报告",
                    "notify_authority": "通知履行个人信息保护职责的部门",
                    "notify_individuals": "通知个人",
                    "summary_report": "提交事件处置总结报告",
                }[d.duty],
                "报送对象": d.recipient_zh,
                "时限": when,
                "依据": d.citation,
                "已完成": _cst(d.done_at) if d.done_at else "否",
            }
        )
    return {
        "标题": "网络安全事件报告（个人信息）",
        "事件编号": incident.name,
        "报告内容": [{"项目": k, "内容": v} for k, v in items],
        "报告与通知时限": duties,
        "说明": (
            "依据《国家网络安全事件报告管理办法》第七条所列报告内容整理；规定时间内不能判定的"
            "事项可先报告已知情况，其他情况及时补报。时限自发现或获知事件时起按小时计算。"
            "本表不含任何未脱敏的个人信息。"
        ),
    }
