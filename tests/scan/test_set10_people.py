"""Column rules for the causes blind set 10 showed among a person's attributes (issue 11): a
branch of a faith and where a member stands on the way into it, a college a student attends, a
former employer, a professional named by title, a marriage registry's kind of registration, a
country code under NATION, a room or a unit written as a flat, the titles a reader borrowed, a
traveller's recent stays, a passenger's trips, what a customer wrote, a payee's card.

The values and most headers are this file's own, not set 10's; each rule has controls that must
stay as they were."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import pick
from tests.scan.test_export_vocabulary import one, types


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1011)


def _names(rng: random.Random) -> list[str]:
    return pick(rng, ["王芳", "李娜", "张伟", "刘洋", "陈静", "杨磊", "赵敏", "黄勇"])


def _dates(rng: random.Random) -> list[str]:
    return [f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" for _ in range(60)]


# -- faith ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "words"),
    [
        ("宗派", ["天主教", "基督教(新教)", "东正教", "伊斯兰教(逊尼派)"]),
        ("denomination", ["天主教", "新教", "东正教"]),
        ("洗礼情况", ["已受洗", "慕道中", "未受洗"]),
        ("是否皈依", ["已皈依", "未皈依", "准备皈依"]),
    ],
)
def test_a_branch_of_a_faith_and_joining_it_are_religion(
    rng: random.Random, header: str, words: list[str]
) -> None:
    assert one(header, pick(rng, words)) == "religion"


def test_a_baptism_date_is_no_religion(rng: random.Random) -> None:
    assert one("受洗日期", _dates(rng)) is None  # control: convention 8, a date of an event


# -- schools, employers, professionals --------------------------------------------------------


def test_the_college_a_student_attends_is_education(rng: random.Random) -> None:
    assert one("所属学院", pick(rng, ["计算机学院", "外国语学院", "医学院"])) == "education"


def test_a_former_employer_is_an_employer(rng: random.Random) -> None:
    companies = ["杭州云帆科技有限公司", "宁波海通物流有限公司", "上海启明教育咨询有限公司"]
    found = types(
        {
            "候选人": _names(rng),
            "前工作单位": pick(rng, companies),
            "离职单位": pick(rng, companies),
            "上家月薪": [str(rng.randint(6000, 30000)) for _ in range(60)],
        }
    )
    assert found["前工作单位"] == "employer"
    assert found["离职单位"] == "employer"
    assert found["上家月薪"] != "employer"  # control: the pay is no employer


@pytest.mark.parametrize(
    ("header", "words"),
    [
        ("主办律师", ["张律师", "李律师", "周律师"]),
        ("接诊医生", ["王医生", "赵医生", "孙医生"]),
        ("任课老师", ["陈老师", "吴老师", "郑老师"]),
    ],
)
def test_a_professional_named_by_title_is_a_person(
    rng: random.Random, header: str, words: list[str]
) -> None:
    assert one(header, pick(rng, words)) == "person_name"


def test_a_lawyers_fee_is_no_person(rng: random.Random) -> None:
    assert one("律师费", [str(rng.randint(3000, 50000)) for _ in range(60)]) is None


# -- registries and codes ---------------------------------------------------------------------


def test_a_kind_of_marriage_registration_is_marital_status(rng: random.Random) -> None:
    kinds = ["结婚登记", "离婚登记", "补发结婚证", "复婚登记"]
    assert one("业务类别", pick(rng, kinds)) == "marital_status"


def test_other_civil_registrations_are_no_marital_status(rng: random.Random) -> None:
    kinds = ["户口迁入", "补办身份证", "出生登记"]
    assert one("业务类别", pick(rng, kinds)) is None  # control


def test_country_codes_under_nation_are_nationality(rng: random.Random) -> None:
    codes = ["DEU", "ITA", "ESP", "SGP", "NZL", "THA"]
    assert one("Nation", pick(rng, codes)) == "nationality"


def test_ethnic_groups_under_nation_stay_ethnicity(rng: random.Random) -> None:
    assert one("NATION", pick(rng, ["汉族", "回族", "壮族", "满族"])) == "ethnicity"


# -- places, lists and messages ---------------------------------------------------------------


def test_a_room_or_a_unit_written_as_a_flat_is_an_address(rng: random.Random) -> None:
    flats = [
        f"{rng.choice(['翠苑一区', '东方花园', '滨江锦苑'])}{rng.randint(1, 30)}幢"
        f"{rng.randint(1, 4)}单元{rng.randint(1, 28)}0{rng.randint(1, 4)}"
        for _ in range(60)
    ]
    assert one("roomNo", flats) == "address"
    assert one("flat", flats) == "address"


def test_a_hotels_room_number_and_a_unit_of_measure_are_no_address(rng: random.Random) -> None:
    assert one("room", [str(rng.randint(1001, 2830)) for _ in range(60)]) is None  # control
    assert one("unit", pick(rng, ["千克", "件", "台", "箱"])) is None  # control
    # control: a restaurant's private rooms (the address model reads 大厅 as a place)
    assert one("Room", pick(rng, ["兰亭厅", "大厅", "竹韵阁", "听雨轩"])) is None


def test_a_readers_dated_loans_are_browsing_history(rng: random.Random) -> None:
    titles = ["《平凡的世界》", "《围城》", "《三体》", "《边城》", "《呐喊》"]
    loans = [
        ",".join(f"{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}{rng.choice(titles)}"
                 for _ in range(rng.randint(1, 3)))
        for _ in range(60)
    ]  # fmt: skip
    assert one("借阅记录", loans) == "browsing_history"
    assert one("当前在借", pick(rng, titles)) is None  # control: one loan, set 10's choice 19


def test_a_travellers_recent_stays_are_accommodation(rng: random.Random) -> None:
    hotels = ["如家(中山路)", "全季(西湖)", "汉庭(火车站)"]
    stays = [
        f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}入住{rng.choice(hotels)}"
        f"{rng.randint(1, 4)}晚"
        for _ in range(60)
    ]
    assert one("最近入住", stays) == "accommodation_record"


def test_a_list_of_trips_is_a_trajectory(rng: random.Random) -> None:
    legs = ["厦门-鼓浪屿", "青岛-大连", "三亚-海口", "宁波-舟山"]
    trips = [
        "；".join(f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.choice(legs)}"
                 for _ in range(rng.randint(2, 3)))
        for _ in range(60)
    ]  # fmt: skip
    assert one("recent_trips", trips) == "trajectory"
    assert one("trips_12m", trips) == "trajectory"


def test_a_trip_id_and_a_trip_count_are_no_trajectory(rng: random.Random) -> None:
    ids = [f"TR-2026-{i:05d}" for i in range(60)]
    assert one("trip_id", ids) is None  # control
    assert one("trips_total", [str(rng.randint(1, 40)) for _ in range(60)]) is None  # control


def test_what_a_customer_wrote_is_a_communication(rng: random.Random) -> None:
    said = ["我想退货怎么操作", "快递到哪了？", "发票开错了能重开吗", "请尽快回电"]
    assert one("customer_message", pick(rng, said)) == "communication_record"
    assert one("user_text", pick(rng, said)) == "communication_record"


def test_an_error_message_is_no_communication(rng: random.Random) -> None:
    errors = ["timeout", "connection reset", "null pointer", "disk full"]
    assert one("error_msg", pick(rng, errors)) is None  # control


def test_a_payers_masked_card_is_a_bank_card(rng: random.Random) -> None:
    cards = [f"6222 **** **** {rng.randint(0, 9999):04d}" for _ in range(60)]
    assert one("payerCard", cards) == "bank_card"
