"""Causes blind set 20 showed (issue 11), each in this file's own wordings, not the set's.

A name split into a surname column and a given-name column (a CRM's Surname / Given Name, a
translated 联系人姓 / 联系人名, pinyin ``xingshi``), ...

Controls: a shop name beside no surname column stays no name, a school's name stays no name,
a column of surnames under a word that names no name part stays as it was."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import COMMON_GIVEN, COMMON_SURNAMES, chinese_name, pick
from tests.scan.test_export_vocabulary import types

N = 60
GIVEN = ["秀兰", "建华", "婷", "子涵", "浩然", "雪", "志强", "欣怡", "俊", "丽娟"]
SURNAMES = [*COMMON_SURNAMES, "欧阳", "诸葛", "钱", "孙", "郑"]


@pytest.fixture
def rng() -> random.Random:
    return random.Random(2020)


def _split(rng: random.Random, surname: str, given: str) -> dict[str, str | None]:
    return types(
        {
            "客户编号": [f"C{rng.randint(10000, 99999)}" for _ in range(N)],
            surname: pick(rng, SURNAMES, N),
            given: pick(rng, GIVEN, N),
            "订单金额": [f"{rng.randint(10, 999)}.00" for _ in range(N)],
        }
    )


def test_a_split_chinese_name_is_a_persons_name(rng: random.Random) -> None:
    for surname, given in [
        ("Surname", "Given Name"),
        ("contact_lastname", "contact_firstname"),
        ("联系人姓", "联系人名"),
        ("姓氏", "名"),
        ("XINGSHI", "MING"),
        ("LName", "FName"),
    ]:
        found = _split(rng, surname, given)
        assert found[surname] == "person_name", surname
        assert found[given] == "person_name", given


def test_latin_name_parts_are_a_persons_name(rng: random.Random) -> None:
    found = types(
        {
            "family_name": pick(rng, ["Smith", "Garcia", "ZHANG", "Wang", "Miller", "LIU"], N),
            "forename": pick(rng, ["Emma", "Oliver", "Wei", "Xiuying", "Lucas", "Mia"], N),
        }
    )
    assert found == {"family_name": "person_name", "forename": "person_name"}


def test_a_bare_given_name_word_needs_its_surname_beside_it(rng: random.Random) -> None:
    shops = ["茶语", "鲜果", "明记", "好客", "小鹿", "禾木"]
    found = types({"店名": pick(rng, shops, N), "营业额": [str(rng.randint(1, 9)) for _ in range(N)]})
    assert found["店名"] is None


def test_a_school_name_is_no_name_part(rng: random.Random) -> None:
    schools = ["北京大学", "复旦大学", "浙江大学", "南京大学"]
    found = types({"school_name": pick(rng, schools, N), "姓名": [chinese_name(rng) for _ in range(N)]})
    assert found["school_name"] != "person_name"


def test_given_names_alone_need_a_given_name_word(rng: random.Random) -> None:
    found = types({"标签": pick(rng, list(COMMON_GIVEN), N)})
    assert found["标签"] is None
