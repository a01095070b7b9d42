"""The audit trail in the browser: who changed what and when, and whether the chain holds.

Admins only, as the REST ``/audit`` routes. ``/audit`` lists entries newest first, fifty a page,
narrowed by actor, action, kind of record, record key and China days; ``/audit/verify`` walks
the hash chain (:func:`piplkit.respond.verify.verify_chain`, the check ``piplkit audit verify``
runs), names each broken entry, and shows the head as the ``ID:HASH`` anchor to keep outside
the database; anchors kept earlier are pasted back to catch a rewritten chain. Entries are shown
through the one audit serialiser (:func:`piplkit.respond.verify.entry_dict`) with times in China
time and zone; their ``changes`` are what the register holds (masked previews, keyed hashes).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from piplkit.faces.web.auth import page, page_user
from piplkit.faces.web.clock import china_instant
from piplkit.faces.web.render import language, render
from piplkit.map.register.errors import InvalidInputError
from piplkit.platform.auth.models import Role
from piplkit.platform.service import audit
from piplkit.platform.service.backend import backend
from piplkit.platform.service.i18n import Lang, translate
from piplkit.platform.service.settings import MAX_OFFSET

router = APIRouter()
Admin = Annotated[Any, Depends(page_user(Role.ADMIN))]
PAGE = 50
#: Longest ``changes`` shown in full; longer ones are cut (the CLI and API give the whole).
CHANGES_SHOWN = 4000
ACTION_CLASS = {"create": "ok", "update": "", "delete": "bad"}
_TEXT_FILTERS = ("actor", "action", "entity", "key")


def _day(value: str, name: str, lang: Lang) -> tuple[dt.date | None, str | None]:
    if not value:
        return None, None
    try:
        return dt.date.fromisoformat(value), None
    except ValueError:
        return None, translate(lang, "audit.bad_date", field=translate(lang, f"audit.{name}"))


def _offset(value: str) -> int:
    return int(value) if value.isdigit() and int(value) <= MAX_OFFSET else 0


def _changes(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)
    return text if len(text) <= CHANGES_SHOWN else text[:CHANGES_SHOWN] + "\n…"


def _row(entry: dict[str, Any]) -> dict[str, Any]:
    return {
        **entry,
        "at": china_instant(entry["at"]),
        "changes_text": _changes(entry["changes"]) if entry["changes"] else "",
        "short_hash": (entry["hash"] or "")[:12],
    }


@router.get("/audit", response_class=HTMLResponse, **page(Role.ADMIN))
def audit_list(request: Request, _admin: Admin) -> Response:
    lang = language(request)
    params = request.query_params
    values = {name: params.get(name, "").strip()[:200] for name in _TEXT_FILTERS}
    since_text, until_text = params.get("since", "")[:10], params.get("until", "")[:10]
    since, since_error = _day(since_text, "since", lang)
    until, until_error = _day(until_text, "until", lang)
    errors = {k: v for k, v in (("since", since_error), ("until", until_error)) if v}
    offset = _offset(params.get("offset", ""))
    status = 200
    result: audit.AuditPage | None = None
    with backend(request).read() as session:
        choices = audit.trail_values(session)
        if not errors:
            try:
                where = audit.AuditFilter(
                    **{k: v or None for k, v in values.items()}, since=since, until=until
                )
            except InvalidInputError as exc:
                errors["_form"] = str(exc)
            else:
                result = audit.audit_page(session, where, offset=offset, limit=PAGE)
    if errors:
        status = 422
    query = {k: v for k, v in {**values, "since": since_text, "until": until_text}.items() if v}
    return render(
        request,
        "audit.html",
        status=status,
        errors=errors,
        rows=[_row(e) for e in result.entries] if result else [],
        total=result.total if result else 0,
        offset=offset,
        limit=PAGE,
        filters={**values, "since": since_text, "until": until_text},
        filtered=bool(query),
        choices=choices,
        query=urlencode(query),
        action_class=ACTION_CLASS,
    )


@router.get("/audit/verify", response_class=HTMLResponse, **page(Role.ADMIN))
def audit_verify(request: Request, _admin: Admin, anchors: str = "") -> Response:
    """Walk the chain; with anchors pasted (one ``ID:HASH`` a line), check them too."""
    lang = language(request)
    lines = [line.strip() for line in anchors.splitlines() if line.strip()]
    parsed: list[tuple[int, str]] = []
    problem = None
    if len(lines) > audit.MAX_ANCHORS:
        problem = translate(lang, "audit.too_many_anchors", n=audit.MAX_ANCHORS)
    else:
        try:
            parsed = [audit.parse_anchor(line, translate(lang, "audit.anchor")) for line in lines]
        except InvalidInputError as exc:
            problem = str(exc)
    if problem is not None:
        return render(
            request,
            "audit_verify.html",
            status=422,
            report=None,
            anchors=anchors[:20_000],
            anchors_checked=0,
            anchor="",
            checked_at="",
            errors={"anchors": problem},
        )
    with backend(request).read() as session:
        report = audit.verify_chain(session, parsed)
    head = report.head
    return render(
        request,
        "audit_verify.html",
        report=report,
        anchors=anchors[:20_000],
        anchors_checked=len(parsed),
        anchor=f"{head.last_id}:{head.last_hash}" if head and head.last_id else "",
        checked_at=china_instant(dt.datetime.now(dt.UTC)),
    )
