"""The PI catalogue: every required id, dated sensitivity, readings, and custom types."""

from __future__ import annotations

import copy
import datetime as dt
from importlib import resources
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from piplkit.assess.law.kb import load_knowledge_base
from piplkit.assess.law.pi_types import (
    CatalogueError,
    PIType,
    SensitivityUndefinedError,
    build_catalogue,
    custom_type_from_dict,
    load_catalogue,
)

CAT = load_catalogue()
KB = load_knowledge_base()
PIPL = dt.date(2021, 11, 1)
GBT_35273 = dt.date(2020, 10, 1)

#: issue 11 asks for at least these ids, spelt exactly so.
REQUIRED_IDS = [
    "person_name",
    "birth_date",
    "gender",
    "ethnicity",
    "nationality",
    "marital_status",
    "address",
    "cn_mobile",
    "cn_landline",
    "email",
    "cn_resident_id",
    "passport",
    "hk_macau_permit",
    "taiwan_permit",
    "foreign_permanent_resident_id",
    "military_id",
    "face_image",
    "biometric",
    "account_name",
    "wechat_id",
    "qq_number",
    "password",
    "ipv4",
    "ipv6",
    "health_record",
    "body_measurement",
    "education",
    "employer",
    "job_title",
    "bank_card",
    "account_balance",
    "credit_record",
    "transaction_record",
    "communication_record",
    "contacts",
    "browsing_history",
    "imei",
    "mac_address",
    "device_id",
    "geo_coordinates",
    "trajectory",
    "religion",
    "sexual_orientation",
    "criminal_record",
    "license_plate",
    "vin",
    "cn_uscc",
]

#: GB/T 35273-2020 Annex A (Table A.1) categories, plus piplkit's organisation group.
CATEGORY_IDS = [
    "basic",
    "identity",
    "biometric",
    "network_identity",
    "health",
    "education_work",
    "property",
    "communication",
    "contacts",
    "online_activity",
    "device",
    "location",
    "other",
    "organisation",
]


def _raw() -> dict[str, Any]:
    text = resources.files("piplkit.assess.law").joinpath("data/pi_types.yaml").read_text("utf-8")
    return yaml.safe_load(text)


# -- shipped data -----------------------------------------------------------------------------


def test_every_required_id_is_present_with_exact_spelling() -> None:
    missing = [tid for tid in REQUIRED_IDS if tid not in CAT.types]
    assert missing == []
    assert len(REQUIRED_IDS) == len(set(REQUIRED_IDS)) == 47


def test_categories_are_the_thirteen_of_annex_a_plus_organisation() -> None:
    assert list(CAT.categories) == CATEGORY_IDS
    assert CAT.category("online_activity").name_zh == "个人上网记录"
    assert not CAT.category("organisation").is_pi
    assert all(CAT.categories[c].is_pi for c in CATEGORY_IDS[:-1])
    assert not any(c.verified for c in CAT.categories.values())  # Table A.1 itself not read


@pytest.mark.parametrize("type_id", sorted(CAT.types))
def test_each_type_has_a_category_and_cited_dated_entries(type_id: str) -> None:
    t = CAT.get(type_id)
    cat = CAT.category(t.category)
    assert (t.category_zh, t.category_en) == (cat.name_zh, cat.name_en)
    assert t.is_pi == cat.is_pi
    assert t.sensitivity, "at least one dated entry"
    for entry in t.sensitivity:
        assert entry.citations, f"{type_id} entry since {entry.since} has no citation"
        assert KB.unresolved(entry.citations) == []
        if entry.verified:
            assert entry.quote and entry.sources
        for src in entry.sources:
            assert src in CAT.sources
        for c in entry.citations:  # every cited instrument is in force when the entry starts
            assert KB.in_force(c.instrument, entry.since), (type_id, entry.since, c.instrument)
    for reading in t.other_readings:
        assert KB.unresolved([reading.citation]) == []
        assert KB.in_force(reading.instrument, reading.since)
        assert all(src in CAT.sources for src in reading.sources)


def test_undated_attributes_mean_the_latest_entry() -> None:
    for t in CAT.types.values():
        assert t.sensitive is t.sensitivity[-1].sensitive
        assert t.citations == t.sensitivity[-1].citations
        assert t.verified is t.sensitivity[-1].verified


def test_known_classifications() -> None:
    sensitive = {t.id for t in CAT.types.values() if t.sensitive}
    assert {
        "cn_resident_id",
        "passport",
        "bank_card",
        "face_image",
        "biometric",
        "religion",
        "health_record",
        "trajectory",
        "password",
        "sexual_orientation",
        "criminal_record",
    } <= sensitive
    assert {
        "cn_mobile",
        "email",
        "person_name",
        "ipv4",
        "imei",
        "employer",
        "gender",
        "ethnicity",
        "license_plate",
        "cn_uscc",
    }.isdisjoint(sensitive)
    assert not CAT.get("cn_uscc").is_pi
    assert CAT.get("cn_mobile").category == "basic"
    assert CAT.get("hk_macau_permit").verified is False  # analogy, not read
    assert CAT.get("passport").verified is True


