"""The dashboard's "overdue / due soon" panel: rights requests and incident reporting clocks.

Requests are counted in China dates (their deadlines are working days); incident duties in
hours from discovery. "Due soon" is within ``SOON_DAYS`` days for requests and ``SOON_HOURS``
hours for incident duties; duties the law says to do "immediately" show until they are done.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from piplkit.faces.web.clock import china_time, china_today, hours_left
from piplkit.respond import dsr, incidents
from piplkit.respond.models import RightsRequest

SOON_DAYS = 3
SOON_HOURS = 24


@dataclass(frozen=True, slots=True)
class RequestAlert:
    request_id: str
    kind: str
    level: str  # overdue | due_today | due_soon
    due_on: dt.date
    days: int  # days late (overdue) or days left


@dataclass(frozen=True, slots=True)
class DutyAlert:
    incident_id: str
    title: str
    duty: str
    recipient: str
    level: str  # overdue | due_soon | immediately
    due_at: str
    hours: float | None  # hours left (negative: late)


@dataclass(frozen=True, slots=True)
class Alerts:
    requests: list[RequestAlert]
    duties: list[DutyAlert]
    no_deadline: int

    @property
    def empty(self) -> bool:
        return not self.requests and not self.duties


def request_alerts(session: Session, today: dt.date) -> tuple[list[RequestAlert], int]:
    stmt = (
        select(RightsRequest)
        .where(RightsRequest.state.in_(list(dsr.OPEN_STATES)))
        .order_by(RightsRequest.due_on, RightsRequest.id)
    )
    found: list[RequestAlert] = []
    without = 0
    for r in session.scalars(stmt):
        if r.due_on is None:
            without += 1
            continue
        gap = (r.due_on - today).days
        if gap < 0:
            level = "overdue"
        elif gap == 0:
            level = "due_today"
        elif gap <= SOON_DAYS:
            level = "due_soon"
        else:
            continue
        found.append(RequestAlert(r.name, r.kind.value, level, r.due_on, abs(gap)))
    return found, without


def duty_alerts(session: Session, now: dt.datetime) -> list[DutyAlert]:
    found: list[DutyAlert] = []
    for incident in incidents.list_incidents(session, open_only=True):
        for d in incidents.deadlines(incident):
            if d.done_at is not None:
                continue
            left = hours_left(d.due_at, now)
            if d.due_at is None:
                if d.hours is not None:
                    continue  # waits for another event (e.g. the end of handling)
                level = "immediately"
            elif left is not None and left < 0:
                level = "overdue"
            elif left is not None and left <= SOON_HOURS:
                level = "due_soon"
            else:
                continue
            found.append(
                DutyAlert(
                    incident.name,
                    incident.title,
                    d.duty,
                    d.recipient_zh,
                    level,
                    china_time(d.due_at),
                    None if left is None else round(left, 1),
                )
            )
    order = {"overdue": 0, "immediately": 1, "due_soon": 2}
    return sorted(found, key=lambda a: (order[a.level], a.hours if a.hours is not None else 0))


def dashboard_alerts(session: Session, now: dt.datetime | None = None) -> Alerts:
    now = now or dt.datetime.now(dt.UTC)
    requests, without = request_alerts(session, china_today(now))
    return Alerts(requests, duty_alerts(session, now), without)
