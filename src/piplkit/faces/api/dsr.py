"""Rights-request endpoints: intake (idempotent by request id), lists, states, the package.

The handlers are thin: every rule (validation, deadlines, transitions, refusal reasons) is in
:mod:`piplkit.respond.dsr`, shared with the CLI and the web form. Identifiers arrive only in
request bodies, never in paths or queries (which end up in logs and browser histories), and
responses carry masked previews and keyed hashes only.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, select

from piplkit.assess.rules.response_deadlines import china_date
from piplkit.faces.api.entities import Page
from piplkit.faces.api.openapi import UNAVAILABLE
from piplkit.faces.api.reports import attachment
from piplkit.faces.api.security import current, guard
from piplkit.inputs.scalars import Day, whole
from piplkit.inputs.text import line, text
from piplkit.platform.auth.models import Role
from piplkit.platform.service.backend import actor, backend
from piplkit.platform.service.keys import hmac_key
from piplkit.platform.service.respond_entities import REQUEST
from piplkit.platform.service.settings import MAX_OFFSET
from piplkit.respond import dsr, settings
from piplkit.respond.enums import RequestKind, RequestState
from piplkit.respond.models import RightsRequest

router = APIRouter(prefix="/dsr", tags=["rights requests"])
Method = Annotated[str, line(min_length=1, max_length=200)]
WorkingDays = Annotated[int, whole(ge=1, le=60)]
Reason = Annotated[str, text(min_length=1, max_length=4000)]


class VerifyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    method: Method = Field(description="How the identity was checked (PI in it is masked).")


class RefuseIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: Reason = Field(description="The reason (PIPL Art. 50; PI in it is masked).")


class TargetIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    target_working_days: WorkingDays


def _history(session: Any, request_id: str) -> list[dict[str, Any]]:
    return [
        {"entry": e.id, "at": e.at.isoformat(), "actor": e.actor, "action": e.action}
        for e in dsr.history(session, request_id)
    ]


@router.post(
    "/requests",
    summary="Record a rights request (same request_id again: the first record, 200)",
    status_code=201,
    responses=UNAVAILABLE,
    **guard(Role.EDITOR),
)
def submit_request(request: Request, response: Response, body: dsr.RequestIn) -> dict[str, Any]:
    who = current(request)
    if "channel" not in body.model_fields_set:
        body = body.model_copy(update={"channel": "api"})
    key = hmac_key(request)
    with backend(request).write(actor("api", who)) as session:
        result = dsr.submit(session, body, key=key)
        data = REQUEST.serialize(result.request)
    if not result.created:
        response.status_code = 200
    response.headers["Location"] = f"{request.url.path}/{data['request_id']}"
    return {**data, "created": result.created}


@router.get("/requests", summary="List rights requests", response_model=Page, **guard(Role.VIEWER))
def list_requests(
    request: Request,
    state: Annotated[RequestState | None, Query(description="Only this state.")] = None,
    kind: Annotated[RequestKind | None, Query(description="Only this kind.")] = None,
    overdue: Annotated[
        bool, Query(description="Only open requests past their due date (China date).")
    ] = False,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> dict[str, Any]:
    stmt = select(RightsRequest)
    if state is not None:
        stmt = stmt.where(RightsRequest.state == state)
    if kind is not None:
        stmt = stmt.where(RightsRequest.kind == kind)
    if overdue:
        today = china_date(dt.datetime.now(dt.UTC))
        stmt = stmt.where(
            RightsRequest.state.in_(list(dsr.OPEN_STATES)), RightsRequest.due_on < today
        )
    with backend(request).read() as session:
        total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
        rows = session.scalars(
            stmt.order_by(RightsRequest.received_at.desc(), RightsRequest.id.desc())
            .offset(offset)
            .limit(limit)
        )
        items = [REQUEST.serialize(r) for r in rows]
    return {"items": items, "total": total, "limit": limit, "offset": offset}


@router.get(
    "/alerts",
    summary="Open requests overdue, due today, or without a due date",
    **guard(Role.VIEWER),
)
def alerts(
    request: Request,
    today: Annotated[Day | None, Query(description="Default: today in China.")] = None,
) -> list[dict[str, Any]]:
    with backend(request).read() as session:
        return [
            {"level": a.level, "days_late": a.days, "request": REQUEST.serialize(a.request)}
            for a in dsr.alerts(session, today)
        ]


@router.get("/config", summary="The organisation's answer target", **guard(Role.VIEWER))
def get_config(request: Request) -> dict[str, Any]:
    with backend(request).read() as session:
        return {"target_working_days": settings.dsr_target(session)}


@router.put(
    "/config",
    summary="Set the organisation's answer target (the law sets no number of days)",
    **guard(Role.ADMIN),
)
def set_config(request: Request, body: TargetIn) -> dict[str, Any]:
    who = current(request)
    with backend(request).write(actor("api", who)) as session:
        settings.set_setting(session, settings.DSR_TARGET, body.target_working_days)
        return {"target_working_days": settings.dsr_target(session)}


@router.get(
    "/requests/{request_id}",
    summary="One rights request with its deadline and history",
    **guard(Role.VIEWER),
)
def get_request(request: Request, request_id: str) -> dict[str, Any]:
    with backend(request).read() as session:
        data = REQUEST.serialize(dsr.get(session, request_id))
        data["history"] = _history(session, request_id)
    return data


def _move(request: Request, request_id: str, action: str, **kwargs: Any) -> dict[str, Any]:
    who = current(request)
    with backend(request).write(actor("api", who)) as session:
        record = getattr(dsr, action)(session, request_id, **kwargs)
        return REQUEST.serialize(record)


@router.post(
    "/requests/{request_id}/start-verification",
    summary="received → verifying (identity check under way)",
    **guard(Role.EDITOR),
)
def start_verification(request: Request, request_id: str) -> dict[str, Any]:
    return _move(request, request_id, "start_verification")


@router.post(
    "/requests/{request_id}/verify",
    summary="Record the identity check → in_progress (withdrawals are carried out at once)",
    **guard(Role.EDITOR),
)
def verify(request: Request, request_id: str, body: VerifyIn) -> dict[str, Any]:
    return _move(request, request_id, "verify_identity", method=body.method)


@router.post(
    "/requests/{request_id}/complete", summary="in_progress → completed", **guard(Role.EDITOR)
)
def complete(request: Request, request_id: str) -> dict[str, Any]:
    return _move(request, request_id, "complete")


@router.post(
    "/requests/{request_id}/refuse",
    summary="Refuse, stating the reason (PIPL Art. 50)",
    **guard(Role.EDITOR),
)
def refuse(request: Request, request_id: str, body: RefuseIn) -> dict[str, Any]:
    return _move(request, request_id, "refuse", reason=body.reason)


@router.post(
    "/requests/{request_id}/close", summary="completed/refused → closed", **guard(Role.EDITOR)
)
def close(request: Request, request_id: str) -> dict[str, Any]:
    return _move(request, request_id, "close")


def _package(request: Request, request_id: str) -> dict[str, Any]:
    from piplkit.respond.package import build_package

    key = hmac_key(request)
    with backend(request).read() as session:
        return build_package(session, request_id, key=key)


@router.get(
    "/requests/{request_id}/package",
    summary="The access/copy package as JSON (where the data is and why; no raw values)",
    response_class=Response,
    responses={200: {"content": {"application/json": {}}}, **UNAVAILABLE},
    **guard(Role.EDITOR),
)
def package_json(request: Request, request_id: str) -> Response:
    from piplkit.respond.package import package_json as dump

    data = dump(_package(request, request_id)).encode("utf-8")
    return attachment(data, f"{request_id}-package.json", "application/json")


@router.get(
    "/requests/{request_id}/package.pdf",
    summary="The access/copy package as a Chinese PDF",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}, **UNAVAILABLE},
    **guard(Role.EDITOR),
)
def package_pdf(request: Request, request_id: str) -> Response:
    from piplkit.assess.documents.pdf_renderer import PdfUnavailable
    from piplkit.respond.package import package_pdf as render_pdf

    package = _package(request, request_id)
    try:
        data = render_pdf(package)
    except PdfUnavailable as exc:
        raise HTTPException(503, str(exc)) from None
    return attachment(data, f"{request_id}-package.pdf", "application/pdf")
