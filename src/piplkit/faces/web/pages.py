"""Web pages: thin handlers that read the register, call the core and render templates.

Every route declares its role through :func:`piplkit.faces.web.auth.page`; GET pages use
``page_user`` and form posts ``form_user`` (which also checks the CSRF token).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from piplkit.assess.law.pi_types import load_catalogue
from piplkit.assess.sheets import write_csv, write_xlsx
from piplkit.faces.web.auth import form_user, page, page_user
from piplkit.faces.web.datamap import build_map
from piplkit.faces.web.i18n import COOKIE
from piplkit.faces.web.render import attachment, language, render
from piplkit.faces.web.respond_alerts import dashboard_alerts
from piplkit.map.register.double_list import build_double_list, write_double_list
from piplkit.map.register.enums import Grade, Sensitivity, TransferMechanism
from piplkit.map.register.errors import RegisterError
from piplkit.map.register.overview import (
    assess_register,
    datasets_by_sensitivity,
    entity_counts,
    pi_by_type,
    upcoming_deadlines,
)
from piplkit.map.register.repository import (
    datasets,
    organisations,
    systems,
    transfers,
)
from piplkit.map.register.ropa import build_sheets
from piplkit.platform.auth.models import Role
from piplkit.platform.service.backend import backend
from piplkit.platform.service.export import CSV, XLSX, file_bytes
from piplkit.platform.service.i18n import LANGS, Lang, translate

router = APIRouter()
Viewer = Annotated[Any, Depends(page_user(Role.VIEWER))]
ViewerForm = Annotated[dict[str, Any], Depends(form_user(Role.VIEWER))]

ROUTE_CLASS = {
    "security_assessment": "bad",
    "standard_contract_or_certification": "warn",
    "exempt": "ok",
    "not_applicable": "grey",
}
SENS_CLASS = {"none": "grey", "pi": "", "sensitive": "bad"}
#: Template context (``render`` takes any keyword), not a mapping of statuses.
ENUMS: dict[str, Any] = {
    "Sensitivity": Sensitivity,
    "Grade": Grade,
    "TransferMechanism": TransferMechanism,
}


def safe_next(target: str | None) -> str:
    """Only same-site paths: no scheme, no host, no protocol-relative ``//``."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


@router.get("/lang/{code}", **page(None))
def switch_language(code: str, next: str = "/") -> Response:
    response = see_other(safe_next(next))
    if code in LANGS:
        response.set_cookie(COOKIE, code, samesite="lax", max_age=365 * 24 * 3600)
    return response


# --- dashboard and map ----------------------------------------------------------------------


def _assessment_context(session: Any, as_of: dt.date, org: str | None) -> dict[str, Any]:
    rows = [
        {
            "name": t.name,
            "dataset": t.dataset.name,
            "recipient": t.recipient.name,
            "country": t.recipient.country,
            "mechanism": t.mechanism,
            "route": None,
        }
        for t in transfers.list(session)
    ]
    ctx: dict[str, Any] = {"deadlines": [], "obligations": [], "assess_error": None}
    try:
        result = assess_register(session, as_of, org)
    except (RegisterError, ValueError) as exc:
        ctx["assess_error"] = str(exc)
    else:
        routes = {t.name: t.route for t in result.transfers}
        for row in rows:
            row["route"] = routes.get(row["name"])
        ctx["deadlines"] = upcoming_deadlines(result)
        ctx["obligations"] = list(result.obligations)
    ctx.update(transfer_rows=rows, route_class=ROUTE_CLASS, **ENUMS)
    return ctx


def _org_choice(session: Any, org: str | None) -> tuple[list[str], str | None]:
    names = [o.name for o in organisations.list(session)]
    if org in names:
        return names, org
    return names, names[0] if names else None


@router.get("/", response_class=HTMLResponse, **page(Role.VIEWER))
def dashboard(
    request: Request,
    _user: Viewer,
    as_of: dt.date | None = None,
    org: str | None = None,
) -> Response:
    day = as_of or dt.date.today()
    with backend(request).read() as session:
        counts = entity_counts(session)
        types = pi_by_type(session)
        sens = datasets_by_sensitivity(session)
        orgs, chosen = _org_choice(session, org)
        ctx = _assessment_context(session, day, chosen)
        ctx["respond_alerts"] = dashboard_alerts(session)
    kpis = [
        ("dash.systems", counts["system"]),
        ("dash.datasets", counts["dataset"]),
        ("dash.sensitive_datasets", sens["sensitive"]),
        ("dash.activities", counts["activity"]),
        ("dash.recipients", counts["recipient"]),
        ("dash.transfers", counts["transfer"]),
    ]
    return render(
        request,
        "dashboard.html",
        kpis=kpis,
        pi_types=types[:12],
        max_columns=max([t.columns for t in types] or [1]),
        sensitivity=sens,
        total_datasets=max(1, sum(sens.values())),
        orgs=orgs,
        org=chosen,
        as_of=day.isoformat(),
        **ctx,
    )


