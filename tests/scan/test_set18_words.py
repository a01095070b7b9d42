"""Header words blind set 18 showed missing (issue 11), in this file's own wordings: a
manifest's four-letter nationality code, an HR suite's job profile, the initials of an IIT
return's income, a class's teacher in English, a clinic's treatment items and a family
doctor's key-population class, an app user's display name.

Controls: an account's status stays no login name, a display name holding real names stays a
person's name, a treatment item's price stays an amount, a nationality code column of numbers
stays nothing, a job profile's id stays a key."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import chinese_name, in_register, mobile, pick
from tests.scan.test_export_vocabulary import types

N = 60


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1818)


def test_a_four_letter_nationality_code_is_a_nationality(rng: random.Random) -> None:
    assert in_register("NATL_CD", pick(rng, ["CHN", "USA", "JPN", "KOR", "FRA"], N), rng) == (
        "nationality"
    )


def test_a_job_profile_is_a_job_title(rng: random.Random) -> None:
    titles = ["高级会计", "销售经理", "软件工程师", "人事专员", "仓库主管"]
    assert in_register("JobProfileName", pick(rng, titles, N), rng) == "job_title"
    assert in_register("Business Title", pick(rng, titles, N), rng) == "job_title"


def test_a_job_profile_id_stays_a_key(rng: random.Random) -> None:
    ids = [f"JP-{rng.randint(1000, 9999)}" for _ in range(N)]
    assert in_register("job_profile_id", ids, rng) is None


def test_this_periods_income_in_initials_is_income(rng: random.Random) -> None:
    amounts = [f"{rng.randint(3000, 40000)}.00" for _ in range(N)]
    assert in_register("BQSR", amounts, rng) == "income"


def test_a_homeroom_teacher_is_a_person(rng: random.Random) -> None:
    teachers = [f"{chinese_name(rng)[0]}老师" for _ in range(N)]
    assert in_register("homeroomTeacher", teachers, rng) == "person_name"


def test_treatment_items_and_key_populations_are_health(rng: random.Random) -> None:
    items = ["拔牙", "补牙(树脂)", "牙周刮治", "烤瓷冠修复", "儿童窝沟封闭"]
    groups = ["老年人", "0-6岁儿童", "高血压患者", "糖尿病患者", "孕产妇", "残疾人"]
    assert in_register("诊疗项目", pick(rng, items, N), rng) == "health_record"
    assert in_register("重点人群(签约)", pick(rng, groups, N), rng) == "health_record"
    assert in_register("keyPopulation", pick(rng, groups, N), rng) == "health_record"


def test_a_treatment_items_price_stays_an_amount(rng: random.Random) -> None:
    prices = [f"{rng.randint(50, 9000)}.00" for _ in range(N)]
    assert in_register("治疗项目金额", prices, rng) is None


def test_an_accounts_status_is_no_login_name(rng: random.Random) -> None:
    states = ["正常", "冻结", "已注销", "待激活"]
    assert in_register("帐号状态", pick(rng, states, N), rng) is None
    assert in_register("account_status", pick(rng, ["active", "locked", "closed"], N), rng) is None


def test_a_display_name_of_nicknames_is_an_account_name(rng: random.Random) -> None:
    nicks = [
        rng.choice(["小鱼", "Sunny", "阿木", "kk", "橘子汽水", "momo"]) + str(rng.randint(1, 999))
        for _ in range(N)
    ]
    result = types({"uid": [str(10**9 + i) for i in range(N)], "display_name": nicks,
                    "phone": [mobile(rng) for _ in range(N)]})
    assert result["display_name"] == "account_name"


def test_a_display_name_of_real_names_stays_a_persons_name(rng: random.Random) -> None:
    names = [chinese_name(rng) for _ in range(N)]
    result = types({"uid": [str(10**9 + i) for i in range(N)], "DisplayName": names,
                    "phone": [mobile(rng) for _ in range(N)]})
    assert result["DisplayName"] == "person_name"


def test_a_clinics_price_list_of_treatments_is_no_health_record(rng: random.Random) -> None:
    items = ["拔牙", "补牙(树脂)", "牙周刮治", "烤瓷冠修复", "儿童窝沟封闭", "根管治疗"]
    result = types({"项目名称": pick(rng, items, N),
                    "单价(元)": [f"{rng.randint(50, 9000)}.00" for _ in range(N)]})
    assert result["项目名称"] is None
