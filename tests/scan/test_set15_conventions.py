"""Two conflicts between held-out sets settled by rows of the gold conventions table (issue 11,
branch fix11u): a B2B export's ship-to is the customer company's site also when its street part
stands under a bare address header beside the ship-to's city and district
(``piplkit.discover.scan.table_venues``), and a worker's trade (工种) is a job title. Headers and
values are this test's own; each rule has controls that must not change."""

from __future__ import annotations

import random

import pytest
from faker import Faker
from tests.scan.helpers import mobile
from tests.scan.test_export_vocabulary import types

from piplkit.discover.evaluation.heldout8.idgen import uscc

N = 60


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1511)


@pytest.fixture
def fake() -> Faker:
    f = Faker("zh_CN")
    f.seed_instance(1511)
    return f


def _ship_to(fake: Faker, rng: random.Random, *, companies: bool) -> dict[str, list[str]]:
    table = {
        "买方单位": [fake.company() for _ in range(N)],
        "对接人": [fake.name() for _ in range(N)],
        "对接人电话": [mobile(rng) for _ in range(N)],
        "送货省份": [fake.province() for _ in range(N)],
        "送货城市": [fake.city() for _ in range(N)],
        "地址": [fake.street_address() for _ in range(N)],
    }
    if companies:
        table["买方信用代码"] = [uscc(rng) for _ in range(N)]
    return table


def test_a_bare_address_beside_a_b2b_ship_to_city_is_the_site(
    rng: random.Random, fake: Faker
) -> None:
    found = types(_ship_to(fake, rng, companies=True))
    assert found["地址"] is None
    assert found["对接人"] == "person_name"
    assert found["对接人电话"] == "cn_mobile"


def test_a_bare_address_beside_a_shoppers_ship_to_city_stays_an_address(
    rng: random.Random, fake: Faker
) -> None:
    # control: no credit codes, so the customers are people
    found = types(_ship_to(fake, rng, companies=False))
    assert found["地址"] == "address"


def test_a_persons_address_in_a_companies_table_stays_an_address(
    rng: random.Random, fake: Faker
) -> None:
    # control: no ship-to column beside it (a licensing register's legal representative)
    found = types(
        {
            "企业名称": [fake.company() for _ in range(N)],
            "信用代码": [uscc(rng) for _ in range(N)],
            "法定代表人": [fake.name() for _ in range(N)],
            "法定代表人住址": [fake.address() for _ in range(N)],
        }
    )
    assert found["法定代表人住址"] == "address"


@pytest.mark.parametrize("header", ["工种", "从业工种"])
def test_a_workers_trade_is_a_job_title(header: str, fake: Faker) -> None:
    trades = ["电焊工", "育婴员", "保育员", "钳工", "叉车司机", "家政服务员"]
    rng = random.Random(3)
    found = types(
        {"姓名": [fake.name() for _ in range(N)], header: [rng.choice(trades) for _ in range(N)]}
    )
    assert found[header] == "job_title"
