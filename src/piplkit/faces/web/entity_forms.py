"""List pages and create/edit forms for register entities: systems, datasets, activities,
recipients, transfers.

Rendered from the entities' descriptors (:mod:`piplkit.platform.service.entities`): the list
columns, the form's fields and how posted strings become the register's input schema, which then
validates them exactly as the API and CLI do; only labels and messages are localised here. Routes
``/<kind>``, ``/<kind>/new`` and ``/<kind>/edit`` are registered for each entity (lists for
viewers, forms for editors, CSRF-checked posts).
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from piplkit.faces.web import column_editor
from piplkit.faces.web.auth import form_user, page, page_user
from piplkit.faces.web.forms import blank_to_none, validate_form
from piplkit.faces.web.render import language, render
from piplkit.map.register.errors import ConflictError, NotFoundError
from piplkit.platform.auth.models import Role
from piplkit.platform.service.backend import actor, backend
from piplkit.platform.service.entities import DESCRIPTORS, EntityDescriptor
from piplkit.platform.service.i18n import Lang, translate

router = APIRouter()
Editor = Annotated[Any, Depends(page_user(Role.EDITOR))]
Viewer = Annotated[Any, Depends(page_user(Role.VIEWER))]
EditorForm = Annotated[dict[str, Any], Depends(form_user(Role.EDITOR))]
Offset = Annotated[int, Query(ge=0)]
#: Rows per list page.
PAGE = 50

#: The entities whose forms and list pages are rendered here, by URL segment (organisations
#: have forms of their own, with their security records).
ENTITY_FORMS: dict[str, EntityDescriptor] = {d.segment: d for d in DESCRIPTORS.values() if d.form}


def home(spec: EntityDescriptor, name: str | None) -> str:
    """Where a saved or cancelled form returns: the detail page, or the list."""
    if spec.detail and name is not None:
        return f"/{spec.segment}/view?name={quote(name, safe='')}"
    return f"/{spec.segment}"


def _form_fields(spec: EntityDescriptor, session: Any, lang: Lang) -> list[dict[str, Any]]:
    """The descriptor's fields as ``form.html`` wants them (see ``_field.html`` for the keys)."""
    yes_no = [("false", translate(lang, "common.no")), ("true", translate(lang, "common.yes"))]
    return [
        {
            "name": f.name,
            "label": f.label,
            "kind": "select" if f.widget == "yesno" else f.widget,
            "required": spec.required(f.name),
            "help": f.help,
            "options": yes_no if f.widget == "yesno" else f.options(session, lang),
        }
        for f in spec.form
    ]


def _with_values(
    fields: list[dict[str, Any]], values: dict[str, Any], lang: Lang
) -> list[dict[str, Any]]:
    out = []
    for f in fields:
        value = values.get(f["name"])
        if f["kind"] == "columns":
            out.append(column_editor.with_rows(f, value, lang))
            continue
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        elif isinstance(value, bool):
            value = "true" if value else "false"
        out.append({**f, "value": "" if value is None else str(value)})
    return out


def form_page(
    request: Request,
    kind: str,
    values: dict[str, Any],
    errors: dict[str, str],
    editing: str | None,
    status: int = 200,
) -> Response:
    spec = ENTITY_FORMS[kind]
    with backend(request).read() as session:
        lang = language(request)
        fields = _with_values(_form_fields(spec, session, lang), values, lang)
    if editing is None:
        action, cancel, title = f"/{kind}/new", f"/{kind}", f"{kind}.new"
    else:
        action = f"/{kind}/edit?name={quote(editing, safe='')}"
        cancel, title = home(spec, editing), f"{kind}.edit"
    return render(
        request,
        "form.html",
        status=status,
        title=title,
        fields=fields,
        errors=errors,
        action=action,
        cancel=cancel,
    )


def current_values(kind: str, request: Request, name: str) -> tuple[dict[str, Any], list[Any]]:
    """The stored entity as form values (and a dataset's columns with their statistics)."""
    spec = ENTITY_FORMS[kind]
    with backend(request).read() as session:
        dumped = spec.serialize(spec.repo.get(session, name))
    return dumped, dumped.get("columns", [])


def _posted(spec: EntityDescriptor, form: dict[str, str]) -> dict[str, Any]:
    data = blank_to_none(form, spec.posted("scalar"))
    for name in spec.posted("list"):
        items = (p.strip() for p in form.get(name, "").replace("，", ",").split(","))
        data[name] = [p for p in items if p]
    for name in spec.posted("flag"):
        data[name] = form.get(name, "false") == "true"
    # unset fields fall back to the schema's defaults
    return {k: v for k, v in data.items() if v is not None}


