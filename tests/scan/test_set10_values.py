"""Value shapes blind set 10 showed (issue 11): a phone's last four digits (尾号5678), an e-bike's
plate headed by its city's name, a voiceprint template after its vendor's tag, a DNA kit's share
of an ancestry, and a workbook's date serials under a birth-date header (with the ages of the
children they stand for).

The values are this file's own; the controls are shapes that must stay what they were."""

from __future__ import annotations

import base64
import random
from datetime import date

import pyarrow as pa
import pytest
from tests.scan.test_export_vocabulary import one, table

from piplkit.discover.scan.ages import age_from_date, ages_from_dates


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1012)


def test_a_phones_last_four_digits_are_a_mobile(rng: random.Random) -> None:
    tails = [f"尾号{rng.randint(0, 9999):04d}" for _ in range(60)]
    assert one("联系电话", tails) == "cn_mobile"
    assert one("收件人手机", tails) == "cn_mobile"


def test_last_four_digits_under_a_card_header_are_no_mobile(rng: random.Random) -> None:
    tails = [f"尾号{rng.randint(0, 9999):04d}" for _ in range(60)]
    assert one("银行卡", tails) != "cn_mobile"  # control
    assert one("备注", tails) is None  # control: no header naming a phone


def test_an_ebike_plate_headed_by_its_city_is_a_plate(rng: random.Random) -> None:
    plates = [
        f"{rng.choice(['宁波', '台州', '金华'])}{rng.choice('ABCD')}{rng.randint(0, 99999):05d}"
        for _ in range(60)
    ]
    assert one("电动车号牌", plates) == "license_plate"


def test_a_voiceprint_after_its_vendors_tag_is_biometric(rng: random.Random) -> None:
    def template() -> str:
        raw = bytes(rng.randrange(256) for _ in range(45))
        return "VPR2:" + base64.b64encode(raw).decode()

    assert one("声纹特征码", [template() for _ in range(60)]) == "biometric"


def test_a_share_of_an_ancestry_is_genetic_data(rng: random.Random) -> None:
    shares = [f"{rng.uniform(5, 95):.1f}" for _ in range(60)]
    assert one("ancestry_south_han_pct", shares) == "genetic_data"
    assert one("祖源成分占比", shares) == "genetic_data"


def _serial(born: date) -> str:
    return str(born.toordinal() - date(1899, 12, 30).toordinal())


def test_date_serials_under_a_birth_header_are_birth_dates(rng: random.Random) -> None:
    born = [
        date(rng.randint(2016, 2022), rng.randint(1, 12), rng.randint(1, 28)) for _ in range(60)
    ]
    result = table({"宝宝出生日期": [_serial(b) for b in born]})
    decision = result.decisions[0]
    assert decision.pi_type == "birth_date"
    assert decision.minors == 60  # every child is under 14 on the tests' date


def test_a_birth_weight_in_grams_is_no_serial(rng: random.Random) -> None:
    weights = [str(rng.randint(2500, 4300)) for _ in range(60)]
    assert one("出生体重g", weights) != "birth_date"  # control: four digits are no serial


def test_date_serials_without_a_birth_header_are_no_birth_dates(rng: random.Random) -> None:
    serials = [str(rng.randint(40000, 46000)) for _ in range(60)]
    assert one("数量", serials) is None  # control


def test_ages_of_serials_agree_cell_by_cell_and_by_column() -> None:
    as_of = date(2026, 12, 6)
    cells = ["43443", "44751.0", "20123", "1990-05-02", "19900502", "1990", "abc"]
    by_cell = [age_from_date(c, as_of) for c in cells]
    by_column = [int(a) for a in ages_from_dates(pa.array(cells), as_of)]
    assert by_cell[:3] == [7, 4, 71]  # 2018-12-09, 2022-07-08, 1955-02-03
    assert by_column == [-1 if a is None else a for a in by_cell]
