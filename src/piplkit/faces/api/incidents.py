"""Incident endpoints: record and grade, update, deadlines in hours, report content in Chinese.

Grading and every deadline come from :mod:`piplkit.respond.incidents` (the incident reporting
measures' hours from discovery); free text is masked before it is stored.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, ConfigDict

from piplkit.faces.api.security import current, guard
from piplkit.inputs.scalars import Instant
from piplkit.platform.auth.models import Role
from piplkit.platform.service.backend import actor, backend
from piplkit.platform.service.respond_entities import INCIDENT
from piplkit.respond import incidents
from piplkit.respond.enums import IncidentGrade, IncidentStatus

router = APIRouter(prefix="/incidents", tags=["incidents"])


class IncidentPatch(BaseModel):
    """What became known later; only the fields sent are changed."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    individuals_affected: incidents.Individuals | None = None
    sensitive_individuals: incidents.Individuals | None = None
    assessed_grade: IncidentGrade | None = None
    assessment_reason: incidents.Reason | None = None
    status: IncidentStatus | None = None
    cause: incidents.Narrative | None = None
    measures: incidents.Narrative | None = None
    reported_at: Instant | None = None
    authority_notified_at: Instant | None = None
    individuals_notified_at: Instant | None = None
    handling_ended_at: Instant | None = None
    summary_reported_at: Instant | None = None


@router.post(
    "",
    summary="Record and grade an incident (same incident_id again: the first record, 200)",
    status_code=201,
    **guard(Role.EDITOR),
)
def record(request: Request, response: Response, body: incidents.IncidentIn) -> dict[str, Any]:
    who = current(request)
    with backend(request).write(actor("api", who)) as session:
        # a dict, so the core's cross-field checks (occurred ≤ discovered, reason) run too
        saved, created = incidents.record_incident(session, body.model_dump(exclude_unset=True))
        data = INCIDENT.serialize(saved)
    if not created:
        response.status_code = 200
    return {**data, "created": created}


@router.get("", summary="Incidents with grade and deadline status", **guard(Role.VIEWER))
def list_incidents(
    request: Request,
    open_only: Annotated[bool, Query(alias="open", description="Only not closed.")] = False,
) -> list[dict[str, Any]]:
    now = dt.datetime.now(dt.UTC)
    with backend(request).read() as session:
        return [
            INCIDENT.serialize(i, now)
            for i in incidents.list_incidents(session, open_only=open_only)
        ]


@router.get("/{incident_id}", summary="One incident, graded", **guard(Role.VIEWER))
def get_incident(request: Request, incident_id: str) -> dict[str, Any]:
    with backend(request).read() as session:
        return INCIDENT.serialize(incidents.get(session, incident_id))


@router.patch(
    "/{incident_id}",
    summary="Set counts, grade assessment, status, or when each duty was done",
    **guard(Role.EDITOR),
)
def update_incident(request: Request, incident_id: str, body: IncidentPatch) -> dict[str, Any]:
    who = current(request)
    changes = body.model_dump(exclude_unset=True)
    for name in ("assessed_grade", "status"):
        if changes.get(name) is not None:
            changes[name] = changes[name].value
    with backend(request).write(actor("api", who)) as session:
        return INCIDENT.serialize(incidents.update_incident(session, incident_id, changes))


@router.get(
    "/{incident_id}/deadlines",
    summary="Each reporting and notification deadline, with hours left",
    **guard(Role.VIEWER),
)
def deadlines(request: Request, incident_id: str) -> list[dict[str, Any]]:
    now = dt.datetime.now(dt.UTC)
    with backend(request).read() as session:
        found = incidents.deadlines(incidents.get(session, incident_id))
    out = []
    for d in found:
        item = d.to_dict(now)
        left = (d.due_at - now).total_seconds() / 3600 if d.due_at else None
        item["hours_left"] = None if left is None or d.done_at else round(left, 2)
        out.append(item)
    return out


@router.get(
    "/{incident_id}/report",
    summary="The report form content in Chinese (items of Art. 7 of the reporting measures)",
    **guard(Role.VIEWER),
)
def report(
    request: Request,
    incident_id: str,
    organisation: Annotated[str | None, Query(max_length=200, description="事发单位名称")] = None,
) -> dict[str, Any]:
    with backend(request).read() as session:
        return incidents.report_form(incidents.get(session, incident_id), organisation=organisation)
