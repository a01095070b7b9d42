"""Causes blind set 20 showed (issue 11), each in this file's own wordings, not the set's.

A name split into a surname column and a given-name column (a CRM's Surname / Given Name, a
translated 联系人姓 / 联系人名, pinyin ``xingshi``); an SDK's install ids; an event's page; a
browser; a vendor's ``$`` property and a spaced English gloss; pay rates; nickname initials;
toll paths; a message left, current meds; an insurance card of resident IDs; an order's state;
a pick-up point; a service type of trades; takings in a daily report.

Controls: a shop name beside no surname column stays no name, a school's name stays no name,
a column of surnames under a word that names no name part stays as it was."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import (
    COMMON_GIVEN,
    COMMON_SURNAMES,
    chinese_name,
    in_register,
    pick,
    random_id,
)
from tests.scan.test_export_vocabulary import types

N = 60
GIVEN = ["秀兰", "建华", "婷", "子涵", "浩然", "雪", "志强", "欣怡", "俊", "丽娟"]
SURNAMES = [*COMMON_SURNAMES, "欧阳", "诸葛", "钱", "孙", "郑"]


@pytest.fixture
def rng() -> random.Random:
    return random.Random(2020)


def _split(rng: random.Random, surname: str, given: str) -> dict[str, str | None]:
    return types(
        {
            "客户编号": [f"C{rng.randint(10000, 99999)}" for _ in range(N)],
            surname: pick(rng, SURNAMES, N),
            given: pick(rng, GIVEN, N),
            "订单金额": [f"{rng.randint(10, 999)}.00" for _ in range(N)],
        }
    )


def test_a_split_chinese_name_is_a_persons_name(rng: random.Random) -> None:
    for surname, given in [
        ("Surname", "Given Name"),
        ("contact_lastname", "contact_firstname"),
        ("联系人姓", "联系人名"),
        ("姓氏", "名"),
        ("XINGSHI", "MING"),
        ("LName", "FName"),
    ]:
        found = _split(rng, surname, given)
        assert found[surname] == "person_name", surname
        assert found[given] == "person_name", given


def test_latin_name_parts_are_a_persons_name(rng: random.Random) -> None:
    found = types(
        {
            "family_name": pick(rng, ["Smith", "Garcia", "ZHANG", "Wang", "Miller", "LIU"], N),
            "forename": pick(rng, ["Emma", "Oliver", "Wei", "Xiuying", "Lucas", "Mia"], N),
        }
    )
    assert found == {"family_name": "person_name", "forename": "person_name"}


def test_a_bare_given_name_word_needs_its_surname_beside_it(rng: random.Random) -> None:
    shops = ["茶语", "鲜果", "明记", "好客", "小鹿", "禾木"]
    found = types(
        {"店名": pick(rng, shops, N), "营业额": [str(rng.randint(1, 9)) for _ in range(N)]}
    )
    assert found["店名"] is None


def test_a_school_name_is_no_name_part(rng: random.Random) -> None:
    schools = ["北京大学", "复旦大学", "浙江大学", "南京大学"]
    found = types(
        {"school_name": pick(rng, schools, N), "姓名": [chinese_name(rng) for _ in range(N)]}
    )
    assert found["school_name"] != "person_name"


def test_given_names_alone_need_a_given_name_word(rng: random.Random) -> None:
    found = types({"标签": pick(rng, list(COMMON_GIVEN), N)})
    assert found["标签"] is None


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def test_sdk_install_ids_are_device_ids(rng: random.Random) -> None:
    found = types(
        {
            "mobile": [f"139{rng.randint(10_000_000, 99_999_999)}" for _ in range(N)],
            "appsflyer_device_id": [
                f"{rng.randint(10**12, 10**13 - 1)}-{rng.randint(10**18, 10**19 - 1)}"
                for _ in range(N)
            ],
            "应用实例ID": [_hex(rng, 32) for _ in range(N)],
            "安卓ID号": [_hex(rng, 16) for _ in range(N)],
        }
    )
    assert found["appsflyer_device_id"] == "device_id"
    assert found["应用实例ID"] == "device_id"
    assert found["安卓ID号"] == "device_id"


def test_a_servers_instance_id_stays_no_device(rng: random.Random) -> None:
    found = types({"instance_id": [f"i-{_hex(rng, 17)}" for _ in range(N)], "cpu": ["0.5"] * N})
    assert found["instance_id"] is None


def test_a_browser_is_no_browsing_history(rng: random.Random) -> None:
    browsers = ["Chrome 121", "Safari 17.2", "Edge 120", "微信内置浏览器", "Firefox 122"]
    assert in_register("浏览器类型", pick(rng, browsers, N), rng) is None
    assert in_register("BrowserName", pick(rng, browsers, N), rng) is None


def test_an_events_page_location_is_browsing_history(rng: random.Random) -> None:
    pages = [f"https://m.shop.example/item/{rng.randint(1000, 9999)}" for _ in range(N)]
    assert in_register("page_location", pages, rng) == "browsing_history"


def test_vendor_dollar_properties_and_spaced_glosses_name_the_column(rng: random.Random) -> None:
    firms = ["恒达科技有限公司", "远航传媒有限公司", "青禾信息有限公司", "蓝海网络有限公司"]
    titles = ["销售经理", "产品经理", "会计", "人事专员"]
    assert in_register("$organization", pick(rng, firms, N), rng) == "employer"
    assert in_register("$title", pick(rng, titles, N), rng) == "job_title"
    assert in_register("单位 Company", pick(rng, firms, N), rng) == "employer"


def test_pay_rates_and_settled_earnings_initials_are_income(rng: random.Random) -> None:
    rates = [f"{rng.randint(6, 40)},{rng.randint(100, 999)}" for _ in range(N)]
    assert in_register("Current Pay Rate", rates, rng) == "income"


def test_nickname_initials_and_a_rednote_id_are_account_names(rng: random.Random) -> None:
    nicks = [
        f"{rng.choice(['小鹿', '阿木', '星河', '柚子', '栗子'])}{rng.randint(1, 999)}"
        for _ in range(N)
    ]
    assert in_register("YHNC", nicks, rng) == "account_name"
    ids = [str(rng.randint(100_000_000, 999_999_999)) for _ in range(N)]
    assert in_register("xhsid", ids, rng) == "account_name"


def test_toll_gantry_chains_are_trajectories(rng: random.Random) -> None:
    gantries = ["沪宁高速无锡东", "京沪高速苏州北", "沈海高速宁波", "杭瑞高速黄山", "沪杭高速嘉兴"]

    def path() -> str:
        stops = rng.sample(gantries, 3)
        return "→".join(f"09:{10 * k + rng.randint(0, 9):02d} {g}" for k, g in enumerate(stops))

    paths = [path() for _ in range(N)]
    assert in_register("行驶路径", paths, rng) == "trajectory"


def test_a_message_left_and_meds_and_a_health_check_are_records(rng: random.Random) -> None:
    notes = ["请周末送货", "发票抬头写公司", "麻烦包装好一点", "到了打电话", "不要放驿站"]
    meds = ["阿司匹林 100mg qd", "二甲双胍 0.5g bid", "氨氯地平 5mg qd", "无"]
    assert in_register("访客留言", pick(rng, notes, N), rng) == "communication_record"
    assert in_register("currentMeds", pick(rng, meds, N), rng) == "health_record"


def test_an_insurance_card_of_resident_ids_is_a_social_security_card(rng: random.Random) -> None:
    ids = [random_id(rng) for _ in range(N)]
    assert in_register("health_insurance_card_no", ids, rng) == "social_security_card"


def test_a_trade_or_an_order_state_is_no_record(rng: random.Random) -> None:
    states = ["交易成功", "交易关闭", "待付款", "已退款"]
    assert in_register("订单交易状态", pick(rng, states, N), rng) is None


def test_a_pickup_point_address_is_the_points(rng: random.Random) -> None:
    addresses = [
        f"杭州市西湖区文三路{rng.randint(1, 500)}号{rng.choice('ABC')}座底商" for _ in range(N)
    ]
    assert in_register("提货点地址", addresses, rng) is None


def test_a_service_type_of_trades_is_a_job_title(rng: random.Random) -> None:
    trades = ["收纳师", "家电清洗师", "家庭司机", "整理师", "钟点工"]
    assert in_register("ServiceType", pick(rng, trades, N), rng) == "job_title"
    assert in_register("service_category", pick(rng, trades, N), rng) == "job_title"
    goods = ["生鲜", "日用", "家电", "服饰"]
    assert in_register("服务类别", pick(rng, goods, N), rng) is None


def test_takings_in_a_daily_report_are_no_income(rng: random.Random) -> None:
    found = types(
        {
            "日期": [f"2026-11-{d % 28 + 1:02d}" for d in range(N)],
            "片区": pick(rng, ["东区", "西区", "南区"], N),
            "骑行收入": [f"{rng.randint(1000, 90000)}.00" for _ in range(N)],
            "income_yuan": [f"{rng.randint(1000, 90000)}.00" for _ in range(N)],
        }
    )
    assert found["骑行收入"] is None
    assert found["income_yuan"] is None


def test_a_members_income_stays_income(rng: random.Random) -> None:
    bands = [f"{rng.randint(3, 30)}000" for _ in range(N)]
    assert in_register("月收入", bands, rng) == "income"


def test_more_words_of_set_20s_families(rng: random.Random) -> None:
    """A balance in pinyin initials, an MCN, a home bought, a blood pressure in mmHg, a
    broadband password's initials and a CDR's calling party."""
    amounts = [f"{rng.randint(0, 9999)}.{rng.randint(10, 99)}" for _ in range(N)]
    assert in_register("ZSYE", amounts, rng) == "account_balance"
    firms = ["天成文化传媒有限公司", "星火网络科技有限公司"]
    assert in_register("所属MCN", pick(rng, firms, N), rng) == "employer"
    homes = ["已购房（有贷款）", "已购房（无贷款）", "未购房"]
    assert in_register("是否购房", pick(rng, homes, N), rng) == "real_estate"
    pressures = [f"{rng.randint(100, 160)}/{rng.randint(60, 100)}" for _ in range(N)]
    assert in_register("bp_reading_mmhg", pressures, rng) == "body_measurement"
    assert in_register("KDMM", [str(rng.randint(10**7, 10**8)) for _ in range(N)], rng) == (
        "password"
    )
    found = types(
        {
            "callingParty": [f"139{rng.randint(10**7, 10**8 - 1)}" for _ in range(N)],
            "被叫": [f"138{rng.randint(10**7, 10**8 - 1)}" for _ in range(N)],
            "时长": [str(rng.randint(1, 900)) for _ in range(N)],
        }
    )
    assert found["callingParty"] == "cn_mobile"
