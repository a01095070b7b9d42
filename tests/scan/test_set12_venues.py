"""Table rules for the causes of held-out set 12's non-PI columns reported as PI (issue 11):
documents numbered in a mobile's shape, a venue's rooms, region lookups, sites and devices in
tables that record nobody, gates' addresses, a rental's or a stock list's cars and a B2B
ship-to (``piplkit.discover.scan.table_venues``). Headers and values are this test's own, in
other wordings than set 12's; each rule has controls that must not change."""

from __future__ import annotations

import random

import pytest
from faker import Faker
from tests.scan.helpers import mobile, pick, random_id
from tests.scan.test_export_vocabulary import types

from piplkit.discover.evaluation.heldout8.idgen import uscc, vin

N = 60


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1212)


@pytest.fixture
def fake() -> Faker:
    f = Faker("zh_CN")
    f.seed_instance(1212)
    return f


def _names(rng: random.Random) -> list[str]:
    return [
        rng.choice("王李张刘陈杨黄赵周吴") + rng.choice(["伟", "芳", "娜", "敏", "静", "建国"])
        for _ in range(N)
    ]


def _persons(rng: random.Random) -> dict[str, list[str]]:
    return {"姓名": _names(rng), "身份证号": [random_id(rng) for _ in range(N)]}


def _in_plan(rng: random.Random) -> str:
    """A running number drawn only from prefixes every plan knows (13x, 15x, 18x)."""
    return rng.choice(["13", "15", "18"]) + "".join(rng.choice("0123456789") for _ in range(9))


def _coords(rng: random.Random) -> list[str]:
    return [f"{rng.uniform(22.5, 23.5):.5f},{rng.uniform(113.1, 114.2):.5f}" for _ in range(N)]


def _landline(rng: random.Random) -> str:
    return f"020-{rng.randint(3, 8)}{rng.randint(0, 9_999_999):07d}"


def _lan(rng: random.Random) -> str:
    return f"172.16.{rng.randint(0, 15)}.{rng.randint(2, 250)}"


def _plate(rng: random.Random) -> str:
    return f"{rng.choice('粤湘赣')}{rng.choice('ABC')}{rng.randint(10000, 99999)}"


# -- documents numbered in a mobile's shape -------------------------------------------------------


@pytest.mark.parametrize(
    "header", ["提货单号", "预约订单", "work_order_id", "invoiceNo", "场次编码"]
)
def test_document_numbers_in_the_plan_are_keys(rng: random.Random, header: str) -> None:
    found = types({**_persons(rng), header: [_in_plan(rng) for _ in range(N)]})
    assert found[header] is None


@pytest.mark.parametrize(
    "header", ["下单手机", "订单联系电话", "c7", "member_no", "contact_no", "MOBNO_2"]
)
def test_phones_beside_an_order_word_stay_mobiles(rng: random.Random, header: str) -> None:
    found = types({**_persons(rng), header: [mobile(rng) for _ in range(N)]})
    assert found[header] == "cn_mobile"


# -- a venue's rooms ----------------------------------------------------------------------------


def test_a_venues_rooms_are_no_address(rng: random.Random) -> None:
    rooms = ["2号厅", "7号厅", "9号厅", "11号厅"]
    found = types({**_persons(rng), "常用厅": pick(rng, rooms)})
    assert found["常用厅"] is None


def test_flats_stay_addresses(rng: random.Random) -> None:
    flats = [f"{rng.randint(1, 20)}栋{rng.randint(1, 4)}单元{rng.randint(101, 2904)}室"
             for _ in range(N)]  # fmt: skip
    found = types({**_persons(rng), "住址": flats})
    assert found["住址"] == "address"


# -- region lookups -------------------------------------------------------------------------------


def test_a_lookup_of_districts_names_no_address(fake: Faker) -> None:
    names = [f"{fake.city()}区" for _ in range(N)]  # Faker's cities: 淑华市区, 凤兰县区
    found = types({"行政代码": [str(440100 + i) for i in range(N)], "片区": names})
    assert found["片区"] is None


def test_full_addresses_in_a_lookup_stay_addresses(fake: Faker) -> None:
    found = types(
        {"编码": [str(i) for i in range(N)], "详细地址": [fake.address() for _ in range(N)]}
    )
    assert found["详细地址"] == "address"


# -- sites and devices in tables that record nobody ------------------------------------------------


def test_a_site_register_holds_the_sites_coordinates_and_phones(rng: random.Random) -> None:
    found = types(
        {
            "场站编号": [f"ZD{i:04d}" for i in range(N)],
            "所属街道": pick(rng, ["东门", "西门", "南广场", "北广场"]),
            "位置": _coords(rng),
            "值班电话": [_landline(rng) for _ in range(N)],
        }
    )
    assert found["位置"] is None
    assert found["值班电话"] is None


def test_a_persons_coordinates_beside_a_site_stay_coordinates(rng: random.Random) -> None:
    found = types(
        {
            **_persons(rng),
            "手机": [mobile(rng) for _ in range(N)],
            "站点": pick(rng, ["东门", "西门", "南广场"]),
            "打卡位置": _coords(rng),
        }
    )
    assert found["打卡位置"] == "geo_coordinates"


