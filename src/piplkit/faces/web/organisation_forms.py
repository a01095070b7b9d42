"""Organisations in the web UI: the list, and a form with the facts the calendar and assess read.

Besides name, code, country and contact, the form holds the CIIO designation (CII Regulations
Arts. 9-10, with its date), the important-data handler flag and the data security officer and
body (NDSMR Arts. 28-30), the numbers and dates that start the PI officer report and the facial
recognition filing clocks, whether minors' PI is processed, and the organisation's records
(CII tests, important-data risk reports, compliance audits, the officer report, the filing).
Validation is the register's ``OrganisationIn``; a CIIO date without the flag is caught first so
the message stands next to the flag, in the user's language. Editors only.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from piplkit.faces.web.auth import form_user, page, page_user
from piplkit.faces.web.form_rows import dates, posted_rows
from piplkit.faces.web.forms import validate_form
from piplkit.faces.web.render import language, render
from piplkit.faces.web.security_forms import field, parse_records, record_rows, yes_no
from piplkit.map.register.enums import ORGANISATION_RECORDS, RecordKind
from piplkit.map.register.errors import ConflictError, RegisterError
from piplkit.map.register.repository import organisations
from piplkit.map.register.schemas import OrganisationIn
from piplkit.platform.auth.models import Role
from piplkit.platform.service.backend import actor, backend
from piplkit.platform.service.i18n import Lang, translate

router = APIRouter()
Viewer = Annotated[Any, Depends(page_user(Role.VIEWER))]
Editor = Annotated[Any, Depends(page_user(Role.EDITOR))]
EditorForm = Annotated[dict[str, Any], Depends(form_user(Role.EDITOR))]
PAGE = 50
DATES = ("ciio_designated_on", "officer_threshold_reached_on", "face_threshold_reached_on")
TEXT = ("name", "uscc", "country", "contact", "description", "data_security_officer",
        "data_security_body")  # fmt: skip
COUNTS = ("individuals_processed", "face_individuals")
FLAGS = ("ciio", "important_data_handler", "processes_minors")


def _kinds() -> list[RecordKind]:
    return [k for k in RecordKind if k in ORGANISATION_RECORDS]


def _sections(lang: Lang) -> list[tuple[str, list[dict[str, Any]]]]:
    yn = yes_no(lang)
    return [
        (
            "",
            [
                field("name", "common.name", required=True),
                field("uscc", "org.uscc", help="org.uscc_help"),
                field("country", "recipients.country", help="recipients.country_help"),
                field("contact", "recipients.contact"),
                field("individuals_processed", "org.individuals", "number"),
                field("description", "common.description", "textarea"),
            ],
        ),
        (
            "sec.cii",
            [
                field("ciio", "org.ciio", "select", options=yn, help="org.ciio_help"),
                field("ciio_designated_on", "sec.designated_on", "date"),
            ],
        ),
        (
            "org.data_security",
            [
                field(
                    "important_data_handler",
                    "org.important_data_handler",
                    "select",
                    options=yn,
                    help="org.important_data_handler_help",
                ),
                field("data_security_officer", "org.security_officer"),
                field("data_security_body", "org.security_body"),
            ],
        ),
        (
            "org.pi_duties",
            [
                field(
                    "officer_threshold_reached_on",
                    "org.officer_threshold",
                    "date",
                    help="org.officer_threshold_help",
                ),
                field("face_individuals", "org.face_individuals", "number"),
                field(
                    "face_threshold_reached_on",
                    "org.face_threshold",
                    "date",
                    help="org.face_threshold_help",
                ),
                field("processes_minors", "org.minors", "select", options=yn),
            ],
        ),
    ]


def organisation_data(
    form: dict[str, str], lang: Lang
) -> tuple[dict[str, Any], dict[str, str], dict[int, str]]:
    """The posted form as ``OrganisationIn`` input; errors by field and by record row."""
    days, errors = dates(form, DATES, lang)
    data: dict[str, Any] = {**days}
    for name in TEXT:
        data[name] = form.get(name, "").strip() or None
    data["country"] = (data["country"] or "CN").upper()
    for name in COUNTS:
        raw = form.get(name, "").strip().replace(",", "")
        if not raw:
            data[name] = None
        elif raw.isdigit():
            data[name] = int(raw)
        else:
            errors[name] = translate(lang, "err.number")
    for name in FLAGS:
        data[name] = form.get(name, "false") == "true"
    if data["ciio_designated_on"] is not None and not data["ciio"]:
        errors["ciio"] = translate(lang, "sec.err.cii_flag")
    rows = posted_rows(form, record_rows(_kinds(), lang, "org.records"))
    data["records"], row_errors = parse_records(rows, _kinds(), lang)
    return data, errors, row_errors


def _page(
    request: Request,
    editing: str | None,
    values: dict[str, str],
    records: list[dict[str, Any]],
    errors: dict[str, str],
    row_errors: dict[int, str],
    status: int = 200,
) -> Response:
    lang = language(request)
    sections = [
        (title, [{**f, "value": values.get(f["name"], "")} for f in fields])
        for title, fields in _sections(lang)
    ]
    table = record_rows(_kinds(), lang, "org.records").view(records, row_errors)
    if editing is None:
        action, title = "/organisations/new", "org.new"
    else:
        action, title = f"/organisations/edit?name={quote(editing, safe='')}", "org.edit"
    return render(
        request,
        "security_form.html",
        status=status,
        title=title,
        subject=editing or "",
        sections=sections,
        tables=[table],
        errors=errors,
        action=action,
        cancel="/organisations",
    )


def _submit(request: Request, ctx: dict[str, Any], editing: str | None) -> Response:
    lang = language(request)
    form: dict[str, str] = ctx["form"]
    data, errors, row_errors = organisation_data(form, lang)
    if not errors and not row_errors:
        model, errors = validate_form(OrganisationIn, data, lang)
    if not errors and not row_errors:
        try:
            with backend(request).write(actor("web", ctx["principal"])) as session:
                if editing is None:
                    organisations.create(session, model)
                else:
                    organisations.update(session, editing, data)
        except ConflictError as exc:
            errors = {"name": translate(lang, "err.conflict"), "_form": str(exc)}
        except RegisterError as exc:
            errors = {"_form": str(exc)}
        else:
            return RedirectResponse("/organisations", status_code=303)
    if row_errors:
        errors.setdefault("_form", translate(lang, "err.form"))
    rows = posted_rows(form, record_rows(_kinds(), lang, "org.records"))
    return _page(request, editing, dict(form), list(rows), errors, row_errors, status=422)


@router.get("/organisations", response_class=HTMLResponse, **page(Role.VIEWER))
def organisation_list(
    request: Request, user: Viewer, offset: Annotated[int, Query(ge=0)] = 0
) -> Response:
    lang = language(request)
    editor = user.allows(Role.EDITOR)
    yes = translate(lang, "common.yes")
    with backend(request).read() as session:
        rows = [
            {
                "href": f"/organisations/edit?name={quote(o.name, safe='')}" if editor else None,
                "cells": [
                    o.name,
                    o.uscc or "",
                    "" if o.individuals_processed is None else o.individuals_processed,
                    yes if o.ciio else "",
                    yes if o.important_data_handler else "",
                    o.data_security_officer or "",
                ],
            }
            for o in organisations.list(session, offset=offset, limit=PAGE)
        ]
        total = organisations.count(session)
    headers = [
        "common.name",
        "org.uscc",
        "org.individuals",
        "org.ciio",
        "org.important_data_handler",
        "org.security_officer",
    ]
    return render(
        request,
        "table.html",
        title="org.title",
        headers=headers,
        rows=rows,
        total=total,
        offset=offset,
        limit=PAGE,
        new_href="/organisations/new",
    )


@router.get("/organisations/new", response_class=HTMLResponse, **page(Role.EDITOR))
def organisation_new(request: Request, _user: Editor) -> Response:
    values = {"country": "CN", "ciio": "false", "important_data_handler": "false"}
    return _page(request, None, values, [], {}, {})


@router.post("/organisations/new", **page(Role.EDITOR))
def organisation_create(request: Request, ctx: EditorForm) -> Response:
    return _submit(request, ctx, None)


@router.get("/organisations/edit", response_class=HTMLResponse, **page(Role.EDITOR))
def organisation_edit(request: Request, _user: Editor, name: str) -> Response:
    with backend(request).read() as session:
        item = organisations.dump(organisations.get(session, name))
    dumped = item.model_dump(mode="json")
    values = {k: "" if v is None else str(v) for k, v in dumped.items() if k != "records"}
    for flag in FLAGS:
        values[flag] = "true" if dumped[flag] else "false"
    return _page(request, name, values, dumped["records"], {}, {})


@router.post("/organisations/edit", **page(Role.EDITOR))
def organisation_update(request: Request, ctx: EditorForm, name: str) -> Response:
    return _submit(request, ctx, name)
