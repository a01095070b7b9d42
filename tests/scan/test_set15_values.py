"""Value and header-word causes of held-out set 15's last columns (issue 11, branch fix11u): a
blood group written with its Rh factor, a vocational qualification level with its grade and a
worker's trade decide a column whose header says nothing; the initials of a business fee
(仓储费, 储存费: ccf) no longer name income. Headers and values are this test's own, in other
wordings than set 15's; each rule has controls that must not change."""

from __future__ import annotations

import random

import pytest
from faker import Faker
from tests.scan.helpers import pick
from tests.scan.test_export_vocabulary import types

N = 60


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1523)


@pytest.fixture
def fake() -> Faker:
    f = Faker("zh_CN")
    f.seed_instance(1523)
    return f


@pytest.mark.parametrize("header", ["fxx", "项7", "attr_b"])
def test_blood_groups_with_their_rh_factor_are_health(header: str, rng: random.Random) -> None:
    groups = ["O型Rh阳性", "AB型 Rh-", "B Rh+", "A型Rh阴性", "O Rh+"]
    assert types({header: pick(rng, groups)})[header] == "health_record"


def test_bare_letters_stay_no_blood_group(rng: random.Random) -> None:
    # control: a bare A/B/O is a grade or a class as often
    assert types({"fxx": pick(rng, ["A", "B", "O", "AB"])})["fxx"] is None


@pytest.mark.parametrize("header", ["grade_cert", "zgdj", "栏6"])
def test_a_qualification_level_with_its_grade_is_education(header: str, rng: random.Random) -> None:
    levels = ["高级工（三级）", "初级工(五级)", "二级/技师", "中级工", "高级技师(一级)"]
    assert types({header: pick(rng, levels)})[header] == "education"


def test_a_bare_post_word_stays_a_job_title(rng: random.Random) -> None:
    # control: 技师 without a grade is the post
    found = types({"岗位": pick(rng, ["技师", "技术员", "组长"])})
    assert found["岗位"] == "job_title"


@pytest.mark.parametrize("header", ["从业类别", "c09"])
def test_a_workers_trade_decides_a_silent_header(
    header: str, rng: random.Random, fake: Faker
) -> None:
    trades = ["月嫂", "育婴员", "护工", "钟点工", "养老护理员"]
    found = types({"家政员": [fake.name() for _ in range(N)], header: pick(rng, trades)})
    assert found[header] == "job_title"


def test_storage_fee_initials_are_no_income(rng: random.Random, fake: Faker) -> None:
    fees = [str(rng.randrange(300, 9000)) for _ in range(N)]
    found = types({"寄存人": [fake.name() for _ in range(N)], "ccf": fees})
    assert found["ccf"] is None


@pytest.mark.parametrize("header", ["出场费", "chuchangfei"])
def test_an_appearance_fee_stays_income(header: str, rng: random.Random, fake: Faker) -> None:
    # control: the performer's fee, written out, is still their income
    fees = [str(rng.randrange(3000, 90000)) for _ in range(N)]
    found = types({"艺人": [fake.name() for _ in range(N)], header: fees})
    assert found[header] == "income"


def _workers(fake: Faker) -> dict[str, list[str]]:
    return {"职工": [fake.name() for _ in range(N)], "工号": [f"G{i:04d}" for i in range(N)]}


@pytest.mark.parametrize("header", ["上岗前查体结论", "annual_checkup_outcome"])
def test_an_exam_result_is_health_without_other_clinical_columns(
    header: str, rng: random.Random, fake: Faker
) -> None:
    results = ["未见异常", "可继续从事粉尘作业", "血压偏高, 复查", "暂时脱离噪声作业", "未见异常"]
    found = types({**_workers(fake), header: pick(rng, results)})
    assert found[header] == "health_record"


@pytest.mark.parametrize("header", ["考试结果", "exam_outcome"])
def test_a_school_exam_result_is_no_health_record(
    header: str, rng: random.Random, fake: Faker
) -> None:
    # control: an exam word over pass marks
    found = types({**_workers(fake), header: pick(rng, ["通过", "未通过", "缺考"])})
    assert found[header] is None


def test_an_exam_result_in_a_table_of_nobody_stays_none(rng: random.Random) -> None:
    # control: a checkup word over health results, but no person on the row (a clinic's tally)
    results = ["未见异常", "血压偏高, 复查", "可继续从事粉尘作业"]
    found = types({"checkup_outcome": pick(rng, results), "人数": [str(i) for i in range(N)]})
    assert found["checkup_outcome"] is None


def _stays(rng: random.Random) -> str:
    hotels = ["锦江之星武昌店", "维也纳福田店", "格林豪泰南站店", "桔子酒店西湖店"]
    visits = [
        f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.choice(hotels)} "
        f"{rng.randint(1, 5)}晚"
        for _ in range(rng.randint(1, 3))
    ]
    return "; ".join(visits)


@pytest.mark.parametrize("header", ["k12", "ls", "zx"])
def test_a_list_of_dated_stays_is_an_accommodation_record(
    header: str, rng: random.Random, fake: Faker
) -> None:
    found = types(
        {"客人": [fake.name() for _ in range(N)], header: [_stays(rng) for _ in range(N)]}
    )
    assert found[header] == "accommodation_record"


def test_nights_without_a_date_are_no_stay_record(rng: random.Random) -> None:
    # control: a room type and a count of nights (a booking's line), no dated stay
    found = types({"k12": pick(rng, ["大床房 2晚", "双床房 1晚", "套房 3晚"])})
    assert found["k12"] is None


def test_dated_places_without_nights_are_no_stay_record(rng: random.Random) -> None:
    # control: a list of dated places is not a list of stays
    visits = [
        "2025-03-02 武昌; 2025-03-05 汉口",
        "2025-04-11 南站",
        "2025-06-01 西湖; 2025-06-02 北山",
    ]
    assert types({"k12": pick(rng, visits)})["k12"] != "accommodation_record"
