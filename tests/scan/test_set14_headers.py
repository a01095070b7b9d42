"""Header families blind set 14 showed missing (issue 11), in this file's own wordings: an age
headed by its counter word alone, a household's income a head and a wanted pay in pinyin, the
social-security number under 社保 alone or an English abbreviation, a role's phone headed
``…_tel``, a fingerprint template headed ``…_fp``, and the sizes of a costume or skates.

The controls must stay as they were: running numbers in a mobile's shape under a serial header,
an invoice number under ``fp_no``, garment names under 服装 in a shop's list, a resident ID
under its own header, a hotel's name."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import in_register, mobile, random_id
from tests.scan.test_export_vocabulary import types


def _mobiles_off_plan(rng: random.Random, n: int = 60) -> list[str]:
    """Subscribers' mobiles as a hand-made register holds them: one in seven has a prefix the
    numbering plan does not assign (a typo, or a generator's), as set 14's do."""
    out = []
    for k in range(n):
        if k % 7 == 3:
            out.append(rng.choice(["140", "141", "154"]) + f"{rng.randint(0, 99_999_999):08d}")
        else:
            out.append(mobile(rng))
    return out


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1407)


@pytest.mark.parametrize("header", ["歲"])
def test_the_counter_word_alone_heads_an_age(header: str, rng: random.Random) -> None:
    ages = [str(rng.randrange(3, 90)) for _ in range(60)]
    assert in_register(header, ages, rng) == "age"


@pytest.mark.parametrize("header", ["rjsr", "qiwangyuexin", "yaoqiuxinzi", "jtrjsr"])
def test_income_a_head_and_wanted_pay_in_pinyin(header: str, rng: random.Random) -> None:
    amounts = [str(rng.randrange(800, 30000, 50)) for _ in range(60)]
    assert in_register(header, amounts, rng) == "income"


@pytest.mark.parametrize("header", ["社保", "SS Number", "ss_num", "shebaohaoma"])
def test_a_social_security_number_under_a_short_header(header: str, rng: random.Random) -> None:
    ids = [random_id(rng) for _ in range(60)]
    assert in_register(header, ids, rng) == "social_security_card"


def test_control_a_resident_id_under_its_own_header_stays_one(rng: random.Random) -> None:
    ids = [random_id(rng) for _ in range(60)]
    assert in_register("证件号码", ids, rng) == "cn_resident_id"


@pytest.mark.parametrize("header", ["buyer_tel", "ContactTel", "emergency_tel", "tel_parent"])
def test_a_role_phone_headed_tel(header: str, rng: random.Random) -> None:
    assert in_register(header, _mobiles_off_plan(rng), rng) == "cn_mobile"


def test_control_running_numbers_under_a_serial_header_stay_none(rng: random.Random) -> None:
    assert in_register("serial_no", _mobiles_off_plan(rng), rng) is None


def test_control_a_hotel_name_is_no_phone(rng: random.Random) -> None:
    hotels = ["如家酒店", "汉庭酒店", "全季酒店", "锦江之星"]
    assert in_register("hotel", [rng.choice(hotels) for _ in range(60)], rng) is None


def _template(rng: random.Random) -> str:
    return "ZW2:" + "".join(rng.choice("0123456789abcdef") for _ in range(48))


@pytest.mark.parametrize("header", ["checkin_fp", "fp_template", "FP_DATA", "gateFp"])
def test_a_fingerprint_template_under_fp(header: str, rng: random.Random) -> None:
    assert in_register(header, [_template(rng) for _ in range(60)], rng) == "biometric"


def test_control_an_invoice_number_under_fp_no_stays_none(rng: random.Random) -> None:
    numbers = [f"{rng.randrange(10_000_000, 99_999_999)}" for _ in range(60)]
    assert in_register("fp_no", numbers, rng) is None


@pytest.mark.parametrize(
    ("header", "sizes"),
    [
        ("Dancewear Size", ["100", "110", "120", "130", "140", "150"]),
        ("舞蹈服尺码", ["S", "M", "L", "XL"]),
        ("练功服", ["110", "120", "130", "140"]),
        ("roller_skate_size", ["29", "31", "33", "35", "37"]),
        ("轮滑鞋码", ["29", "31", "33", "35"]),
        ("Costumes", ["XS", "S", "M", "L"]),
    ],
)
def test_a_costume_or_skate_size(header: str, sizes: list[str], rng: random.Random) -> None:
    assert in_register(header, [rng.choice(sizes) for _ in range(60)], rng) == "body_measurement"


def test_control_garment_names_under_clothing_stay_none(rng: random.Random) -> None:
    goods = ["连衣裙", "衬衫", "羽绒服", "牛仔裤", "风衣", "卫衣"]
    table = {
        "商品编码": [f"SKU{rng.randrange(10000, 99999)}" for _ in range(60)],
        "服装": [rng.choice(goods) for _ in range(60)],
        "单价": [str(rng.randrange(50, 900)) for _ in range(60)],
    }
    assert types(table)["服装"] is None
