"""Non-PI columns blind set 13 reported as PI, and survey questions typed by their answers
(issue 11), in this file's own wordings and values:

* a number the business issues for a booking, a sale or an order (预订号, reservationNo,
  收据号, ddbh) is a record key even where most of its values are phone-shaped;
* private-network addresses under a header naming a machine's role (闸机IP, kiosk_ip) in a table
  that records nobody are the machines';
* a survey export's question numbers (第6题, question7) type the column by its answers, and a
  clinical scale's score written with its scale (GAD-7 9分, SDS 52分) is a health record.

Controls that must not change: mobiles under a booking's phone header (and under YDDH, 移动电话,
which holds ddh), private IPs under a
header naming the address type in a table of machines, yes/no answers and exam scores under
question numbers."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import chinese_name, mobile
from tests.scan.test_export_vocabulary import one, types

_SURNAMES = "钱冯韩曹许沈彭吕苏蒋"
_GIVEN = ["宇", "欣", "浩", "琳", "凯", "悦", "博", "雪", "晨", "瑶"]


def _phone_shaped(rng: random.Random) -> str:
    """11 digits starting with 1: most pass as mobiles, some do not (10…, 12…)."""
    head = rng.choice(["13", "15", "18", "19", "17", "10", "12"])
    return head + "".join(rng.choice("0123456789") for _ in range(9))


def _private_ip(rng: random.Random) -> str:
    return f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


@pytest.fixture
def rng() -> random.Random:
    return random.Random(2613)


@pytest.mark.parametrize(
    "header", ["预订号", "reservationNo", "收据号", "ddbh", "booking", "Receipt Number"]
)
def test_phone_shaped_record_numbers_are_no_mobiles(header: str, rng: random.Random) -> None:
    n = 60
    table = {
        "客户": [chinese_name(rng, _SURNAMES, _GIVEN) for _ in range(n)],
        header: [_phone_shaped(rng) for _ in range(n)],
        "金额": [f"{rng.uniform(10, 900):.2f}" for _ in range(n)],
    }
    assert types(table)[header] is None


@pytest.mark.parametrize("header", ["闸机IP", "kiosk_ip", "POS机IP", "ZJIP"])
def test_private_ips_of_machines_in_a_table_of_nobody(header: str, rng: random.Random) -> None:
    n = 60
    table = {
        "线路": [f"{rng.randint(1, 90)}路" for _ in range(n)],
        "发车间隔": [f"{rng.randint(5, 30)}分钟" for _ in range(n)],
        header: [_private_ip(rng) for _ in range(n)],
    }
    assert types(table)[header] is None


@pytest.mark.parametrize("header", ["第6题", "question6", "Q06"])
def test_question_numbers_are_typed_by_their_answers(header: str, rng: random.Random) -> None:
    answers = ["异性恋", "同性恋", "双性恋", "不愿透露"]
    assert one(header, [rng.choice(answers) for _ in range(60)]) == "sexual_orientation"


@pytest.mark.parametrize("scale", ["GAD-7", "SDS", "EPDS", "PSQI"])
def test_a_scale_score_with_its_scale_is_a_health_record(scale: str, rng: random.Random) -> None:
    values = [f"{scale} {rng.randint(0, 60)}分" for _ in range(60)]
    assert one("第7题", values) == "health_record"
    assert one("测评结果", values) == "health_record"


# --- controls ---------------------------------------------------------------------------------


@pytest.mark.parametrize("header", ["预订手机", "booking_phone", "YDDH"])
def test_mobiles_under_a_bookings_phone_header_stay(header: str, rng: random.Random) -> None:
    n = 60
    table = {
        "客户": [chinese_name(rng, _SURNAMES, _GIVEN) for _ in range(n)],
        header: [mobile(rng) for _ in range(n)],
    }
    assert types(table)[header] == "cn_mobile"


def test_yes_no_and_exam_scores_under_question_numbers_stay_no_pi(rng: random.Random) -> None:
    assert one("第8题", [rng.choice(["是", "否"]) for _ in range(60)]) is None
    assert one("Q9", [f"数学 {rng.randint(40, 100)}分" for _ in range(60)]) is None


def test_private_ips_of_users_in_a_table_of_persons_stay(rng: random.Random) -> None:
    n = 60
    table = {
        "姓名": [chinese_name(rng, _SURNAMES, _GIVEN) for _ in range(n)],
        "手机": [mobile(rng) for _ in range(n)],
        "终端IP": [_private_ip(rng) for _ in range(n)],
    }
    assert types(table)["终端IP"] == "ipv4"


def test_private_ips_under_an_ip_header_in_a_table_of_nobody_stay(rng: random.Random) -> None:
    n = 60
    table = {
        "线路": [f"{rng.randint(1, 90)}路" for _ in range(n)],
        "IP地址": [_private_ip(rng) for _ in range(n)],
    }
    assert types(table)["IP地址"] == "ipv4"