def test_sensitivity_before_the_first_reading_is_refused_not_guessed() -> None:
    t = CAT.get("cn_resident_id")
    assert t.sensitivity_on(GBT_35273 - dt.timedelta(days=1)) is None
    with pytest.raises(SensitivityUndefinedError, match="2020-10-01"):
        t.sensitive_on(dt.date(2019, 6, 1))
    with pytest.raises(SensitivityUndefinedError):
        CAT.is_sensitive("cn_mobile", dt.date(2020, 9, 30))
    assert CAT.is_sensitive("cn_resident_id", GBT_35273)


@pytest.mark.parametrize(
    "type_id", ["face_image", "biometric", "health_record", "bank_card", "trajectory", "religion"]
)
def test_pipl_adds_a_binding_basis_on_2021_11_01(type_id: str) -> None:
    t = CAT.get(type_id)
    before = t.sensitivity_on(PIPL - dt.timedelta(days=1))
    after = t.sensitivity_on(PIPL)
    assert before is not None and after is not None and before is not after
    assert "pipl" not in {c.instrument for c in before.citations}
    assert "pipl" in {c.instrument for c in after.citations}
    assert t.pipl_art28_category is not None


def test_identity_documents_rest_on_gbt_35273_alone() -> None:
    """No PIPL entry: whether an ID number is 特定身份 is what later guidance disputes."""
    for t in CAT.types_in("identity"):
        assert {c.instrument for e in t.sensitivity for c in e.citations} == {"gbt_35273_2020"}


def test_minors_threshold_changes_with_pipl() -> None:
    # GB/T 35273-2020: 14 and under (含); PIPL: under 14
    assert CAT.minor_age_on(PIPL - dt.timedelta(days=1)) == 15
    assert CAT.minor_age_on(PIPL) == 14
    assert CAT.minor_age == 14
    for entry in CAT.sensitive_attributes["minor_under_14"].history:
        assert all(KB.in_force(c.instrument, entry.since) for c in entry.citations)
    with pytest.raises(SensitivityUndefinedError):
        CAT.minor_age_on(dt.date(2019, 1, 1))


def test_narrower_later_guidance_is_recorded_but_not_applied() -> None:
    rid = CAT.get("cn_resident_id")
    later = {r.instrument: r for r in rid.other_readings}
    assert later["gbt_45574_2025"].sensitive is False
    assert later["tc260_spi_guide_2024"].sensitive is False
    assert rid.sensitive_on(dt.date(2026, 1, 1)) is True


def test_types_in_and_unknown_ids() -> None:
    assert {t.id for t in CAT.types_in("device")} >= {"imei", "mac_address", "device_id"}
    with pytest.raises(KeyError, match="nope"):
        CAT.types_in("nope")
    with pytest.raises(KeyError, match="cn_mobil"):
        CAT.is_sensitive("cn_mobil", dt.date(2025, 1, 1))


# -- schema rejects bad data ----------------------------------------------------------------


def _rejects(mutate: Any, match: str) -> None:
    raw = copy.deepcopy(_raw())
    mutate(raw)
    with pytest.raises(CatalogueError, match=match):
        build_catalogue(raw)


def test_shipped_raw_builds() -> None:
    assert build_catalogue(_raw()).types.keys() == CAT.types.keys()


def test_rejects_unknown_category() -> None:
    _rejects(lambda r: r["types"]["email"].__setitem__("category", "contact"), "category")


def test_rejects_history_out_of_order() -> None:
    _rejects(lambda r: r["types"]["trajectory"]["sensitivity"].reverse(), "ascending")


def test_rejects_verified_entry_without_quote() -> None:
    def drop(r: dict[str, Any]) -> None:
        r["types"]["passport"]["sensitivity"][0].pop("quote")

    _rejects(drop, "quoted words")


def test_rejects_unknown_source_key() -> None:
    def bad(r: dict[str, Any]) -> None:
        r["types"]["passport"]["sensitivity"][0]["sources"] = ["nowhere"]

    _rejects(bad, "nowhere")


def test_rejects_unknown_top_level_key() -> None:
    _rejects(lambda r: r.__setitem__("typos", {}), "typos")


def test_rejects_is_pi_contradicting_its_category() -> None:
    _rejects(lambda r: r["types"]["cn_uscc"].__setitem__("is_pi", True), "is_pi")


# -- custom types -----------------------------------------------------------------------------

LOYALTY = {
    "id": "loyalty_card_no",
    "name_zh": "会员卡号",
    "name_en": "Loyalty card number",
    "category": "property",
    "sensitive": False,
}


