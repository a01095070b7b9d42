"""One descriptor per respond record kind (rights requests, consents, incidents): the model the
CLI, the REST API and the web UI render, as :mod:`.entities` is for the register.

Respond records are not edited through a form: a rights request moves through a workflow of
transitions, a consent is recorded and withdrawn by the apps that collect it, an incident is
recorded and then updated with what became known. So a descriptor here says what is real for
all three faces and no more:

- the serializer, the one JSON shape the API returns, ``--json`` prints and the web pages read;
- the list columns, each a key of that shape with its header's label key in the zh/en
  catalogues, its CLI heading where the CLI prints a table, and how a value is shown
  (a display kind the faces map to a cell);
- the list filters (a state, an "open only" flag) with their choices;
- for requests, the workflow: each transition with the core function it calls, the form field
  it needs and the state it leads to;
- for requests, the intake: each input of ``dsr.submit`` with its CLI option, its label and help
  keys and its choices (the public web form labels the same inputs with the same keys where its
  wording, addressed to the person, fits staff too).

Faces translate label keys and lay out cells; nothing here imports an interface.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

from piplkit.respond import consent, dsr, incidents
from piplkit.respond.enums import RequestKind, RequestState
from piplkit.respond.identifiers import IDENTIFIER_TYPES

#: How a column's value is shown: the record's id (a link to its page where it has one), a
#: plain value, an enumeration member through its catalogue labels (``labels`` + value), a
#: request state as a coloured badge, a masked preview, a point in time (China time), a day,
#: a list, or a cell made of several keys (the consent's subject and purpose with their
#: badges, its state, the incident's grade badge and next duty, the request's clock).
Show = Literal[
    "id",
    "text",
    "choice",
    "state",
    "masked",
    "time",
    "date",
    "list",
    "clock",
    "consent_subject",
    "consent_purpose",
    "consent_state",
    "grade",
    "next_duty",
]


@dataclass(frozen=True)
class RespondColumn:
    """One list column: a key of the serializer's shape, labelled and shown one way."""

    #: Key in the record's JSON shape (for a derived column, the key the face adds to its row).
    key: str
    #: Key of the header's label in the interface catalogues (zh and en).
    label: str
    show: Show = "text"
    #: Heading of the CLI table's column; None when the CLI table leaves the column out.
    heading: str | None = None
    #: Catalogue prefix of an enumeration's member labels (``dsr.kind.`` + ``access``).
    labels: str | None = None
    #: Not a key of the JSON shape: computed by a face from the record and today's date.
    derived: bool = False


@dataclass(frozen=True)
class RespondFilter:
    """A filter of the list: a query parameter and CLI option of the same name."""

    name: str
    #: Key of its label in the catalogues (None: no face labels it yet).
    label: str | None
    #: The enumeration its value is one of; None for a yes/no flag.
    choices: type[StrEnum] | None = None

    def parse(self, value: str | None) -> StrEnum | None:
        """The member ``value`` names, None for no filter; ValueError for anything else."""
        if value is None or value == "" or self.choices is None:
            return None
        return self.choices(value)

    def values(self) -> list[str]:
        return [m.value for m in self.choices] if self.choices is not None else []


@dataclass(frozen=True)
class Transition:
    """One step of a workflow: a form action, the core function, its input, its target."""

    action: str
    function: str
    #: The one field the step needs (a reason, a method), or None.
    needs: str | None
    target: RequestState


@dataclass(frozen=True)
class IntakeField:
    """One input of a record as staff enter it: a key of the core function's payload, its CLI
    option, the catalogue keys of its label and help text, the values it may take."""

    name: str
    flag: str
    label: str
    help: str | None = None
    choices: tuple[str, ...] = ()
    #: A list: the option is repeated, one value each.
    repeat: bool = False


@dataclass(frozen=True)
class RespondDescriptor:
    """What the faces need to know about one respond record kind."""

    key: str
    #: The web pages' path (``/dsr``, ``/dsr/view?id=``); None when records have no page.
    page: str | None
    #: Catalogue key of the list page's title.
    title: str
    serializer: Callable[..., dict[str, Any]]
    columns: tuple[RespondColumn, ...]
    filters: tuple[RespondFilter, ...] = ()
    transitions: tuple[Transition, ...] = ()
    intake: tuple[IntakeField, ...] = ()

    def serialize(self, record: Any, *args: Any) -> dict[str, Any]:
        """The record's JSON shape (extra arguments go to the serializer, e.g. the instant
        an incident's deadlines are measured against)."""
        return self.serializer(record, *args)

    @property
    def table(self) -> tuple[RespondColumn, ...]:
        """The columns the CLI prints as a table, in order."""
        return tuple(c for c in self.columns if c.heading is not None)

    def filter(self, name: str) -> RespondFilter:
        return next(f for f in self.filters if f.name == name)

    def input(self, name: str) -> IntakeField:
        return next(f for f in self.intake if f.name == name)

    def transition(self, action: str) -> Transition | None:
        return next((t for t in self.transitions if t.action == action), None)

    def href(self, record_id: str) -> str | None:
        """Where a record's page is (unquoted id: faces quote it as their markup needs)."""
        return None if self.page is None else f"{self.page}/view?id={record_id}"


