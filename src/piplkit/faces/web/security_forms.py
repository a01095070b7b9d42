"""Forms for a system's MLPS and CII facts and a dataset's grade and important-data steps.

``/systems/security?name=S``: the MLPS grading elements (GB/T 22240-2020: the object harmed and
the degree of harm, for business information and for the system service), the level when it is
not the one the elements give (with the rationale it then needs), the grading, expert-review and
go-live dates, the sector, the filing with the public security organ (date, number, organ), the
CII designation, the level tests and self-inspections done, and the rectification items with
their due dates. ``/datasets/security?name=D``: the data grade (GB/T 43697-2024) with its
reason, and the important-data dates (identified, declared, notified) and catalogue.

The cross-field rules of the register's schema are checked here first, so that each problem is
shown next to its field in the user's language (a level that differs from its elements without a
rationale, a filing number without a date, an important-data date on general data…); the
schema then validates the whole entity as the API and CLI do, and the repository saves only the
fields these forms own. Editors only; posts carry the CSRF token.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from piplkit.assess.law.mlps import load_mlps
from piplkit.faces.web.auth import form_user, page, page_user
from piplkit.faces.web.form_rows import Column, RowSet, dates, posted_rows, row_dates
from piplkit.faces.web.forms import validate_form
from piplkit.faces.web.render import language, render
from piplkit.map.register.enums import SYSTEM_RECORDS, Grade, RecordKind
from piplkit.map.register.errors import RegisterError
from piplkit.map.register.labels import label
from piplkit.map.register.repository import datasets, systems
from piplkit.map.register.schemas import DatasetIn, SystemIn
from piplkit.platform.auth.models import Role
from piplkit.platform.service.backend import actor, backend
from piplkit.platform.service.i18n import Lang, translate

router = APIRouter()
Editor = Annotated[Any, Depends(page_user(Role.EDITOR))]
EditorForm = Annotated[dict[str, Any], Depends(form_user(Role.EDITOR))]
STAMPS = {"created_at", "updated_at"}

SYSTEM_DATES = (
    "mlps_graded_on",
    "mlps_expert_reviewed_on",
    "live_on",
    "mlps_filed_on",
    "cii_designated_on",
)
SYSTEM_TEXT = (
    "mlps_rationale",
    "mlps_filing_number",
    "mlps_filing_authority",
    "cii_protection_department",
)
ASPECTS = (
    ("mlps_business_object", "mlps_business_degree"),
    ("mlps_service_object", "mlps_service_degree"),
)
DATASET_DATES = (
    "grade_set_on",
    "important_identified_on",
    "important_declared_on",
    "important_notified_on",
)
IMPORTANT_DATES = DATASET_DATES[1:]


def field(name: str, label_key: str, kind: str = "text", **extra: Any) -> dict[str, Any]:
    """One field for ``_field.html``."""
    return {"name": name, "label": label_key, "kind": kind, "required": False, "help": None,
            "options": [], **extra}  # fmt: skip


def yes_no(lang: Lang) -> list[tuple[str, str]]:
    return [("false", translate(lang, "common.no")), ("true", translate(lang, "common.yes"))]


def record_rows(kinds: list[RecordKind], lang: Lang, legend: str) -> RowSet:
    """Records done on a date (tests, audits, reports) as a table of rows."""
    options = tuple((k.value, translate(lang, f"sec.record.{k.value}")) for k in kinds)
    return RowSet(
        "rec",
        legend,
        (
            Column("kind", "sec.record_kind", "select", options, required=True),
            Column("done_on", "sec.done_on", "date", required=True),
            Column("performed_by", "sec.performed_by"),
            Column("reference", "sec.reference"),
            Column("note", "", "hidden"),
        ),
        help="sec.records_help",
    )


def parse_records(
    rows: list[dict[str, str]], kinds: list[RecordKind], lang: Lang
) -> tuple[list[dict[str, Any]], dict[int, str]]:
    """Posted record rows → record dicts, with a message per bad row."""
    allowed = {k.value for k in kinds}
    out: list[dict[str, Any]] = []
    errors: dict[int, str] = {}
    seen: set[tuple[str, Any]] = set()
    for i, row in enumerate(rows):
        days, ok = row_dates(row, ("done_on",))
        if row["kind"] not in allowed:
            errors[i] = translate(lang, "err.choice")
        elif not ok or days["done_on"] is None:
            errors[i] = translate(lang, "sec.err.record_date")
        elif (row["kind"], days["done_on"]) in seen:
            errors[i] = translate(lang, "sec.err.record_twice")
        seen.add((row["kind"], days["done_on"]))
        out.append(
            {
                "kind": row["kind"],
                "done_on": days["done_on"],
                "performed_by": row["performed_by"] or None,
                "reference": row["reference"] or None,
                "note": row["note"] or None,
            }
        )
    return out, errors


def merged_errors(
    schema: type[Any], current: Any, changes: dict[str, Any], lang: Lang
) -> dict[str, str]:
    """The schema's verdict on the stored entity with ``changes`` applied."""
    merged = {**current.model_dump(exclude=STAMPS), **changes}
    return validate_form(schema, merged, lang)[1]


