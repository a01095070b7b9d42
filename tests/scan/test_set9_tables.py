"""Table rules for the causes the lost held-out set 9 showed (issue 11, ``scan/table_parties.py``):
a cycle's length beside a menstrual column, e-mail addresses under a login header, goods' and
vehicles' codes shaped like a person's identifiers where no person is recorded, a department's
bonus, a company applicant's address, things' coordinates and a network element's address, the
2023 foreign permanent resident ID under its card's name. Each with a control that must stay."""

from __future__ import annotations

import random

import pytest
from stdnum.cn import ric
from tests.scan.helpers import mobile, random_id
from tests.scan.test_export_vocabulary import types
from tests.scan.test_set7_rules import _luhn, _vin


@pytest.fixture
def rng() -> random.Random:
    return random.Random(92)


def _names(rng: random.Random, n: int = 60) -> list[str]:
    return [
        rng.choice("王李张刘陈杨黄赵") + rng.choice(["伟", "芳", "娜", "敏", "静"])
        for _ in range(n)
    ]


def _pick(rng: random.Random, words: list[str], n: int = 60) -> list[str]:
    return [rng.choice(words) for _ in range(n)]


def _dates(rng: random.Random) -> list[str]:
    return [f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}" for _ in range(60)]


def _numbers(rng: random.Random, low: int, high: int) -> list[str]:
    return [str(rng.randint(low, high)) for _ in range(60)]


def test_a_cycle_beside_a_period(rng: random.Random) -> None:
    app = types(
        {
            "昵称": _pick(rng, ["小鱼", "momo", "阿紫"]),
            "last_period": _dates(rng),
            "cycle_len": _numbers(rng, 24, 35),
            "period_len": _numbers(rng, 3, 7),
        }
    )
    assert app["cycle_len"] == app["period_len"] == "health_record"
    billing = types(
        {
            "用户": _names(rng),
            "套餐": _pick(rng, ["月付", "年付"]),
            "cycle_len": _pick(rng, ["30", "365"]),
        }
    )
    assert billing["cycle_len"] is None  # control: a subscription's billing cycle


def test_e_mail_addresses_under_a_login_header(rng: random.Random) -> None:
    mails = [f"user{rng.randint(1, 9999)}@{rng.choice(['163.com', 'qq.com'])}" for _ in range(60)]
    assert types({"姓名": _names(rng), "登录账号": mails})["登录账号"] == "email"
    logins = [rng.choice(["zhangwei", "lina88", "wang_j"]) + str(i) for i in range(60)]
    assert types({"姓名": _names(rng), "登录账号": logins})["登录账号"] == "account_name"


def _imei(rng: random.Random) -> str:
    return _luhn("86" + "".join(rng.choice("0123456789") for _ in range(12)))


def test_goods_codes_shaped_like_a_persons(rng: random.Random) -> None:
    parts = types(
        {
            "零件号": [mobile(rng) for _ in range(60)],
            "零件名称": _pick(rng, ["刹车片", "滤芯"]),
            "单价": _numbers(rng, 10, 999),
        }
    )
    assert parts["零件号"] is None
    # control: a receiver's phone the header names, in an after-sale table of goods
    refunds = types(
        {
            "sku": [f"SKU{i:05d}" for i in range(60)],
            "receiverMobile": [mobile(rng) for _ in range(60)],
            "批次": _pick(rng, ["B1", "B2"]),
        }
    )
    assert refunds["receiverMobile"] == "cn_mobile"
    made = types(
        {
            "产品型号": _pick(rng, ["X10", "X20"]),
            "IMEI": [_imei(rng) for _ in range(60)],
            "出厂日期": _dates(rng),
        }
    )
    assert made["IMEI"] is None
    # control: a subscriber's IMEI beside their name and phone
    owned = types(
        {
            "姓名": _names(rng),
            "手机": [mobile(rng) for _ in range(60)],
            "产品型号": _pick(rng, ["X10", "X20"]),
            "IMEI": [_imei(rng) for _ in range(60)],
        }
    )
    assert owned["IMEI"] == "imei"
    # control: an app's device report names the phone's model, not a factory's batch
    app = types(
        {
            "phoneModel": _pick(rng, ["iPhone 15", "Mate 60"]),
            "IMEI": [_imei(rng) for _ in range(60)],
            "上报时间": _dates(rng),
        }
    )
    assert app["IMEI"] == "imei"


