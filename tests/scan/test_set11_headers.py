"""Header rules for blind set 11's remaining misses (issue 11, branch fix11l), in this file's own
wordings: Taiwan wording of a header (聯絡人 where the mainland writes 联系人), a contact list in
one cell under a person's header, a PIN as a header's head noun, pay for a period and what a
platform settles to the people working through it, gamers' handles, the British spelling of a
licence, the social-insurance systems' field codes (AAZ500, AAE005, AAC067, AAE006, AAC161),
and a credit record's overall rating under a header naming it.

The controls must stay as they were: one emergency contact's name is a person_name (sets 3-10),
拼音 is no PIN, a settlement amount or an order's payout is no income, a game catalogue's
numeric game_id is no account, ratings of a service are no credit record."""

from __future__ import annotations

import json
import random

import pytest
from faker import Faker
from tests.scan.helpers import mobile, random_id
from tests.scan.test_export_vocabulary import one

from piplkit.discover.scan.hints import load_hints


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1112)


def _names(n: int = 60, seed: int = 12) -> list[str]:
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    return [fake.name() for _ in range(n)]


def _contact_lists(rng: random.Random, n: int = 60) -> list[str]:
    names = _names(3 * n)
    return [
        json.dumps(
            [{"姓名": names[3 * i + k], "手机": mobile(rng)} for k in range(2)], ensure_ascii=False
        )
        for i in range(n)
    ]


def _amounts(rng: random.Random, n: int = 60) -> list[str]:
    return [str(rng.randrange(30, 400) * 100) for _ in range(n)]


def test_taiwan_wording_reaches_the_mainland_word() -> None:
    # t2s leaves Taiwan's 聯絡人 as 联络人; the phrase conversion makes it 联系人
    hints = load_hints()
    assert "contacts" in hints.analyse("緊急聯絡人").types
    assert "person_name" in hints.analyse("聯絡人").types
    # a header t2s already reads keeps its evidence
    assert hints.analyse("聯絡人資訊").types == ("contacts",)


def test_cells_listing_people_with_phones_are_contacts(rng: random.Random) -> None:
    lists = _contact_lists(rng)
    assert one("紧急联系人", lists) == "contacts"
    assert one("联系人", lists) == "contacts"
    assert one("緊急聯絡人", lists) == "contacts"


def test_one_contact_name_stays_a_person_name() -> None:
    assert one("紧急联系人", _names()) == "person_name"
    assert one("联系人", _names()) == "person_name"


@pytest.mark.parametrize("header", ["safe_pin", "doorPin", "card_pincode"])
def test_pin_as_head_noun_is_a_password(rng: random.Random, header: str) -> None:
    pins = [f"{rng.randrange(10**4):04d}" for _ in range(60)]
    assert one(header, pins) == "password"


def test_pin_inside_a_word_is_no_password(rng: random.Random) -> None:
    spelled = [rng.choice(["zhang wei", "li na", "wang fang"]) for _ in range(60)]
    assert one("pin_yin", spelled) != "password"
    assert one("spin_rate", [str(rng.randrange(1000, 3000)) for _ in range(60)]) is None


@pytest.mark.parametrize(
    "header", ["annual_pay", "Weekly Pay", "EMP_SAL", "骑手结算", "主播结算金额", "driver_payout"]
)
def test_pay_to_a_person_is_income(rng: random.Random, header: str) -> None:
    assert one(header, _amounts(rng)) == "income"


@pytest.mark.parametrize(
    "header", ["结算金额", "settlement_amount", "order_payout", "payout_batch"]
)
def test_settlements_of_orders_are_no_income(rng: random.Random, header: str) -> None:
    assert one(header, _amounts(rng)) is None


@pytest.mark.parametrize("header", ["gamerId", "game_nick", "player_handle", "ign"])
def test_gamers_handles_are_account_names(rng: random.Random, header: str) -> None:
    handles = [
        rng.choice(["风之子", "Neo", "KillerQ", "月下独酌"]) + str(rng.randrange(999))
        for _ in range(60)
    ]
    assert one(header, handles) == "account_name"


def test_a_games_numeric_key_is_no_account(rng: random.Random) -> None:
    assert one("game_id", [str(1000 + i) for i in range(60)]) is None
    assert load_hints().analyse("design").types == ()


def test_british_licence_number_is_a_driver_licence(rng: random.Random) -> None:
    ids = [random_id(rng) for _ in range(60)]
    assert one("Licence Number", ids) == "driver_license"
    assert one("driving_licence_no", ids) == "driver_license"
    # the same numbers under an ID header stay resident IDs
    assert one("证件号码", ids) == "cn_resident_id"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("aaz500", "social_security_card"),
        ("AAE005", "cn_mobile"),
        ("aac067", "cn_mobile"),
        ("AAE006", "address"),
        ("aac010", "address"),
        ("AAC161", "nationality"),
        ("aac147", "cn_resident_id"),
    ],
)
def test_social_insurance_field_codes(code: str, expected: str) -> None:
    assert load_hints().analyse(code).hint == expected


def test_social_security_card_numbers_under_their_code(rng: random.Random) -> None:
    cards = [f"{rng.choice('ABCDEFGHJKLMN')}{rng.randrange(10**8):08d}" for _ in range(60)]
    assert one("aaz500", cards) == "social_security_card"


def test_a_credit_records_overall_rating_under_its_header(rng: random.Random) -> None:
    ratings = [rng.choice(["良好", "较差", "一般", "有逾期", "优秀"]) for _ in range(60)]
    assert one("征信情况", ratings) == "credit_record"
    assert one("xyjl", ratings) == "credit_record"
    # the same words rate a service, not a person's credit
    assert one("服务评价", ratings) is None