@router.get("/partials/assessment", response_class=HTMLResponse, **page(Role.VIEWER))
def assessment_partial(
    request: Request, _user: Viewer, as_of: dt.date | None = None, org: str | None = None
) -> Response:
    with backend(request).read() as session:
        _orgs, chosen = _org_choice(session, org)
        ctx = _assessment_context(session, as_of or dt.date.today(), chosen)
    return render(request, "_assessment.html", **ctx)


@router.get("/map", response_class=HTMLResponse, **page(Role.VIEWER))
def data_map(request: Request, _user: Viewer) -> Response:
    lang = language(request)
    with backend(request).read() as session:
        layout = build_map(
            session,
            translate(lang, "map.unassigned"),
            lambda n: translate(lang, "map.n_datasets", n=n),
            lambda n: translate(lang, "map.n_pi", n=n),
        )
    return render(request, "map.html", m=layout)


# --- lists: rendered from the entities' descriptors in entity_forms.py -----------------------


# --- detail pages ---------------------------------------------------------------------------


@router.get("/systems/view", response_class=HTMLResponse, **page(Role.VIEWER))
def system_view(request: Request, _user: Viewer, name: str) -> Response:
    with backend(request).read() as session:
        obj = systems.get(session, name)
        item = systems.dump(obj)
        sets = sorted(obj.datasets, key=lambda d: d.name)
    return render(request, "system.html", item=item, datasets=sets, sens_class=SENS_CLASS, **ENUMS)


@router.get("/datasets/view", response_class=HTMLResponse, **page(Role.VIEWER))
def dataset_view(request: Request, _user: Viewer, name: str) -> Response:
    lang = language(request)
    with backend(request).read() as session:
        obj = datasets.get(session, name)
        item = datasets.dump(obj)
        used = [
            {"name": t.name, "recipient": t.recipient.name, "mechanism": t.mechanism}
            for t in transfers.list(session)
            if t.dataset_id == obj.id
        ]
    catalogue = load_catalogue()
    names = {k: (v.name_zh if lang == "zh" else v.name_en) for k, v in catalogue.types.items()}
    categories = [
        (c.name_zh if lang == "zh" else c.name_en)
        for cid in item.categories
        if (c := catalogue.categories.get(cid)) is not None
    ]
    return render(
        request,
        "dataset.html",
        item=item,
        transfers=used,
        pi_names=names,
        categories=categories,
        sens_class=SENS_CLASS,
        **ENUMS,
    )


# --- exports and the double list ------------------------------------------------------------


@router.get("/ropa", response_class=HTMLResponse, **page(Role.VIEWER))
def ropa_page(request: Request, _user: Viewer) -> Response:
    with backend(request).read() as session:
        sheets = build_sheets(session, language(request))
    return render(request, "ropa.html", sheets=sheets)


@router.get("/export/ropa.xlsx", **page(Role.VIEWER))
def ropa_xlsx(request: Request, _user: Viewer, lang: str = "zh") -> Response:
    chosen: Lang = "en" if lang == "en" else "zh"
    with backend(request).read() as session:
        sheets = build_sheets(session, chosen)
    data = file_bytes(lambda p: write_xlsx(p, sheets), ".xlsx")
    return attachment(data, f"ropa-{dt.date.today()}.xlsx", XLSX)


@router.get("/export/ropa.csv", **page(Role.VIEWER))
def ropa_csv(request: Request, _user: Viewer, lang: str = "zh") -> Response:
    chosen: Lang = "en" if lang == "en" else "zh"
    with backend(request).read() as session:
        sheets = build_sheets(session, chosen)
    data = file_bytes(lambda p: write_csv(p, sheets[0]), ".csv")
    return attachment(data, f"ropa-{dt.date.today()}.csv", CSV)


@router.get("/double-list", response_class=HTMLResponse, **page(Role.VIEWER))
def double_list_page(request: Request, _user: Viewer, org: str | None = None) -> Response:
    with backend(request).read() as session:
        orgs, chosen = _org_choice(session, org)
        doc = build_double_list(session, chosen, language(request)) if chosen else None
    return render(request, "double_list.html", doc=doc, orgs=orgs)


@router.get("/double-list.xlsx", **page(Role.VIEWER))
def double_list_xlsx(request: Request, _user: Viewer, org: str) -> Response:
    with backend(request).read() as session:
        doc = build_double_list(session, org, language(request))
    data = file_bytes(lambda p: write_double_list(doc, p), ".xlsx")
    return attachment(data, f"double-list-{doc.organisation}.xlsx", XLSX)


@router.get("/public/double-list", response_class=HTMLResponse, **page(None))
def public_double_list(request: Request, org: str, lang: str | None = None) -> Response:
    """The page an app links to from its privacy policy: read-only, no sign-in."""
    chosen = lang if lang in LANGS else language(request)
    with backend(request).read() as session:
        doc = build_double_list(session, org, chosen)
    return render(
        request,
        "public_double_list.html",
        doc=doc,
        today=dt.date.today(),
        lang_override=chosen,
    )
