"""A business's own fields read as a person's (blind set 15, issue 11), in this file's own
wordings and values:

* a company's name under a workplace word in a table that records no person (an instrument
  register's 所在单位) is no one's employer;
* a landline beside a branch or an office in a table that records no person (营业厅 and 客服电话)
  is the organisation's number;
* a balance or a credit line in a table whose rows are companies (a supplier register: credit
  code, company name, contact) is the company's;
* a handful of numbered labels (a restaurant's 雅间2号, VIP1) names the business's rooms, not homes.

Controls that must not change: a workplace beside a person's name and phone, a home landline
beside a name, a balance in a table that also holds a person's ID number, home addresses."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import chinese_name, mobile, random_id
from tests.scan.test_export_vocabulary import types

from piplkit.discover.evaluation.heldout8.idgen import uscc

_SURNAMES = "韩冯邹宋潘田姜崔蒋钟"
_GIVEN = ["语", "桐", "梓", "涵", "睿", "彤", "宸", "悦", "晗", "煜"]
_FIRMS = ["华岳", "启明", "恒泰", "中嘉", "瑞丰", "博远", "天禾", "立信", "鼎盛", "宏图"]
_TRADES = ["仪器", "物流", "电子", "建材", "食品"]
N = 60


def _firm(rng: random.Random) -> str:
    return (
        f"{rng.choice(['杭州', '宁波', '温州'])}{rng.choice(_FIRMS)}{rng.choice(_TRADES)}有限公司"
    )


def _landline(rng: random.Random) -> str:
    return f"0{rng.choice(['571', '574', '577'])}-{rng.randint(8100_0000, 8999_9999)}"


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1508)


def test_company_under_a_workplace_word_in_a_table_of_instruments(rng: random.Random) -> None:
    cols = {
        "仪器编号": [f"YQ-{rng.randint(10000, 99999)}" for _ in range(N)],
        "检定日期": [f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}" for _ in range(N)],
        "所在单位": [_firm(rng) for _ in range(N)],
    }
    assert types(cols)["所在单位"] is None


def test_control_a_workplace_beside_a_person_stays_employer(rng: random.Random) -> None:
    cols = {
        "姓名": [chinese_name(rng, _SURNAMES, _GIVEN) for _ in range(N)],
        "手机": [mobile(rng) for _ in range(N)],
        "所在单位": [_firm(rng) for _ in range(N)],
    }
    assert types(cols)["所在单位"] == "employer"


@pytest.mark.parametrize(
    ("site", "phone"), [("营业厅", "客服电话"), ("branch", "tel"), ("网点", "座机")]
)
def test_landline_beside_a_branch_in_a_table_of_no_person(
    rng: random.Random, site: str, phone: str
) -> None:
    cols = {
        site: [
            f"{rng.choice(['西湖', '滨江', '萧山'])}{rng.choice(['一', '二', '三'])}号厅"
            for _ in range(N)
        ],
        phone: [_landline(rng) for _ in range(N)],
        "营业时间": [rng.choice(["08:30-17:30", "09:00-18:00"]) for _ in range(N)],
    }
    assert types(cols)[phone] is None


def test_control_a_home_landline_beside_a_name_stays(rng: random.Random) -> None:
    cols = {
        "户主": [chinese_name(rng, _SURNAMES, _GIVEN) for _ in range(N)],
        "住宅电话": [_landline(rng) for _ in range(N)],
    }
    assert types(cols)["住宅电话"] == "cn_landline"


def _suppliers(rng: random.Random, balance: str) -> dict[str, list[str]]:
    return {
        "供应商名称": [_firm(rng) for _ in range(N)],
        "信用代码": [uscc(rng) for _ in range(N)],
        "对接人": [chinese_name(rng, _SURNAMES, _GIVEN) for _ in range(N)],
        "对接人手机": [mobile(rng) for _ in range(N)],
        balance: [f"{rng.uniform(1000, 900000):.2f}" for _ in range(N)],
    }


@pytest.mark.parametrize("balance", ["预付款余额", "账款余额", "credit_line", "授信额度(万)"])
def test_balance_or_credit_of_a_company_row_is_the_companys(
    rng: random.Random, balance: str
) -> None:
    assert types(_suppliers(rng, balance))[balance] is None


def test_control_a_balance_beside_a_persons_id_stays(rng: random.Random) -> None:
    cols = _suppliers(rng, "账户余额") | {"身份证号": [random_id(rng) for _ in range(N)]}
    assert types(cols)["账户余额"] == "account_balance"


@pytest.mark.parametrize(
    ("header", "labels"),
    [
        ("常订包间", ["雅间2号", "雅间5号", "VIP1", "大厅3号"]),
        ("fav_room", ["雅座3号", "雅座6号", "VIP2", "大厅1号"]),
    ],
)
def test_numbered_labels_of_rooms_are_no_address(
    rng: random.Random, header: str, labels: list[str]
) -> None:
    cols = {
        "会员": [chinese_name(rng, _SURNAMES, _GIVEN) for _ in range(N)],
        "手机": [mobile(rng) for _ in range(N)],
        header: [rng.choice(labels) for _ in range(N)],
    }
    assert types(cols)[header] is None


def test_control_home_addresses_stay(rng: random.Random) -> None:
    streets = ["滨江路", "文一西路", "凤起路", "庆春路"]
    homes = [
        f"杭州市{rng.choice(streets)}{rng.randint(1, 300)}号{rng.randint(1, 20)}幢"
        for _ in range(N)
    ]
    cols = {
        "会员": [chinese_name(rng, _SURNAMES, _GIVEN) for _ in range(N)],
        "手机": [mobile(rng) for _ in range(N)],
        "住址": homes,
    }
    assert types(cols)["住址"] == "address"


def _claimants(rng: random.Random) -> dict[str, list[str]]:
    return {
        "申领人": [chinese_name(rng, _SURNAMES, _GIVEN) for _ in range(N)],
        "身份证号码": [random_id(rng) for _ in range(N)],
        "联系电话": [mobile(rng) for _ in range(N)],
    }


@pytest.mark.parametrize("header", ["购置补助(元)", "换新补贴", "subsidy_amount"])
def test_subsidy_beside_the_goods_bought_is_a_rebate(rng: random.Random, header: str) -> None:
    cols = _claimants(rng) | {
        "设备型号": [rng.choice(["XR-300", "XR-500", "QT-12"]) for _ in range(N)],
        "发票号码": [str(rng.randint(10**19, 10**20 - 1)) for _ in range(N)],
        header: [str(rng.randint(150, 2500)) for _ in range(N)],
    }
    assert types(cols)[header] is None


def test_control_a_living_subsidy_of_a_person_stays_income(rng: random.Random) -> None:
    cols = _claimants(rng) | {"生活补贴": [str(rng.randint(300, 1500)) for _ in range(N)]}
    assert types(cols)["生活补贴"] == "income"
