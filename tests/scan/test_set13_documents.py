"""Document numbers under a header that names only "a document" (blind set 13, issue 11), in this
file's own wordings and values: a foreign permanent resident ID (2023 format, a 9 before the
place and nationality codes) or a Taiwan residents' 8-digit permit under 证件编号 or Cert No is
that document, as the values show; a bare ``license`` beside a car's owner is the driving
licence, whose number is the holder's resident ID. A foreign ID under a header naming the
resident ID card (身份证号) is no resident ID either: resident IDs never begin with 9.

Controls that must not change: resident IDs under the same headers, a hotel's 证件号码 of
nearly all resident IDs with a few permits, 8-digit member numbers under a member-number
header."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import chinese_name, mobile, random_id
from tests.scan.test_export_vocabulary import types

_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_SURNAMES = "孙马朱胡郭何高林罗郑"
_GIVEN = ["明", "丽", "强", "霞", "涛", "婷", "杰", "萍", "斌", "鑫"]


def _check(body: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, _WEIGHTS, strict=True)) % 11]


def _foreign_id(rng: random.Random) -> str:
    """A 2023 foreign permanent resident ID: 9, province, nationality, birth date, sequence."""
    body = (
        f"9{rng.choice(['31', '44', '11', '32'])}{rng.choice(['840', '276', '410', '036'])}"
        f"{rng.randint(1955, 2000)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        f"{rng.randint(0, 999):03d}"
    )
    return body + _check(body)


def _permit(rng: random.Random) -> str:
    return f"{rng.randint(0, 99_999_999):08d}"


def _register(header: str, values: list[str], rng: random.Random) -> str | None:
    n = len(values)
    table = {
        "入住人": [chinese_name(rng, _SURNAMES, _GIVEN) for _ in range(n)],
        "联系手机": [mobile(rng) for _ in range(n)],
        header: values,
    }
    return types(table)[header]


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1313)


@pytest.mark.parametrize("header", ["证件编号", "Cert No", "certificateNumber", "ZJBH"])
def test_foreign_permanent_ids_under_a_generic_document_header(
    header: str, rng: random.Random
) -> None:
    assert _register(header, [_foreign_id(rng) for _ in range(60)], rng) == (
        "foreign_permanent_resident_id"
    )


@pytest.mark.parametrize("header", ["证件编号", "Cert No", "certificateNumber", "ZJBH"])
def test_taiwan_permits_under_a_generic_document_header(header: str, rng: random.Random) -> None:
    assert _register(header, [_permit(rng) for _ in range(60)], rng) == "taiwan_permit"


@pytest.mark.parametrize("header", ["license", "License", "LICENSE"])
def test_a_bare_license_beside_a_car_owner_is_the_driving_licence(
    header: str, rng: random.Random
) -> None:
    assert _register(header, [random_id(rng) for _ in range(60)], rng) == "driver_license"


# --- controls ---------------------------------------------------------------------------------


@pytest.mark.parametrize("header", ["证件编号", "Cert No", "certificateNumber", "ZJBH"])
def test_resident_ids_under_a_generic_document_header_stay(header: str, rng: random.Random) -> None:
    assert _register(header, [random_id(rng) for _ in range(60)], rng) == "cn_resident_id"


def test_a_hotels_mixed_document_column_stays_the_resident_id(rng: random.Random) -> None:
    values = [random_id(rng) for _ in range(55)] + [_permit(rng) for _ in range(5)]
    rng.shuffle(values)
    assert _register("证件号码", values, rng) == "cn_resident_id"


@pytest.mark.parametrize("header", ["会员编号", "member_no"])
def test_eight_digit_member_numbers_stay_no_pi(header: str, rng: random.Random) -> None:
    assert _register(header, [_permit(rng) for _ in range(60)], rng) is None


def test_foreign_ids_under_a_resident_id_card_header_are_not_resident_ids(
    rng: random.Random,
) -> None:
    assert _register("身份证号", [_foreign_id(rng) for _ in range(60)], rng) != "cn_resident_id"
