"""Causes of the PI columns blind set 21 missed (issue 11, branch fix21b), each in this file's
own wordings, not the set's.

Worn sizes (a nappy's, a garment's 号型), a child's height by its initials, causes of death,
psychological scale scores, histories of clinic visits, treatment items and gestation in
English, messages left with a registration or a gift, background checks, refuge, first-year
commissions, the account pay goes to, office lines, SURNAME/GIVEN names, a located track's
initials, credit scores named with their provider, proofs of deposits and property,
supervision grades and genetic conclusions in a register, the unit a worker is posted to, a
work type of trades.

Controls: a price list of the same treatments, a rental rule quoting a score, a code table of
supervision grades, an antigen test's 阴性/阳性, a list of client sites without persons, a
screening report's client company and a work type of employment forms stay as they were."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import chinese_name, in_register, pick, random_id
from tests.scan.test_export_vocabulary import types

from piplkit.discover.evaluation.heldout8.idgen import uscc

N = 60


@pytest.fixture
def rng() -> random.Random:
    return random.Random(2108)


def test_a_nappy_size_is_a_worn_size(rng: random.Random) -> None:
    sizes = ["NB", "S", "M", "L", "XL", "XXL"]
    assert in_register("尿不湿尺码", pick(rng, sizes, N), rng) == "body_measurement"
    assert in_register("nappy_size", pick(rng, sizes, N), rng) == "body_measurement"


def test_a_garment_size_by_height_is_a_worn_size(rng: random.Random) -> None:
    sizes = ["160/S", "165/M", "175/L", "180/XL", "170/92A", "175/96A"]
    assert in_register("工装尺码", pick(rng, sizes, N), rng) == "body_measurement"


def test_a_childs_height_by_its_initials(rng: random.Random) -> None:
    heights = [str(rng.randint(75, 125)) for _ in range(N)]
    assert in_register("YESG", heights, rng) == "body_measurement"


def test_a_cause_of_death_is_a_health_record(rng: random.Random) -> None:
    causes = ["脑梗死", "肺癌晚期", "心力衰竭", "猝死", "自然死亡", "肾衰竭", "意外（溺水）"]
    assert in_register("死因", pick(rng, causes, N), rng) == "health_record"
    assert in_register("cause_of_death", pick(rng, causes, N), rng) == "health_record"


def test_a_scale_score_with_its_severity_is_a_health_record(rng: random.Random) -> None:
    scores = ["SDS：58分（轻度）", "SAS：66分（中度）", "PHQ-9：3分", "SCL-90总分172", "EPDS：12分"]
    assert in_register("测评量表", pick(rng, scores, N), rng) == "health_record"


def test_a_history_of_clinic_visits_is_a_health_record(rng: random.Random) -> None:
    visits = ["曾住院治疗（2022年）", "门诊随访两年", "无", "焦虑症（已停药）", "曾转介至专科"]
    assert in_register("既往心理科就诊史", pick(rng, visits, N), rng) == "health_record"


def test_a_treatment_item_in_english_is_a_health_record(rng: random.Random) -> None:
    items = ["热玛吉（眼周）", "超声刀", "肉毒素除皱", "光子嫩肤", "线雕提升", "隆鼻（假体）"]
    assert in_register("procedure_name", pick(rng, items, N), rng) == "health_record"


def test_a_price_list_of_treatments_stays_no_pi(rng: random.Random) -> None:
    items = ["热玛吉（眼周）", "超声刀", "肉毒素除皱", "光子嫩肤", "线雕提升", "隆鼻（假体）"]
    found = types(
        {
            "项目名称": pick(rng, items, N),
            "价格(元)": [str(rng.randint(800, 30000)) for _ in range(N)],
        }
    )
    assert found["项目名称"] is None


def test_gestation_in_english_is_a_health_record(rng: random.Random) -> None:
    weeks = [f"{rng.randint(34, 41)}+{rng.randint(0, 6)}周" for _ in range(N)]
    assert in_register("gestational_age", weeks, rng) == "health_record"


def test_a_message_left_with_a_registration_or_a_gift(rng: random.Random) -> None:
    words = [
        "第一次跑全马，有点紧张",
        "希望能分到A区",
        "谢谢组委会！",
        "能帮我改下衣服尺码吗",
        "加油",
    ]
    assert in_register("报名留言", pick(rng, words, N), rng) == "communication_record"
    gifts = ["愿山区孩子有书读", "替父亲捐的", "一点心意", "希望早日建成"]
    assert in_register("donation_message", pick(rng, gifts, N), rng) == "communication_record"


def test_a_background_check_result_is_a_criminal_record(rng: random.Random) -> None:
    checks = ["通过", "通过", "未通过（有吸毒史）", "通过（曾有交通违法）"]
    assert in_register("背景调查结论", pick(rng, checks, N), rng) == "criminal_record"
    assert in_register("background_check_result", pick(rng, checks, N), rng) == "criminal_record"


def test_refuge_in_english_is_a_religion(rng: random.Random) -> None:
    states = ["已皈依", "未皈依", "已皈依（受三皈）", "已皈依（受八关斋戒）"]
    assert in_register("refuge", pick(rng, states, N), rng) == "religion"


def test_a_first_year_commission_is_income(rng: random.Random) -> None:
    amounts = [f"{rng.randint(500, 60000)}.{rng.randint(10, 99)}" for _ in range(N)]
    assert in_register("上月FYC", amounts, rng) == "income"
    assert in_register("fyc_ytd", amounts, rng) == "income"


def test_the_account_pay_goes_to_is_a_bank_card(rng: random.Random) -> None:
    cards = [f"62{rng.randint(10, 99)} **** **** {rng.randint(1000, 9999)}" for _ in range(N)]
    assert in_register("工资账户", cards, rng) == "bank_card"


def test_an_office_line_in_english_is_a_landline(rng: random.Random) -> None:
    lines = [
        f"0{rng.choice(['10', '21', '755'])}-{rng.randint(20000000, 89999999)}" for _ in range(N)
    ]
    assert in_register("officeTel", lines, rng) == "cn_landline"


def test_a_surname_slash_given_name_is_a_name(rng: random.Random) -> None:
    names = ["GARCIA/LUCIA", "NOVAK/PETRA", "OKAFOR/DANIEL", "SILVA/ANA", "BROWN/OLIVER"]
    assert in_register("eng_name", pick(rng, names, N), rng) == "person_name"


def test_a_located_tracks_initials(rng: random.Random) -> None:
    stops = ["火车站", "人民广场", "体育馆", "图书馆", "东湖公园"]
    tracks = [
        "→".join(f"{h:02d}:{rng.randint(10, 59)} {rng.choice(stops)}" for h in range(8, 11))
        for _ in range(N)
    ]
    assert in_register("DWGJ", tracks, rng) == "trajectory"


def test_a_credit_score_named_with_its_provider(rng: random.Random) -> None:
    scores = [f"芝麻分{rng.randint(550, 850)}" for _ in range(N)]
    assert in_register("免押方式", scores, rng) == "credit_record"


def test_a_rental_rule_quoting_a_score_is_no_credit_record(rng: random.Random) -> None:
    rules = ["芝麻分650以上可免押", "芝麻分700以上免押金", "需交押金"]
    found = types(
        {"车型": pick(rng, ["轩逸", "朗逸", "卡罗拉"], N), "免押条件": pick(rng, rules, N)}
    )
    assert found["免押条件"] is None


def test_proofs_of_deposits_and_property(rng: random.Random) -> None:
    deposits = [f"{rng.choice([5, 10, 15, 30])}万元" for _ in range(N)]
    assert in_register("proof_of_deposit", deposits, rng) == "account_balance"
    homes = ["有（不动产权证1本）", "无", "有（房产证2本）"]
    assert in_register("房产证明", pick(rng, homes, N), rng) == "real_estate"


def test_a_supervision_grade_in_a_register_is_a_criminal_record(rng: random.Random) -> None:
    grades = ["严格管理", "普通管理", "宽松管理", "严管"]
    assert in_register("监管级别", pick(rng, grades, N), rng) == "criminal_record"


def test_a_code_table_of_supervision_grades_records_no_one() -> None:
    found = types({"代码": ["01", "02", "03"] * 20, "名称": ["严管", "普管", "宽管"] * 20})
    assert found["名称"] is None


def test_a_genetic_conclusion_in_a_register_is_genetic_data(rng: random.Random) -> None:
    verdicts = ["阴性", "阴性", "致病变异携带", "意义未明变异", "杂合突变（BRCA2）"]
    assert in_register("检测结论", pick(rng, verdicts, N), rng) == "genetic_data"


def test_an_antigen_result_is_no_genetic_data(rng: random.Random) -> None:
    found = in_register("检测结论", pick(rng, ["阴性", "阴性", "阳性"], N), rng)
    assert found != "genetic_data"


def _roster(rng: random.Random, header: str, units: list[str]) -> dict[str, str | None]:
    return types(
        {
            "姓名": [chinese_name(rng) for _ in range(N)],
            "身份证号": [random_id(rng) for _ in range(N)],
            "岗位": pick(rng, ["门岗", "巡逻岗", "监控员", "保洁员"], N),
            header: pick(rng, units, N),
        }
    )


SITES = ["市图书馆", "滨江一号写字楼", "人民公园管理处", "第二人民医院", "城东物流园"]


def test_the_unit_a_worker_is_posted_to_is_the_employer(rng: random.Random) -> None:
    assert _roster(rng, "驻勤单位", SITES)["驻勤单位"] == "employer"
    assert _roster(rng, "assigned_company", SITES)["assigned_company"] == "employer"


def test_a_list_of_client_sites_records_no_one(rng: random.Random) -> None:
    found = types(
        {"驻勤单位": pick(rng, SITES, N), "岗位数": [str(rng.randint(1, 9)) for _ in range(N)]}
    )
    assert found["驻勤单位"] is None


def test_a_screening_reports_client_is_the_other_party(rng: random.Random) -> None:
    firms = ["华信科技有限公司", "明达物流有限公司", "远航电子有限公司", "新禾食品有限公司"]
    found = types(
        {
            "candidate": [chinese_name(rng) for _ in range(N)],
            "id_no": [random_id(rng) for _ in range(N)],
            "previous_employer": pick(rng, firms, N),
            "client_company": pick(rng, firms, N),
        }
    )
    assert found["client_company"] is None


def test_a_work_type_of_trades_is_a_job_title(rng: random.Random) -> None:
    trades = ["钢筋工", "架子工", "电工", "油漆工", "挖掘机司机"]
    assert in_register("work_type", pick(rng, trades, N), rng) == "job_title"
    forms = ["全职", "兼职", "实习", "劳务派遣"]
    assert in_register("work_type", pick(rng, forms, N), rng) is None


def test_a_dealers_office_phone_stays_the_dealers(rng: random.Random) -> None:
    """Control (set 15's dealer CRM, lost on the merge of set 21's branches): where each row is
    a company (a credit code, a column of company names, no one's identity document), an office
    line is the company's switchboard, though a contact person and a ship-to address sit on the
    same row."""
    towns = ["华东", "江南", "北方", "瑞丰"]
    firms = [f"{rng.choice(towns)}{k}号酒业贸易有限公司" for k in range(N)]
    codes = [uscc(rng) for _ in range(N)]
    lines = [f"0571-{rng.randint(20000000, 89999999)}" for _ in range(N)]
    found = types(
        {
            "Dealer Name": firms,
            "Tax ID": codes,
            "Ship To": [
                f"浙江省杭州市{rng.choice(['西湖区', '滨江区', '萧山区'])}"
                f"{rng.choice(['文一路', '江南大道', '建设三路'])}{rng.randint(1, 300)}号仓库"
                for _ in range(N)
            ],
            "Office Phone": lines,
            "Contact": [chinese_name(rng) for _ in range(N)],
        }
    )
    assert found["Tax ID"] == "cn_uscc" and found["Contact"] == "person_name"
    assert found["Office Phone"] is None
