"""Read-side endpoints: overview, assessment from the register, RoPA and double-list files."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response

from piplkit.assess.sheets import write_csv, write_xlsx
from piplkit.faces.api.security import guard
from piplkit.inputs.scalars import Day
from piplkit.map.register.double_list import build_double_list, write_double_list
from piplkit.map.register.overview import (
    assess_register,
    datasets_by_sensitivity,
    entity_counts,
    pi_by_type,
)
from piplkit.map.register.ropa import build_sheets
from piplkit.platform.auth.models import Role
from piplkit.platform.service.backend import backend
from piplkit.platform.service.export import CSV, XLSX, attachment_headers, file_bytes
from piplkit.platform.service.i18n import Lang

router = APIRouter(tags=["reports"])



def attachment(data: bytes, filename: str, media_type: str) -> Response:
    """A download of ``data`` named ``filename``."""
    return Response(content=data, media_type=media_type, headers=attachment_headers(filename))


@router.get("/overview", summary="Register at a glance", **guard(Role.VIEWER))
def overview(request: Request) -> dict[str, Any]:
    with backend(request).read() as session:
        return {
            "counts": entity_counts(session),
            "datasets_by_sensitivity": datasets_by_sensitivity(session),
            "pi_by_type": [
                {
                    "pi_type": t.pi_type,
                    "name_zh": t.name_zh,
                    "name_en": t.name_en,
                    "sensitive": t.sensitive,
                    "columns": t.columns,
                    "datasets": t.datasets,
                }
                for t in pi_by_type(session)
            ],
        }


@router.get(
    "/assessment",
    summary="Assess the register's facts with the rules engine",
    **guard(Role.VIEWER),
)
def assessment(
    request: Request,
    as_of: Annotated[Day | None, Query(description="Evaluation date (default today).")] = None,
    organisation: Annotated[
        str | None, Query(description="Handler, when the register has several.")
    ] = None,
    explain: Annotated[bool, Query(description="Include the rule trace.")] = False,
) -> dict[str, Any]:
    with backend(request).read() as session:
        result = assess_register(session, as_of, organisation)
    return result.to_dict(explain=explain)


@router.get(
    "/ropa",
    summary="Record of processing activities as XLSX or CSV",
    response_class=Response,
    responses={200: {"content": {XLSX: {}, "text/csv": {}}}},
    **guard(Role.VIEWER),
)
def ropa(
    request: Request,
    format: Annotated[Literal["xlsx", "csv"], Query(description="xlsx or csv.")] = "xlsx",
    lang: Annotated[Lang, Query()] = "zh",
) -> Response:
    with backend(request).read() as session:
        sheets = build_sheets(session, lang)
    if format == "xlsx":
        data = file_bytes(lambda p: write_xlsx(p, sheets), ".xlsx")
        return attachment(data, f"ropa-{dt.date.today()}.xlsx", XLSX)
    data = file_bytes(lambda p: write_csv(p, sheets[0]), ".csv")
    return attachment(data, f"ropa-{dt.date.today()}.csv", CSV)


@router.get(
    "/double-list",
    summary='The app "double list": PI collected and PI shared',
    responses={200: {"content": {XLSX: {}, "application/json": {}}}},
    **guard(Role.VIEWER),
)
def double_list(
    request: Request,
    organisation: Annotated[str, Query(description="Whose list.")],
    lang: Annotated[Lang, Query()] = "zh",
    format: Annotated[Literal["json", "xlsx"], Query()] = "json",
) -> Any:
    with backend(request).read() as session:
        doc = build_double_list(session, organisation, lang)
    if format == "xlsx":
        data = file_bytes(lambda p: write_double_list(doc, p), ".xlsx")
        return attachment(data, f"double-list-{doc.organisation}.xlsx", XLSX)
    return {
        "organisation": doc.organisation,
        "lang": doc.lang,
        "collected": [
            {
                "pi": c.pi,
                "sensitive": c.sensitive,
                "purpose": c.purpose,
                "scenario": c.scenario,
                "legal_basis": c.legal_basis,
                "retention": c.retention,
            }
            for c in doc.collected
        ],
        "shared": [
            {
                "recipient": s.recipient,
                "role": s.role,
                "country": s.country,
                "pi": list(s.pi),
                "purpose": s.purpose,
                "scenario": s.scenario,
            }
            for s in doc.shared
        ],
    }
