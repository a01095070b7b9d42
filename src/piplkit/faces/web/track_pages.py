"""The developments timeline (``/track``) and its Atom feed (``/track/feed.atom``).

Both read stored developments through :mod:`piplkit.track.storage.repository` with the same filters
(kind, authority, date range). The page needs a signed-in viewer; the feed also accepts an API
token (``Authorization: Bearer``) so that feed readers need no browser session. Labels live here,
not in the shared catalogues, to keep the tracker's UI in one module.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from piplkit.faces.web.auth import Forbidden, LoginRequired, page, page_user
from piplkit.faces.web.render import language, render
from piplkit.map.register.errors import InvalidInputError
from piplkit.platform.auth.models import Role
from piplkit.platform.service.access import token_principal
from piplkit.platform.service.backend import backend
from piplkit.track.atom import build_feed
from piplkit.track.storage.models import DevelopmentKind
from piplkit.track.storage.repository import DevelopmentFilter, development_dict, list_developments

router = APIRouter()
LIMIT = 200
ATOM = "application/atom+xml; charset=utf-8"
Viewer = Annotated[Any, Depends(page_user(Role.VIEWER))]

LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "title": "监管动态",
        "date": "日期",
        "development": "动态",
        "kind": "类型",
        "authority": "机关",
        "since": "起始日期",
        "until": "截止日期",
        "any": "全部",
        "filter": "筛选",
        "feed": "Atom 订阅",
        "empty": "没有符合条件的动态。",
        "instruments": "相关文件",
        "penalty": "罚款（元）",
        "sources": "来源",
        "undated": "日期不详",
        "shown": "共 {n} 条",
        "legislation": "立法",
        "enforcement": "执法",
        "judicial": "司法",
        "industry": "行业",
        "other": "其他",
    },
    "en": {
        "title": "Regulatory developments",
        "date": "Date",
        "development": "Development",
        "kind": "Kind",
        "authority": "Authority",
        "since": "From",
        "until": "To",
        "any": "Any",
        "filter": "Filter",
        "feed": "Atom feed",
        "empty": "No developments match.",
        "instruments": "Instruments",
        "penalty": "Penalty (CNY)",
        "sources": "Sources",
        "undated": "date unknown",
        "shown": "{n} shown",
        "legislation": "Legislation",
        "enforcement": "Enforcement",
        "judicial": "Judicial",
        "industry": "Industry",
        "other": "Other",
    },
}
KIND_CLASS = {"legislation": "ok", "enforcement": "bad", "judicial": "warn"}


def _day(value: str | None, field: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidInputError(f"{field}: {value!r} is not a date (YYYY-MM-DD)") from None


def _filters(request: Request) -> tuple[dict[str, str], DevelopmentFilter]:
    q = request.query_params
    raw = {k: q.get(k, "").strip() for k in ("kind", "authority", "since", "until")}
    filt = DevelopmentFilter(
        since=_day(raw["since"], "since"),
        until=_day(raw["until"], "until"),
        kind=raw["kind"] or None,
        authority=raw["authority"] or None,
        limit=LIMIT,
    )
    filt.check()
    return raw, filt


def _developments(request: Request, filt: DevelopmentFilter) -> list[dict[str, Any]]:
    with backend(request).read() as session:
        return [development_dict(r) for r in list_developments(session, filt)]


def _authorities(request: Request) -> list[str]:
    with backend(request).read() as session:
        rows = list_developments(session, DevelopmentFilter())
    return sorted({a for r in rows for a in r.authorities}, key=str.casefold)


@router.get("/track", response_class=HTMLResponse, **page(Role.VIEWER))
def timeline(request: Request, _user: Viewer) -> Response:
    labels = LABELS[language(request)]
    error = None
    try:
        raw, filt = _filters(request)
        devs = _developments(request, filt)
    except InvalidInputError as exc:
        raw = {k: request.query_params.get(k, "") for k in ("kind", "authority", "since", "until")}
        devs, error = [], str(exc)
    query = urlencode({k: v for k, v in raw.items() if v})
    return render(
        request,
        "track.html",
        status=400 if error else 200,
        L=labels,
        devs=devs,
        error=error,
        raw=raw,
        kinds=[k.value for k in DevelopmentKind],
        authorities=_authorities(request),
        kind_class=KIND_CLASS,
        feed_href="/track/feed.atom" + (f"?{query}" if query else ""),
    )


def _feed_reader(request: Request) -> None:
    """A viewer by API token (feed readers) or by browser session."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() == "bearer" and token:
        principal = token_principal(request, token.strip())
        if principal is None:
            raise LoginRequired
        if not principal.allows(Role.VIEWER) or not principal.may_use(()):
            raise Forbidden  # a scoped token (calendar:read) is for the calendar only
        return
    page_user(Role.VIEWER)(request)


@router.get("/track/feed.atom", **page(Role.VIEWER))
def feed(request: Request) -> Response:
    _feed_reader(request)
    try:
        raw, filt = _filters(request)
    except InvalidInputError as exc:
        return Response(str(exc), status_code=400, media_type="text/plain; charset=utf-8")
    base = str(request.base_url).rstrip("/")
    query = urlencode({k: v for k, v in raw.items() if v})
    suffix = f"?{query}" if query else ""
    body = build_feed(
        _developments(request, filt),
        self_url=f"{base}/track/feed.atom{suffix}",
        page_url=f"{base}/track{suffix}",
    )
    return Response(body, media_type=ATOM)
