"""Create and edit forms for register entities: systems, datasets, activities, recipients,
transfers.

One form machinery for every entity: an :class:`EntityForm` says which fields the form shows
and how posted strings become the register's input schema, which then validates them exactly as
the API and CLI do; only messages are localised. Routes ``/<kind>/new`` and ``/<kind>/edit`` are
registered for each entity (editors only, CSRF-checked posts).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel

from piplkit.faces.web import column_editor
from piplkit.faces.web.auth import form_user, page, page_user
from piplkit.faces.web.forms import blank_to_none, validate_form
from piplkit.faces.web.i18n import Lang, translate
from piplkit.faces.web.render import language, render
from piplkit.map.register.enums import (
    Grade,
    LegalBasis,
    RecipientRole,
    SensitiveCategory,
    Sensitivity,
    SeparateConsent,
    TransferMechanism,
    TransferPurpose,
)
from piplkit.map.register.errors import ConflictError, NotFoundError
from piplkit.map.register.labels import label
from piplkit.map.register.repository import (
    Repository,
    activities,
    datasets,
    organisations,
    recipients,
    systems,
    transfers,
)
from piplkit.map.register.schemas import ActivityIn, DatasetIn, RecipientIn, SystemIn, TransferIn
from piplkit.platform.auth.models import Role
from piplkit.platform.service.backend import actor, backend

router = APIRouter()
Editor = Annotated[Any, Depends(page_user(Role.EDITOR))]
EditorForm = Annotated[dict[str, Any], Depends(form_user(Role.EDITOR))]
Fields = Callable[[Any, Lang], list[dict[str, Any]]]


def options(names: list[str]) -> list[tuple[str, str]]:
    return [("", "—"), *[(n, n) for n in names]]


def enum_options(enum: Any, lang: Lang) -> list[tuple[str, str]]:
    return [(m.value, label(m, enum, lang)) for m in enum]


def field(name: str, label_key: str, kind: str = "text", **extra: Any) -> dict[str, Any]:
    """One field for ``form.html`` (see ``_field.html`` for the keys)."""
    return {
        "name": name,
        "label": label_key,
        "kind": kind,
        "required": False,
        "help": None,
        "options": [],
        **extra,
    }


@dataclass(frozen=True)
class EntityForm:
    repo: Repository[Any, Any]
    schema: type[BaseModel]
    fields: Fields
    #: Single-valued fields; empty means "not set".
    scalars: tuple[str, ...]
    #: Comma-separated lists (half- or full-width commas).
    lists: tuple[str, ...] = ()
    #: Yes/no selects, posted as "true"/"false".
    flags: tuple[str, ...] = ()
    #: Whether the entity has a ``/<kind>/view`` page (otherwise forms return to the list).
    has_view: bool = True
    #: Values a new form starts with (the schema's defaults, where a select would otherwise
    #: show its first option).
    defaults: tuple[tuple[str, str], ...] = ()

    def home(self, kind: str, name: str | None) -> str:
        if self.has_view and name is not None:
            return f"/{kind}/view?name={quote(name, safe='')}"
        return f"/{kind}"


def _yes_no(lang: Lang) -> list[tuple[str, str]]:
    return [("false", translate(lang, "common.no")), ("true", translate(lang, "common.yes"))]


def _system_fields(session: Any, lang: Lang) -> list[dict[str, Any]]:
    orgs = [o.name for o in organisations.list(session)]
    return [
        field("name", "common.name", required=True),
        field("organisation", "common.organisation", "select", options=options(orgs)),
        field("owner", "systems.owner"),
        field("location", "systems.location"),
        field("description", "common.description", "textarea"),
    ]


def _dataset_fields(session: Any, lang: Lang) -> list[dict[str, Any]]:
    names = [s.name for s in systems.list(session)]
    return [
        field("name", "common.name", required=True),
        field("system", "datasets.system", "select", options=options(names)),
        field("grade", "datasets.grade", "select", options=enum_options(Grade, lang)),
        field(
            "sensitivity",
            "datasets.sensitivity",
            "select",
            options=enum_options(Sensitivity, lang),
        ),
        field("source", "datasets.source"),
        field("rows", "datasets.rows", "number"),
        field("description", "common.description", "textarea"),
        field("columns", "datasets.columns", "columns"),
    ]


def _activity_fields(session: Any, lang: Lang) -> list[dict[str, Any]]:
    orgs = [o.name for o in organisations.list(session)]
    sets = [(d.name, d.name) for d in datasets.list(session)]
    return [
        field("name", "common.name", required=True),
        field("organisation", "common.organisation", "select", options=options(orgs)),
        field("purpose", "activities.purpose", "textarea", required=True),
        field(
            "legal_basis",
            "activities.legal_basis",
            "select",
            required=True,
            options=enum_options(LegalBasis, lang),
        ),
        field("datasets", "activities.datasets", "checkboxes", options=sets),
        field("pi_categories", "activities.pi_categories", help="activities.pi_categories_help"),
        field(
            "sensitive_categories",
            "activities.sensitive_categories",
            "checkboxes",
            options=enum_options(SensitiveCategory, lang),
        ),
        field(
            "separate_consents",
            "activities.separate_consents",
            "checkboxes",
            options=enum_options(SeparateConsent, lang),
        ),
        field("individuals_count", "activities.individuals", "number"),
        field("retention", "activities.retention"),
        field("retention_days", "activities.retention_days", "number"),
        field(
            "automated_decision_making",
            "activities.automated_decision_making",
            "select",
            options=_yes_no(lang),
        ),
        field("description", "common.description", "textarea"),
    ]


def _recipient_fields(session: Any, lang: Lang) -> list[dict[str, Any]]:
    return [
        field("name", "common.name", required=True),
        field(
            "role",
            "recipients.role",
            "select",
            required=True,
            options=enum_options(RecipientRole, lang),
        ),
        field("country", "recipients.country", required=True, help="recipients.country_help"),
        field("contact", "recipients.contact"),
        field("description", "common.description", "textarea"),
    ]


def _transfer_fields(session: Any, lang: Lang) -> list[dict[str, Any]]:
    sets = [d.name for d in datasets.list(session)]
    parties = [r.name for r in recipients.list(session)]
    acts = [a.name for a in activities.list(session)]
    return [
        field("name", "common.name", required=True),
        field("dataset", "transfers.dataset", "select", required=True, options=options(sets)),
        field(
            "recipient", "transfers.recipient", "select", required=True, options=options(parties)
        ),
        field("activity", "transfers.activity", "select", options=options(acts)),
        field(
            "purpose", "transfers.purpose", "select", options=enum_options(TransferPurpose, lang)
        ),
        field("purpose_description", "transfers.purpose_description"),
        field(
            "mechanism",
            "transfers.mechanism",
            "select",
            options=enum_options(TransferMechanism, lang),
        ),
        field("mechanism_effective_on", "transfers.effective_on", "date"),
        field("filing_references", "transfers.filings", help="transfers.filings_help"),
        field("important_data", "transfers.important_data", "select", options=_yes_no(lang)),
        field("description", "common.description", "textarea"),
    ]


ENTITY_FORMS: dict[str, EntityForm] = {
    "systems": EntityForm(
        systems,
        SystemIn,
        _system_fields,
        ("name", "organisation", "owner", "location", "description"),
    ),
    "datasets": EntityForm(
        datasets,
        DatasetIn,
        _dataset_fields,
        ("name", "system", "grade", "sensitivity", "source", "rows", "description"),
    ),
    "activities": EntityForm(
        activities,
        ActivityIn,
        _activity_fields,
        (
            "name",
            "organisation",
            "purpose",
            "legal_basis",
            "individuals_count",
            "retention",
            "retention_days",
            "description",
        ),
        lists=("datasets", "pi_categories", "sensitive_categories", "separate_consents"),
        flags=("automated_decision_making",),
        has_view=False,
    ),
    "recipients": EntityForm(
        recipients,
        RecipientIn,
        _recipient_fields,
        ("name", "role", "country", "contact", "description"),
        has_view=False,
    ),
    "transfers": EntityForm(
        transfers,
        TransferIn,
        _transfer_fields,
        (
            "name",
            "dataset",
            "recipient",
            "activity",
            "purpose",
            "purpose_description",
            "mechanism",
            "mechanism_effective_on",
            "description",
        ),
        lists=("filing_references",),
        flags=("important_data",),
        has_view=False,
        defaults=(("purpose", "other"), ("mechanism", "undecided")),
    ),
}


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
        fields = _with_values(spec.fields(session, lang), values, lang)
    if editing is None:
        action, cancel, title = f"/{kind}/new", f"/{kind}", f"{kind}.new"
    else:
        action = f"/{kind}/edit?name={quote(editing, safe='')}"
        cancel, title = spec.home(kind, editing), f"{kind}.edit"
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
        dumped = spec.repo.dump(spec.repo.get(session, name)).model_dump(mode="json")
    return dumped, dumped.get("columns", [])


def _posted(spec: EntityForm, form: dict[str, str]) -> dict[str, Any]:
    data = blank_to_none(form, list(spec.scalars))
    for name in spec.lists:
        items = (p.strip() for p in form.get(name, "").replace("，", ",").split(","))
        data[name] = [p for p in items if p]
    for name in spec.flags:
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
    if kind == "datasets":
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
    return RedirectResponse(spec.home(kind, getattr(model, "name", None)), status_code=303)


def _register_routes(kind: str) -> None:
    def new(request: Request, _user: Editor) -> Response:
        return form_page(request, kind, dict(ENTITY_FORMS[kind].defaults), {}, None)

    def create(request: Request, ctx: EditorForm) -> Response:
        return submit(request, kind, ctx, None)

    def edit(request: Request, _user: Editor, name: str) -> Response:
        return form_page(request, kind, current_values(kind, request, name)[0], {}, name)

    def update(request: Request, ctx: EditorForm, name: str) -> Response:
        return submit(request, kind, ctx, name)

    html = {"response_class": HTMLResponse, **page(Role.EDITOR)}
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