def save(
    request: Request, ctx: dict[str, Any], repo: Any, name: str, changes: dict[str, Any]
) -> str | None:
    """Write ``changes`` to the named entity; None, or the register's message."""
    try:
        with backend(request).write(actor("web", ctx["principal"])) as session:
            repo.update(session, name, changes)
    except RegisterError as exc:
        return str(exc)
    return None


def _html(route: str) -> dict[str, Any]:
    return {"response_class": HTMLResponse, **page(Role.EDITOR), "name": route}


# --- systems: MLPS and CII ---------------------------------------------------------------------


def _rectification_rows() -> RowSet:
    return RowSet(
        "rect",
        "sec.rectifications",
        (
            Column("title", "sec.rect_title", required=True),
            Column("found_on", "sec.found_on", "date"),
            Column("due_on", "sec.due_on", "date"),
            Column("closed_on", "sec.closed_on", "date"),
            Column("source", "sec.rect_source"),
            Column("note", "", "hidden"),
        ),
        help="sec.rectifications_help",
    )


def _system_kinds() -> list[RecordKind]:
    return [k for k in RecordKind if k in SYSTEM_RECORDS]


def _system_sections(lang: Lang) -> list[tuple[str, list[dict[str, Any]]]]:
    data = load_mlps()
    blank = [("", "—")]
    objects = blank + [(k, v.text(lang)) for k, v in data.objects.items()]
    degrees = blank + [(k, v.text(lang)) for k, v in data.degrees.items()]
    levels = [("", translate(lang, "sec.level_auto"))] + [
        (str(k), v.text(lang)) for k, v in sorted(data.levels.items())
    ]
    sectors = blank + [(k, s.zh if lang == "zh" else s.en) for k, s in data.sectors.items()]
    return [
        (
            "sec.grading",
            [
                field("mlps_business_object", "sec.business_object", "select", options=objects),
                field("mlps_business_degree", "sec.business_degree", "select", options=degrees),
                field("mlps_service_object", "sec.service_object", "select", options=objects),
                field("mlps_service_degree", "sec.service_degree", "select", options=degrees),
                field("mlps_level", "sec.level", "select", options=levels, help="sec.level_help"),
                field("mlps_rationale", "sec.rationale", "textarea", help="sec.rationale_help"),
                field("mlps_graded_on", "sec.graded_on", "date"),
                field(
                    "mlps_expert_reviewed_on",
                    "sec.expert_reviewed_on",
                    "date",
                    help="sec.expert_help",
                ),
                field("live_on", "sec.live_on", "date"),
                field("sector", "sec.sector", "select", options=sectors),
            ],
        ),
        (
            "sec.filing",
            [
                field("mlps_filed_on", "sec.filed_on", "date", help="sec.filing_help"),
                field("mlps_filing_number", "sec.filing_number"),
                field("mlps_filing_authority", "sec.filing_authority"),
            ],
        ),
        (
            "sec.cii",
            [
                field("cii", "sec.cii_flag", "select", options=yes_no(lang), help="sec.cii_help"),
                field("cii_designated_on", "sec.designated_on", "date"),
                field("cii_protection_department", "sec.protection_department"),
            ],
        ),
    ]


def _computed(values: dict[str, Any]) -> int | None:
    data = load_mlps()
    levels = [
        data.level(values[o], values[d]) for o, d in ASPECTS if values.get(o) and values.get(d)
    ]
    return max(levels) if levels else None


def _system_values(item: SystemIn) -> dict[str, str]:
    dumped = item.model_dump(mode="json")
    values = {k: "" if v is None else str(v) for k, v in dumped.items() if not isinstance(v, list)}
    values["cii"] = "true" if item.cii else "false"
    if item.mlps_level is not None and item.mlps_level == _computed(dumped):
        values["mlps_level"] = ""  # the elements give it: it follows them when they change
    return values


