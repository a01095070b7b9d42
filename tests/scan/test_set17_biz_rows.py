"""Table rules and value shapes blind set 17's Chinese business exports showed missing (issue
11), in this file's own wordings: a shop order's consignee address beside an invoice's title and
tax number, a resident ID printed in its three fields, a social-security number whose values
are resident IDs, a contacts export's logins under user_id, a submitter's display names, a
bank payout's amounts paid as salary, a parcel's weight in a waybill, a room code holding the
owner's flat.

Controls: a B2B order whose customers are companies keeps its ship-to the company's; a bank
card in groups of four and a grouping with a wrong check character are no resident ID; numeric
and prefixed user ids stay keys; a system's creator stays nobody; a refund list's amounts stay
amounts; a roster's body weight stays a body measurement; a hotel's room numbers stay rooms."""

from __future__ import annotations

import random

import pyarrow as pa
import pytest
from faker import Faker
from tests.scan.helpers import chinese_name, in_register, mobile, pick, random_id
from tests.scan.test_export_vocabulary import types

from piplkit.discover.detect.checksums import luhn_valid
from piplkit.discover.evaluation.heldout8.idgen import uscc
from piplkit.discover.scan.analysis import clean
from piplkit.discover.scan.arrow_cells import distinct_cells

N = 60


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1717)


@pytest.fixture
def fake() -> Faker:
    faker = Faker("zh_CN")
    faker.seed_instance(1717)
    return faker


def _card(rng: random.Random) -> str:
    body = "62258" + "".join(rng.choice("0123456789") for _ in range(10))
    return next(body + d for d in "0123456789" if luhn_valid(body + d))


def _grouped(number: str) -> str:
    return f"{number[:6]} {number[6:14]} {number[14:]}"


def test_a_consignee_address_beside_an_invoice_title_is_a_persons(
    rng: random.Random, fake: Faker
) -> None:
    table = {
        "订单号": [str(rng.randint(10**17, 10**18 - 1)) for _ in range(N)],
        "收货人名字": [chinese_name(rng) for _ in range(N)],
        "收货人手机号": [mobile(rng) for _ in range(N)],
        "收货详细地址": [fake.address() for _ in range(N)],
        "开票抬头": [fake.company() for _ in range(N)],
        "购方税号": [uscc(rng) for _ in range(N)],
    }
    assert types(table)["收货详细地址"] == "address"


def test_a_b2b_ship_to_beside_the_customers_credit_code_stays_the_companys(
    rng: random.Random, fake: Faker
) -> None:
    table = {
        "销售单号": [f"XS{rng.randint(10**7, 10**8 - 1)}" for _ in range(N)],
        "客户名称": [fake.company() for _ in range(N)],
        "客户税号": [uscc(rng) for _ in range(N)],
        "收货人": [chinese_name(rng) for _ in range(N)],
        "收货人手机号": [mobile(rng) for _ in range(N)],
        "收货地址": [fake.address() for _ in range(N)],
        "开票抬头": [fake.company() for _ in range(N)],
    }
    assert types(table)["收货地址"] is None


def test_a_resident_id_in_three_fields_is_one_number(rng: random.Random) -> None:
    ids = [_grouped(random_id(rng)) for _ in range(N)]
    assert clean(ids[0]) == ids[0].replace(" ", "")
    assert in_register("持证人证件", ids, rng, {"姓名": chinese_name}) == "cn_resident_id"


def test_a_full_count_joins_a_grouped_id_as_the_sample_does(rng: random.Random) -> None:
    number = random_id(rng)
    cells = distinct_cells(pa.array([_grouped(number), number, "6225 8812 3456 7890"]))
    assert cells.text.to_pylist() == [number, "6225 8812 3456 7890"]


def test_a_grouped_card_or_a_bad_check_character_is_no_resident_id(rng: random.Random) -> None:
    numbers = [_card(rng) for _ in range(N)]
    cards = [" ".join(c[k : k + 4] for k in range(0, 16, 4)) for c in numbers]
    assert in_register("卡号分组", cards, rng, {"姓名": chinese_name}) != "cn_resident_id"
    wrong = []
    for _ in range(N):
        number = random_id(rng)
        last = "0" if number[-1] != "0" else "1"
        wrong.append(_grouped(number[:-1] + last))
    assert clean(wrong[0]) is not None
    assert in_register("编码", wrong, rng, {"姓名": chinese_name}) != "cn_resident_id"


def test_a_social_security_header_beats_the_id_shape(rng: random.Random) -> None:
    ids = [random_id(rng) for _ in range(N)]
    assert in_register("社保电脑号码", ids, rng) == "social_security_card"
    assert in_register("si_number", ids, rng) == "social_security_card"