def test_custom_shorthand_applies_at_every_date() -> None:
    t = custom_type_from_dict(LOYALTY)
    assert t.custom and t.is_pi and t.category_zh == "个人财产信息"
    assert t.sensitive_on(dt.date(1999, 1, 1)) is False
    assert t.verified is False and t.citations == ()


def test_custom_dated_form_and_since() -> None:
    t = custom_type_from_dict({**LOYALTY, "sensitive": True, "since": "2024-01-01"})
    assert t.sensitive_on(dt.date(2024, 1, 1)) is True
    with pytest.raises(SensitivityUndefinedError):
        t.sensitive_on(dt.date(2023, 12, 31))
    dated = {k: v for k, v in LOYALTY.items() if k != "sensitive"}
    dated["sensitivity"] = [
        {"since": "2020-01-01", "sensitive": False, "verified": False},
        {"since": "2025-01-01", "sensitive": True, "verified": False},
    ]
    t2 = custom_type_from_dict(dated)
    assert t2.sensitive_on(dt.date(2024, 6, 1)) is False and t2.sensitive is True


def test_with_types_adds_without_touching_the_original() -> None:
    extended = CAT.with_types([custom_type_from_dict(LOYALTY)])
    assert "loyalty_card_no" in extended.types and "loyalty_card_no" not in CAT.types
    assert extended.get("loyalty_card_no").category == "property"
    assert [t.id for t in extended.types_in("property")][-1] == "loyalty_card_no"


def test_with_types_refuses_a_clash_with_a_built_in() -> None:
    clash = custom_type_from_dict({**LOYALTY, "id": "cn_mobile"})
    with pytest.raises(CatalogueError, match="'cn_mobile' clashes with a built-in"):
        CAT.with_types([clash])
    twice = custom_type_from_dict(LOYALTY)
    with pytest.raises(CatalogueError, match="defined twice"):
        CAT.with_types([twice, twice])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"category": "loyalty"}, "field 'category': unknown category 'loyalty'"),
        ({"id": "Loyalty-No"}, "field 'id'"),
        ({"id": None}, "field 'id': required"),
        ({"sensitive": "yes"}, "field 'sensitive': must be true or false"),
        ({"sensitive": None}, "field 'sensitive'"),
        ({"colour": "red"}, "unknown field 'colour'"),
        ({"verified": True}, "quoted words"),
        ({"since": "not a date"}, "field 'since'"),
        ({"sensitivity": []}, "either 'sensitive' or 'sensitivity'"),
        ({"is_pi": False}, "field 'is_pi'"),
        ({"name_zh": None, "name_en": None}, "field 'name_zh'"),
        ({"pipl_art28_category": "money"}, "field 'pipl_art28_category'"),
    ],
)
def test_custom_type_errors_name_the_entry_and_the_field(
    change: dict[str, Any], message: str
) -> None:
    raw = {k: v for k, v in {**LOYALTY, **change}.items() if v is not None or k == "id"}
    if change.get("id", "") is None:
        raw.pop("id")
    if "sensitive" in change and change["sensitive"] is None:
        raw.pop("sensitive", None)
    with pytest.raises(CatalogueError, match=message) as err:
        custom_type_from_dict(raw, where="types.yaml entry 3")
    text = str(err.value)
    assert text.startswith("types.yaml entry 3: custom PI type")
    assert "\n" not in text


def test_custom_dated_entry_errors_name_the_nested_field() -> None:
    raw = {k: v for k, v in LOYALTY.items() if k != "sensitive"}
    raw["sensitivity"] = [{"since": "2020-13-01", "sensitive": True, "verified": False}]
    with pytest.raises(CatalogueError, match=r"field 'sensitivity\[0\]\.since'"):
        custom_type_from_dict(raw)


def test_custom_ignores_the_callers_detection_fields_only_when_told() -> None:
    raw = {**LOYALTY, "header_words": ["会员卡号"], "value_regex": r"\d{10}"}
    with pytest.raises(CatalogueError, match="unknown field 'header_words'"):
        custom_type_from_dict(raw)
    t = custom_type_from_dict(raw, ignore={"header_words", "value_regex"})
    assert isinstance(t, PIType) and t.id == "loyalty_card_no"


def test_custom_organisation_type_is_not_pi() -> None:
    t = custom_type_from_dict(
        {
            "id": "supplier_code",
            "name_zh": "供应商编码",
            "category": "organisation",
            "sensitive": False,
        }
    )
    assert not t.is_pi and t.name_en == "供应商编码"


_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=12),
    st.lists(st.text(max_size=5), max_size=2),
)


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(
            [
                *LOYALTY,
                "since",
                "sensitivity",
                "quote",
                "sources",
                "verified",
                "citations",
                "is_pi",
                "x",
            ]
        ),
        _values,
    )
)
def test_custom_parser_fails_only_with_a_one_line_catalogue_error(raw: dict[str, Any]) -> None:
    try:
        t = custom_type_from_dict(raw)
    except CatalogueError as exc:
        assert "\n" not in str(exc)
    else:
        assert t.custom
