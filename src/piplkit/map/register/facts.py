"""Register facts in the assessment profile shape (issue 3), for ``assess --from-register``.

The result is plain data; ``piplkit.assess.rules.profile.profile_from_data`` validates it, so the
rules engine never depends on the database. Transfer volumes come from the transfer ledger: what was
actually exported, counted as distinct individuals per calendar year.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from piplkit.map.register.enums import (
    Grade,
    LegalBasis,
    RecipientRole,
    SensitiveCategory,
    SeparateConsent,
)
from piplkit.map.register.errors import InvalidInputError
from piplkit.map.register.ledger_report import profile_transfers
from piplkit.map.register.models import (
    Dataset,
    Organisation,
    ProcessingActivity,
    Recipient,
    System,
    Transfer,
)
from piplkit.map.register.repository import organisations


def _handler(session: Session, name: str | None) -> dict[str, Any]:
    if name is not None:
        org = organisations.get(session, name)
    else:
        orgs = list(session.scalars(select(Organisation).order_by(Organisation.name)))
        if not orgs:
            raise InvalidInputError(
                "the register has no organisation; add one (piplkit register organisation add)"
            )
        if len(orgs) > 1:
            names = ", ".join(o.name for o in orgs)
            raise InvalidInputError(f"several organisations ({names}); name the handler")
        org = orgs[0]
    if org.individuals_processed is None:
        raise InvalidInputError(
            f"organisation {org.name!r}: individuals_processed is not set (the number of "
            "individuals whose PI it processes)"
        )
    return {
        "name": org.name,
        "ciio": bool(org.ciio) or _has_cii_system(session, org),
        "individuals_processed": org.individuals_processed,
        "located_outside_china": org.country != "CN",
        "important_data_handler": bool(org.important_data_handler)
        or _holds_important_data(session, org),
    }


def _has_cii_system(session: Session, org: Organisation) -> bool:
    """A system designated CII makes its organisation an operator (CII Regulations Art. 2)."""
    stmt = select(System.id).where(System.organisation_id == org.id, System.cii.is_(True))
    return session.scalars(stmt.limit(1)).first() is not None


def _holds_important_data(session: Session, org: Organisation) -> bool:
    """A dataset of its systems graded important or core makes it an important-data handler."""
    stmt = (
        select(Dataset.id)
        .join(System, Dataset.system_id == System.id)
        .where(System.organisation_id == org.id, Dataset.grade != Grade.GENERAL)
    )
    return session.scalars(stmt.limit(1)).first() is not None


def _processing(session: Session) -> dict[str, Any]:
    acts = list(session.scalars(select(ProcessingActivity)))
    roles = set(session.scalars(select(Recipient.role)))
    sensitive: list[str] = []
    for a in acts:
        for c in a.sensitive_categories or []:
            if c not in sensitive:
                sensitive.append(c)
    bases = {a.legal_basis for a in acts}
    # Separate-consent duties arise where consent is the basis, so any consent-based activity
    # makes the handler's basis "consent" for the engine; otherwise one shared basis is used.
    basis = LegalBasis.CONSENT if LegalBasis.CONSENT in bases or len(bases) != 1 else bases.pop()
    consents = {c for a in acts for c in a.separate_consents or []}
    return {
        "lawful_basis": basis.value,
        "sensitive_categories": sorted(sensitive),
        "minors_under_14": SensitiveCategory.MINORS_UNDER_14.value in sensitive,
        "automated_decision_making": any(a.automated_decision_making for a in acts),
        "entrusted_processing": RecipientRole.ENTRUSTED_PROCESSOR in roles,
        "provides_to_other_handlers": RecipientRole.THIRD_PARTY in roles,
        "publishes_pi": SeparateConsent.PUBLIC_DISCLOSURE.value in consents,
        "public_place_images_other_purpose": SeparateConsent.PUBLIC_PLACE_IMAGES.value in consents,
    }


def _filing_details(session: Session, transfers: list[dict[str, Any]]) -> None:
    """Add what the filing pack states about each transfer, read from the register (no writes).

    The PI categories are the catalogue types of the transferred dataset's columns (sensitive
    ones also as sensitive categories); the recipient's contact and the purpose come from the
    recipient, the transfer or its activity. The as-of year is projected from the ledger's
    year-to-date rate, so ``assess --from-register`` says when a threshold will be crossed.
    """
    by_name = {t.name: t for t in session.scalars(select(Transfer))}
    for entry in transfers:
        t = by_name.get(entry["name"])
        if t is None:
            continue
        entry["projection"] = "ledger_rate"
        details: dict[str, Any] = {}
        if t.recipient.contact:
            details["recipient_contact"] = t.recipient.contact
        purpose = t.purpose_description or (t.activity.purpose if t.activity else None)
        if purpose:
            details["processing_purpose"] = purpose
        columns = [c for c in t.dataset.columns if c.pi_type]
        if t.pi_categories:  # the recipient receives only these (an app's SDK)
            columns = [c for c in columns if c.pi_type in t.pi_categories]
        if columns:
            details["pi_categories"] = sorted({c.pi_type for c in columns if c.pi_type})
            sensitive = sorted({c.pi_type for c in columns if c.pi_type and c.sensitive})
            if sensitive:
                details["sensitive_pi_categories"] = sensitive
        if details:
            entry["details"] = details


def register_profile(session: Session, organisation: str | None = None) -> dict[str, Any]:
    """``{"handler", "processing", "transfers"}`` built from the register and its ledger."""
    transfers = profile_transfers(session)
    _filing_details(session, transfers)
    return {
        "handler": _handler(session, organisation),
        "processing": _processing(session),
        "transfers": transfers,
    }
