"""The compliance calendar in the web UI (``/calendar``) and its iCalendar feed (``/calendar.ics``).

The page shows what :func:`piplkit.platform.service.calendar.register_calendar` computes, the same
entries
as ``piplkit calendar`` and ``GET /api/v1/calendar``: as a list (overdue first, paged) or as a
month (each day with the duties due on it, the overdue ones above the grid), filtered by
organisation, system, family and status, each entry with its rule, article and source, and the
as-of date in the heading.

The feed is for calendar programs. Outlook and Google Calendar subscribe to a URL and cannot
send an ``Authorization`` header, so the feed also takes an API token in the query string
(``?token=``). A URL is copied into places a header never goes (the calendar provider's
servers, proxy logs, browser history), so such a token must be able to read and nothing else:
a ``calendar:read`` token (whatever its user's role; it is refused everywhere but the calendar)
or a full-scope token of a viewer account (as before scopes existed). A full-scope token of an
editor or admin there is refused with 403 and the advice to make a calendar token. The token
is never logged (piplkit logs route templates only)
nor echoed. A signed-in browser (the page's download link) and ``Authorization: Bearer``
work too; without any, the feed answers 401, not a redirect to a sign-in form a calendar
program cannot fill.
"""

from __future__ import annotations

import calendar as monthly
import datetime as dt
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from piplkit.assess.law.kb import load_knowledge_base
from piplkit.faces.web.auth import page, page_user, session_principal
from piplkit.faces.web.clock import china_time
from piplkit.faces.web.render import language, render
from piplkit.map.agenda.entry import Calendar, Entry, Source
from piplkit.map.agenda.ics import to_ics
from piplkit.map.register.errors import InvalidInputError, NotFoundError, RegisterError
from piplkit.platform.auth.models import Role, TokenScope
from piplkit.platform.auth.service import Principal
from piplkit.platform.service.access import SCOPES_KEY, token_principal
from piplkit.platform.service.backend import backend
from piplkit.platform.service.calendar import (
    FAMILIES,
    STATUSES,
    CalendarQuery,
    china_today,
    filter_choices,
    in_range,
    register_calendar,
)
from piplkit.platform.service.i18n import Lang, translate

router = APIRouter()
Viewer = Annotated[Any, Depends(page_user(Role.VIEWER))]
PAGE = 100
#: entries shown in a day's cell before the rest fold under "N more"
CELL = 3
ICS = "text/calendar; charset=utf-8"
STATUS_CLASS = {
    "overdue": "bad",
    "due_today": "bad",
    "open": "warn",
    "passed": "grey",
    "window_open": "ok",
    "due_soon": "warn",
    "upcoming": "",
    "undated": "grey",
}
#: where a subject's page is, by subject type (organisations have none)
SUBJECT_PAGES = {
    "system": "/systems/view?name=",
    "dataset": "/datasets/view?name=",
    "request": "/dsr/view?id=",
    "incident": "/incidents/view?id=",
}
#: marks a feed route: anonymous callers get 401 (a calendar program cannot follow a sign-in
#: redirect); the security tests read it
FEED_MARK = "x-feed"
FILTERS = ("as_of", "view", "month", "organisation", "system", "family", "status")


# --- reading the query ---------------------------------------------------------------------


