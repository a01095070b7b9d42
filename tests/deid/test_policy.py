"""Policy loading: unknown keys and impossible rules are errors that name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from piplkit.assess.law.pi_types import load_catalogue
from piplkit.protect.deid import Deidentifier, PolicyError, default_policy, load_policy
from piplkit.protect.deid.policy import KeepRule, MaskRule, PseudonymizeRule, policy_from_text


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("typez: {}\n", "typez: unknown key"),
        (
            "types:\n  cn_mobile: {op: mask, keep_star: 3}\n",
            "types.cn_mobile.keep_star: unknown key",
        ),
        ("types:\n  cn_mobil: {op: mask}\n", "types.cn_mobil: unknown PI type"),
        ("types:\n  cn_mobile: {op: hash}\n", "types.cn_mobile: unknown op"),
        ("types:\n  cn_mobile: {op: generalize, to: city}\n", "types.cn_mobile: generalize"),
        ("columns:\n  mask: {op: mask, foo: 1}\n", "columns.mask.foo: unknown key"),
        ("columns:\n  tel: {type: phone}\n", "columns.tel: unknown PI type"),
        ("columns:\n  tel: {keep_start: 2}\n", "columns.tel: column rule needs 'op'"),
        ("min_score: 3\n", "min_score"),
        ("version: 2\n", "version"),
        ("types:\n  address: {op: pseudonymize, format_preserving: true}\n", "types.address"),
    ],
)
def test_bad_policies_name_the_key(text: str, named: str) -> None:
    with pytest.raises(PolicyError) as err:
        policy_from_text(text, "p.yaml")
    assert str(err.value).startswith("p.yaml: ")
    assert named in str(err.value)


def test_invalid_yaml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="not valid YAML at line"):
        policy_from_text("types:\n  a: [\n", "p.yaml")
    with pytest.raises(PolicyError, match="no such policy file"):
        load_policy(tmp_path / "missing.yaml")
    with pytest.raises(PolicyError, match="mapping"):
        policy_from_text("- a\n- b\n")


def test_user_policy_is_laid_over_the_default() -> None:
    policy = policy_from_text("types:\n  cn_mobile: {op: pseudonymize}\n")
    assert isinstance(policy.types["cn_mobile"], PseudonymizeRule)
    assert policy.types["cn_resident_id"] == default_policy().types["cn_resident_id"]
    assert policy.needs_key


def test_base_none_starts_empty() -> None:
    policy = policy_from_text("base: none\ntypes:\n  email: {op: suppress}\n")
    assert list(policy.types) == ["email"]
    assert not policy.needs_key


#: The catalogue's type ids (issue 11, item 2), spelt exactly.
CATALOGUE_TYPES = [
    "person_name", "birth_date", "gender", "ethnicity", "nationality", "marital_status",
    "address", "cn_mobile", "cn_landline", "email", "cn_resident_id", "passport",
    "hk_macau_permit", "taiwan_permit", "foreign_permanent_resident_id", "military_id",
    "face_image", "biometric", "account_name", "wechat_id", "qq_number", "password", "ipv4",
    "ipv6", "health_record", "body_measurement", "education", "employer", "job_title",
    "bank_card", "account_balance", "credit_record", "transaction_record",
    "communication_record", "contacts", "browsing_history", "imei", "mac_address", "device_id",
    "geo_coordinates", "trajectory", "religion", "sexual_orientation", "criminal_record",
    "license_plate", "vin", "cn_uscc",
]  # fmt: skip


def test_default_policy_covers_every_type_without_a_key() -> None:
    policy = default_policy()
    assert len(CATALOGUE_TYPES) == 47
    assert set(CATALOGUE_TYPES) <= set(policy.types) == set(load_catalogue().types)
    assert not any(isinstance(rule, KeepRule) for rule in policy.types.values())
    # Pseudonyms of join keys need no key: without one they are made under a per-run key.
    assert policy.pseudonymizes and not policy.needs_key
    rule = policy.types["cn_resident_id"]
    assert isinstance(rule, MaskRule) and (rule.keep_start, rule.keep_end) == (6, 4)


def test_column_type_needs_a_type_rule() -> None:
    policy = policy_from_text("base: none\ncolumns:\n  tel: cn_mobile\n")
    with pytest.raises(PolicyError, match=r"columns\.tel: type 'cn_mobile' has no rule"):
        Deidentifier(policy)


def test_column_shorthands() -> None:
    policy = policy_from_text("columns:\n  a: cn_mobile\n  b: keep\n  c: detect\n")
    assert policy.columns["a"].type == "cn_mobile" and policy.columns["a"].rule is None
    assert policy.columns["b"].rule is not None and policy.columns["b"].rule.op == "keep"
    assert policy.columns["c"].rule is not None and policy.columns["c"].rule.op == "detect"


def test_default_policy_has_a_rule_for_every_catalogue_type() -> None:
    """A column the classifier types must find a rule: every catalogue type needs one here."""
    from piplkit.assess.law.pi_types import load_catalogue

    assert set(load_catalogue().types) <= set(default_policy().types)