def test_a_fleets_and_a_company_bus_vehicles(rng: random.Random) -> None:
    plates = [f"京A{rng.randint(10000, 99999)}" for _ in range(60)]
    fleet = types(
        {
            "车型": _pick(rng, ["宇通ZK6", "金龙XMQ"]),
            "车牌号": plates,
            "VIN": [_vin(rng) for _ in range(60)],
        }
    )
    assert fleet["车牌号"] is None and fleet["VIN"] is None
    bus = types(
        {"班车线路": _pick(rng, ["A线", "B线"]), "车牌": plates, "座位数": _numbers(rng, 30, 53)}
    )
    assert bus["车牌"] is None
    owners = types({"车主": _names(rng), "车型": _pick(rng, ["宇通ZK6"]), "车牌号": plates})
    assert owners["车牌号"] == "license_plate"  # control: an owner's car


def test_a_departments_bonus(rng: random.Random) -> None:
    amounts = [f"{rng.uniform(1e4, 1e6):.2f}" for _ in range(60)]
    pool = types({"部门": _pick(rng, ["销售部", "研发部"]), "奖金": amounts, "奖金池": amounts})
    assert pool["奖金"] is None and pool["奖金池"] is None
    pay = types(
        {"工号": [f"E{i:04d}" for i in range(60)], "部门": _pick(rng, ["销售部"]), "奖金": amounts}
    )
    assert pay["奖金"] == "income"  # control: a staff member's bonus


def test_a_company_applicants_address(rng: random.Random) -> None:
    firms = [f"{rng.choice(['华成', '天益', '精芯'])}科技有限公司" for _ in range(60)]
    streets = [f"北京市朝阳区建国路{rng.randint(1, 200)}号" for _ in range(60)]
    patent = types({"申请人": firms, "申请人地址": streets, "发明人": _names(rng)})
    assert patent["申请人地址"] is None
    person = types(
        {"申请人": _names(rng), "申请人地址": streets, "手机": [mobile(rng) for _ in range(60)]}
    )
    assert person["申请人地址"] == "address"  # control: a person applies


def test_things_coordinates_and_a_network_elements_ip(rng: random.Random) -> None:
    lng = [f"{rng.uniform(116, 117):.6f}" for _ in range(60)]
    lat = [f"{rng.uniform(39, 40):.6f}" for _ in range(60)]
    lights = types({"路灯编号": [f"LD{i:05d}" for i in range(60)], "经度": lng, "纬度": lat})
    assert lights["经度"] is None and lights["纬度"] is None
    ips = [
        f"36.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}" for _ in range(60)
    ]
    assert types({"网元名称": _pick(rng, ["HZ-OLT-01"]), "oam_ip": ips})["oam_ip"] is None
    users = types({"姓名": _names(rng), "login_ip": ips})
    assert users["login_ip"] == "ipv4"  # control


def _permanent_resident(rng: random.Random) -> str:
    body = f"911840{rng.randint(1960, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    body += f"{rng.randint(0, 999):03d}"
    return body + ric.calc_check_digit(body + "0")


def test_a_2023_permanent_resident_card(rng: random.Random) -> None:
    cards = [_permanent_resident(rng) for _ in range(60)]
    found = types(
        {
            "姓名": _names(rng),
            "永久居留身份证": cards,
            "身份证号": [random_id(rng) for _ in range(60)],
        }
    )
    assert found["永久居留身份证"] == "foreign_permanent_resident_id"
    assert found["身份证号"] == "cn_resident_id"  # control
