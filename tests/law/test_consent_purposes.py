"""The separate-consent purposes are defined once; every stored id maps to its canonical one."""

from __future__ import annotations

import pytest

from piplkit.assess.law.consent_purposes import BY_KEY, PURPOSES, canonical
from piplkit.assess.law.kb import load_knowledge_base
from piplkit.assess.rules.obligations import _SEPARATE_CONSENT
from piplkit.map.register.enums import SeparateConsent
from piplkit.map.register.labels import label
from piplkit.respond.consent import SEPARATE_CONSENT_ARTICLE
from piplkit.respond.enums import PurposeKind

#: Ids already stored in registers and consent ledgers: they must keep meaning the same purpose.
STORED = {
    # register: processing_activity.separate_consents
    "provide_to_other_handler": "provide_to_other_handler",
    "public_disclosure": "public_disclosure",
    "public_place_images": "public_place_images",
    "sensitive_pi": "sensitive_pi",
    "cross_border": "cross_border",
    # consent ledger: consent_record.purpose_kind
    "provide_to_handler": "provide_to_other_handler",
    "public_camera": "public_place_images",
    "sensitive": "sensitive_pi",
    # assessment profile flags
    "provides_to_other_handlers": "provide_to_other_handler",
    "publishes_pi": "public_disclosure",
    "public_place_images_other_purpose": "public_place_images",
}


@pytest.mark.parametrize(("old", "new"), sorted(STORED.items()))
def test_every_stored_id_maps_to_its_canonical_purpose(old: str, new: str) -> None:
    assert canonical(old) == new


def test_general_consent_is_no_separate_consent_purpose() -> None:
    assert canonical(PurposeKind.GENERAL.value) is None
    assert canonical("unknown") is None


def test_the_enums_speak_exactly_the_table() -> None:
    assert {c.value for c in SeparateConsent} == {p.key for p in PURPOSES}
    assert {k.value for k in PurposeKind} - {"general"} == {p.ledger_id for p in PURPOSES}


def test_articles_labels_and_obligations_come_from_the_table() -> None:
    assert {
        PurposeKind(p.ledger_id): f"PIPL {p.article}" for p in PURPOSES
    } == SEPARATE_CONSENT_ARTICLE
    assert SEPARATE_CONSENT_ARTICLE[PurposeKind.PUBLIC_CAMERA] == "PIPL Art. 26"
    assert (
        label(SeparateConsent.CROSS_BORDER, SeparateConsent, "en")
        == BY_KEY["cross_border"].label_en
    )
    flags = [flag for flag, *_ in _SEPARATE_CONSENT]
    assert flags == [
        "provides_to_other_handlers",
        "publishes_pi",
        "public_place_images_other_purpose",
    ]


def test_every_purpose_cites_a_pipl_article_in_force_since_2021() -> None:
    pipl = load_knowledge_base().instrument("pipl")
    assert pipl.effective.isoformat() == "2021-11-01"
    assert [p.article for p in PURPOSES] == ["Art. 23", "Art. 25", "Art. 26", "Art. 29", "Art. 39"]