def test_logins_under_a_user_id_are_account_names(rng: random.Random) -> None:
    stems = ["wangli", "zhaomin", "chenjie", "liuyang", "sunhao", "zhoutao", "wuqian", "hanmei"]
    logins = [f"{rng.choice(stems)}{rng.randint(10, 9999)}" for _ in range(N)]
    table = {"姓名": [chinese_name(rng) for _ in range(N)], "USER_ID": logins,
             "手机": [mobile(rng) for _ in range(N)]}  # fmt: skip
    assert types(table)["USER_ID"] == "account_name"


@pytest.mark.parametrize(
    "make", [lambda r: str(r.randint(100000, 9999999)), lambda r: f"U{r.randint(10**8, 10**9)}"]
)
def test_numeric_and_prefixed_user_ids_stay_keys(rng: random.Random, make: object) -> None:
    assert callable(make)
    ids = [make(rng) for _ in range(N)]
    table = {"姓名": [chinese_name(rng) for _ in range(N)], "user_id": ids}
    assert types(table)["user_id"] is None


def test_a_submitters_display_names_are_account_names(rng: random.Random) -> None:
    heads = ["小", "阿", "大", "老"]
    tails = ["鱼儿", "星星", "橙子", "木木", "糖豆", "麦兜", "饭团"]
    ends = ["", "呀", "酱", "666", "_"]
    nicks = [f"{rng.choice(heads)}{rng.choice(tails)}{rng.choice(ends)}{i}" for i in range(N)]
    table = {"填写人": nicks, "报名课程": pick(rng, ["插花", "茶艺", "书法"]),
             "手机号码": [mobile(rng) for _ in range(N)]}  # fmt: skip
    assert types(table)["填写人"] == "account_name"


def test_a_systems_creator_stays_nobody(rng: random.Random) -> None:
    table = {"客户名称": [chinese_name(rng) for _ in range(N)],
             "创建人": pick(rng, ["admin", "system", "接口同步"]),
             "手机": [mobile(rng) for _ in range(N)]}  # fmt: skip
    assert types(table)["创建人"] is None


def test_a_creators_staff_codes_stay_keys(rng: random.Random) -> None:
    codes = [f"S{rng.randint(1000, 99999)}" for _ in range(N)]
    table = {"客户名称": [chinese_name(rng) for _ in range(N)], "creator": codes,
             "手机": [mobile(rng) for _ in range(N)]}  # fmt: skip
    assert types(table)["creator"] is None


def _payout(rng: random.Random, purposes: list[str]) -> dict[str, list[str]]:
    return {
        "收款人": [chinese_name(rng) for _ in range(N)],
        "身份证号": [random_id(rng) for _ in range(N)],
        "收款卡号": [_card(rng) for _ in range(N)],
        "发放金额": [f"{rng.uniform(3000, 30000):.2f}" for _ in range(N)],
        "摘要": pick(rng, purposes),
    }


def test_a_payout_files_amounts_paid_as_salary_are_income(rng: random.Random) -> None:
    table = _payout(rng, ["10月薪资", "季度绩效", "年终奖发放", "加班工资"])
    assert types(table)["发放金额"] == "income"


def test_a_refund_lists_amounts_stay_amounts(rng: random.Random) -> None:
    table = _payout(rng, ["订单退款", "押金退还", "差旅报销"])
    assert types(table)["发放金额"] is None


def test_a_parcels_weight_in_a_waybill_is_the_goods(rng: random.Random, fake: Faker) -> None:
    table = {
        "面单号": [f"JT{rng.randint(10**11, 10**12 - 1)}" for _ in range(N)],
        "收件人": [chinese_name(rng) for _ in range(N)],
        "收件人电话": [mobile(rng) for _ in range(N)],
        "收件地址": [fake.address() for _ in range(N)],
        "weight": [f"{rng.uniform(0.2, 25):.2f}" for _ in range(N)],
    }
    assert types(table)["weight"] is None


def test_a_rosters_body_weight_stays_a_body_measurement(rng: random.Random) -> None:
    weights = [f"{rng.uniform(45, 95):.1f}" for _ in range(N)]
    assert in_register("weight", weights, rng) == "body_measurement"


def test_a_room_code_holding_a_flat_is_an_address(rng: random.Random) -> None:
    flats = [
        f"{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(1, 33)}{rng.randint(1, 4):02d}"
        for _ in range(N)
    ]
    assert in_register("Room Number", flats, rng) == "address"


def test_a_hotels_room_numbers_stay_rooms(rng: random.Random) -> None:
    rooms = [f"{rng.randint(2, 28)}{rng.randint(1, 40):02d}" for _ in range(N)]
    assert in_register("room_number", rooms, rng) is None
