"""Closed vocabularies of the register, each tied to the legal text that defines it.

Values are stable identifiers stored in the database and in exports; labels for people live in
``ropa.py``. The lawful bases and transfer purposes use the same ids as the assessment profile
(``piplkit.assess.rules.profile``) so that register facts feed the rules engine without translation.
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


class HarmObject(StrEnum):
    """GB/T 22240-2020 4.2: the object harmed when a system is damaged (受侵害的客体).

    Ids as in ``law/data/mlps.yaml``, which gives each its level by degree of harm."""

    CITIZENS_LEGAL_PERSONS = "citizens_legal_persons"
    SOCIAL_ORDER_PUBLIC_INTEREST = "social_order_public_interest"
    NATIONAL_SECURITY = "national_security"


class HarmDegree(StrEnum):
    """GB/T 22240-2020 4.2: the degree of harm to the object (对客体的侵害程度)."""

    GENERAL = "general"
    SERIOUS = "serious"
    ESPECIALLY_SERIOUS = "especially_serious"


class RecordKind(StrEnum):
    """A recurring or one-off duty done on a date, which starts the clock of the next one.

    System records: MLPS level tests and self-inspections (MLPS Measures 2007 Art. 14) and CII
    tests (CII Regulations Art. 17). Organisation records: CII tests done for the whole operator,
    important-data risk assessment reports (NDSMR Art. 33), PI compliance audits (Compliance
    Audit Measures Art. 4), minors' PI audits (Minors Online Regulations Art. 37), the PI
    officer report (CAC announcement of 2025-07-18) and the facial recognition filing (FRT
    Measures Art. 15).
    """

    MLPS_TEST = "mlps_test"
    MLPS_SELF_INSPECTION = "mlps_self_inspection"
    CII_TESTING = "cii_testing"
    IMPORTANT_DATA_RISK_REPORT = "important_data_risk_report"
    COMPLIANCE_AUDIT = "compliance_audit"
    MINORS_AUDIT = "minors_audit"
    OFFICER_REPORT = "officer_report"
    FRT_FILING = "frt_filing"


#: Records a system carries; the others belong to the organisation.
SYSTEM_RECORDS = frozenset(
    {RecordKind.MLPS_TEST, RecordKind.MLPS_SELF_INSPECTION, RecordKind.CII_TESTING}
)
ORGANISATION_RECORDS = frozenset(RecordKind) - {
    RecordKind.MLPS_TEST,
    RecordKind.MLPS_SELF_INSPECTION,
}
