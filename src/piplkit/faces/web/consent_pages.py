"""The consent ledger for staff: every consent with its notice version and state, and a look-up
of one person's consents.

The look-up takes the person's identifier in a form post (never in the URL, which ends up in
logs and browser history), turns it into the same keyed hash the ledger stores, and shows only
masked previews. Viewers may read; recording consents stays with the API, where the apps that
collect them call it.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from piplkit.faces.web.auth import form_user, page, page_user
from piplkit.faces.web.render import render
from piplkit.faces.web.respond_rows import shown
from piplkit.map.register.errors import InvalidInputError
from piplkit.platform.auth.models import Role
from piplkit.platform.service.backend import backend
from piplkit.platform.service.keys import hmac_key
from piplkit.platform.service.respond_entities import CONSENT
from piplkit.respond.consent import list_consents
from piplkit.respond.identifiers import IDENTIFIER_TYPES, identify

router = APIRouter()
Viewer = Annotated[Any, Depends(page_user(Role.VIEWER))]
ViewerForm = Annotated[dict[str, Any], Depends(form_user(Role.VIEWER))]
#: Rows shown at most (newest first); the API pages through all of them.
SHOWN = 500


def _rows(records: list[Any]) -> list[dict[str, Any]]:
    return [shown(CONSENT, CONSENT.serialize(r)) for r in reversed(records[-SHOWN:])]


def _page(
    request: Request,
    records: list[Any],
    *,
    total: int,
    subject: str | None = None,
    id_type: str = "cn_mobile",
    error: str | None = None,
    status: int = 200,
) -> Response:
    return render(
        request,
        "consent_list.html",
        status=status,
        entity=CONSENT,
        rows=_rows(records),
        total=total,
        shown=min(total, SHOWN),
        subject=subject,
        id_type=id_type,
        id_types=list(IDENTIFIER_TYPES),
        error=error,
    )


@router.get("/consents", response_class=HTMLResponse, **page(Role.VIEWER))
def consent_list(request: Request, _user: Viewer) -> Response:
    with backend(request).read() as session:
        records = list_consents(session)
        return _page(request, records, total=len(records))


@router.post("/consents", response_class=HTMLResponse, **page(Role.VIEWER))
def consent_lookup(request: Request, ctx: ViewerForm) -> Response:
    form: dict[str, str] = ctx["form"]
    id_type = form.get("identifier_type", "")
    try:
        person = identify(
            id_type,
            form.get("identifier", ""),
            key=hmac_key(request),
            as_of=dt.datetime.now(dt.UTC).date(),
        )
    except InvalidInputError as exc:
        with backend(request).read() as session:
            records = list_consents(session)
            return _page(
                request, records, total=len(records), id_type=id_type, error=str(exc), status=422
            )
    with backend(request).read() as session:
        records = list_consents(session, person.hash)
        return _page(request, records, total=len(records), subject=person.masked, id_type=id_type)
