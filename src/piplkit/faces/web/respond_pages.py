"""Staff pages for rights requests and incidents: lists with deadlines, details, transitions.

Viewers read; editors move a request through its states (each button is a CSRF-checked form
post) and download the access package. All rules live in :mod:`piplkit.respond`; pages show
masked previews only, as the records hold nothing else.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from piplkit.faces.web.auth import form_user, page, page_user
from piplkit.faces.web.clock import china_time, china_today, hours_left
from piplkit.faces.web.render import attachment, render
from piplkit.faces.web.respond_rows import shown
from piplkit.map.register.errors import ConflictError, InvalidInputError
from piplkit.platform.auth.models import Role
from piplkit.platform.service.backend import actor, backend
from piplkit.platform.service.keys import hmac_key
from piplkit.platform.service.respond_entities import INCIDENT, REQUEST, next_duty
from piplkit.respond import dsr, incidents
from piplkit.respond.enums import RequestState

router = APIRouter()
Viewer = Annotated[Any, Depends(page_user(Role.VIEWER))]
Editor = Annotated[Any, Depends(page_user(Role.EDITOR))]
EditorForm = Annotated[dict[str, Any], Depends(form_user(Role.EDITOR))]
STATE_CLASS = {
    "received": "",
    "verifying": "warn",
    "in_progress": "",
    "completed": "ok",
    "refused": "bad",
    "closed": "grey",
}
#: Form action → (core function, the form field it needs), from the request's workflow.
ACTIONS: dict[str, tuple[str, str | None]] = {
    t.action: (t.function, t.needs) for t in REQUEST.transitions
}


def _clock(record: Any, today: dt.date) -> tuple[str, str, int | None]:
    """(level, badge class, days) of an open request's deadline."""
    if record.state not in dsr.OPEN_STATES:
        return "done", "grey", None
    if record.due_on is None:
        return "no_deadline", "grey", None
    gap = (record.due_on - today).days
    if gap < 0:
        return "overdue", "bad", -gap
    if gap == 0:
        return "due_today", "warn", 0
    return "days_left", "warn" if gap <= 3 else "ok", gap


@router.get("/dsr", response_class=HTMLResponse, **page(Role.VIEWER))
def dsr_list(request: Request, _user: Viewer, state: str | None = None) -> Response:
    states = REQUEST.filter("state")
    wanted = RequestState(state) if state in states.values() else None
    today = china_today()
    with backend(request).read() as session:
        rows = []
        for r in reversed(dsr.list_requests(session, wanted)):
            level, cls, days = _clock(r, today)
            row = shown(REQUEST, REQUEST.serialize(r))
            row["clock"] = {"level": level, "cls": cls, "days": days}
            rows.append(row)
    return render(
        request,
        "dsr_list.html",
        entity=REQUEST,
        rows=rows,
        states=states.values(),
        state=wanted.value if wanted else "",
        state_class=STATE_CLASS,
    )


def _detail(
    request: Request, request_id: str, error: str | None = None, status: int = 200
) -> Response:
    with backend(request).read() as session:
        record = dsr.get(session, request_id)
        item = dsr.to_dict(record)
        level, cls, days = _clock(record, china_today())
        history = [
            {"at": china_time(e.at), "actor": e.actor, "action": e.action, "entry": e.id}
            for e in dsr.history(session, request_id)
        ]
        allowed = {s.value for s in dsr.TRANSITIONS[record.state]}
    for name in ("received_at", "verified_at", "completed_at", "closed_at"):
        value = item[name]
        item[name] = china_time(dt.datetime.fromisoformat(value)) if value else ""
    actions = [t.action for t in REQUEST.transitions if t.target.value in allowed]
    return render(
        request,
        "dsr_view.html",
        status=status,
        item=item,
        level=level,
        cls=cls,
        days=days,
        history=history,
        actions=actions,
        error=error,
        state_class=STATE_CLASS,
        quoted=quote(request_id, safe=""),
    )


@router.get("/dsr/view", response_class=HTMLResponse, **page(Role.VIEWER))
def dsr_view(request: Request, _user: Viewer, id: str) -> Response:
    return _detail(request, id)


@router.post("/dsr/action", **page(Role.EDITOR))
def dsr_action(request: Request, ctx: EditorForm, id: str, action: str) -> Response:
    if action not in ACTIONS:
        return _detail(request, id, f"unknown action {action[:40]!r}", status=400)
    function, needs = ACTIONS[action]
    kwargs: dict[str, Any] = {}
    if needs is not None:
        kwargs[needs] = ctx["form"].get(needs, "")
    try:
        with backend(request).write(actor("web", ctx["principal"])) as session:
            getattr(dsr, function)(session, id, **kwargs)
    except ConflictError as exc:
        return _detail(request, id, str(exc), status=409)
    except InvalidInputError as exc:
        return _detail(request, id, str(exc), status=422)
    return RedirectResponse(f"/dsr/view?id={quote(id, safe='')}", status_code=303)


@router.get("/dsr/package.json", **page(Role.EDITOR))
def dsr_package(request: Request, _user: Editor, id: str) -> Response:
    from piplkit.respond.package import build_package, package_json

    key = hmac_key(request)
    with backend(request).read() as session:
        data = package_json(build_package(session, id, key=key)).encode("utf-8")
    return attachment(data, f"{id}-package.json", "application/json")


def _incident_row(incident: Any, now: dt.datetime) -> dict[str, Any]:
    data = INCIDENT.serialize(incident, now)
    clocks = []
    for d in incidents.deadlines(incident):
        left = hours_left(d.due_at, now)
        clocks.append(
            {
                "duty": d.duty,
                "recipient": d.recipient_zh,
                "due_at": china_time(d.due_at),
                "hours": d.hours,
                "status": d.status(now),
                "left": None if left is None or d.done_at else round(left, 1),
                "done_at": china_time(d.done_at),
                "citation": d.citation,
                "note": d.note,
            }
        )
    data["next"] = next_duty(data, now)
    data["clocks"] = clocks
    data["discovered"] = china_time(incident.discovered_at)
    return data


@router.get("/incidents", response_class=HTMLResponse, **page(Role.VIEWER))
def incident_list(request: Request, _user: Viewer) -> Response:
    now = dt.datetime.now(dt.UTC)
    with backend(request).read() as session:
        rows = [
            shown(INCIDENT, _incident_row(i, now))
            for i in reversed(incidents.list_incidents(session))
        ]
    return render(request, "incident_list.html", entity=INCIDENT, rows=rows)


@router.get("/incidents/view", response_class=HTMLResponse, **page(Role.VIEWER))
def incident_view(request: Request, _user: Viewer, id: str) -> Response:
    now = dt.datetime.now(dt.UTC)
    with backend(request).read() as session:
        incident = incidents.get(session, id)
        item = _incident_row(incident, now)
        form = incidents.report_form(incident)
    return render(request, "incident_view.html", item=item, form=form)
