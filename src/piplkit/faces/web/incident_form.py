"""The web form for recording a security incident (editors).

An incident's reporting clock runs from its discovery, so staff must be able to record one from
the browser without the API. The form posts strings; they are turned into the same payload the
API takes and validated by :func:`piplkit.respond.incidents.record_incident`, whose messages
("field: problem") are shown next to the fields. Times are entered as China time.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from piplkit.assess.law.calendar import CHINA_TZ
from piplkit.faces.web.auth import form_user, page, page_user
from piplkit.faces.web.render import language, render
from piplkit.map.register.errors import ConflictError, InvalidInputError
from piplkit.platform.auth.models import Role
from piplkit.platform.service.backend import actor, backend
from piplkit.platform.service.i18n import Lang, translate
from piplkit.respond import incidents
from piplkit.respond.enums import IncidentGrade, IncidentKind, OperatorType
from piplkit.respond.screen import new_reference

router = APIRouter()
PATH = "/incidents/new"
Editor = Annotated[Any, Depends(page_user(Role.EDITOR))]
EditorForm = Annotated[dict[str, Any], Depends(form_user(Role.EDITOR))]

TEXT = ("incident_id", "title", "assessment_reason", "description", "cause", "measures")
TIMES = ("discovered_at", "occurred_at")
COUNTS = ("individuals_affected", "sensitive_individuals")
CHOICES = {"kind": IncidentKind, "operator_type": OperatorType, "assessed_grade": IncidentGrade}
LISTS = ("systems",)
REQUIRED = ("title", "kind", "discovered_at")


def _fields(values: dict[str, str], lang: Lang) -> list[dict[str, Any]]:
    """Field specs for ``form.html`` (label keys ``incf.<name>``), filled with ``values``."""

    def field(name: str, kind: str, options: list[tuple[str, str]] | None = None) -> dict[str, Any]:
        return {
            "name": name,
            "label": "incf.title_field" if name == "title" else f"incf.{name}",
            "kind": kind,
            "value": values.get(name, ""),
            "options": options or [],
            "required": name in REQUIRED,
            "help": f"incf.{name}.help" if name in ("discovered_at", "systems") else None,
        }

    def choices(prefix: str, enum: type[StrEnum], blank: bool) -> list[tuple[str, str]]:
        options = [(m.value, translate(lang, f"{prefix}.{m.value}")) for m in enum]
        return ([("", "—")] if blank else []) + options

    return [
        field("title", "text"),
        field("kind", "select", choices("incf.kind", IncidentKind, blank=False)),
        field("operator_type", "select", choices("incf.op", OperatorType, blank=False)),
        field("discovered_at", "datetime-local"),
        field("occurred_at", "datetime-local"),
        field("individuals_affected", "number"),
        field("sensitive_individuals", "number"),
        field("assessed_grade", "select", choices("incf.grade", IncidentGrade, blank=True)),
        field("assessment_reason", "textarea"),
        field("systems", "text"),
        field("description", "textarea"),
        field("cause", "textarea"),
        field("measures", "textarea"),
        field("incident_id", "hidden"),
    ]


def _page(
    request: Request, values: dict[str, str], errors: dict[str, str], status: int = 200
) -> Response:
    values = {"incident_id": new_reference("inc", 12), "operator_type": "other", **values}
    return render(
        request,
        "form.html",
        status=status,
        title="incf.title",
        fields=_fields(values, language(request)),
        errors=errors,
        action=PATH,
        cancel="/incidents",
    )


def _payload(form: dict[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    """The API payload from the posted strings, and the errors found on the way."""
    data: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name in (*TEXT, *CHOICES):
        value = form.get(name, "").strip()
        if value:
            data[name] = value
    for name in TIMES:
        value = form.get(name, "").strip()
        if not value:
            continue
        try:
            when = dt.datetime.fromisoformat(value)
        except ValueError:
            errors[name] = "YYYY-MM-DDTHH:MM"
            continue
        data[name] = when if when.tzinfo else when.replace(tzinfo=CHINA_TZ)
    for name in COUNTS:
        value = form.get(name, "").strip()
        if value:
            if not value.isdigit():
                errors[name] = "0, 1, 2 …"
            else:
                data[name] = int(value)
    for name in LISTS:
        items = [p.strip() for p in form.get(name, "").replace("，", ",").split(",")]
        data[name] = [p for p in items if p]
    return data, errors


def _field_errors(message: str, lang: Lang) -> dict[str, str]:
    """``invalid incident: title: …; kind: …`` → one message per field."""
    errors: dict[str, str] = {}
    for part in message.removeprefix("invalid incident: ").split("; "):
        field, sep, problem = part.partition(": ")
        if sep and field.split(".")[0].isidentifier():
            if problem in _MISSING:
                problem = translate(lang, "err.missing")
            errors.setdefault(field.split(".")[0], problem)
        else:
            errors.setdefault("_form", part)
    errors.setdefault("_form", translate(lang, "err.form"))
    return errors


#: Pydantic's messages for an absent or empty required field.
_MISSING = frozenset({"Field required", "String should have at least 1 character"})


@router.get(PATH, response_class=HTMLResponse, **page(Role.EDITOR))
def incident_new(request: Request, _user: Editor) -> Response:
    now = dt.datetime.now(CHINA_TZ).replace(second=0, microsecond=0, tzinfo=None)
    return _page(request, {"discovered_at": now.isoformat(timespec="minutes")}, {})


@router.post(PATH, **page(Role.EDITOR))
def incident_create(request: Request, ctx: EditorForm) -> Response:
    lang = language(request)
    form: dict[str, str] = ctx["form"]
    shown = {k: v for k, v in form.items() if k != "csrf"}
    data, errors = _payload(form)
    if errors:
        errors["_form"] = translate(lang, "err.form")
        return _page(request, shown, errors, status=422)
    try:
        with backend(request).write(actor("web", ctx["principal"])) as session:
            incident, _ = incidents.record_incident(session, data)
            name = incident.name
    except InvalidInputError as exc:
        return _page(request, shown, _field_errors(str(exc), lang), status=422)
    except ConflictError as exc:
        # the same form posted twice with different content: show it with a fresh id
        shown.pop("incident_id", None)
        return _page(request, shown, {"_form": str(exc)}, status=409)
    return RedirectResponse(f"/incidents/view?id={quote(name, safe='')}", status_code=303)