def submit(request: Request, kind: str, ctx: dict[str, Any], editing: str | None) -> Response:
    """Validate a posted form with the register schema; save, or show the form with errors."""
    spec = ENTITY_FORMS[kind]
    lang = language(request)
    form: dict[str, str] = ctx["form"]
    data = _posted(spec, form)
    errors: dict[str, str] = {}
    redisplay = dict(data)
    if spec.posted("columns"):
        existing: list[dict[str, Any]] = []
        if editing is not None:
            existing = current_values(kind, request, editing)[1]
        posted = column_editor.read_posted(form, existing, lang)
        errors.update(posted.errors)
        if posted.columns is not None:
            data["columns"] = posted.columns
        redisplay["columns"] = column_editor.shown_again(posted, existing)
    model, field_errors = validate_form(spec.schema, data, lang)
    errors = {**field_errors, **errors}
    if model is None or errors:
        return form_page(request, kind, redisplay, errors, editing, status=422)
    try:
        with backend(request).write(actor("web", ctx["principal"])) as session:
            if editing is None:
                spec.repo.create(session, model)
            else:
                # Only what the form posted: fields it does not show (a dataset's grading
                # from the last scan) keep their values.
                changes = model.model_dump(exclude={"created_at", "updated_at"}, exclude_unset=True)
                spec.repo.update(session, editing, changes)
    except ConflictError as exc:
        errors = {"name": translate(lang, "err.conflict"), "_form": str(exc)}
        return form_page(request, kind, redisplay, errors, editing, status=409)
    except NotFoundError as exc:
        return form_page(request, kind, redisplay, {"_form": str(exc)}, editing, status=422)
    return RedirectResponse(home(spec, getattr(model, "name", None)), status_code=303)


def _row_href(spec: EntityDescriptor, name: str, editor: bool) -> str | None:
    if spec.detail:
        return home(spec, name)
    return f"/{spec.segment}/edit?name={quote(name, safe='')}" if editor else None


def list_page(request: Request, kind: str, user: Any, offset: int) -> Response:
    """One page of an entity's list; the first cell links to its detail page, or, for
    editors, to its edit form when it has none."""
    spec = ENTITY_FORMS[kind]
    lang = language(request)
    editor = user.allows(Role.EDITOR)
    with backend(request).read() as session:
        rows = [
            {
                "href": _row_href(spec, obj.name, editor),
                "cells": [column.cell(obj, lang) for column in spec.table],
            }
            for obj in spec.repo.list(session, offset=offset, limit=PAGE)
        ]
        total = spec.repo.count(session)
    return render(
        request,
        "table.html",
        title=f"{kind}.title",
        headers=[column.label for column in spec.table],
        rows=rows,
        total=total,
        offset=offset,
        limit=PAGE,
        new_href=f"/{kind}/new",
    )


def _register_routes(kind: str) -> None:
    def listing(request: Request, user: Viewer, offset: Offset = 0) -> Response:
        return list_page(request, kind, user, offset)

    def new(request: Request, _user: Editor) -> Response:
        return form_page(request, kind, dict(ENTITY_FORMS[kind].defaults), {}, None)

    def create(request: Request, ctx: EditorForm) -> Response:
        return submit(request, kind, ctx, None)

    def edit(request: Request, _user: Editor, name: str) -> Response:
        return form_page(request, kind, current_values(kind, request, name)[0], {}, name)

    def update(request: Request, ctx: EditorForm, name: str) -> Response:
        return submit(request, kind, ctx, name)

    viewer = {"response_class": HTMLResponse, **page(Role.VIEWER)}
    html = {"response_class": HTMLResponse, **page(Role.EDITOR)}
    router.add_api_route(f"/{kind}", listing, methods=["GET"], name=f"{kind}_list", **viewer)
    router.add_api_route(f"/{kind}/new", new, methods=["GET"], name=f"{kind}_new", **html)
    router.add_api_route(
        f"/{kind}/new", create, methods=["POST"], name=f"{kind}_create", **page(Role.EDITOR)
    )
    router.add_api_route(f"/{kind}/edit", edit, methods=["GET"], name=f"{kind}_edit", **html)
    router.add_api_route(
        f"/{kind}/edit", update, methods=["POST"], name=f"{kind}_update", **page(Role.EDITOR)
    )


for _kind in ENTITY_FORMS:
    _register_routes(_kind)
