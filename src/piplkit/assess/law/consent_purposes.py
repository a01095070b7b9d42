"""The processing for which PIPL demands separate consent (单独同意): one definition.

Three parts of piplkit speak of these purposes and grew their own ids before this table existed:
the register records them on a processing activity (``register.enums.SeparateConsent``), the
consent ledger stores them on each consent (``respond.enums.PurposeKind``, plus ``general`` for
ordinary consent) and the assessment profile has a yes/no fact for three of them
(``rules.obligations``). Stored values cannot change without a data migration, so each keeps its
id and this table maps them: :func:`canonical` turns any of them into the register's id, the
canonical one. Articles and labels live here only.

Source: Personal Information Protection Law of the PRC (effective 2021-11-01), Arts. 23, 25, 26,
29 and 39, each requiring the individual's separate consent (单独同意) for the processing named.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SeparateConsentPurpose:
    #: Canonical id (stored by the register on processing activities).
    key: str
    #: The PIPL article that requires separate consent, as the knowledge base cites it.
    article: str
    #: The id the consent ledger stores (``consent_record.purpose_kind``).
    ledger_id: str
    #: The assessment profile's ``processing.*`` flag for it, when the profile has one.
    profile_flag: str | None
    label_zh: str
    label_en: str
    #: What needs consent, in the wording of the assessment's obligations.
    what_en: str
    what_zh: str


PURPOSES: tuple[SeparateConsentPurpose, ...] = (
    SeparateConsentPurpose(
        "provide_to_other_handler",
        "Art. 23",
        "provide_to_handler",
        "provides_to_other_handlers",
        "向其他个人信息处理者提供（第二十三条）",
        "Provision to another handler (Art. 23)",
        "providing PI to another handler",
        "向其他个人信息处理者提供",
    ),
    SeparateConsentPurpose(
        "public_disclosure",
        "Art. 25",
        "public_disclosure",
        "publishes_pi",
        "公开个人信息（第二十五条）",
        "Public disclosure (Art. 25)",
        "publicly disclosing PI",
        "公开个人信息",
    ),
    SeparateConsentPurpose(
        "public_place_images",
        "Art. 26",
        "public_camera",
        "public_place_images_other_purpose",
        "公共场所图像用于公共安全以外目的（第二十六条）",
        "Public-place images used beyond public security (Art. 26)",
        "using public-place images for purposes other than public security",
        "公共场所图像用于维护公共安全以外目的",
    ),
    SeparateConsentPurpose(
        "sensitive_pi",
        "Art. 29",
        "sensitive",
        None,
        "处理敏感个人信息（第二十九条）",
        "Processing sensitive PI (Art. 29)",
        "processing sensitive PI",
        "处理敏感个人信息",
    ),
    SeparateConsentPurpose(
        "cross_border",
        "Art. 39",
        "cross_border",
        None,
        "向境外提供（第三十九条）",
        "Provision abroad (Art. 39)",
        "providing PI abroad",
        "向境外提供个人信息",
    ),
)

BY_KEY = {p.key: p for p in PURPOSES}
BY_LEDGER_ID = {p.ledger_id: p for p in PURPOSES}
_ANY_ID = {
    **{p.profile_flag: p for p in PURPOSES if p.profile_flag},
    **BY_LEDGER_ID,
    **BY_KEY,
}


def canonical(purpose_id: str) -> str | None:
    """The canonical id of a purpose given by any of its ids (register, ledger, profile flag);
    None for an id that names no separate-consent purpose (e.g. the ledger's ``general``)."""
    found = _ANY_ID.get(purpose_id)
    return found.key if found else None