REQUEST = RespondDescriptor(
    "dsr",
    "/dsr",
    "dsr.title",
    dsr.to_dict,
    columns=(
        RespondColumn("request_id", "dsr.id", "id", heading="request"),
        RespondColumn("kind", "pub.kind", "choice", heading="kind", labels="dsr.kind."),
        RespondColumn("state", "dsr.state", "state", heading="state", labels="dsr.state."),
        RespondColumn("identifier", "dsr.subject", "masked", heading="subject"),
        RespondColumn("received_at", "pub.received", "time", heading="received"),
        RespondColumn("due_on", "dsr.due_on", "date", heading="due"),
        RespondColumn("clock", "dsr.clock", "clock", derived=True),
    ),
    filters=(RespondFilter("state", "dsr.state", RequestState),),
    transitions=(
        Transition("start_verification", "start_verification", None, RequestState.VERIFYING),
        Transition("verify", "verify_identity", "method", RequestState.IN_PROGRESS),
        Transition("complete", "complete", None, RequestState.COMPLETED),
        Transition("refuse", "refuse", "reason", RequestState.REFUSED),
        Transition("close", "close", None, RequestState.CLOSED),
    ),
    intake=(
        IntakeField("kind", "--kind", "pub.kind", choices=tuple(RequestKind)),
        IntakeField("identifier_type", "--id-type", "pub.id_type", choices=IDENTIFIER_TYPES),
        IntakeField("identifier", "--id", "pub.identifier", "dsr.identifier_help"),
        IntakeField("request_id", "--request-id", "pub.your_id", "dsr.request_id_help"),
        IntakeField("scope", "--scope", "dsr.scope", "dsr.scope_help", repeat=True),
        IntakeField(
            "requester_identifier_type",
            "--requester-id-type",
            "dsr.requester_type",
            choices=IDENTIFIER_TYPES,
        ),
        IntakeField(
            "requester_identifier", "--requester-id", "dsr.requester", "dsr.requester_help"
        ),
        IntakeField("relation", "--relation", "pub.relation", choices=dsr.RELATIONS),
        IntakeField("note", "--note", "pub.note", "pub.note_help"),
        IntakeField("received_at", "--received-at", "pub.received", "cli.instant"),
        IntakeField("channel", "--channel", "dsr.channel", choices=dsr.CHANNELS),
        IntakeField("organisation", "--organisation", "dsr.organisation", "dsr.organisation_help"),
    ),
)

CONSENT = RespondDescriptor(
    "consent",
    None,
    "cons.title",
    consent.to_dict,
    columns=(
        RespondColumn("consent_id", "cons.id"),
        RespondColumn("identifier", "dsr.subject", "consent_subject"),
        RespondColumn("purpose", "cons.purpose", "consent_purpose"),
        RespondColumn("pi_categories", "cons.categories", "list"),
        RespondColumn("notice_version", "cons.notice"),
        RespondColumn("given_at", "cons.given", "time"),
        RespondColumn("withdrawn_at", "cons.state", "consent_state"),
    ),
)

INCIDENT = RespondDescriptor(
    "incident",
    "/incidents",
    "inc.title",
    incidents.to_dict,
    columns=(
        RespondColumn("incident_id", "inc.id", "id", heading="incident"),
        RespondColumn("title", "inc.name", heading="title"),
        RespondColumn("grade_zh", "inc.grade", "grade", heading="grade"),
        RespondColumn("status", "inc.status", "choice", heading="status", labels="inc.st."),
        RespondColumn("discovered_at", "inc.discovered", "time", heading="discovered"),
        RespondColumn("next", "inc.next", "next_duty", heading="next", derived=True),
    ),
    filters=(RespondFilter("open", None),),
)



def next_duty(data: dict[str, Any], now: dt.datetime) -> dict[str, Any] | None:
    """The incident list's derived ``next`` column, from the incident's JSON shape: the deadline
    not yet met whose due time is nearest (or furthest past), with ``left``, the hours to it
    rounded to 0.1 (negative when late); None when no duty with a due time is pending.

    One definition for the web list and the CLI table, so both name the same duty."""
    pending: list[tuple[float, dict[str, Any]]] = []
    for deadline in data["deadlines"]:
        if deadline["due_at"] and not deadline["done_at"]:
            due = dt.datetime.fromisoformat(deadline["due_at"])
            pending.append((round((due - now).total_seconds() / 3600, 1), deadline))
    if not pending:
        return None
    left, deadline = min(pending, key=lambda pair: pair[0])
    return {**deadline, "left": left}


#: Every respond record kind by key.
RESPOND: dict[str, RespondDescriptor] = {d.key: d for d in (REQUEST, CONSENT, INCIDENT)}
