"""English and international exports blind set 17 showed missing (issue 11), in this file's own
wordings: a street line in English or romanised under street and address-line headers, a card
shown by its last four digits, the parts of a foreign or romanised name, the page a user opened
in an event table of a device, a location trace.

Controls: an address's second line, city, postcode and country beside it; four digits under a
card's expiry year or under no card word; a product's link in a catalogue; a nationality in a
guest register with no address beside it."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import chinese_name, in_register, mobile, pick
from tests.scan.test_export_vocabulary import types

_ROADS = ["Renmin Road", "Jiefang Rd", "Changjiang Ave", "Beijing E Rd", "Gulou Street",
          "Hubin Lu", "Xinhua Jie", "Century Avenue"]  # fmt: skip
_FLATS = ["", ", Unit 3", ", Floor 12", " #1502", ", Room 806", ", Suite 2001"]
_FIRST = ["Wei", "Fang", "Min", "Jun", "Lei", "Xiaoyu", "Hao", "Ting"]
_LAST = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhou", "Xu"]
_CITIES = ["杭州市", "成都市", "武汉市", "南京市", "苏州市", "西安市"]


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1717)


def street_line(rng: random.Random) -> str:
    number = rng.choice(["", "No. ", "No."]) + str(rng.randint(1, 1999))
    return f"{number} {rng.choice(_ROADS)}{rng.choice(_FLATS)}"


def latin_name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _column(rng: random.Random, make: object, n: int = 60) -> list[str]:
    assert callable(make)
    return [str(make(rng)) for _ in range(n)]


@pytest.mark.parametrize(
    "header", ["Shipping Street", "home_street", "Address Line 1", "bill_to_address_line1",
               "STREET", "Addr 1"]
)  # fmt: skip
def test_a_street_line_in_english_is_an_address(header: str, rng: random.Random) -> None:
    beside = {"Customer Name": latin_name, "Mobile": mobile}
    assert in_register(header, _column(rng, street_line), rng, beside) == "address"


def test_split_parts_of_an_address_stay_no_address(rng: random.Random) -> None:
    n = 60
    table = {
        "Name": _column(rng, latin_name, n),
        "Ship Address Line1": _column(rng, street_line, n),
        "Ship Address Line2": pick(rng, ["Unit 5", "Floor 3", "Suite 100", ""], n),
        "Ship Address City": pick(rng, _CITIES, n),
        "Ship Address Postcode": [f"{rng.randint(100000, 899999)}" for _ in range(n)],
        "Ship Country": pick(rng, ["CN", "CN", "SG", "US"], n),
    }
    found = types(table)
    assert found["Ship Address Line1"] == "address"
    for header in ("Ship Address Line2", "Ship Address City", "Ship Address Postcode",
                   "Ship Country"):  # fmt: skip
        assert found[header] is None, header


def test_a_guest_register_keeps_its_country_as_a_nationality(rng: random.Random) -> None:
    n = 60
    table = {
        "Guest Name": _column(rng, latin_name, n),
        "Mobile": _column(rng, mobile, n),
        "Country": pick(rng, ["CHN", "USA", "JPN", "KOR", "DEU"], n),
    }
    assert types(table)["Country"] == "nationality"


def _tail(rng: random.Random) -> str:
    digits = f"{rng.randint(0, 9999):04d}"
    return rng.choice([digits, digits, f"**** {digits}", f"尾号{digits}"])


@pytest.mark.parametrize(
    "header", ["卡号后四位", "银行卡尾号", "cc_last_four", "Card Last Four Digits", "pan_last4"]
)
def test_a_card_by_its_last_four_digits_is_a_bank_card(header: str, rng: random.Random) -> None:
    beside = {"持卡人": chinese_name, "手机": mobile}
    assert in_register(header, _column(rng, _tail), rng, beside) == "bank_card"


@pytest.mark.parametrize("header", ["card_exp_year", "last4", "尾号", "会员卡尾号", "door_code"])
def test_four_digits_without_a_card_tail_header_stay_no_card(
    header: str, rng: random.Random
) -> None:
    values = [str(rng.randint(2026, 2034)) for _ in range(60)]
    beside = {"持卡人": chinese_name, "手机": mobile}
    assert in_register(header, values, rng, beside) != "bank_card"


@pytest.mark.parametrize(
    ("header", "parts"),
    [("MName", _FIRST), ("外文姓", _LAST), ("拼音姓", _LAST), ("WWX", _LAST),
     ("英文姓 Family Name", _LAST), ("Guest Given Name", _FIRST)],
)  # fmt: skip
def test_a_part_of_a_romanised_name_is_a_name(
    header: str, parts: list[str], rng: random.Random
) -> None:
    beside = {"中文姓名": chinese_name, "手机": mobile}
    assert in_register(header, pick(rng, parts), rng, beside) == "person_name"


def _oaid(rng: random.Random) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _page(rng: random.Random) -> str:
    path = rng.choice(["item/detail", "cart", "search", "live/room", "user/orders"])
    return f"https://h5.mall-example.com/{path}?id={rng.randint(1000, 99999)}"


@pytest.mark.parametrize("header", ["page_link", "$current_url", "链接", "当前页面"])
def test_a_page_url_in_a_device_event_table_is_browsing(header: str, rng: random.Random) -> None:
    n = 60
    table = {
        "oaid": _column(rng, _oaid, n),
        "event_name": pick(rng, ["page_view", "click", "add_cart"], n),
        header: _column(rng, _page, n),
    }
    assert types(table)[header] == "browsing_history"


def test_a_product_link_in_a_catalogue_is_no_browsing(rng: random.Random) -> None:
    n = 60
    table = {
        "sku": [f"SKU{rng.randint(10000, 99999)}" for _ in range(n)],
        "title": pick(rng, ["羽绒服", "保温杯", "蓝牙耳机"], n),
        "link": _column(rng, _page, n),
    }
    assert types(table)["link"] is None


def _trace(rng: random.Random) -> str:
    lat, lng = rng.uniform(22.5, 40.0), rng.uniform(104.0, 121.0)
    points = []
    for step in range(4):
        points.append(f"{8 + step:02d}:{rng.randint(0, 59):02d} {lat:.5f},{lng:.5f}")
        lat, lng = lat + rng.uniform(-0.01, 0.01), lng + rng.uniform(-0.01, 0.01)
    return ";".join(points)


@pytest.mark.parametrize("header", ["gps_trace", "locationTrace", "user_geo_trace"])
def test_a_location_trace_is_a_trajectory(header: str, rng: random.Random) -> None:
    beside = {"oaid": _oaid, "手机": mobile}
    assert in_register(header, _column(rng, _trace), rng, beside) == "trajectory"


def test_a_word_ending_in_city_is_no_address_part(rng: random.Random) -> None:
    n = 60
    table = {
        "member_name": [chinese_name(rng) for _ in range(n)],
        "member_ethnicity": pick(rng, ["汉族", "回族", "壮族", "满族"], n),
        "member_address_line1": _column(rng, street_line, n),
    }
    found = types(table)
    assert found["member_ethnicity"] == "ethnicity"
    assert found["member_address_line1"] == "address"
