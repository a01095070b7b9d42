"""A column of place names (北京, 上海市) is not a column of addresses: a city says where
something is, not where someone lives. Under a header that names an address (籍贯, 所在地) the
same values are that person's place and stay `address` (issue 20)."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import AS_OF

from piplkit.discover.scan.analysis import detector_for
from piplkit.discover.scan.classify import Classifier, classify_sample

CITIES = ("北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "西安", "南京市", "广东省")


def decide(header: str, values: list[str]):
    result = classify_sample(
        [header], [[v] for v in values], detector_for(None, AS_OF), Classifier.default()
    )
    return result.stats[0], result.decisions[0]


@pytest.fixture
def cities() -> list[str]:
    rng = random.Random(7)
    return [rng.choice(CITIES) for _ in range(300)]


@pytest.mark.parametrize("header", ["city", "城市", "col_3", "region"])
def test_a_column_of_cities_is_not_an_address(header: str, cities: list[str]) -> None:
    stats, decision = decide(header, cities)
    assert decision.pi_type is None
    assert "address" not in decision.other
    assert stats.places == 300


@pytest.mark.parametrize("header", ["籍贯", "所在地", "address"])
def test_places_under_a_header_naming_an_address_are_addresses(
    header: str, cities: list[str]
) -> None:
    _, decision = decide(header, cities)
    assert decision.pi_type == "address"
    assert decision.matches == 300


def test_street_addresses_still_decide_alone() -> None:
    rng = random.Random(3)
    streets = ("建国路", "中山路", "解放大道", "人民路")
    values = [
        f"{rng.choice(('北京市朝阳区', '上海市浦东新区', '广州市天河区'))}{rng.choice(streets)}"
        f"{rng.randrange(1, 300)}号"
        for _ in range(200)
    ]
    _, decision = decide("col_9", values)
    assert decision.pi_type == "address"