def _day(value: str, field: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidInputError(f"{field}: {value!r} is not a date (YYYY-MM-DD)") from None


def _month(value: str, default: dt.date) -> dt.date:
    if not value:
        return default.replace(day=1)
    try:
        return dt.date.fromisoformat(f"{value}-01")
    except ValueError:
        raise InvalidInputError(f"month: {value!r} is not a month (YYYY-MM)") from None


def _raw(request: Request) -> dict[str, str]:
    q = request.query_params
    return {k: q.get(k, "").strip()[:200] for k in FILTERS}


def _query(raw: dict[str, str]) -> CalendarQuery:
    as_of = _day(raw["as_of"], "as_of") if raw["as_of"] else china_today()
    return CalendarQuery(
        as_of=as_of,
        organisation=raw["organisation"] or None,
        system=raw["system"] or None,
        families=(raw["family"],) if raw["family"] else (),
        statuses=(raw["status"],) if raw["status"] else (),
    ).check()


# --- entries as the templates show them ------------------------------------------------------


def _cite(src: Source, lang: Lang) -> str:
    if lang == "zh":
        return f"《{load_knowledge_base().instrument(src.instrument).title_zh}》{src.article}"
    return src.label


def _source(entry: Entry, lang: Lang) -> dict[str, Any]:
    src = entry.source
    return {
        "text": _cite(src, lang),
        "url": src.url,
        "verified": entry.verified,
        "quote": src.quote,
    }


def _when(entry: Entry, lang: Lang) -> str:
    if entry.due_at is not None:
        return china_time(entry.due_at)
    if entry.due is not None:
        return entry.due.isoformat() + ("*" if entry.provisional else "")
    if entry.since is not None:
        return translate(lang, "cal.since", day=entry.since.isoformat())
    return ""


def _row(entry: Entry, as_of: dt.date, lang: Lang) -> dict[str, Any]:
    status = entry.status(as_of)
    link = SUBJECT_PAGES.get(entry.subject.type)
    return {
        "uid": entry.uid,
        "status": status,
        "status_class": STATUS_CLASS[status],
        "when": _when(entry, lang),
        "title": entry.title_in(lang),
        "family": entry.family,
        "subject_type": entry.subject.type,
        "subject": entry.subject.name,
        "subject_href": f"{link}{quote(entry.subject.name, safe='')}" if link else None,
        "organisation": entry.subject.organisation,
        "rule": entry.rule_in(lang),
        "note": entry.note_in(lang),
        "basis": entry.basis,
        "source": _source(entry, lang),
        "also": [_cite(s, lang) for s in entry.also],
    }


def _month_grid(cal: Calendar, first: dt.date, lang: Lang) -> list[list[dict[str, Any]]]:
    """Weeks (Monday first) covering the month, each day with the entries due on it."""
    start = first - dt.timedelta(days=first.weekday())
    last = first.replace(day=monthly.monthrange(first.year, first.month)[1])
    end = last + dt.timedelta(days=6 - last.weekday())
    by_day: dict[dt.date, list[dict[str, Any]]] = {}
    for entry in in_range(cal.entries, start, end):
        assert entry.due is not None
        by_day.setdefault(entry.due, []).append(_row(entry, cal.as_of, lang))
    weeks: list[list[dict[str, Any]]] = []
    day = start
    while day <= end:
        week = []
        for _ in range(7):
            week.append(
                {
                    "date": day.isoformat(),
                    "number": day.day,
                    "in_month": day.month == first.month,
                    "today": day == cal.as_of,
                    "entries": by_day.get(day, []),
                }
            )
            day += dt.timedelta(days=1)
        weeks.append(week)
    return weeks


def _link(raw: dict[str, str], **changes: str) -> str:
    params = {k: v for k, v in {**raw, **changes}.items() if v}
    return "/calendar" + (f"?{urlencode(params)}" if params else "")


# --- the page --------------------------------------------------------------------------------


@router.get("/calendar", response_class=HTMLResponse, **page(Role.VIEWER))
def calendar_page(request: Request, _user: Viewer, offset: int = 0) -> Response:
    lang = language(request)
    raw = _raw(request)
    view = "month" if raw["view"] == "month" else "list"
    with backend(request).read() as session:
        orgs, names = filter_choices(session)
    error, status = None, 200
    try:
        query = _query(raw)
        first = _month(raw["month"], query.as_of)
        with backend(request).read() as session:
            cal = register_calendar(session, query)
    except NotFoundError as exc:
        error, status = str(exc), 404
    except RegisterError as exc:
        error, status = str(exc), 400
    if error is not None:
        query = CalendarQuery(as_of=china_today())
        first = query.as_of.replace(day=1)
        cal = Calendar(query.as_of, ())
    offset = max(0, min(offset, max(0, len(cal.entries) - 1)))
    context: dict[str, Any] = {
        "raw": raw,
        "view": view,
        "as_of": cal.as_of.isoformat(),
        "counts": cal.counts(),
        "total": len(cal.entries),
        "error": error,
        "orgs": orgs,
        "system_names": names,
        "families": FAMILIES,
        "statuses": STATUSES,
        "status_class": STATUS_CLASS,
        "unverified": cal.unverified,
        "ics_href": "/calendar.ics?" + urlencode(_ics_params(raw, cal.as_of, lang)),
        "feed_url": f"{str(request.base_url).rstrip('/')}/calendar.ics?token=…",
        "list_href": _link(raw, view="list", month=""),
        "month_href": _link(raw, view="month"),
        "status_href": {s: _link(raw, status=s, view="list") for s in STATUSES},
        "all_href": _link(raw, status=""),
    }
    if view == "month":
        overdue = [e for e in cal.entries if e.status(cal.as_of) == "overdue"]
        prev_month = (first - dt.timedelta(days=1)).replace(day=1)
        next_month = (first + dt.timedelta(days=32)).replace(day=1)
        context.update(
            month=first.strftime("%Y-%m"),
            weeks=_month_grid(cal, first, lang),
            weekdays=[translate(lang, f"cal.weekday.{i}") for i in range(7)],
            overdue=[_row(e, cal.as_of, lang) for e in overdue[:10]],
            overdue_total=len(overdue),
            prev_href=_link(raw, view="month", month=prev_month.strftime("%Y-%m")),
            next_href=_link(raw, view="month", month=next_month.strftime("%Y-%m")),
            cell=CELL,
        )
    else:
        shown = cal.entries[offset : offset + PAGE]
        context.update(
            rows=[_row(e, cal.as_of, lang) for e in shown],
            offset=offset,
            limit=PAGE,
            prev_href=_link(raw, offset=str(max(0, offset - PAGE))) if offset > 0 else None,
            next_href=(
                _link(raw, offset=str(offset + PAGE)) if offset + PAGE < len(cal.entries) else None
            ),
        )
    return render(request, "calendar.html", status=status, **context)


# --- the feed --------------------------------------------------------------------------------


def _ics_params(raw: dict[str, str], as_of: dt.date, lang: Lang) -> dict[str, str]:
    params = {k: raw[k] for k in ("organisation", "system", "family") if raw.get(k)}
    params.update(as_of=as_of.isoformat(), lang=lang)
    return params


def _refuse(status: int, message: str) -> Response:
    headers = {"WWW-Authenticate": 'Bearer realm="piplkit calendar"'} if status == 401 else {}
    return Response(
        message, status_code=status, media_type="text/plain; charset=utf-8", headers=headers
    )


def _feed_reader(request: Request) -> Principal | Response:
    """The viewer the feed is for, or the 401/403 answer (see the module docstring)."""
    token = request.query_params.get("token", "").strip()
    if token:
        principal = token_principal(request, token)
        if principal is None:
            return _refuse(401, "invalid, expired or revoked API token")
        read_only = principal.scope is TokenScope.CALENDAR_READ or principal.role is Role.VIEWER
        if not read_only:
            return _refuse(
                403,
                "a token in a calendar URL must be able to read and nothing else (a "
                "calendar:read token, or a viewer's): this one has full scope and "
                f"{principal.name!r} is {principal.role.value}; create a calendar token (on the "
                "account page, scope 'calendar:read', or piplkit user token create NAME "
                "--scope calendar:read --label calendar)",
            )
        return principal
    scheme, _, bearer = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and bearer.strip():
        principal = token_principal(request, bearer.strip())
        if principal is None:
            return _refuse(401, "invalid, expired or revoked API token")
        return principal
    principal = session_principal(request)
    if principal is None:
        return _refuse(401, "authentication required: subscribe with ?token=<a viewer's API token>")
    return principal


def _feed_route() -> dict[str, Any]:
    kwargs = page(Role.VIEWER)
    kwargs["openapi_extra"] = {
        **kwargs["openapi_extra"],
        FEED_MARK: True,
        SCOPES_KEY: [TokenScope.CALENDAR_READ.value],
    }
    return kwargs


@router.get("/calendar.ics", **_feed_route())
def calendar_feed(request: Request) -> Response:
    reader = _feed_reader(request)
    if isinstance(reader, Response):
        return reader
    q = request.query_params
    lang: Lang = "en" if q.get("lang") == "en" else "zh"
    try:
        query = CalendarQuery(
            as_of=_day(q["as_of"], "as_of") if q.get("as_of") else china_today(),
            organisation=q.get("organisation") or None,
            system=q.get("system") or None,
            families=tuple(q.getlist("family")),
        ).check()
        with backend(request).read() as session:
            cal = register_calendar(session, query)
    except NotFoundError as exc:
        return Response(str(exc), status_code=404, media_type="text/plain; charset=utf-8")
    except RegisterError as exc:
        return Response(str(exc), status_code=400, media_type="text/plain; charset=utf-8")
    return Response(to_ics(cal, lang=lang), media_type=ICS)
