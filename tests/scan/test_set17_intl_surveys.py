"""Survey exports blind set 17 showed missing (issue 11), in this file's own wordings: an age
band with its unit under a numbered question or a header that says nothing, a job question named
by its last word, a questionnaire's total score.

Controls: a bare band without its unit (sets 7 and 10 read 18-24 as no age), an insurer's band
in a rate table that records nobody, an exam roster's total score, a job's key."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import chinese_name, in_register, mobile, pick
from tests.scan.test_export_vocabulary import types

_BANDS = ["18~24周岁", "25~29周岁", "30~39周岁", "40~49周岁", "50岁及以上"]
_BARE = ["18-24", "25-30", "31-40", "41-50", "50+"]
_JOBS = ["私营业主", "销售人员", "工人", "家庭主妇", "服务业人员", "技术人员"]
_BESIDE = {"姓名": chinese_name, "手机号码": mobile}


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1717)


@pytest.mark.parametrize("header", ["Q3_年龄", "3.您的年龄", "题目3", "col_3", "age_range"])
def test_an_age_band_with_its_unit_is_an_age(header: str, rng: random.Random) -> None:
    assert in_register(header, pick(rng, _BANDS), rng, _BESIDE) == "age"


@pytest.mark.parametrize("header", ["题目3", "col_3"])
def test_a_bare_band_under_an_opaque_header_stays_no_age(header: str, rng: random.Random) -> None:
    assert in_register(header, pick(rng, _BARE), rng, _BESIDE) is None


def test_an_insurers_age_band_in_a_rate_table_is_no_age(rng: random.Random) -> None:
    n = 40
    table = {
        "产品编码": [f"P{rng.randint(100, 999)}" for _ in range(n)],
        "产品名称": pick(rng, ["少儿重疾", "百万医疗", "定期寿险"], n),
        "承保年龄": pick(rng, ["0-17周岁", "18-50周岁", "51-65周岁"], n),
        "月费率": [f"{rng.uniform(1, 9):.2f}" for _ in range(n)],
    }
    assert types(table)["承保年龄"] is None


@pytest.mark.parametrize("header", ["q6_job", "your_job", "main_job"])
def test_a_job_question_is_a_job_title(header: str, rng: random.Random) -> None:
    assert in_register(header, pick(rng, _JOBS), rng, _BESIDE) == "job_title"


def test_a_jobs_key_stays_no_job_title(rng: random.Random) -> None:
    values = [f"J{rng.randint(10000, 99999)}" for _ in range(60)]
    assert in_register("job_id", values, rng, _BESIDE) is None


def _survey(rng: random.Random, numbered: str, n: int = 60) -> dict[str, list[str]]:
    questions = {
        "性别": pick(rng, ["男", "女"], n),
        "手机号": [mobile(rng) for _ in range(n)],
        "满意度": pick(rng, ["满意", "一般", "不满意"], n),
        "建议": pick(rng, ["无", "多开展活动", "延长开放时间"], n),
    }
    table = {numbered.format(k + 1, q): v for k, (q, v) in enumerate(questions.items())}
    table["总分"] = [str(rng.randint(20, 100)) for _ in range(n)]
    return table


@pytest.mark.parametrize("numbered", ["Q{0}_{1}", "{0}.您的{1}", "第{0}题"])
def test_a_questionnaires_total_score_is_no_education(numbered: str, rng: random.Random) -> None:
    assert types(_survey(rng, numbered))["总分"] is None


def test_an_exam_rosters_total_score_stays_education(rng: random.Random) -> None:
    n = 60
    table = {
        "考生姓名": [chinese_name(rng) for _ in range(n)],
        "准考证号": [f"2026{rng.randint(100000, 999999)}" for _ in range(n)],
        "总分": [str(rng.randint(300, 700)) for _ in range(n)],
    }
    assert types(table)["总分"] == "education"