def system_changes(
    form: dict[str, str], lang: Lang
) -> tuple[dict[str, Any], dict[str, str], dict[str, dict[int, str]]]:
    """The posted MLPS/CII fields as register changes; errors by field and by row."""
    days, errors = dates(form, SYSTEM_DATES, lang)
    changes: dict[str, Any] = {**days}
    for name in SYSTEM_TEXT:
        changes[name] = form.get(name, "").strip() or None
    for obj, degree in ASPECTS:
        changes[obj] = form.get(obj, "").strip() or None
        changes[degree] = form.get(degree, "").strip() or None
        if bool(changes[obj]) != bool(changes[degree]):
            missing = degree if changes[obj] else obj
            errors[missing] = translate(lang, "sec.err.pair")
    changes["sector"] = form.get("sector", "").strip() or None
    changes["cii"] = form.get("cii", "false") == "true"
    level = form.get("mlps_level", "").strip()
    changes["mlps_level"] = None
    if level:
        if level in ("1", "2", "3", "4", "5"):
            changes["mlps_level"] = int(level)
        else:
            errors["mlps_level"] = translate(lang, "err.choice")
    computed = None if any(k in errors for pair in ASPECTS for k in pair) else _computed(changes)
    given = changes["mlps_level"]
    differs = given is not None and computed is not None and given != computed
    if differs and not changes["mlps_rationale"]:
        errors["mlps_rationale"] = translate(lang, "sec.err.rationale", level=computed)
    if changes["mlps_filing_number"] and changes["mlps_filed_on"] is None:
        errors.setdefault("mlps_filed_on", translate(lang, "sec.err.filing_date"))
    if changes["mlps_filed_on"] is not None and given is None and computed is None:
        errors.setdefault("mlps_level", translate(lang, "sec.err.filed_ungraded"))
    if changes["cii_designated_on"] is not None and not changes["cii"]:
        errors["cii"] = translate(lang, "sec.err.cii_flag")
    rect_rows = posted_rows(form, _rectification_rows())
    changes["rectifications"], rect_errors = _rectifications(rect_rows, lang)
    kinds = _system_kinds()
    rec_rows = posted_rows(form, record_rows(kinds, lang, "sec.tests"))
    changes["records"], rec_errors = parse_records(rec_rows, kinds, lang)
    return changes, errors, {"rect": rect_errors, "rec": rec_errors}


def _rectifications(
    rows: list[dict[str, str]], lang: Lang
) -> tuple[list[dict[str, Any]], dict[int, str]]:
    out: list[dict[str, Any]] = []
    errors: dict[int, str] = {}
    titles: set[str] = set()
    for i, row in enumerate(rows):
        days, ok = row_dates(row, ("found_on", "due_on", "closed_on"))
        found = days["found_on"]
        if not row["title"]:
            errors[i] = translate(lang, "sec.err.rect_title")
        elif not ok:
            errors[i] = translate(lang, "err.date")
        elif row["title"] in titles:
            errors[i] = translate(lang, "sec.err.rect_twice")
        elif found is not None and any(
            d is not None and d < found for d in (days["due_on"], days["closed_on"])
        ):
            errors[i] = translate(lang, "sec.err.rect_order")
        titles.add(row["title"])
        out.append(
            {"title": row["title"], **days, "source": row["source"] or None,
             "note": row["note"] or None}
        )  # fmt: skip
    return out, errors


def _system_page(
    request: Request,
    name: str,
    values: dict[str, str],
    rows: dict[str, list[dict[str, Any]]],
    errors: dict[str, str],
    row_errors: dict[str, dict[int, str]],
    status: int = 200,
) -> Response:
    lang = language(request)
    sections = [
        (title, [{**f, "value": values.get(f["name"], "")} for f in fields])
        for title, fields in _system_sections(lang)
    ]
    tables = [
        record_rows(_system_kinds(), lang, "sec.tests").view(
            rows["rec"], row_errors.get("rec", {})
        ),
        _rectification_rows().view(rows["rect"], row_errors.get("rect", {})),
    ]
    target = quote(name, safe="")
    return render(
        request,
        "security_form.html",
        status=status,
        title="sec.system_title",
        subject=name,
        sections=sections,
        tables=tables,
        errors=errors,
        action=f"/systems/security?name={target}",
        cancel=f"/systems/view?name={target}",
    )


@router.get("/systems/security", **_html("system_security"))
def system_form(request: Request, _user: Editor, name: str) -> Response:
    with backend(request).read() as session:
        item = systems.dump(systems.get(session, name))
    dumped = item.model_dump(mode="json")
    rows = {"rec": dumped["records"], "rect": dumped["rectifications"]}
    return _system_page(request, name, _system_values(item), rows, {}, {})


