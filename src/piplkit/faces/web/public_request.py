"""The public rights-request form: no sign-in, one per organisation, rate-limited, CSRF-safe.

An individual asks to see, copy, move, correct or delete their data, asks for an explanation,
withdraws consent, or (close relatives of a deceased person, PIPL Art. 49) acts for them. The
form goes through :func:`piplkit.respond.dsr.submit` like the API and CLI. What it protects:

* CSRF: a double-submit cookie (there is no session), as on the sign-in form;
* abuse: a per-address limit on submissions (429 with a clear message and ``Retry-After``);
* retries: the request id is issued with the form, so a double click or a reload of the
  confirmation stores one request;
* privacy: identifiers are never shown back — after an error the identifier fields are empty,
  and the confirmation shows the masked preview; the note is shown back masked.
"""

from __future__ import annotations

import datetime as dt
import hmac
import re
import secrets
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from piplkit.faces.web.auth import CSRF_FIELD, page, secure_cookies
from piplkit.faces.web.clock import china_time
from piplkit.faces.web.forms import field_errors
from piplkit.faces.web.ratelimit import RateLimiter
from piplkit.faces.web.render import language, render
from piplkit.map.register.errors import ConflictError, InvalidInputError
from piplkit.map.register.repository import organisations
from piplkit.platform.service.backend import backend
from piplkit.platform.service.i18n import Lang, translate
from piplkit.platform.service.keys import hmac_key
from piplkit.respond import dsr
from piplkit.respond.enums import RequestKind
from piplkit.respond.identifiers import IDENTIFIER_TYPES
from piplkit.respond.redact import redact
from piplkit.respond.screen import new_reference

router = APIRouter()
PATH = "/public/rights-request"
CSRF_COOKIE = "piplkit_public_csrf"
FIELDS = (
    "kind",
    "identifier_type",
    "identifier",
    "relation",
    "requester_identifier_type",
    "requester_identifier",
    "note",
)
SECRET_FIELDS = ("identifier", "requester_identifier")
_REQUEST_ID = re.compile(r"^web-[0-9a-f]{32}$")


def limiter(request: Request) -> RateLimiter:
    """The app's limiter, made on first use from the server settings."""
    state = request.app.state
    found: RateLimiter | None = getattr(state, "public_form_limiter", None)
    if found is None:
        settings = state.settings
        found = RateLimiter(settings.public_form_limit, settings.public_form_window.total_seconds())
        state.public_form_limiter = found
    return found


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _organisation(request: Request, org: str | None) -> str:
    """The named organisation, or the only one; NotFoundError (a 404 page) otherwise."""
    with backend(request).read() as session:
        if org:
            return str(organisations.get(session, org).name)
        names = [o.name for o in organisations.list(session)]
    if len(names) == 1:
        return str(names[0])
    from piplkit.map.register.errors import NotFoundError

    raise NotFoundError(translate(language(request), "pub.choose_org"))


def _page(
    request: Request,
    org: str,
    values: dict[str, str],
    errors: dict[str, str],
    status: int = 200,
    request_id: str | None = None,
) -> Response:
    nonce = secrets.token_urlsafe(24)
    shown = {k: v for k, v in values.items() if k not in SECRET_FIELDS}
    response = render(
        request,
        "public_request.html",
        status=status,
        org=org,
        values=shown,
        errors=errors,
        nonce=nonce,
        request_id=request_id or new_reference("web"),
        kinds=[k.value for k in RequestKind],
        id_types=list(IDENTIFIER_TYPES),
        relations=list(dsr.RELATIONS),
    )
    response.set_cookie(
        CSRF_COOKIE,
        nonce,
        httponly=True,
        samesite="strict",
        secure=secure_cookies(request),
        max_age=3600,
    )
    return response


@router.get(PATH, **page(None))
def request_form(request: Request, org: str | None = None) -> Response:
    return _page(request, _organisation(request, org), {}, {})


def _field_of(message: str) -> str:
    head = message.split(":", 1)[0].strip()
    return head if head in FIELDS or head == "scope" else "_form"


def _localised(lang: Lang, field: str, message: str) -> str:
    if field in SECRET_FIELDS:
        return translate(lang, "pub.err.identifier")
    if field == "relation":
        return translate(lang, "pub.err.relation")
    return message


def _payload(values: dict[str, str], request_id: str) -> dict[str, Any]:
    data: dict[str, Any] = {"request_id": request_id, "channel": "web"}
    for name in FIELDS:
        value = values.get(name, "").strip()
        if value:
            data[name] = value
    if data.get("kind") != RequestKind.NEXT_OF_KIN.value:
        for name in ("relation", "requester_identifier_type", "requester_identifier"):
            data.pop(name, None)
    return data


@router.post(PATH, **page(None))
async def submit_request(request: Request, org: str | None = None) -> Response:
    lang = language(request)
    verdict = limiter(request).hit(_client(request))
    if not verdict.allowed:
        minutes = max(1, (verdict.retry_after + 59) // 60)
        response = render(
            request,
            "public_message.html",
            status=429,
            org=org,
            message=translate(lang, "pub.too_many", minutes=minutes),
        )
        response.headers["Retry-After"] = str(verdict.retry_after)
        return response
    name = _organisation(request, org)
    form = await request.form()
    values = {k: v[:4000] for k, v in form.items() if isinstance(v, str)}
    nonce = request.cookies.get(CSRF_COOKIE, "")
    if not nonce or not hmac.compare_digest(values.get(CSRF_FIELD, ""), nonce):
        errors = {"_form": translate(lang, "pub.expired")}
        return _page(request, name, values, errors, status=400)
    request_id = values.get("request_id", "")
    if not _REQUEST_ID.match(request_id):
        request_id = new_reference("web")
    payload = {**_payload(values, request_id), "organisation": name}
    try:
        dsr.RequestIn.model_validate(payload)
    except ValidationError as exc:
        errors = field_errors(exc, lang)
        errors = {k: _localised(lang, k, v) for k, v in errors.items()}
        if "request_id" in errors:  # a tampered hidden id: say so, and issue a fresh one
            errors["_form"] = errors.pop("request_id")
            return _page(request, name, _shown(values), errors, 422)
        return _page(request, name, _shown(values), errors, 422, request_id)
    key = hmac_key(request)

    def store() -> dict[str, Any]:
        with backend(request).write("web:public") as session:
            return dsr.to_dict(dsr.submit(session, payload, key=key).request)

    try:
        data = await run_in_threadpool(store)
    except InvalidInputError as exc:
        message = str(exc).removeprefix("invalid request: ")
        field = _field_of(message)
        errors = {field: _localised(lang, field, message)}
        if field != "_form":
            errors["_form"] = translate(lang, "err.form")
        return _page(request, name, _shown(values), errors, 422, request_id)
    except ConflictError:
        errors = {"_form": translate(lang, "pub.conflict")}
        return _page(request, name, _shown(values), errors, 409)
    received = china_time(dt.datetime.fromisoformat(data["received_at"]))
    # staff hints (how to configure a target) are not for the public
    data["deadline_note"] = data["deadline_note"].split("; no organisation target")[0]
    response = render(request, "public_request_done.html", org=name, item=data, received=received)
    response.delete_cookie(CSRF_COOKIE)
    return response


def _shown(values: dict[str, str]) -> dict[str, str]:
    """What may be shown back after an error: no identifiers, the note only masked."""
    shown = {k: v for k, v in values.items() if k in FIELDS and k not in SECRET_FIELDS}
    if shown.get("note"):
        try:
            shown["note"] = redact(shown["note"], field="note") or ""
        except InvalidInputError:
            shown["note"] = ""
    return shown
