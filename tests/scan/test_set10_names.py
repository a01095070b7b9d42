"""Names a person goes by that no name shape fits (issue 11, set 10; ``scan/own_names.py``): a
child's given or pet name under a word naming it, a game character's name under a word that also
heads a permission table's roles. The values are this file's own."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import pick
from tests.scan.test_export_vocabulary import types


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1013)


@pytest.mark.parametrize("header", ["孩子名", "乳名", "幼儿名", "baby_name"])
def test_a_childs_given_name_is_a_person_name(rng: random.Random, header: str) -> None:
    given = ["子轩", "梓涵", "一诺", "浩然", "朵朵", "壮壮", "妞妞", "欣", "嘉怡"]
    found = types({"订单编号": [f"D{i:06d}" for i in range(60)], header: pick(rng, given)})
    assert found[header] == "person_name"


def test_a_products_name_under_a_baby_word_is_no_person(rng: random.Random) -> None:
    goods = ["婴儿推车豪华款", "宝宝洗护套装A", "儿童安全座椅ISOFIX"]
    found = types({"宝宝名称": pick(rng, goods), "数量": pick(rng, ["1", "2", "3"])})
    assert found["宝宝名称"] is None  # control: no given name's shape


def test_a_game_characters_name_is_an_account_name(rng: random.Random) -> None:
    handles = [f"{rng.choice(['剑影', 'nightowl', '青衫', 'rookie'])}{i:03d}" for i in range(60)]
    found = types({"player_id": [f"P{i:07d}" for i in range(60)], "role_name": handles})
    assert found["role_name"] == "account_name"


def test_a_permission_tables_roles_are_no_account_names(rng: random.Random) -> None:
    roles = ["管理员", "编辑", "访客", "审计员"]
    found = types({"user_id": [f"U{i:05d}" for i in range(60)], "role_name": pick(rng, roles)})
    assert found["role_name"] != "account_name"  # control: a handful of roles repeated
