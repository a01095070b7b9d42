"""Header words and value shapes blind set 16 showed missing (issue 11), in this file's own
wordings: pinyin initials generated from formal words (a parent's phone, a baby's birthday, a
drug-taking situation, a migrant's workplace, a graded exam's level, a nickname, a sign-in
photo, a package balance, name initials), the British spelling of a driving licence, a
tuberculosis regimen by its drug letters, an operator's category with its code, a flying field's
and a meeting point's coordinates, a vacancy's requirements and a table of posts; a registrant's
workplace beside its credit code stays an employer.

Controls: a person's own coordinates, a staff list with names and posts, a workplace with no
credit code beside it."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import chinese_name, in_register, mobile, pick, random_id
from tests.scan.test_export_vocabulary import types

from piplkit.discover.evaluation.heldout8.idgen import uscc
from piplkit.discover.scan.hints import load_hints

_BESIDE = {"姓名": chinese_name, "身份证号": random_id, "手机": mobile}


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1608)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("jzlxdh", "cn_mobile"),  # 家长联系电话
        ("gmrdh", "cn_mobile"),  # 购买人电话
        ("hzsr", "birth_date"),  # 孩子生日
        ("yyqk", "health_record"),  # 用药情况
        ("hbqk", "health_record"),  # 患病情况
        ("ssqk", "health_record"),  # 受伤情况
        ("dgdw", "employer"),  # 打工单位
        ("kjdj", "education"),  # 考级等级
        ("bsfs", "education"),  # 笔试分数
        ("kabaoyue", "account_balance"),  # 卡包余额
        ("renzhengzhaopian", "face_image"),  # 认证照片
        ("xmszm", "person_name"),  # 姓名首字母
        ("zcxm", "job_title"),  # 准操项目
        ("driving_licence", "driver_license"),
        ("DriversLicence", "driver_license"),
        ("name_initials", "person_name"),
        ("exam_grade", "education"),
    ],
)
def test_a_family_word_names_its_type(header: str, expected: str) -> None:
    assert load_hints().analyse(header).hint == expected


@pytest.mark.parametrize(
    "header", ["集合地点坐标", "飞行场地位置", "meeting_point_gps", "field_gps"]
)
def test_a_site_coordinate_header_names_an_organisation(header: str) -> None:
    found = load_hints().analyse(header)
    assert found.organisation or "geo_coordinates" not in found.types


@pytest.mark.parametrize("header", ["身高要求", "专业要求", "任职要求"])
def test_a_vacancy_requirement_is_a_business_word(header: str) -> None:
    assert load_hints().analyse(header).negative


def test_a_person_position_keeps_its_coordinates() -> None:
    assert load_hints().analyse("定位坐标").types == ("geo_coordinates",)
    assert not load_hints().analyse("定位坐标").organisation


def test_a_tuberculosis_regimen_is_a_health_record(rng: random.Random) -> None:
    regimens = ["2HRZE/4HR", "2HRZE/4HRE", "6HRZE", "9HRE", "短程方案"]
    assert in_register("化疗方案", pick(rng, regimens), rng, _BESIDE) == "health_record"


def test_missed_doses_are_a_health_record(rng: random.Random) -> None:
    taken = ["漏服2次", "规律服药", "停药", "漏服5次以上"]
    assert in_register("用药情况", pick(rng, taken), rng, _BESIDE) == "health_record"


def test_an_operator_category_with_its_code_is_a_job_title(rng: random.Random) -> None:
    kinds = ["N2观光车司机", "G3锅炉水处理", "Q1起重机指挥", "R1快开门式压力容器操作"]
    assert in_register("准操项目", pick(rng, kinds), rng, _BESIDE) == "job_title"


def test_a_table_of_posts_has_no_job_title(rng: random.Random) -> None:
    table = {
        "职位代码": [f"P{n:03d}" for n in range(30)],
        "职位": pick(rng, ["文员", "驾驶员", "保安", "会计"], 30),
        "招聘人数": [str(rng.randint(1, 5)) for _ in range(30)],
        "专业要求": pick(rng, ["不限", "会计学", "计算机类"], 30),
    }
    assert types(table)["职位"] is None


def test_a_staff_list_keeps_its_job_titles(rng: random.Random) -> None:
    table = {
        "姓名": [chinese_name(rng) for _ in range(30)],
        "手机": [mobile(rng) for _ in range(30)],
        "职位": pick(rng, ["文员", "驾驶员", "保安", "会计"], 30),
    }
    assert types(table)["职位"] == "job_title"


def test_a_registrants_workplace_beside_its_credit_code_stays_an_employer(
    rng: random.Random,
) -> None:
    """Sets 4, 7, 8, 9 and 10 label a person's 所在企业/用人单位 beside the firm's credit code
    an employer (a declarant's, an injured worker's, a subsidy applicant's); set 16's seal
    orders read it as the firm the row is filed for. The five sets' reading is kept (set 16's
    three columns are listed as a conflict in docs/evaluation.md)."""
    n = 40
    table = {
        "经办人": [chinese_name(rng) for _ in range(n)],
        "经办人身份证": [random_id(rng) for _ in range(n)],
        "所在单位": pick(rng, ["华兴电子有限公司", "宏达物流有限公司", "东方建材有限公司"], n),
        "单位信用代码": [uscc(rng) for _ in range(n)],
    }
    assert types(table)["所在单位"] == "employer"


def test_a_workplace_without_a_credit_code_stays_an_employer(rng: random.Random) -> None:
    firms = ["华兴电子有限公司", "宏达物流有限公司", "东方建材有限公司"]
    assert in_register("所在单位", pick(rng, firms), rng, _BESIDE) == "employer"
