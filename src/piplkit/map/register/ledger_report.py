"""What the transfer ledger says: distinct individuals per transfer and year, batches, and the
transfers as the assessment profile sees them (with their volumes).

Read-only reporting over the ledger's tables; :mod:`piplkit.map.register.ledger` writes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, func, select
from sqlalchemy.orm import Session

from piplkit.map.register.models import (
    Dataset,
    LedgerBatch,
    LedgerSubject,
    Recipient,
    Transfer,
)
from piplkit.map.register.repository import transfers

#: Hashes per IN (...) query / insert statement: well under SQLite's variable limit.


@dataclass(frozen=True, slots=True)
class VolumeRow:
    transfer: str
    year: int
    individuals: int
    sensitive_individuals: int
    batches: int


def volumes(session: Session, transfer_name: str | None = None) -> list[VolumeRow]:
    """Per transfer and calendar year: distinct individuals, sensitive ones, batch count."""
    subjects = (
        select(
            LedgerSubject.transfer_id,
            LedgerSubject.year,
            func.count().label("individuals"),
            func.sum(func.cast(LedgerSubject.sensitive, Integer)).label("sensitive"),
        )
        .group_by(LedgerSubject.transfer_id, LedgerSubject.year)
        .subquery()
    )
    batches = (
        select(LedgerBatch.transfer_id, LedgerBatch.year, func.count().label("batches"))
        .group_by(LedgerBatch.transfer_id, LedgerBatch.year)
        .subquery()
    )
    stmt = (
        select(
            Transfer.name,
            subjects.c.year,
            subjects.c.individuals,
            subjects.c.sensitive,
            func.coalesce(batches.c.batches, 0),
        )
        .join(subjects, subjects.c.transfer_id == Transfer.id)
        .outerjoin(
            batches,
            (batches.c.transfer_id == subjects.c.transfer_id) & (batches.c.year == subjects.c.year),
        )
        .order_by(Transfer.name, subjects.c.year)
    )
    if transfer_name is not None:
        transfers.get(session, transfer_name)
        stmt = stmt.where(Transfer.name == transfer_name)
    return [
        VolumeRow(name, int(year), int(n), int(s or 0), int(b))
        for name, year, n, s, b in session.execute(stmt)
    ]


def transfer_volumes(session: Session) -> dict[str, list[dict[str, int]]]:
    """Every transfer's yearly volumes in the assessment profile shape (issue 3).

    ``{"CRM to HQ": [{"year": 2024, "individuals": 50000, "sensitive_individuals": 0}]}``;
    transfers without batches map to an empty list.
    """
    out: dict[str, list[dict[str, int]]] = {
        name: [] for name in session.scalars(select(Transfer.name).order_by(Transfer.name))
    }
    for row in volumes(session):
        out[row.transfer].append(
            {
                "year": row.year,
                "individuals": row.individuals,
                "sensitive_individuals": row.sensitive_individuals,
            }
        )
    return out


_MECHANISM_DATE_FIELD = {
    "standard_contract": "contract_effective_on",
    "security_assessment": "assessment_result_issued_on",
    "certification": "certified_on",
}


def profile_transfers(session: Session) -> list[dict[str, Any]]:
    """Cross-border transfers (recipient outside mainland China) as profile ``transfers``."""
    counts = transfer_volumes(session)
    stmt = (
        select(Transfer)
        .join(Recipient, Transfer.recipient_id == Recipient.id)
        .join(Dataset, Transfer.dataset_id == Dataset.id)
        .where(Recipient.country != "CN")
        .order_by(Transfer.name)
    )
    out: list[dict[str, Any]] = []
    for t in session.scalars(stmt):
        entry: dict[str, Any] = {
            "name": t.name,
            "recipient": {"name": t.recipient.name, "country": t.recipient.country},
            "purpose": t.purpose.value,
            "important_data": bool(t.important_data) or t.dataset.grade.value != "general",
            "volumes": counts.get(t.name, []),
        }
        if t.dataset.important_notified_on is not None:
            # notified as important data by the authority (2024 Provisions Art. 2); no date
            # leaves it unstated, which the rules read the stricter way
            entry["important_data_notified"] = True
        date_field = _MECHANISM_DATE_FIELD.get(t.mechanism.value)
        if date_field and t.mechanism_effective_on is not None:
            entry[date_field] = t.mechanism_effective_on.isoformat()
        out.append(entry)
    return out


def batches(session: Session, transfer_name: str | None = None) -> list[LedgerBatch]:
    stmt = (
        select(LedgerBatch).join(Transfer).order_by(Transfer.name, LedgerBatch.year, LedgerBatch.id)
    )
    if transfer_name is not None:
        transfers.get(session, transfer_name)
        stmt = stmt.where(Transfer.name == transfer_name)
    return list(session.scalars(stmt))