def test_a_device_list_holds_the_devices_addresses(rng: random.Random) -> None:
    found = types(
        {
            "shebeimingcheng": pick(rng, ["一号机", "二号机", "三号机"]),
            "shebeiIP": [_lan(rng) for _ in range(N)],
            "banben": pick(rng, ["v1.2", "v1.3"]),
        }
    )
    assert found["shebeiIP"] is None


# -- gates and cameras ----------------------------------------------------------------------------


def test_a_gates_address_beside_persons_is_the_gates(rng: random.Random) -> None:
    found = types({**_persons(rng), "道闸IP": [_lan(rng) for _ in range(N)]})
    assert found["道闸IP"] is None


def test_a_login_address_beside_persons_stays_an_address(rng: random.Random) -> None:
    found = types({**_persons(rng), "登录IP": [_lan(rng) for _ in range(N)]})
    assert found["登录IP"] == "ipv4"


# -- a rental's or a stock list's cars -----------------------------------------------------------


def test_a_rentals_cars_keep_the_earlier_sets_gold(rng: random.Random) -> None:
    found = types(
        {
            **_persons(rng),
            "取车门店": pick(rng, ["机场店", "火车站店", "市中心店"]),
            "车牌号码": [_plate(rng) for _ in range(N)],
            "车辆识别代号": [vin(rng) for _ in range(N)],
        }
    )
    # sets 2 and 3 score a rental order's car as PI, sets 10 and 12 as the operator's (a
    # conflict the gold conventions table does not settle): the earlier sets' gold is kept
    assert found["车牌号码"] == "license_plate"
    assert found["车辆识别代号"] == "vin"


def test_a_stock_lists_cars_are_the_dealers(rng: random.Random) -> None:
    found = types(
        {
            "在库编号": [f"KC{i:05d}" for i in range(N)],
            "车架": [vin(rng) for _ in range(N)],
            "牌照": [_plate(rng) for _ in range(N)],
        }
    )
    assert found["车架"] is None


def test_a_hirer_of_other_goods_parks_her_own_car(rng: random.Random) -> None:
    found = types(
        {
            **_persons(rng),
            "器材租赁单号": [f"ZL{i:06d}" for i in range(N)],
            "rental_item": pick(rng, ["帐篷", "睡袋", "登山杖"]),
            "停车牌照": [_plate(rng) for _ in range(N)],
        }
    )
    assert found["停车牌照"] == "license_plate"


def test_a_keepers_car_stays_hers(rng: random.Random) -> None:
    found = types(
        {
            **_persons(rng),
            "车主车牌": [_plate(rng) for _ in range(N)],
            "车架号": [vin(rng) for _ in range(N)],
        }
    )
    assert found["车主车牌"] == "license_plate"
    assert found["车架号"] == "vin"


# -- a B2B ship-to -------------------------------------------------------------------------------


def test_a_b2b_ship_to_is_the_customers_site(rng: random.Random, fake: Faker) -> None:
    found = types(
        {
            "购货单位": [fake.company() for _ in range(N)],
            "购方税号": [uscc(rng) for _ in range(N)],
            "收货人": _names(rng),
            "送货地址": [fake.address() for _ in range(N)],
        }
    )
    assert found["送货地址"] is None
    assert found["收货人"] == "person_name"


def test_a_shoppers_ship_to_stays_an_address(rng: random.Random, fake: Faker) -> None:
    found = types(
        {
            "收货人": _names(rng),
            "收货手机": [mobile(rng) for _ in range(N)],
            "收货地址": [fake.address() for _ in range(N)],
        }
    )
    assert found["收货地址"] == "address"


# -- a point on a road, a company's phone, a company's account -----------------------------------


def test_a_road_under_a_points_header_is_no_home(rng: random.Random) -> None:
    roads = ["建设路", "人民大道", "解放街", "文化巷", "中山大街", "和平路"]
    found = types({**_persons(rng), "回收点位": pick(rng, roads)})
    assert found["回收点位"] is None


def test_a_companys_phone_in_pinyin_is_the_companys(rng: random.Random) -> None:
    found = types({**_persons(rng), "gongsizongji": [_landline(rng) for _ in range(N)]})
    assert found["gongsizongji"] is None


def test_a_persons_landline_stays_one(rng: random.Random) -> None:
    found = types({**_persons(rng), "jiatingdianhua": [_landline(rng) for _ in range(N)]})
    assert found["jiatingdianhua"] == "cn_landline"


def test_account_names_of_companies_are_no_logins(rng: random.Random, fake: Faker) -> None:
    found = types({**_persons(rng), "AccountNameOrg": [fake.company() for _ in range(N)]})
    assert found["AccountNameOrg"] is None


def test_body_weights_stay_measurements(rng: random.Random) -> None:
    weights = [f"{rng.uniform(45, 95):.1f}" for _ in range(N)]
    found = types({**_persons(rng), "体重(kg)": weights, "weight": weights})
    assert found["体重(kg)"] == "body_measurement"
    assert found["weight"] == "body_measurement"
