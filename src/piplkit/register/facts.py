"""Register facts in the assessment profile shape (issue 3), for ``assess --from-register``.

The result is plain data; ``piplkit.rules.profile.profile_from_data`` validates it, so the rules
engine never depends on the database. Transfer volumes come from the transfer ledger: what was
actually exported, counted as distinct individuals per calendar year.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from piplkit.register.enums import LegalBasis, RecipientRole, SensitiveCategory, SeparateConsent
from piplkit.register.errors import InvalidInputError
from piplkit.register.ledger import profile_transfers
from piplkit.register.models import Organisation, ProcessingActivity, Recipient
from piplkit.register.repository import organisations


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
        "ciio": bool(org.ciio),
        "individuals_processed": org.individuals_processed,
        "located_outside_china": org.country != "CN",
    }


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


def register_profile(session: Session, organisation: str | None = None) -> dict[str, Any]:
    """``{"handler", "processing", "transfers"}`` built from the register and its ledger."""
    return {
        "handler": _handler(session, organisation),
        "processing": _processing(session),
        "transfers": profile_transfers(session),
    }
