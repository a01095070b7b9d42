"""Colloquial question headers (issue 11, blind set 16): a header written as the question a clerk
asks names its column by what it asks about (``discover/scan/questions.py``). The wordings here
are this file's own, not set 16's: the grammar pairs a question word with the verb or noun it
asks about, so new wordings of the same question are read.

Controls: questions about the business (a boat's number, a fee per head, a quantity of goods
bought, lessons left), a shop asked where it is, and headers a hint word already reads."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import chinese_name, in_register, mobile, pick, random_id
from tests.scan.test_export_vocabulary import types

from piplkit.discover.scan.hints import load_hints

_BESIDE = {"姓名": chinese_name, "身份证号": random_id, "手机": mobile}


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1607)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("孩子几月几号生的", ("birth_date",)),
        ("啥时候出生", ("birth_date",)),
        ("是哪个国家的", ("nationality",)),
        ("啥国籍", ("nationality",)),
        ("老公在哪个公司", ("employer",)),
        ("在哪儿干活", ("employer",)),
        ("有事找谁", ("contacts", "person_name")),
        ("征信有没有问题", ("credit_record",)),
        ("钱包里还剩多少钱", ("account_balance",)),
        ("账上还有", ("account_balance",)),
        ("拿的啥证", ("job_title",)),
        ("是做什么工作的", ("job_title",)),
        ("笔试考了几分", ("education",)),
        ("哪所学校毕业", ("education",)),
        ("有多高", ("body_measurement",)),
        ("穿几码", ("body_measurement",)),
        ("哪里不舒服", ("health_record",)),
        ("吃的啥药", ("health_record",)),
        ("过敏不", ("health_record",)),
        ("客人反映了什么", ("communication_record",)),
        ("点过啥菜", ("transaction_record",)),
        ("浏览了啥", ("browsing_history",)),
        ("网上叫什么", ("person_name", "account_name")),
    ],
)
def test_a_question_names_what_it_asks(header: str, expected: tuple[str, ...]) -> None:
    assert load_hints().analyse(header).types == expected


@pytest.mark.parametrize(
    "header", ["几号桌", "每桌多少", "还剩几节课", "卖了多少斤", "进了几箱", "什么颜色", "演的谁"]
)
def test_a_question_about_the_business_names_nothing(header: str) -> None:
    assert not load_hints().analyse(header).types


def test_a_quantity_of_goods_bought_is_a_business_quantity() -> None:
    assert load_hints().analyse("批了多少公斤").negative


@pytest.mark.parametrize("header", ["厂子在哪", "门店开在哪里", "场馆在啥地方"])
def test_a_site_asked_where_is_an_organisation(header: str) -> None:
    found = load_hints().analyse(header)
    assert found.organisation and not found.types


def test_a_hint_word_keeps_its_reading_in_a_question() -> None:
    # 住哪 is an address hint already; 多大 an age
    assert load_hints().analyse("现在住哪").types == ("address",)
    assert load_hints().analyse("今年多大了").types == ("age",)


def test_a_parent_employer_asked_is_an_employer(rng: random.Random) -> None:
    firms = ["华兴电子有限公司", "宏达物流有限公司", "东方建材厂", "新世纪酒店"]
    assert in_register("妈妈在哪个厂上班", pick(rng, firms), rng, _BESIDE) == "employer"


def test_where_a_parent_works_given_as_a_city_is_not_an_employer(rng: random.Random) -> None:
    cities = ["广东深圳", "浙江杭州", "江苏无锡", "福建厦门"]
    assert in_register("爸爸在哪干活", pick(rng, cities), rng, _BESIDE) is None


def test_an_illness_asked_is_a_health_record(rng: random.Random) -> None:
    conditions = ["高血压", "糖尿病", "哮喘", "无"]
    assert in_register("有啥毛病", pick(rng, conditions), rng, _BESIDE) == "health_record"


def test_a_weight_asked_is_a_body_measurement(rng: random.Random) -> None:
    weights = [str(w) for w in range(48, 90)]
    assert in_register("孩子几斤", pick(rng, weights), rng, _BESIDE) == "body_measurement"


def test_a_card_balance_asked_is_a_balance(rng: random.Random) -> None:
    amounts = [f"{rng.randint(0, 3000)}.{rng.randint(0, 99):02d}" for _ in range(60)]
    assert in_register("会员卡上还剩多少钱", amounts, rng, _BESIDE) == "account_balance"


def test_a_shop_address_asked_where_is_not_an_address(rng: random.Random) -> None:
    shops = ["北京市朝阳区建国路88号", "上海市浦东新区世纪大道100号", "广州市天河区体育西路5号"]
    table = {
        "店名": pick(rng, ["便民烟酒", "好又多超市", "佳佳便利店"]),
        "铺子在哪里": pick(rng, shops),
    }
    assert types(table)["铺子在哪里"] is None
