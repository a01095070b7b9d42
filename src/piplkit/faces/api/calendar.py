"""The compliance calendar over the API: JSON (``GET /calendar``) and iCalendar (``/calendar.ics``).

Both answer the same query (:class:`piplkit.platform.service.calendar.CalendarQuery`) as the CLI's
``piplkit calendar`` and the web page: every dated duty on the as-of day (default: today in
China), overdue first, each entry with its rule, article and source. An unknown organisation
or system is a 404, so a misspelt filter is never mistaken for "nothing due". The iCalendar
document here takes the API's ``Authorization`` header like every route; calendar programs
that can only fetch a URL subscribe to the web's ``/calendar.ics`` instead (see docs/calendar.md).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, Field

from piplkit.faces.api.security import guard
from piplkit.inputs.scalars import Day
from piplkit.map.agenda.ics import to_ics
from piplkit.map.register.models import NAME_LENGTH
from piplkit.platform.auth.models import Role, TokenScope
from piplkit.platform.service.backend import backend
from piplkit.platform.service.calendar import CalendarQuery, china_today, register_calendar
from piplkit.platform.service.i18n import Lang

router = APIRouter(tags=["calendar"])
ICS = "text/calendar; charset=utf-8"
Family = Literal["mlps", "cii", "data", "transfer", "pipl", "dsr", "incident"]
StatusName = Literal[
    "overdue", "due_today", "open", "passed", "window_open", "due_soon", "upcoming", "undated"
]


class SourceOut(BaseModel):
    instrument: str = Field(description="Law data id of the instrument.")
    short: str
    article: str
    verified: bool = Field(description="False: the words were not read in the text.")
    url: str | None
    quote: str | None


class SubjectOut(BaseModel):
    type: Literal["organisation", "system", "dataset", "transfer", "request", "incident"]
    name: str
    organisation: str | None
    system: str | None


class EntryOut(BaseModel):
    uid: str = Field(description="Stable while the duty, its subject and its date stay the same.")
    status: StatusName
    kind: Literal["latest", "earliest", "event", "standing"]
    due: dt.date | None
    due_at: dt.datetime | None = Field(description="For clocks counted in hours (incidents).")
    since: dt.date | None
    provisional: bool = Field(description="Nominal last day in a year without a holiday list.")
    duty: str
    family: Family
    title: str
    title_zh: str
    subject: SubjectOut
    rule: str = Field(description="The rule that fixes the date, in English.")
    rule_zh: str = Field(description="The same rule in Chinese.")
    basis: Literal["law", "organisation", "authority", "none"]
    source: SourceOut
    also: list[SourceOut]
    verified: bool
    note: str = Field(description="What else to know (empty when nothing), in English.")
    note_zh: str = Field(description="The same note in Chinese (empty when there is none).")


class CalendarOut(BaseModel):
    as_of: dt.date
    counts: dict[str, int] = Field(description="Entries by status, overdue first.")
    entries: list[EntryOut]
    unverified: list[str] = Field(description="Readings of the law data not confirmed.")


NameQuery = Annotated[str | None, Query(max_length=NAME_LENGTH, description="Only its duties.")]
FamilyQuery = Annotated[
    list[Family] | None, Query(description="Only these families (repeat the parameter).")
]


def _query(
    as_of: dt.date | None,
    organisation: str | None,
    system: str | None,
    family: list[Family] | None,
    status: list[StatusName] | None = None,
    until: dt.date | None = None,
) -> CalendarQuery:
    return CalendarQuery(
        as_of=as_of or china_today(),
        organisation=organisation,
        system=system,
        families=tuple(family or ()),
        statuses=tuple(status or ()),
        until=until,
    )


@router.get(
    "/calendar",
    summary="The compliance calendar: every dated duty on a date, overdue first",
    response_model=CalendarOut,
    **guard(Role.VIEWER, (TokenScope.CALENDAR_READ,)),
)
def calendar_json(
    request: Request,
    as_of: Annotated[Day | None, Query(description="Default: today in China.")] = None,
    organisation: NameQuery = None,
    system: NameQuery = None,
    family: FamilyQuery = None,
    status: Annotated[list[StatusName] | None, Query(description="Only these statuses.")] = None,
    until: Annotated[
        Day | None, Query(description="Leave out later dates (overdue ones stay).")
    ] = None,
) -> Response:
    query = _query(as_of, organisation, system, family, status, until)
    with backend(request).read() as session:
        calendar = register_calendar(session, query)
    # the entries are already in the documented shape: serialised directly, since validating
    # thousands of them against the response model would take longer than computing them
    body = json.dumps(calendar.to_dict(), ensure_ascii=False, separators=(",", ":"))
    return Response(body, media_type="application/json")


@router.get(
    "/calendar.ics",
    summary="The compliance calendar as iCalendar (RFC 5545) for Outlook or Google Calendar",
    response_class=Response,
    responses={200: {"content": {"text/calendar": {"schema": {"type": "string"}}}}},
    **guard(Role.VIEWER, (TokenScope.CALENDAR_READ,)),
)
def calendar_ics(
    request: Request,
    as_of: Annotated[Day | None, Query(description="Default: today in China.")] = None,
    organisation: NameQuery = None,
    system: NameQuery = None,
    family: FamilyQuery = None,
    lang: Annotated[Lang, Query(description="Language of titles, rules and notes.")] = "zh",
) -> Response:
    query = _query(as_of, organisation, system, family)
    with backend(request).read() as session:
        calendar = register_calendar(session, query)
    return Response(to_ics(calendar, lang=lang), media_type=ICS)
