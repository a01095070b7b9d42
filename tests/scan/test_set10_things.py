"""Table rules for the causes of held-out set 10's non-PI columns reported as PI (issue 11):
columns of things with a person type's shape (``piplkit.discover.scan.table_things``) and two
header-word fixes (a blood alcohol ``bac`` only as a whole word; vehicles a business runs for
hire or teaching). Headers and values are this test's own, in other wordings than set 10's;
each rule has controls that must not change."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import mobile, pick, random_id
from tests.scan.test_export_vocabulary import types

from piplkit.discover.evaluation.heldout8.idgen import imei, vin

N = 60


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1010)


def _names(rng: random.Random) -> list[str]:
    return [
        rng.choice("王李张刘陈杨黄赵周吴")
        + rng.choice(["伟", "芳", "娜", "敏", "静", "秀英", "建国"])
        for _ in range(N)
    ]


def _persons(rng: random.Random) -> dict[str, list[str]]:
    return {"姓名": _names(rng), "身份证号": [random_id(rng) for _ in range(N)]}


def _lan_ip(rng: random.Random) -> str:
    return f"10.{rng.randint(0, 20)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def _public_ip(rng: random.Random) -> str:
    return f"{rng.choice([36, 58, 61, 112, 116, 183, 220])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"  # noqa: E501


def _mac(rng: random.Random) -> str:
    return ":".join(f"{rng.randint(0, 255):02X}" for _ in range(6))


def _serial(rng: random.Random) -> str:
    return f"SN{rng.randint(10**9, 10**10 - 1)}"


def _plate(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    tail = "".join(rng.choice(letters + "0123456789") for _ in range(4))
    return f"{rng.choice('苏浙沪粤鲁')}{rng.choice('ABCDE')}{rng.randint(1, 9)}{tail}"


# -- running numbers in a mobile's shape ----------------------------------------------------------


def _running(rng: random.Random) -> str:
    return "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))


@pytest.mark.parametrize("header", ["受理号", "claim_code", "c5"])
def test_running_numbers_shaped_like_mobiles_are_keys(rng: random.Random, header: str) -> None:
    table = {**_persons(rng), "联系手机": [mobile(rng) for _ in range(N)]}
    found = types({**table, header: [_running(rng) for _ in range(N)]})
    assert found[header] is None
    assert found["联系手机"] == "cn_mobile"  # control: subscribers' numbers are in the plan


@pytest.mark.parametrize("header", ["c6", "备用联系"])
def test_mobiles_under_a_silent_header_stay_mobiles(rng: random.Random, header: str) -> None:
    found = types({**_persons(rng), header: [mobile(rng) for _ in range(N)]})
    assert found[header] == "cn_mobile"


# -- equipment tables ---------------------------------------------------------------------------


def test_a_table_of_equipment_holds_the_equipments_addresses(rng: random.Random) -> None:
    found = types(
        {
            "闸机序列号": [_serial(rng) for _ in range(N)],
            "网口IP": [_lan_ip(rng) for _ in range(N)],
            "网卡MAC": [_mac(rng) for _ in range(N)],
            "4G模块IMEI": [imei(rng) for _ in range(N)],
            "固件版本": pick(rng, ["v2.1.0", "v2.3.4", "v3.0.1"]),
        }
    )
    assert found["网口IP"] is None
    assert found["网卡MAC"] is None
    assert found["4G模块IMEI"] is None


def test_a_meter_register_holds_the_meters_coordinates(rng: random.Random) -> None:
    coords = [f"{rng.uniform(28, 32):.6f},{rng.uniform(118, 122):.6f}" for _ in range(N)]
    found = types(
        {
            "水表号": [f"WM{rng.randint(10**7, 10**8 - 1)}" for _ in range(N)],
            "经纬度": coords,
            "读数m3": [str(rng.randint(10, 9000)) for _ in range(N)],
        }
    )
    assert found["经纬度"] is None


def test_probes_and_app_devices_keep_peoples_identifiers(rng: random.Random) -> None:
    # controls: a Wi-Fi probe's sightings of phones (no serial beside them), and a device log
    # with a serial and a person's mobile
    probes = types(
        {
            "探针编号": pick(rng, ["P01", "P02", "P03"]),
            "mac": [_mac(rng) for _ in range(N)],
            "rssi": [str(-rng.randint(30, 90)) for _ in range(N)],
        }
    )
    assert probes["mac"] == "mac_address"
    device = types(
        {
            "设备序列号": [_serial(rng) for _ in range(N)],
            "绑定手机": [mobile(rng) for _ in range(N)],
            "imei": [imei(rng) for _ in range(N)],
        }
    )
    assert device["imei"] == "imei"


def test_a_machines_private_address_beside_its_users(rng: random.Random) -> None:
    found = types({**_persons(rng), "收银机IP": [_lan_ip(rng) for _ in range(N)]})
    assert found["收银机IP"] is None
    # control: the users' own addresses
    found = types({**_persons(rng), "登录IP": [_public_ip(rng) for _ in range(N)]})
    assert found["登录IP"] == "ipv4"


# -- names of brands, shops and authors --------------------------------------------------------


def test_names_in_a_catalogue_are_authors_or_brands(rng: random.Random) -> None:
    books = types(
        {
            "ISBN": [f"978{rng.randint(10**9, 10**10 - 1)}" for _ in range(N)],
            "著者": _names(rng),
            "出版社": pick(rng, ["人民文学出版社", "译林出版社", "上海译文出版社"]),
        }
    )
    assert books["著者"] is None
    goods = types(
        {"货号": [f"HX-{rng.randint(1000, 9999)}" for _ in range(N)], "品牌": _names(rng)}
    )
    assert goods["品牌"] is None


def test_the_holders_in_an_asset_ledger_stay_persons(rng: random.Random) -> None:
    found = types(
        {
            "资产编号": [f"ZC{rng.randint(10**5, 10**6 - 1)}" for _ in range(N)],
            "领用人": _names(rng),
            "存放地点": pick(rng, ["三楼机房", "财务室", "仓库A"]),
        }
    )
    assert found["领用人"] == "person_name"


def test_readers_in_a_catalogue_table_stay_persons(rng: random.Random) -> None:
    found = types(
        {
            "ISBN": [f"978{rng.randint(10**9, 10**10 - 1)}" for _ in range(N)],
            "读者姓名": _names(rng),
            "读者手机": [mobile(rng) for _ in range(N)],
        }
    )
    assert found["读者姓名"] == "person_name"


# -- standings and grades are no job titles -----------------------------------------------------


def test_a_residents_standing_and_a_course_grade_are_no_job(rng: random.Random) -> None:
    found = types(
        {
            **_persons(rng),
            "Role": pick(rng, ["房东", "租客", "同住人", "亲属"]),
            "Class Level": pick(rng, ["初级", "中级", "高级", "进阶"]),
            "学员水平": pick(rng, ["初级", "中级", "高级"]),
        }
    )
    assert found["Role"] is None
    assert found["Class Level"] is None
    assert found["学员水平"] is None


def test_a_professional_title_grade_stays_a_job_title(rng: random.Random) -> None:
    found = types({**_persons(rng), "职称": pick(rng, ["初级", "中级", "高级"])})
    assert found["职称"] == "job_title"


# -- stock, takings, kinds, delivery proof, fund accounts ----------------------------------------


def test_blood_groups_in_a_stock_list_are_the_stocks(rng: random.Random) -> None:
    found = types(
        {
            "blood_group": pick(rng, ["A", "B", "O", "AB"]),
            "在库数量": [str(rng.randint(0, 500)) for _ in range(N)],
        }
    )
    assert found["blood_group"] is None
    # control: a donor's blood group
    assert (
        types({**_persons(rng), "blood_group": pick(rng, ["A", "B", "O", "AB"])})["blood_group"]
        == "health_record"
    )


def test_a_business_takings_are_no_income(rng: random.Random) -> None:
    found = types(
        {
            "营业日": [f"2026-11-{d:02d}" for d in rng.choices(range(1, 29), k=N)],
            "营业收入": [f"{rng.uniform(5000, 90000):.2f}" for _ in range(N)],
            "客流量": [str(rng.randint(100, 5000)) for _ in range(N)],
        }
    )
    assert found["营业收入"] is None
    # control: a person's monthly income
    pay = [str(rng.randint(3000, 30000)) for _ in range(N)]
    assert types({**_persons(rng), "月收入": pay})["月收入"] == "income"


def test_a_kind_of_transaction_is_no_record(rng: random.Random) -> None:
    found = types(
        {**_persons(rng), "交易方式": pick(rng, ["快捷支付", "余额支付", "转账", "退款"])}
    )
    assert found["交易方式"] is None


def test_a_delivery_proof_photo_is_no_face(rng: random.Random) -> None:
    paths = pick(rng, ["/sign/2026/11/shelf.jpg", "/sign/2026/11/gate.jpg"])
    found = types({**_persons(rng), "签收照片": paths})
    assert found["签收照片"] is None
    # control: a face photo
    faces = [f"/face/2026/{rng.randint(10**5, 10**6)}.jpg" for _ in range(N)]
    assert types({**_persons(rng), "人脸照片": faces})["人脸照片"] == "face_image"


def test_a_provident_fund_account_number_is_a_key(rng: random.Random) -> None:
    numbers = [f"3301{rng.randint(10**9, 10**10 - 1)}" for _ in range(N)]
    found = types({**_persons(rng), "公积金个人账号": numbers})
    assert found["公积金个人账号"] is None


# -- vehicles a business runs ---------------------------------------------------------------------


def test_cars_run_for_hire_or_teaching_are_the_companys(rng: random.Random) -> None:
    found = types(
        {
            "驾驶员": _names(rng),
            "手机": [mobile(rng) for _ in range(N)],
            "运营车辆": [_plate(rng) for _ in range(N)],
            "车架号": [vin(rng) for _ in range(N)],
        }
    )
    assert found["运营车辆"] is None
    assert found["车架号"] is None


def test_an_owners_car_stays_hers(rng: random.Random) -> None:
    found = types(
        {
            "车主": _names(rng),
            "手机": [mobile(rng) for _ in range(N)],
            "车牌号": [_plate(rng) for _ in range(N)],
            "车架号": [vin(rng) for _ in range(N)],
        }
    )
    assert found["车牌号"] == "license_plate"
    assert found["车架号"] == "vin"


# -- a blood alcohol content only as a whole word --------------------------------------------------


def test_bac_is_not_the_start_of_backup(rng: random.Random) -> None:
    sizes = [f"{rng.uniform(0.1, 40):.1f}" for _ in range(N)]
    assert types({**_persons(rng), "backupSizeMB": sizes})["backupSizeMB"] is None
    levels = [f"{rng.uniform(0, 0.12):.3f}" for _ in range(N)]
    assert types({**_persons(rng), "BAC": levels})["BAC"] == "health_record"


def test_a_plate_beside_a_bus_line_is_the_buses(rng: random.Random) -> None:
    found = types(
        {
            **_persons(rng),
            "班次": pick(rng, ["早班1", "早班2", "晚班1"]),
            "车牌号": [_plate(rng) for _ in range(N)],
        }
    )
    assert found["车牌号"] is None
    # control: a keeper's own car beside a route
    found = types(
        {
            **_persons(rng),
            "班次": pick(rng, ["早班1", "早班2", "晚班1"]),
            "车主车牌": [_plate(rng) for _ in range(N)],
        }
    )
    assert found["车主车牌"] == "license_plate"
