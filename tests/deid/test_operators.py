"""Operators: masks keep the declared format, pseudonyms are keyed and stable, generalisation."""

from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import luhn
from stdnum.iso7064 import mod_11_2

from piplkit.discover.detect import Detector
from piplkit.discover.samples.identifiers import bank_card, mobile, resident_id
from piplkit.protect.deid import Deidentifier
from piplkit.protect.deid.generalize import generalize
from piplkit.protect.deid.mask import mask_value
from piplkit.protect.deid.policy import GeneralizeRule, MaskRule, PseudonymizeRule, policy_from_text
from piplkit.protect.deid.pseudonym import Pseudonymizer

from .conftest import AS_OF, KEY, OTHER_KEY

_seeds = st.integers(min_value=0, max_value=2**32)
_separators = st.sampled_from(["", " ", "-"])


@given(seed=_seeds, sep=_separators, start=st.integers(0, 8), end=st.integers(0, 8))
def test_mask_keeps_length_separators_and_declared_ends(
    seed: int, sep: str, start: int, end: int
) -> None:
    digits = resident_id(random.Random(seed))
    value = sep.join([digits[:6], digits[6:14], digits[14:]])
    masked = mask_value(value, MaskRule(op="mask", keep_start=start, keep_end=end))
    assert len(masked) == len(value)
    assert [i for i, c in enumerate(masked) if c == sep] == [
        i for i, c in enumerate(value) if c == sep
    ] or not sep
    significant = [c for c in value if c.isalnum()]
    kept = [c for c in masked if c != "*" and c != sep]
    assert "*" in masked
    assert kept == significant[:start] + (significant[len(significant) - end :] if end else [])


@given(seed=_seeds)
def test_default_masks_match_the_customary_displays(seed: int) -> None:
    rng = random.Random(seed)
    rid, phone, card = resident_id(rng), mobile(rng), bank_card(rng)
    assert (
        mask_value(rid, MaskRule(op="mask", keep_start=6, keep_end=4))
        == rid[:6] + "*" * 8 + rid[-4:]
    )
    assert (
        mask_value(phone, MaskRule(op="mask", keep_start=3, keep_end=4))
        == phone[:3] + "****" + phone[-4:]
    )
    assert (
        mask_value(card, MaskRule(op="mask", keep_start=6, keep_end=4)).count("*") == len(card) - 10
    )


def test_mask_keeps_surname_and_email_domain() -> None:
    assert mask_value("欧阳娜娜", MaskRule(op="mask", keep_surname=True)) == "欧阳**"
    assert mask_value("王小明", MaskRule(op="mask", keep_surname=True)) == "王**"
    rule = MaskRule(op="mask", keep_start=1, keep_domain=True)
    assert mask_value("wangxm@example.com", rule) == "w*****@example.com"


def test_short_values_are_never_kept_whole() -> None:
    assert "*" in mask_value("12", MaskRule(op="mask", keep_start=6, keep_end=4))


@settings(max_examples=50)
@given(seed=_seeds, fp=st.booleans())
def test_pseudonyms_are_stable_per_key_and_differ_across_keys(seed: int, fp: bool) -> None:
    value = mobile(random.Random(seed))
    rule = PseudonymizeRule(op="pseudonymize", format_preserving=fp)
    first = Pseudonymizer(KEY).pseudonym(value, "cn_mobile", rule)
    again = Pseudonymizer(KEY).pseudonym(value, "cn_mobile", rule)
    other = Pseudonymizer(OTHER_KEY).pseudonym(value, "cn_mobile", rule)
    assert first == again
    assert first != other
    assert first != value


def test_pseudonyms_ignore_formatting_of_the_same_value() -> None:
    p = Pseudonymizer(KEY)
    rule = PseudonymizeRule(op="pseudonymize")
    forms = ["13812345678", "138 1234 5678", "+86 138-1234-5678", "8613812345678"]
    assert len({p.pseudonym(f, "cn_mobile", rule) for f in forms}) == 1
    assert p.pseudonym("11010519491231002x", "cn_resident_id", rule) == p.pseudonym(
        "11010519491231002X", "cn_resident_id", rule
    )


@settings(max_examples=60)
@given(seed=_seeds)
def test_format_preserving_pseudonyms_are_valid_values_of_their_type(seed: int) -> None:
    rng = random.Random(seed)
    p = Pseudonymizer(KEY)
    rule = PseudonymizeRule(op="pseudonymize", format_preserving=True)
    rid = p.pseudonym(resident_id(rng), "cn_resident_id", rule)
    assert len(rid) == 18 and mod_11_2.is_valid(rid)
    born = date(int(rid[6:10]), int(rid[10:12]), int(rid[12:14]))
    assert born <= AS_OF
    card_in = bank_card(rng)
    card = p.pseudonym(card_in, "bank_card", rule)
    assert len(card) == len(card_in) and luhn.is_valid(card) and card[:6] == card_in[:6]
    phone = p.pseudonym("138-1234-5678", "cn_mobile", rule)
    assert phone[3] == "-" and phone[8] == "-" and phone[0] == "1" and phone[1] in "3456789"


def test_format_preserving_resident_id_is_detected_as_one() -> None:
    detector = Detector(["cn_resident_id"], as_of=AS_OF)
    rule = PseudonymizeRule(op="pseudonymize", format_preserving=True)
    fake = Pseudonymizer(KEY).pseudonym(resident_id(random.Random(1)), "cn_resident_id", rule)
    assert [f.type for f in detector.detect(fake)] == ["cn_resident_id"]


@pytest.mark.parametrize(
    ("value", "to", "type_id", "expected"),
    [
        ("1990-05-06", "year", None, "1990"),
        ("1990/5/6", "year_month", None, "1990-05"),
        ("1990年5月6日", "age_band", None, "30-39"),
        (date(2010, 12, 1), "age_band", None, "10-19"),
        ("19900506", "age_band", None, "30-39"),
        ("192.168.10.23", "network", "ipv4", "192.168.10.0/24"),
        ("2001:db8:1234:5678::1", "network", "ipv6", "2001:db8:1234::/48"),
        ("广东省深圳市南山区科技园18栋", "city", "address", "广东省深圳市"),
        ("北京市朝阳区建国路88号", "city", "address", "北京市"),
        ("北京市朝阳区建国路88号", "district", "address", "北京市朝阳区"),
        ("浙江杭州西湖区文三路", "province", "address", "浙江省"),
        (37, "round", None, "30-39"),
        ("11010519491231002X", "year", "cn_resident_id", "1949"),
        ("11010519491231002X", "province", "cn_resident_id", "北京市"),
    ],
)
def test_generalize(value: object, to: str, type_id: str | None, expected: str) -> None:
    rule = GeneralizeRule.model_validate({"op": "generalize", "to": to})
    assert generalize(value, rule, type_id=type_id, as_of=AS_OF) == expected


def test_values_that_cannot_be_generalized_are_suppressed() -> None:
    policy = policy_from_text("columns:\n  born: {op: generalize, to: year}\n")
    deid = Deidentifier(policy, as_of=AS_OF)
    assert deid.cell("not a date", "born") is None
    assert deid.cell("1990-02-30", "born") is None
    assert deid.report.changes[("born", "-", "suppress_fallback")] == 2


def test_suppress_in_text_leaves_a_placeholder() -> None:
    policy = policy_from_text("base: none\ntypes:\n  cn_mobile: {op: suppress}\n")
    deid = Deidentifier(policy, as_of=AS_OF)
    assert deid.text("电话13812345678。") == "电话[cn_mobile]。"
