"""Table rules for held-out set 15's last phone columns (issue 11, branch fix11u): the lone
contact of a person's record off the numbering plan, the key heading a table beside a phone, and
a list of phones in one cell, all under headers that say nothing
(``piplkit.discover.scan.table_phones``). Headers and values are this test's own, in other
wordings than set 15's; each rule has controls that must not change."""

from __future__ import annotations

import random

import pytest
from faker import Faker
from tests.scan.helpers import mobile, random_id
from tests.scan.test_export_vocabulary import types

from piplkit.discover.detect.recognizers.mobile import is_cn_mobile_prefix

N = 60


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1507)


@pytest.fixture
def fake() -> Faker:
    f = Faker("zh_CN")
    f.seed_instance(1507)
    return f


def _off_plan(rng: random.Random) -> str:
    """A number in a mobile's shape whose 7-digit prefix is in no mobile range."""
    while True:
        number = "1" + rng.choice("3456789") + f"{rng.randrange(10**9):09d}"
        if not is_cn_mobile_prefix(number[:7]):
            return number


def _in_plan(rng: random.Random) -> str:
    while True:
        number = mobile(rng)
        if is_cn_mobile_prefix(number[:7]):
            return number


def _numbers(rng: random.Random, off_share: float) -> list[str]:
    """Numbers in a mobile's shape, ``off_share`` of them off the numbering plan."""
    off = round(N * off_share)
    values = [_off_plan(rng) for _ in range(off)] + [_in_plan(rng) for _ in range(N - off)]
    rng.shuffle(values)
    return values


def _persons(fake: Faker, rng: random.Random) -> dict[str, list[str]]:
    return {
        "报名人": [fake.name() for _ in range(N)],
        "证件号": [random_id(rng) for _ in range(N)],
    }


def _amounts(rng: random.Random) -> list[str]:
    return [f"{rng.uniform(5, 900):.2f}" for _ in range(N)]


# -- the lone contact of a person's record -------------------------------------------------------


@pytest.mark.parametrize("header", ["item_7", "列五", "zd05", "xq3"])
def test_a_persons_only_number_off_the_plan_is_their_mobile(
    header: str, rng: random.Random, fake: Faker
) -> None:
    found = types({**_persons(fake, rng), header: _numbers(rng, 0.15), "费用": _amounts(rng)})
    assert found[header] == "cn_mobile"


def test_a_key_beside_a_named_mobile_stays_a_key(rng: random.Random, fake: Faker) -> None:
    # control: the record already gives the person's mobile; the other number is the key
    found = types(
        {
            **_persons(fake, rng),
            "手机": [_in_plan(rng) for _ in range(N)],
            "item_7": _numbers(rng, 0.25),
        }
    )
    assert found["item_7"] is None
    assert found["手机"] == "cn_mobile"


def test_numbers_off_the_plan_in_a_table_of_nobody_stay_keys(rng: random.Random) -> None:
    # control: no person in the table (a till's receipts)
    found = types(
        {"xq3": _numbers(rng, 0.25), "金额": _amounts(rng), "件数": [str(i % 7) for i in range(N)]}
    )
    assert found["xq3"] is None


def test_a_first_column_off_the_plan_stays_a_key(rng: random.Random, fake: Faker) -> None:
    # control: the first column is where an export's key stands
    found = types({"item_1": _numbers(rng, 0.25), **_persons(fake, rng)})
    assert found["item_1"] is None


def test_a_key_word_keeps_the_numbers_a_key(rng: random.Random, fake: Faker) -> None:
    # control: a header naming a key is no header that says nothing
    found = types({**_persons(fake, rng), "受理编号": _numbers(rng, 0.25)})
    assert found["受理编号"] is None


# -- the key heading a table beside a phone ------------------------------------------------------


def _masked(rng: random.Random) -> str:
    number = _in_plan(rng)
    return number[:3] + "****" + number[7:]


def test_a_first_column_beside_a_phone_is_the_key(rng: random.Random, fake: Faker) -> None:
    found = types(
        {
            "item_1": [_in_plan(rng) for _ in range(N)],
            "收件人": [fake.name() for _ in range(N)],
            "收件人手机": [_masked(rng) for _ in range(N)],
            "运费": _amounts(rng),
        }
    )
    assert found["item_1"] is None
    assert found["收件人手机"] == "cn_mobile"


def test_a_first_column_of_phones_alone_stays_a_mobile(rng: random.Random, fake: Faker) -> None:
    # control: a lookup led by the phone, with no other phone column
    found = types(
        {"item_1": [_in_plan(rng) for _ in range(N)], "会员": [fake.name() for _ in range(N)]}
    )
    assert found["item_1"] == "cn_mobile"


def test_a_first_column_with_repeats_stays_a_mobile(rng: random.Random, fake: Faker) -> None:
    # control: a key is never repeated; a customer's phone is, order after order
    phones = [_in_plan(rng) for _ in range(N // 3)] * 3
    found = types(
        {
            "item_1": phones,
            "骑手手机": [_in_plan(rng) for _ in range(N)],
            "收件人": [fake.name() for _ in range(N)],
        }
    )
    assert found["item_1"] == "cn_mobile"


def test_a_named_first_mobile_stays_a_mobile(rng: random.Random, fake: Faker) -> None:
    # control: a header naming the phone decides it, first or not
    found = types(
        {
            "下单手机": [_in_plan(rng) for _ in range(N)],
            "收件人": [fake.name() for _ in range(N)],
            "收件人手机": [_masked(rng) for _ in range(N)],
        }
    )
    assert found["下单手机"] == "cn_mobile"


# -- a list of phones in one cell ----------------------------------------------------------------


@pytest.mark.parametrize("separator", ["/", ";", "，", " "])
def test_cells_listing_phones_are_mobiles(separator: str, rng: random.Random) -> None:
    cells = [
        _in_plan(rng) + separator + _in_plan(rng) if i % 3 else _in_plan(rng) for i in range(N)
    ]
    found = types({"会员卡": [f"VC{i:05d}" for i in range(N)], "lx2": cells})
    assert found["lx2"] == "cn_mobile"


def test_lists_of_order_numbers_are_not_mobiles(rng: random.Random) -> None:
    # control: lists of keys in another shape
    cells = [f"SO{rng.randrange(10**8):08d}/SO{rng.randrange(10**8):08d}" for _ in range(N)]
    assert types({"lx2": cells})["lx2"] is None


def test_remarks_mentioning_a_phone_are_no_list(rng: random.Random) -> None:
    # control: free text with a number in it is not a list of phones
    cells = [f"改约请致电{_in_plan(rng)}或留言" for _ in range(N)]
    assert types({"lx2": cells})["lx2"] is None
