"""Column classification: values decide, headers break ties and carry the weak types."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import AS_OF, mobile, order_number, random_id

from piplkit.discover.scan.analysis import detector_for
from piplkit.discover.scan.classify import Classifier, classify_sample
from piplkit.discover.scan.hints import load_hints, normalise_header


def classify(header: str, values: list[str | None]):
    result = classify_sample(
        [header], [[v] for v in values], detector_for(None, AS_OF), Classifier.default()
    )
    return result.stats[0], result.decisions[0]


@pytest.fixture
def rng() -> random.Random:
    return random.Random(42)


def test_sfzh_column_of_valid_ids_is_resident_id(rng: random.Random) -> None:
    _, d = classify("sfzh", [random_id(rng) for _ in range(200)])
    assert d.pi_type == "cn_resident_id"
    # An ID ending in X can also pass the USCC check and the detector may prefer that reading.
    assert d.matches >= 196
    assert d.confidence >= 0.98


def test_ids_without_a_hint_are_found_from_values_alone(rng: random.Random) -> None:
    _, d = classify("col7", [random_id(rng) for _ in range(100)])
    assert d.pi_type == "cn_resident_id"


def test_minors_are_counted(rng: random.Random) -> None:
    values = [random_id(rng, minor=i % 4 == 0) for i in range(100)]
    _, d = classify("身份证号", values)
    assert d.pi_type == "cn_resident_id"
    assert d.minors == 25


def test_eighteen_digit_order_numbers_are_not_pi(rng: random.Random) -> None:
    _stats, d = classify("order_no", [order_number(rng) for _ in range(500)])
    assert d.pi_type is None
    assert d.other == {}, "chance Luhn passes must not be reported as bank cards"


def test_random_eighteen_digits_with_chance_matches_are_not_pi(rng: random.Random) -> None:
    values = ["".join(rng.choice("0123456789") for _ in range(18)) for _ in range(1000)]
    _, d = classify("ref", values)
    assert d.pi_type is None
    assert sum(d.other.values()) == 0


def test_a_header_alone_does_not_make_a_column_pi(rng: random.Random) -> None:
    _, d = classify("sfzh", [order_number(rng) for _ in range(300)])
    assert d.pi_type is None
    _, d = classify("姓名", [str(rng.randint(1, 10**6)) for _ in range(300)])
    assert d.pi_type is None


def test_header_lowers_the_bar_for_dirty_columns(rng: random.Random) -> None:
    values = [random_id(rng) if i % 3 == 0 else "待核实" for i in range(300)]
    _, with_hint = classify("身份证号", values)
    _, without = classify("field", values)
    assert with_hint.pi_type == "cn_resident_id"
    assert without.pi_type is None
    assert without.other == {"cn_resident_id": 100}


def test_mixed_column_keeps_the_minority_as_findings(rng: random.Random) -> None:
    values = [mobile(rng) if i % 4 else f"user{i}@example.com" for i in range(400)]
    _, d = classify("contact", values)
    assert d.pi_type == "cn_mobile"
    assert d.matches == 300
    assert d.other == {"email": 100}


def test_person_name_needs_a_header_and_plausible_values() -> None:
    names = ["张伟", "王芳", "李娜", "刘洋", "陈静", "欧阳娜娜", "赵磊", "孙丽"] * 20
    _, d = classify("姓名", names)
    assert d.pi_type == "person_name"
    assert d.confidence >= 0.7
    _, d = classify("product", ["苹果", "香蕉", "手机", "电脑"] * 40)
    assert d.pi_type is None


def test_free_text_column_reports_findings_not_a_type(rng: random.Random) -> None:
    values = [f"请联系{mobile(rng)}处理" if i % 3 == 0 else "无" for i in range(90)]
    _, d = classify("备注", values)
    assert d.pi_type is None
    assert d.other["cn_mobile"] == 30


def test_empty_column() -> None:
    stats, d = classify("sfzh", [None, "", "  "] * 10)
    assert (d.pi_type, d.matches, stats.non_empty, stats.sampled) == (None, 0, 0, 30)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("sfzh", "cn_resident_id"),
        ("身份证号", "cn_resident_id"),
        ("ID Card No.", "cn_resident_id"),
        ("mobile", "cn_mobile"),
        ("客户手机号", "cn_mobile"),
        ("联系人电话", "cn_mobile"),
        ("姓名", "person_name"),
        ("name", "person_name"),
        ("收货地址", "address"),
        ("mailing_address", "address"),
        ("邮箱", "email"),
        ("银行卡号", "bank_card"),
        ("product_name", None),
        ("amount", None),
    ],
)
def test_header_hints(header: str, expected: str | None) -> None:
    assert load_hints().type_for(header) == expected


def test_normalise_header() -> None:
    assert normalise_header(" ID_Card-No. ") == "idcardno"
    assert load_hints().is_negative("订单编号")
