"""The register's facts in the shape the compliance calendar reads (``piplkit.map.agenda.facts``).

Reads organisations, systems (with records and rectifications), the datasets graded important
or core, cross-border transfers, open rights requests and incidents in a few queries, so a
register of thousands of systems and tens of thousands of datasets loads in well under a second.
Read only; the calendar itself is computed by the pure core (``piplkit.map.agenda``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from piplkit.assess.law.calendar import CHINA_TZ
from piplkit.map.agenda.facts import (
    DatasetFacts,
    IncidentFacts,
    OrganisationFacts,
    Record,
    Rectification,
    RegisterFacts,
    RequestFacts,
    SystemFacts,
    TransferFacts,
)
from piplkit.map.register.enums import Grade
from piplkit.map.register.models import (
    ComplianceRecord,
    Dataset,
    Organisation,
    Recipient,
    System,
    Transfer,
)
from piplkit.map.register.models import Rectification as RectificationRow
from piplkit.map.register.repository import as_utc
from piplkit.respond.enums import IncidentGrade, IncidentStatus, RequestState
from piplkit.respond.models import Incident, RightsRequest

_ENDED = (RequestState.COMPLETED, RequestState.REFUSED, RequestState.CLOSED)


def _records_by_owner(session: Session, owner: Any) -> dict[int, tuple[Record, ...]]:
    """Every record of organisations (or systems), by owner id, in one query of plain rows."""
    stmt = (
        select(owner, ComplianceRecord.kind, ComplianceRecord.done_on)
        .where(owner.is_not(None))
        .order_by(owner, ComplianceRecord.kind, ComplianceRecord.done_on)
    )
    out: dict[int, list[Record]] = defaultdict(list)
    for owner_id, kind, done_on in session.execute(stmt):
        out[owner_id].append(Record(kind.value, done_on))
    return {k: tuple(v) for k, v in out.items()}


def _organisations(session: Session) -> tuple[OrganisationFacts, ...]:
    records = _records_by_owner(session, ComplianceRecord.organisation_id)
    o = Organisation
    stmt = select(
        o.id,
        o.name,
        o.ciio,
        o.ciio_designated_on,
        o.individuals_processed,
        o.important_data_handler,
        o.data_security_officer,
        o.data_security_body,
        o.officer_threshold_reached_on,
        o.face_individuals,
        o.face_threshold_reached_on,
        o.processes_minors,
    ).order_by(o.name)
    return tuple(
        OrganisationFacts(
            name=row.name,
            ciio=bool(row.ciio),
            ciio_designated_on=row.ciio_designated_on,
            individuals_processed=row.individuals_processed,
            important_data_handler=bool(row.important_data_handler),
            data_security_officer=row.data_security_officer,
            data_security_body=row.data_security_body,
            officer_threshold_reached_on=row.officer_threshold_reached_on,
            face_individuals=row.face_individuals,
            face_threshold_reached_on=row.face_threshold_reached_on,
            processes_minors=bool(row.processes_minors),
            records=records.get(row.id, ()),
        )
        for row in session.execute(stmt)
    )


def _rectifications(session: Session) -> dict[int, tuple[Rectification, ...]]:
    r = RectificationRow
    stmt = select(r.system_id, r.title, r.found_on, r.due_on, r.closed_on).order_by(
        r.system_id, r.title
    )
    out: dict[int, list[Rectification]] = defaultdict(list)
    for system_id, title, found, due, closed in session.execute(stmt):
        out[system_id].append(Rectification(title, found, due, closed))
    return {k: tuple(v) for k, v in out.items()}


def _systems(session: Session) -> tuple[tuple[SystemFacts, ...], dict[str, str | None]]:
    """Systems as plain rows (no ORM objects: a register of thousands of systems loads in
    milliseconds), with their records and rectification items read in one query each."""
    records = _records_by_owner(session, ComplianceRecord.system_id)
    items = _rectifications(session)
    s = System
    stmt = (
        select(
            s.id,
            s.name,
            Organisation.name.label("organisation"),
            s.mlps_level,
            s.mlps_graded_on,
            s.mlps_expert_reviewed_on,
            s.live_on,
            s.mlps_filed_on,
            s.mlps_filing_number,
            s.sector,
            s.cii,
            s.cii_designated_on,
        )
        .outerjoin(Organisation, s.organisation_id == Organisation.id)
        .order_by(s.name)
    )
    out: list[SystemFacts] = []
    owner: dict[str, str | None] = {}
    for row in session.execute(stmt):
        owner[row.name] = row.organisation
        out.append(
            SystemFacts(
                name=row.name,
                organisation=row.organisation,
                mlps_level=row.mlps_level,
                graded_on=row.mlps_graded_on,
                expert_reviewed_on=row.mlps_expert_reviewed_on,
                live_on=row.live_on,
                filed_on=row.mlps_filed_on,
                filing_number=row.mlps_filing_number,
                sector=row.sector,
                cii=bool(row.cii),
                cii_designated_on=row.cii_designated_on,
                records=records.get(row.id, ()),
                rectifications=items.get(row.id, ()),
            )
        )
    return tuple(out), owner


def _datasets(session: Session, owner: dict[str, str | None]) -> tuple[DatasetFacts, ...]:
    stmt = (
        select(
            Dataset.name,
            System.name,
            Dataset.grade,
            Dataset.important_identified_on,
            Dataset.important_declared_on,
            Dataset.important_notified_on,
        )
        .outerjoin(System, Dataset.system_id == System.id)
        .where(Dataset.grade != Grade.GENERAL)
        .order_by(Dataset.name)
    )
    return tuple(
        DatasetFacts(
            name=name,
            organisation=owner.get(system) if system else None,
            system=system,
            grade=grade.value,
            identified_on=identified,
            declared_on=declared,
            notified_on=notified,
        )
        for name, system, grade, identified, declared, notified in session.execute(stmt)
    )


def _transfers(session: Session, owner: dict[str, str | None]) -> tuple[TransferFacts, ...]:
    stmt = (
        select(Transfer, Recipient.name, Recipient.country, System.name)
        .join(Recipient, Transfer.recipient_id == Recipient.id)
        .join(Dataset, Transfer.dataset_id == Dataset.id)
        .outerjoin(System, Dataset.system_id == System.id)
        .where(Recipient.country != "CN")
        .order_by(Transfer.name)
    )
    return tuple(
        TransferFacts(
            name=t.name,
            recipient=recipient,
            recipient_country=country,
            mechanism=t.mechanism.value,
            organisation=owner.get(system) if system else None,
            system=system,
            effective_on=t.mechanism_effective_on,
            filed=bool(t.filing_references),
        )
        for t, recipient, country, system in session.execute(stmt)
    )


def _ended(r: RightsRequest) -> dt.datetime | None:
    days = [as_utc(d) for d in (r.completed_at, r.closed_at) if d is not None]
    if days:
        return min(d for d in days if d is not None)
    return as_utc(r.updated_at) if r.state in _ENDED else None


def _requests(session: Session, as_of: dt.date | None) -> tuple[RequestFacts, ...]:
    stmt = select(RightsRequest).order_by(RightsRequest.name)
    if as_of is not None:
        # open now, or touched since the as-of day (so a request closed later was open then);
        # the day starts at midnight in China, compared in UTC: SQLite keeps instants as naive
        # UTC text and would read a +08:00 instant's wall time, 8 hours late
        since = dt.datetime.combine(as_of, dt.time(0), CHINA_TZ).astimezone(dt.UTC)
        stmt = stmt.where(
            or_(RightsRequest.state.not_in(_ENDED), RightsRequest.updated_at >= since)
        )
    out: list[RequestFacts] = []
    for r in session.scalars(stmt):
        received = as_utc(r.received_at)
        assert received is not None
        out.append(
            RequestFacts(
                name=r.name,
                received_at=received,
                due_on=r.due_on,
                basis=r.deadline_basis,
                deadline_note=r.deadline_note,
                organisation=r.organisation,
                ended_at=_ended(r),
            )
        )
    return tuple(out)


def _incidents(session: Session, owner: dict[str, str | None]) -> tuple[IncidentFacts, ...]:
    stmt = select(Incident).where(Incident.status != IncidentStatus.CLOSED).order_by(Incident.name)
    out: list[IncidentFacts] = []
    for inc in session.scalars(stmt):
        systems = tuple(inc.systems or [])
        orgs = {owner.get(s) for s in systems} - {None}
        discovered = as_utc(inc.discovered_at)
        assert discovered is not None
        out.append(
            IncidentFacts(
                name=inc.name,
                discovered_at=discovered,
                operator_type=inc.operator_type.value,
                reportable=IncidentGrade(inc.grade).rank >= IncidentGrade.RELATIVELY_MAJOR.rank,
                handling_ended_at=as_utc(inc.handling_ended_at),
                done={
                    "report": as_utc(inc.reported_at),
                    "notify_authority": as_utc(inc.authority_notified_at),
                    "notify_individuals": as_utc(inc.individuals_notified_at),
                    "summary_report": as_utc(inc.summary_reported_at),
                },
                organisation=orgs.pop() if len(orgs) == 1 else None,
                systems=systems,
            )
        )
    return tuple(out)


def calendar_facts(session: Session, as_of: dt.date | None = None) -> RegisterFacts:
    """Everything the calendar needs from this register (read only); with ``as_of``, requests
    that had ended before that day are not read (the calendar would skip them anyway)."""
    systems, owner = _systems(session)
    return RegisterFacts(
        organisations=_organisations(session),
        systems=systems,
        datasets=_datasets(session, owner),
        transfers=_transfers(session, owner),
        requests=_requests(session, as_of),
        incidents=_incidents(session, owner),
    )
