"""Causes blind set 19 showed (issue 11), in this file's own wordings: a health check's findings
by section, a vaccine's reaction, a daycare's checks and the medicine a child brings, a diet a
condition sets, a pupil's health, a recruiting site's pay band, payslip lines in English and
initials, logins behind a platform's prefix, test scores, eyesight, a
housing situation, a visitor's country, staff by appellation under a health word, a bill's
backtick, a bilingual company header, and rates and counts that are no one's.

Controls: a clinic's visit counts by section, a diet of taste or faith, a pay month, a subsidy, a
company's revenue, a count of instalments, a numeric user id, a country beside an address line,
a message's delivery state, a check's package and a post applied for stay no PI
(or keep the type they had); an allowance beside a person stays income."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import chinese_name, in_register, mobile, pick, random_id
from tests.scan.test_export_vocabulary import types

N = 60


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1919)


def test_a_health_check_section_holds_findings(rng: random.Random) -> None:
    ent = ["未见异常", "未见异常", "慢性鼻炎", "鼻中隔偏曲", "扁桃体Ⅱ度肿大"]
    urine = ["未见异常", "尿蛋白(+)", "潜血 ±", "未见异常"]
    assert in_register("五官科", pick(rng, ent, N), rng) == "health_record"
    gynaecology = ["未见异常", "未见异常", "宫颈炎", "附件压痛"]
    assert in_register("妇科检查", pick(rng, gynaecology, N), rng) == "health_record"
    assert in_register("尿常规结果", pick(rng, urine, N), rng) == "health_record"


def test_a_clinics_visit_counts_by_section_are_no_record(rng: random.Random) -> None:
    result = types({"日期": [f"2026-11-{d % 28 + 1:02d}" for d in range(N)],
                    "内科": [str(rng.randint(40, 300)) for _ in range(N)],
                    "外科": [str(rng.randint(10, 90)) for _ in range(N)]})
    assert result["内科"] is None and result["外科"] is None


def test_a_reaction_after_a_jab_is_health(rng: random.Random) -> None:
    reactions = ["无", "无", "注射处红肿", "发热38.1℃", "硬结约1cm", "无"]
    assert in_register("Adverse Reactions", pick(rng, reactions, N), rng) == "health_record"


def test_a_daycares_checks_and_medicine_are_health(rng: random.Random) -> None:
    hand_mouth = ["正常", "手足口未见异常", "口腔疱疹", "手部红点，建议就医"]
    medicine = ["无", "无", "蒙脱石散 饭后1袋", "雾化 午睡前", "益生菌 早饭后"]
    assert in_register("手口足情况", pick(rng, hand_mouth, N), rng) == "health_record"
    assert in_register("带药说明", pick(rng, medicine, N), rng) == "health_record"


def test_a_diet_a_condition_sets_is_health(rng: random.Random) -> None:
    diets = ["低盐低脂", "糖尿病餐", "软食", "普食", "低嘌呤", "半流食"]
    assert in_register("膳食要求", pick(rng, diets, N), rng) == "health_record"


def test_a_diet_of_taste_or_faith_is_no_health(rng: random.Random) -> None:
    tastes = ["素食", "不吃辣", "清淡", "无", "清真"]
    assert in_register("饮食要求", pick(rng, tastes, N), rng) is None


def test_a_pupils_health_is_health(rng: random.Random) -> None:
    states = ["良好", "良好", "一般", "有慢性病", "残疾"]
    assert in_register("health", pick(rng, states, N), rng) == "health_record"


def test_a_pay_band_with_months_paid_is_income(rng: random.Random) -> None:
    bands = ["8-10K·13薪", "12-18k·14薪", "20-25K", "6-8K", "30-40K·16薪"]
    assert in_register("期望月薪", pick(rng, bands, N), rng) == "income"


def test_payslip_lines_in_english_and_initials_are_income(rng: random.Random) -> None:
    amounts = [f"{rng.randint(800, 9000)}.00" for _ in range(N)]
    assert in_register("merit_pay", amounts, rng) == "income"
    assert in_register("JBGZ", amounts, rng) == "income"


def test_the_month_a_payslip_is_for_is_no_income(rng: random.Random) -> None:
    assert in_register("薪酬月份", ["2026-10"] * N, rng) is None
    assert in_register("payroll_period", ["2026-10"] * N, rng) is None


def test_a_subsidy_revenue_and_a_count_are_no_income(rng: random.Random) -> None:
    amounts = [str(rng.randint(100, 900)) for _ in range(N)]
    assert in_register("补助金额(元)", amounts, rng) is None
    assert in_register("营收(万元)", [str(rng.randint(500, 90000)) for _ in range(N)], rng) is None
    assert in_register("余额变动笔数", [str(rng.randint(0, 6)) for _ in range(N)], rng) is None


def test_an_allowance_beside_a_person_stays_income(rng: random.Random) -> None:
    amounts = [str(rng.randint(100, 900)) for _ in range(N)]
    assert in_register("岗位津贴", amounts, rng) == "income"
    assert in_register("daily_allowance", amounts, rng) == "income"


def test_a_balance_beside_a_customers_landline_stays_a_balance(rng: random.Random) -> None:
    result = types({"Cust No": [str(10**7 + i) for i in range(N)],
                    "Tel": [f"010-{rng.randint(20000000, 89999999)}" for _ in range(N)],
                    "Stored Balance": [f"{rng.randint(10, 5000)}.50" for _ in range(N)]})
    assert result["Stored Balance"] == "account_balance"


def test_a_rate_in_a_table_of_no_one_is_no_income(rng: random.Random) -> None:
    result = types({"城市": pick(rng, ["北京", "上海", "成都", "西安"], N),
                    "级别": pick(rng, ["经理", "员工"], N),
                    "daily_allowance": [str(rng.randint(80, 200)) for _ in range(N)]})
    assert result["daily_allowance"] is None


def test_a_respondents_own_income_in_a_survey_of_no_names_stays_income(
    rng: random.Random,
) -> None:
    """A questionnaire export names no one, but each row is one respondent's answers: an amount
    asked of "you" is the respondent's (set 6's survey), unlike a rate in a policy table."""
    result = types({"1、您的性别": pick(rng, ["男", "女"], N),
                    "2、您所在的城市": pick(rng, ["北京", "上海", "成都", "西安"], N),
                    "3、您的税前月收入（元）": [str(rng.randint(30, 300) * 100) for _ in range(N)]})
    assert result["3、您的税前月收入（元）"] == "income"


def _login(rng: random.Random) -> str:
    return rng.choice(["li", "wang", "zhao", "sun", "zhou"]) + rng.choice(["min", "jie", "hao"]) + (
        str(rng.randint(1, 999))
    )


def test_a_login_behind_a_platforms_prefix_is_an_account(rng: random.Random) -> None:
    logins = [_login(rng) + str(i) for i in range(N)]
    assert in_register("feishu_userid", logins, rng) == "account_name"
    assert in_register("Web Login", logins, rng) == "account_name"


def test_a_numeric_user_id_behind_a_prefix_stays_a_key(rng: random.Random) -> None:
    assert in_register("wx_userid", [str(10**8 + i * 7) for i in range(N)], rng) is None


def test_test_scores_are_education(rng: random.Random) -> None:
    scores = [str(rng.randint(60, 100)) for _ in range(N)]
    assert in_register("科目二成绩", scores, rng) == "education"
    assert in_register("Written Test Score", scores, rng) == "education"


def test_eyesight_in_english_is_a_body_measurement(rng: random.Random) -> None:
    pairs = pick(rng, ["5.0/4.8", "4.9/4.9", "5.1/5.0", "4.7/4.8"], N)
    assert in_register("Visual Acuity (L/R)", pairs, rng) == "body_measurement"


def test_a_housing_situation_is_real_estate(rng: random.Random) -> None:
    states = ["本市无住房", "本市有1套住房", "本市有2套住房", "配偶名下有房"]
    assert in_register("housing_situation", pick(rng, states, N), rng) == "real_estate"


def test_a_visitors_country_beside_a_province_is_a_nationality(rng: random.Random) -> None:
    result = types({"姓名": [chinese_name(rng) for _ in range(N)],
                    "手机": [mobile(rng) for _ in range(N)],
                    "Country": pick(rng, ["CHN", "FRA", "ITA", "THA", "VNM"], N),
                    "Province": pick(rng, ["广东省", "江苏省", "四川省"], N)})
    assert result["Country"] == "nationality"


def test_a_country_beside_an_address_line_stays_the_addresses(rng: random.Random) -> None:
    result = types({"Name": [chinese_name(rng) for _ in range(N)],
                    "Address1": [f"{rng.randint(1, 999)} Nanjing Rd" for _ in range(N)],
                    "City": pick(rng, ["Shanghai", "Beijing"], N),
                    "Country": pick(rng, ["CN", "SG", "HK"], N)})
    assert result["Country"] is None


def test_staff_under_a_health_word_are_people(rng: random.Random) -> None:
    staff = [rng.choice("王李张刘陈杨") + rng.choice(["老师", "老师", "园长"]) for _ in range(N)]
    assert in_register("晨检员", staff, rng) == "person_name"
    assert in_register("体检老师", staff, rng) == "person_name"


def test_a_delivery_state_and_a_package_are_no_pi(rng: random.Random) -> None:
    assert in_register("短信发送状态", pick(rng, ["已送达", "失败", "发送中"], N), rng) is None
    packages = ["入职体检(男)", "入职体检(女)", "中老年套餐B", "基础套餐"]
    assert in_register("体检套餐名称", pick(rng, packages, N), rng) is None


def test_a_post_applied_for_is_no_title(rng: random.Random) -> None:
    posts = ["产品经理", "会计", "前端开发工程师", "行政专员"]
    assert in_register("投递职位", pick(rng, posts, N), rng) is None


def test_a_bills_backtick_leaves_the_value(rng: random.Random) -> None:
    letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-"
    ids = ["`o" + "".join(rng.choice(letters) for _ in range(27)) for _ in range(N)]
    assert in_register("付款用户", ids, rng) == "wechat_id"


def test_a_bilingual_company_header_is_an_employer(rng: random.Random) -> None:
    trade = ["科技有限公司", "贸易有限公司"]
    firms = [rng.choice(["华信", "远景", "恒通", "启明"]) + rng.choice(trade) for _ in range(N)]
    result = types({"姓名": [chinese_name(rng) for _ in range(N)],
                    "身份证号": [random_id(rng) for _ in range(N)],
                    "企业名称 Enterprise": firms})
    assert result["企业名称 Enterprise"] == "employer"
