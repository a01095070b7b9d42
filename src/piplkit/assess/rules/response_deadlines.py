"""Deadlines for rights requests and incidents, from the law data and the working-day calendar.

Pure: no database. Every deadline carries where it comes from — a statutory parameter with its
citation and ``verified`` flag, or the organisation's own target when the law gives no number —
so that nobody mistakes a company target for a legal limit. A date outside the years with a
known holiday schedule gives no date and says why (the calendar never guesses).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any, Literal

from piplkit.assess.law.calendar import (
    CHINA_TZ,
    UnknownYearError,
    add_calendar_days,
    add_hours,
    add_working_days,
    end_of_day,
)
from piplkit.assess.law.kb import KnowledgeBase, load_knowledge_base
from piplkit.assess.law.models import ParameterValue

Basis = Literal["statutory", "organisation_target", "none"]


def _cite(kb: KnowledgeBase, pv: ParameterValue) -> str:
    short = kb.instrument(pv.instrument).short
    return f"{short} {pv.article}"


@dataclass(frozen=True, slots=True)
class RequestDeadline:
    due_on: dt.date | None
    basis: Basis
    working_days: int | None
    citation: str
    verified: bool
    note: str

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["due_on"] = self.due_on.isoformat() if self.due_on else None
        return out


def china_date(at: dt.datetime) -> dt.date:
    """The calendar day of an instant in China (where working days are counted)."""
    if at.tzinfo is None:
        raise ValueError("the instant needs a time zone")
    return at.astimezone(CHINA_TZ).date()


def request_deadline(
    received_at: dt.datetime, target_working_days: int | None, kb: KnowledgeBase | None = None
) -> RequestDeadline:
    """When a request received at ``received_at`` must be answered, and on what basis.

    The day of receipt is not counted (Civil Code Art. 201): the n-th working day after it.
    """
    kb = kb or load_knowledge_base()
    day = china_date(received_at)
    pv = kb.param("dsr.response_working_days", day)
    if pv is None:
        raise LookupError(f"no law data on request deadlines for {day}")
    citation = _cite(kb, pv)
    basis: Basis
    if pv.value is not None:
        days, basis = pv.number, "statutory"
        note = f"{citation} sets {days} working days"
    else:
        law = f"{citation} sets no number of days (the handler must act 及时, in time)"
        recommended = kb.param("dsr.recommended_response_days", day)
        hint = (
            f"; {_cite(kb, recommended)} (a recommended, non-binding standard; unverified) "
            f"suggests {recommended.value} days"
            if recommended is not None and recommended.value is not None
            else ""
        )
        if target_working_days is None:
            return RequestDeadline(
                None,
                "none",
                None,
                citation,
                pv.verified,
                f"{law}{hint}; no organisation target is configured "
                "(piplkit dsr config --target-working-days N)",
            )
        days, basis = target_working_days, "organisation_target"
        note = f"{law}; using the organisation's target of {days} working days{hint}"
    try:
        due = add_working_days(day, days)
    except UnknownYearError as exc:
        return RequestDeadline(None, basis, days, citation, pv.verified, f"{note}; {exc}")
    return RequestDeadline(due, basis, days, citation, pv.verified, note)


@dataclass(frozen=True, slots=True)
class IncidentDeadline:
    """One duty after an incident: to whom, by when (None = 'immediately'/no number)."""

    duty: str
    recipient_zh: str
    due_at: dt.datetime | None
    hours: int | None
    citation: str
    verified: bool
    note: str
    done_at: dt.datetime | None = None
    #: the note in Chinese, written beside the English (the compliance calendar shows it)
    note_zh: str = ""

    @property
    def overdue_at(self) -> dt.datetime | None:
        return self.due_at

    def status(self, now: dt.datetime) -> str:
        if self.done_at is not None:
            late = self.due_at is not None and self.done_at > self.due_at
            return "done late" if late else "done"
        if self.due_at is None:
            return "immediately" if self.hours is None else "pending"
        return "overdue" if now > self.due_at else "pending"

    def to_dict(self, now: dt.datetime | None = None) -> dict[str, Any]:
        out = asdict(self)
        for name in ("due_at", "done_at"):
            value = out[name]
            out[name] = value.astimezone(CHINA_TZ).isoformat() if value else None
        if now is not None:
            out["status"] = self.status(now)
        return out


_REPORT_PARAM = {
    "cii": ("incident.report_hours_cii", "保护工作部门、公安机关"),
    "central_organ": ("incident.report_hours_central_organs", "本部门网信工作机构"),
    "other": ("incident.report_hours_other", "属地省级网信部门"),
}


def incident_deadlines(
    *,
    discovered_at: dt.datetime,
    operator_type: str,
    reportable: bool,
    handling_ended_at: dt.datetime | None = None,
    done: Mapping[str, dt.datetime | None] | None = None,
    kb: KnowledgeBase | None = None,
) -> list[IncidentDeadline]:
    """Each reporting and notification duty, counted in hours from discovery (not days).

    ``reportable``: graded relatively major or above (Art. 4 of the reporting measures).
    """
    kb = kb or load_knowledge_base()
    done = done or {}
    day = china_date(discovered_at)
    out: list[IncidentDeadline] = []
    param, recipient = _REPORT_PARAM[operator_type]
    pv = kb.param(param, day)
    if reportable and pv is not None and pv.value is not None:
        hours = pv.number
        out.append(
            IncidentDeadline(
                "report",
                recipient,
                add_hours(discovered_at, hours),
                hours,
                _cite(kb, pv),
                pv.verified,
                f"relatively major or above: report within {hours} h of discovery",
                done.get("report"),
                f"较大及以上网络安全事件：发现后{hours}小时内报告",
            )
        )
    elif pv is None:
        out.append(
            IncidentDeadline(
                "report",
                recipient,
                None,
                None,
                "—",
                False,
                f"the incident reporting measures are not in force on {day} (from 2025-11-01)",
                done.get("report"),
                f"网络安全事件报告管理办法于{day}尚未施行（自2025-11-01起施行）",
            )
        )
    notify = kb.param("incident.pipl_notification_hours", day)
    if notify is not None:
        for duty, who in (
            ("notify_authority", "履行个人信息保护职责的部门"),
            ("notify_individuals", "个人"),
        ):
            out.append(
                IncidentDeadline(
                    duty,
                    who,
                    None if notify.value is None else add_hours(discovered_at, notify.number),
                    None if notify.value is None else notify.number,
                    _cite(kb, notify),
                    notify.verified,
                    "immediately (立即); no number of hours"
                    + (
                        "; individuals need not be notified where the measures taken effectively "
                        "avoid harm, unless the authority requires it"
                        if duty == "notify_individuals"
                        else ""
                    ),
                    done.get(duty),
                    "立即通知（未规定小时数）"
                    + (
                        "；采取措施能够有效避免信息泄露、篡改、丢失造成危害的，可以不通知个人，"
                        "但履行个人信息保护职责的部门认为可能造成危害的，有权要求通知个人"
                        if duty == "notify_individuals"
                        else ""
                    ),
                )
            )
    summary = kb.param("incident.summary_report_days", day)
    if reportable and summary is not None and summary.value is not None:
        days = summary.number
        due = None
        note = f"within {days} days after handling ends"
        note_zh = f"事件处置工作结束后{days}日内"
        if handling_ended_at is not None:
            try:  # days counted from the next day; a last day that is a rest day moves on
                due = end_of_day(add_calendar_days(china_date(handling_ended_at), days))
            except UnknownYearError as exc:
                note += f"; {exc}"
                note_zh += f"；{exc.year}年节假日安排尚未公布，期间最后一日暂无法确定"
        else:
            note += " (handling has not ended yet)"
            note_zh += "（尚未处置结束）"
        out.append(
            IncidentDeadline(
                "summary_report",
                recipient,
                due,
                None,
                _cite(kb, summary),
                summary.verified,
                note,
                done.get("summary_report"),
                note_zh,
            )
        )
    return out