@router.post("/systems/security", **page(Role.EDITOR))
def system_submit(request: Request, ctx: EditorForm, name: str) -> Response:
    lang = language(request)
    form: dict[str, str] = ctx["form"]
    changes, errors, row_errors = system_changes(form, lang)
    with backend(request).read() as session:
        current = systems.dump(systems.get(session, name))
    if not errors and not any(row_errors.values()):
        errors = merged_errors(SystemIn, current, changes, lang)
    if not errors and not any(row_errors.values()):
        problem = save(request, ctx, systems, name, changes)
        if problem is None:
            return RedirectResponse(f"/systems/view?name={quote(name, safe='')}", status_code=303)
        errors = {"_form": problem}
    if any(row_errors.values()):
        errors.setdefault("_form", translate(lang, "err.form"))
    kinds = _system_kinds()
    rows: dict[str, list[dict[str, Any]]] = {
        "rec": list(posted_rows(form, record_rows(kinds, lang, "sec.tests"))),
        "rect": list(posted_rows(form, _rectification_rows())),
    }
    return _system_page(request, name, dict(form), rows, errors, row_errors, status=422)


# --- datasets: grade and important data --------------------------------------------------------


def _dataset_fields(lang: Lang) -> list[tuple[str, list[dict[str, Any]]]]:
    grades = [(g.value, label(g, Grade, lang)) for g in Grade]
    return [
        (
            "sec.grade_section",
            [
                field("grade", "datasets.grade", "select", options=grades, help="sec.grade_help"),
                field("grade_reason", "sec.grade_reason", "textarea", help="sec.reason_help"),
                field("grade_set_on", "sec.grade_set_on", "date"),
            ],
        ),
        (
            "sec.important_section",
            [
                field(
                    "important_identified_on",
                    "sec.identified_on",
                    "date",
                    help="sec.identified_help",
                ),
                field("important_declared_on", "sec.declared_on", "date", help="sec.declared_help"),
                field("important_notified_on", "sec.notified_on", "date", help="sec.notified_help"),
                field("important_catalogue", "sec.catalogue"),
            ],
        ),
    ]


def dataset_changes(form: dict[str, str], lang: Lang) -> tuple[dict[str, Any], dict[str, str]]:
    """The posted grade fields as register changes, and errors by field."""
    days, errors = dates(form, DATASET_DATES, lang)
    grade = form.get("grade", "general").strip()
    if grade not in {g.value for g in Grade}:
        errors["grade"] = translate(lang, "err.choice")
    reason = form.get("grade_reason", "").strip() or None
    changes: dict[str, Any] = {
        **days,
        "grade": grade,
        "grade_reason": reason,
        "important_catalogue": form.get("important_catalogue", "").strip() or None,
    }
    if grade == Grade.GENERAL.value:
        for name in IMPORTANT_DATES:
            if changes[name] is not None:
                errors[name] = translate(lang, "sec.err.general_dates")
    elif grade in (Grade.IMPORTANT.value, Grade.CORE.value):
        if reason is None:
            errors["grade_reason"] = translate(lang, "sec.err.reason")
        if changes["important_identified_on"] is None:
            changes["important_identified_on"] = changes["grade_set_on"]
    ident, declared = changes["important_identified_on"], changes["important_declared_on"]
    if ident is not None and declared is not None and declared < ident:
        errors["important_declared_on"] = translate(lang, "sec.err.declared_before")
    return changes, errors


def _dataset_page(
    request: Request, name: str, values: dict[str, str], errors: dict[str, str], status: int = 200
) -> Response:
    lang = language(request)
    sections = [
        (title, [{**f, "value": values.get(f["name"], "")} for f in fields])
        for title, fields in _dataset_fields(lang)
    ]
    target = quote(name, safe="")
    return render(
        request,
        "security_form.html",
        status=status,
        title="sec.dataset_title",
        subject=name,
        sections=sections,
        tables=[],
        errors=errors,
        action=f"/datasets/security?name={target}",
        cancel=f"/datasets/view?name={target}",
    )


@router.get("/datasets/security", **_html("dataset_security"))
def dataset_form(request: Request, _user: Editor, name: str) -> Response:
    with backend(request).read() as session:
        item = datasets.dump(datasets.get(session, name))
    dumped = item.model_dump(mode="json", exclude={"columns", "grading", "categories"})
    values = {k: "" if v is None else str(v) for k, v in dumped.items()}
    return _dataset_page(request, name, values, {})


@router.post("/datasets/security", **page(Role.EDITOR))
def dataset_submit(request: Request, ctx: EditorForm, name: str) -> Response:
    lang = language(request)
    form: dict[str, str] = ctx["form"]
    changes, errors = dataset_changes(form, lang)
    with backend(request).read() as session:
        current = datasets.dump(datasets.get(session, name))
    if not errors:
        errors = merged_errors(DatasetIn, current, changes, lang)
    if not errors:
        problem = save(request, ctx, datasets, name, changes)
        if problem is None:
            return RedirectResponse(f"/datasets/view?name={quote(name, safe='')}", status_code=303)
        errors = {"_form": problem}
    return _dataset_page(request, name, dict(form), errors, status=422)
