"""Column rules for the health causes blind set 10 showed (issue 11): a check of a person before a
donation, an operation or a pregnancy, a skin or patch test, an older person's ability
assessment, dental caries counted and teeth listed by their FDI numbers, findings of a
postpartum check and of a bone-density scan.

The values and most headers are this file's own, not set 10's; the controls are readings that
must stay no PI (a check's date, a follow-up advice, an employee's ability rating, a number of
days)."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import pick
from tests.scan.test_export_vocabulary import one, types


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1010)


@pytest.mark.parametrize(
    ("header", "words"),
    [
        # a check before a donation, an operation or a pregnancy (a deferral with its reason)
        ("采血前评估", ["合格", "血压偏高", "血红蛋白偏低 暂缓献血", "ALT升高"]),
        ("术前检查", ["凝血功能异常", "血糖偏高", "心电图未见异常"]),
        ("孕前检查结论", ["风疹抗体阴性", "甲状腺功能异常", "未见异常"]),
        # the findings of a puerperium
        ("产后访视", ["恶露已净", "腹直肌分离3指", "盆底肌力减弱", "子宫复旧不良"]),
        # skin and patch tests of an allergy
        ("patch_test", ["阴性", "镍过敏", "香料混合物过敏"]),
        ("染发剂皮试", ["阴性", "阴性", "对苯二胺过敏"]),
        # an older person's ability assessment (GB/T 42195)
        ("失能等级", ["能力完好", "轻度失能", "中度失能", "重度失能"]),
        ("老人能力评估结果", ["能力完好", "轻度失能", "完全失能"]),
        # dental caries counted, teeth listed by their FDI numbers
        ("龋坏情况", ["无", "有 1颗", "有 3颗", "有2颗"]),
        ("窝沟封闭牙齿", ["17、27", "36、46", "16、26、36、46"]),
        ("补牙牙位", ["11,21", "36/46", "26、27"]),
        # a bone-density scan
        ("bmd_result", ["骨量减少", "骨质疏松", "骨量正常"]),
        ("骨密度T评分", ["-2.7", "-1.4", "0.6", "-3.2"]),
    ],
)
def test_checks_tests_and_assessments_of_a_person(
    rng: random.Random, header: str, words: list[str]
) -> None:
    assert one(header, pick(rng, words)) == "health_record"


def test_bone_density_findings_decide_a_column_alone(rng: random.Random) -> None:
    found = types(
        {
            "姓名": pick(rng, ["王芳", "李娜", "张伟", "刘洋"]),
            "opinion": pick(rng, ["骨量减少", "骨质疏松", "骨量正常"]),
        }
    )
    assert found["opinion"] == "health_record"


def test_a_check_date_is_no_record(rng: random.Random) -> None:
    # control: a pre-operative check names a health record, its date does not hold one
    dates = [f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" for _ in range(60)]
    assert one("术前检查日期", dates) is None


def test_advice_to_come_back_is_no_finding(rng: random.Random) -> None:
    # control: a follow-up advice (set 3's choice) says when to come back, not what was found
    advice = ["不需要复查", "半年后复诊", "建议1个月后复查", "转上级医院"]
    assert one("复诊安排", [rng.choice(advice) for _ in range(60)]) is None


def test_an_employees_ability_rating_is_no_health_record(rng: random.Random) -> None:
    # control: an HR ability assessment's ratings fit no health shape
    assert one("员工能力评估", pick(rng, ["优秀", "良好", "待提升"])) is None


def test_a_count_of_days_after_an_operation_is_no_result(rng: random.Random) -> None:
    # control: a bare number under a check word that measures nothing is no result
    assert one("术前检查天数", [str(rng.randint(1, 9)) for _ in range(60)]) is None
