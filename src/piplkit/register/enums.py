"""Closed vocabularies of the register, each tied to the legal text that defines it.

Values are stable identifiers stored in the database and in exports; labels for people live in
``ropa.py``. The lawful bases and transfer purposes use the same ids as the assessment profile
(``piplkit.rules.profile``) so that register facts feed the rules engine without translation.
"""

from __future__ import annotations

from enum import StrEnum


class Grade(StrEnum):
    """Data grade per GB/T 43697-2024 (general → important → core)."""

    GENERAL = "general"
    IMPORTANT = "important"
    CORE = "core"


class Sensitivity(StrEnum):
    """What a dataset holds: no PI, PI, or sensitive PI (PIPL Art. 28)."""

    NONE = "none"
    PI = "pi"
    SENSITIVE = "sensitive"


class LegalBasis(StrEnum):
    """PIPL Art. 13 para. 1, items (1)–(7), in order."""

    CONSENT = "consent"
    CONTRACT_OR_HR = "contract_or_hr"
    LEGAL_DUTY = "legal_duty"
    EMERGENCY = "emergency"
    NEWS_REPORTING = "news_reporting"
    DISCLOSED_PI = "disclosed_pi"
    OTHER_LAW = "other_law"


class SensitiveCategory(StrEnum):
    """Sensitive PI categories named in PIPL Art. 28."""

    BIOMETRIC = "biometric"
    RELIGIOUS_BELIEF = "religious_belief"
    SPECIFIC_IDENTITY = "specific_identity"
    MEDICAL_HEALTH = "medical_health"
    FINANCIAL_ACCOUNT = "financial_account"
    WHEREABOUTS = "whereabouts"
    MINORS_UNDER_14 = "minors_under_14"


class SeparateConsent(StrEnum):
    """Processing for which PIPL demands separate consent (单独同意)."""

    PROVIDE_TO_OTHER_HANDLER = "provide_to_other_handler"  # Art. 23
    PUBLIC_DISCLOSURE = "public_disclosure"  # Art. 25
    PUBLIC_PLACE_IMAGES = "public_place_images"  # Art. 26
    SENSITIVE_PI = "sensitive_pi"  # Art. 29
    CROSS_BORDER = "cross_border"  # Art. 39


class RecipientRole(StrEnum):
    """How a recipient stands to the handler (PIPL Arts. 20, 21, 23)."""

    THIRD_PARTY = "third_party"
    ENTRUSTED_PROCESSOR = "entrusted_processor"
    JOINT_HANDLER = "joint_handler"


class TransferPurpose(StrEnum):
    """Purposes that decide 2024 Provisions exemptions; ids as in the assessment profile."""

    CONTRACT_WITH_INDIVIDUAL = "contract_with_individual"
    HR_MANAGEMENT = "hr_management"
    EMERGENCY = "emergency"
    COLLECTED_ABROAD_RETURNED = "collected_abroad_returned"
    OTHER = "other"


class TransferMechanism(StrEnum):
    """The cross-border route a transfer relies on (PIPL Art. 38)."""

    UNDECIDED = "undecided"
    SECURITY_ASSESSMENT = "security_assessment"
    STANDARD_CONTRACT = "standard_contract"
    CERTIFICATION = "certification"
    EXEMPT = "exempt"
    DOMESTIC = "domestic"
