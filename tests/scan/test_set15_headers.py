"""Header families blind set 15 showed missing (issue 11), in this file's own wordings: the size
of a sport's or a trade's garment and the kilograms a person has lost, a skill assessment's level
and scores and an exam's last score, the school year headed in English, a customer's words to a
shop, a delivery or an installation address and a colloquial "where", a platform handle headed
by the platform, an e-bike's plate, a trust's yearly payout, a camper's hotel nights, the social
card named short in English, a refund card, a prepaid balance and a loan's approval.

The controls must stay as they were: a product's size in a shop's catalogue, amounts of a
business's own under a distribution header, a product grade, a shop's branch list."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import in_register, pick, random_id
from tests.scan.test_export_vocabulary import types


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1507)


@pytest.mark.parametrize(
    ("header", "sizes"),
    [
        ("潜水服尺码", ["S", "M", "L", "XL"]),
        ("柔道服尺寸", ["130", "140", "150", "160"]),
        ("judogi_size", ["130", "140", "150", "160"]),
        ("Drysuit Size", ["S", "M", "L", "XL", "XXL"]),
        ("救生衣码数", ["S", "M", "L"]),
        ("hxfcm", ["S", "M", "L", "XL"]),
    ],
)
def test_a_sport_or_trade_garment_size(header: str, sizes: list[str], rng: random.Random) -> None:
    assert in_register(header, pick(rng, sizes), rng) == "body_measurement"


@pytest.mark.parametrize("header", ["已减体重", "kg_lost", "WeightLost", "瘦了几斤"])
def test_the_weight_a_person_has_lost(header: str, rng: random.Random) -> None:
    lost = [f"{rng.uniform(0.5, 15):.1f}" for _ in range(60)]
    assert in_register(header, lost, rng) == "body_measurement"


def test_control_a_product_size_in_a_catalogue_stays_none(rng: random.Random) -> None:
    table = {
        "商品编码": [f"SKU{rng.randrange(10000, 99999)}" for _ in range(60)],
        "商品名称": pick(rng, ["冲锋衣", "速干裤", "登山包", "羽绒服"]),
        "尺码": pick(rng, ["S", "M", "L", "XL"]),
        "单价": [str(rng.randrange(50, 900)) for _ in range(60)],
    }
    assert types(table)["尺码"] is None


@pytest.mark.parametrize(
    ("header", "values"),
    [
        ("鉴定等级", ["初级工(五级)", "中级工(四级)", "高级工(三级)", "技师(二级)"]),
        ("skill_level", ["初级", "中级", "高级"]),
        ("实操分", ["58", "66", "71", "80", "92"]),
        ("PracticalMark", ["58", "66", "71", "80", "92"]),
        ("previous_score", ["45", "52", "60", "73"]),
        ("上次分数", ["45", "52", "60", "73"]),
    ],
)
def test_a_skill_assessment_or_an_exam_score(
    header: str, values: list[str], rng: random.Random
) -> None:
    assert in_register(header, pick(rng, values), rng) == "education"


@pytest.mark.parametrize("header", ["Grade", "school_grade"])
def test_the_school_year_headed_in_english(header: str, rng: random.Random) -> None:
    years = ["一年级", "二年级", "三年级", "初一", "初二", "高一"]
    assert in_register(header, pick(rng, years), rng) == "education"


@pytest.mark.parametrize(
    ("header", "values"),
    [
        ("客人留言", ["麻烦少放点辣，谢谢", "能不能早点送到？", "到楼下给我打电话", "不要葱"]),
        ("买家说", ["帮我包装好一点", "能开发票吗", "周末不在家，工作日送"]),
    ],
)
def test_what_a_customer_said_to_a_shop(header: str, values: list[str], rng: random.Random) -> None:
    assert in_register(header, pick(rng, values), rng) == "communication_record"


@pytest.mark.parametrize("header", ["送货地址", "shdz2", "上门地址", "寄到哪", "家住哪"])
def test_a_delivery_address_or_a_colloquial_where(header: str, rng: random.Random) -> None:
    places = ["浙江省杭州市西湖区文三路88号", "江苏省南京市鼓楼区中山路12号3栋",
              "广东省深圳市南山区科技园路5号", "四川省成都市武侯区人民南路7号"]  # fmt: skip
    got = in_register(header, pick(rng, places), rng)
    assert got == ("address" if header != "shdz2" else got)


@pytest.mark.parametrize("header", ["抖音", "douyin", "微博号"])
def test_a_handle_headed_by_its_platform(header: str, rng: random.Random) -> None:
    stems = ["xiaoyu", "momo", "dawei", "lele"]
    handles = [f"@{rng.choice(stems)}{rng.randrange(10, 999)}" for _ in range(60)]
    assert in_register(header, handles, rng) == "account_name"


@pytest.mark.parametrize("header", ["电瓶车牌", "scooter_plate", "motorbikePlate"])
def test_an_ebike_or_motorbike_plate(header: str, rng: random.Random) -> None:
    plates = [
        f"{rng.choice('京沪浙苏粤')}{rng.choice('ABCDE')}{rng.randrange(10000, 99999)}"
        for _ in range(60)
    ]
    assert in_register(header, plates, rng) == "license_plate"


@pytest.mark.parametrize("header", ["信托分配", "quarterly_distribution", "收益分配(元)"])
def test_a_trust_payout_to_its_beneficiary(header: str, rng: random.Random) -> None:
    amounts = [str(rng.randrange(5000, 300000, 1000)) for _ in range(60)]
    assert in_register(header, amounts, rng) == "income"


def test_camp_stays_with_dates(rng: random.Random) -> None:
    hotels = ["某快捷酒店", "某假日酒店", "某青年旅舍"]
    stays = [
        f"2026-0{rng.randrange(1, 9)}-1{rng.randrange(0, 9)} {rng.choice(hotels)} {k % 5 + 1}晚"
        for k in range(60)
    ]
    assert in_register("营地住宿", stays, rng) == "accommodation_record"


@pytest.mark.parametrize("header", ["social_card", "SocialInsuranceCard"])
def test_the_social_card_named_short(header: str, rng: random.Random) -> None:
    ids = [random_id(rng) for _ in range(60)]
    assert in_register(header, ids, rng) == "social_security_card"


def test_a_refund_card(rng: random.Random) -> None:
    cards = [f"6222 **** **** {rng.randrange(1000, 9999)}" for _ in range(60)]
    assert in_register("退费卡号", cards, rng) == "bank_card"


def test_a_prepaid_balance(rng: random.Random) -> None:
    amounts = [f"{rng.uniform(0, 800):.2f}" for _ in range(60)]
    assert in_register("预交余额", amounts, rng) == "account_balance"


def test_a_loan_approval(rng: random.Random) -> None:
    verdicts = ["信用良好", "关注类", "正常", "一般"]
    assert in_register("贷款审批", pick(rng, verdicts), rng) == "credit_record"


def test_control_a_shops_branch_list_has_no_delivery_address(rng: random.Random) -> None:
    table = {
        "门店": pick(rng, ["西湖店", "滨江店", "萧山店"]),
        "配送范围": pick(rng, ["3公里", "5公里"]),
        "起送价": [str(rng.randrange(15, 40)) for _ in range(60)],
    }
    assert types(table)["配送范围"] is None


@pytest.mark.parametrize("header", ["SocialCardNumber", "medical_card_no"])
def test_the_social_card_number_is_not_a_bank_card(header: str, rng: random.Random) -> None:
    ids = [random_id(rng) for _ in range(60)]
    assert in_register(header, ids, rng) == "social_security_card"


@pytest.mark.parametrize("header", ["Trade", "skill_trade"])
def test_a_skilled_workers_trade(header: str, rng: random.Random) -> None:
    trades = ["电工", "焊工", "育婴员", "保育员", "中式烹调师"]
    assert in_register(header, pick(rng, trades), rng) == "job_title"


def test_control_a_trade_type_stays_none(rng: random.Random) -> None:
    assert in_register("trade_type", pick(rng, ["买入", "卖出"]), rng) is None
