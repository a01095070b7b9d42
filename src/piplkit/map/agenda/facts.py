"""The facts the compliance calendar reads, as plain frozen data (no database, no ORM).

``piplkit.platform.service.calendar_facts`` builds them from a register; tests and other callers
build them directly. Dates are plain dates; instants (a request's receipt, an incident's discovery)
carry a time zone. A fact dated after the calendar's as-of date counts as not having happened yet,
so the calendar of a past day shows what was due then.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Record:
    """A duty done on a date (``register.enums.RecordKind`` values)."""

    kind: str
    done_on: dt.date


@dataclass(frozen=True, slots=True)
class Rectification:
    title: str
    found_on: dt.date | None = None
    due_on: dt.date | None = None
    closed_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class SystemFacts:
    name: str
    organisation: str | None = None
    mlps_level: int | None = None
    graded_on: dt.date | None = None
    expert_reviewed_on: dt.date | None = None
    live_on: dt.date | None = None
    filed_on: dt.date | None = None
    filing_number: str | None = None
    sector: str | None = None
    cii: bool = False
    cii_designated_on: dt.date | None = None
    records: tuple[Record, ...] = ()
    rectifications: tuple[Rectification, ...] = ()


@dataclass(frozen=True, slots=True)
class OrganisationFacts:
    name: str
    ciio: bool = False
    ciio_designated_on: dt.date | None = None
    individuals_processed: int | None = None
    important_data_handler: bool = False
    data_security_officer: str | None = None
    data_security_body: str | None = None
    officer_threshold_reached_on: dt.date | None = None
    face_individuals: int | None = None
    face_threshold_reached_on: dt.date | None = None
    processes_minors: bool = False
    records: tuple[Record, ...] = ()


@dataclass(frozen=True, slots=True)
class DatasetFacts:
    """Only what the calendar needs: the grade and the important-data steps."""

    name: str
    organisation: str | None = None
    system: str | None = None
    grade: str = "general"
    identified_on: dt.date | None = None
    declared_on: dt.date | None = None
    notified_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class TransferFacts:
    """A provision abroad (recipient outside the mainland) and the route relied on."""

    name: str
    recipient: str
    recipient_country: str
    mechanism: str
    organisation: str | None = None
    system: str | None = None
    effective_on: dt.date | None = None
    filed: bool = False


@dataclass(frozen=True, slots=True)
class RequestFacts:
    """A rights request with the due date fixed at receipt (law data and target then)."""

    name: str
    received_at: dt.datetime
    due_on: dt.date | None
    basis: str
    deadline_note: str
    organisation: str | None = None
    #: when it stopped being open (completed, refused or closed), if it did
    ended_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class IncidentFacts:
    name: str
    discovered_at: dt.datetime
    operator_type: str
    #: graded relatively major or above (the reporting measures' threshold)
    reportable: bool
    handling_ended_at: dt.datetime | None = None
    #: duty -> when done: report, notify_authority, notify_individuals, summary_report
    done: dict[str, dt.datetime | None] = field(default_factory=dict)
    organisation: str | None = None
    systems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RegisterFacts:
    organisations: tuple[OrganisationFacts, ...] = ()
    systems: tuple[SystemFacts, ...] = ()
    datasets: tuple[DatasetFacts, ...] = ()
    transfers: tuple[TransferFacts, ...] = ()
    requests: tuple[RequestFacts, ...] = ()
    incidents: tuple[IncidentFacts, ...] = ()
