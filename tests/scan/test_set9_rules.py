"""Column rules for the causes the lost held-out set 9 showed (issue 11), header words and value
shapes: health families (an amputation, smoking and exhaled CO, IgE, weeks of gestation,
nursing care, hair-loss grades, a last period), masked phones and names in the shapes systems
show them, polite forms of address and stage names, majors and exam scores, employers named
from a tax return or an internship, a day rate, an office Tel, marital abbreviations, three
measures and shoe sizes, life photos and headshots, masked resident IDs keeping only the
province, and business words (a sample's key, a current housing situation, service posts).
Table rules are in ``test_set9_tables.py``."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import mobile, random_id
from tests.scan.test_export_vocabulary import one, types

from piplkit.discover.scan.hints import load_hints


@pytest.fixture
def rng() -> random.Random:
    return random.Random(91)


def _names(rng: random.Random, n: int = 60) -> list[str]:
    return [
        rng.choice("王李张刘陈杨黄赵") + rng.choice(["伟", "芳", "娜", "敏", "静", "秀英", "建国"])
        for _ in range(n)
    ]


def _persons(rng: random.Random) -> dict[str, list[str]]:
    return {"姓名": _names(rng), "身份证号": [random_id(rng) for _ in range(60)]}


def _pick(rng: random.Random, words: list[str], n: int = 60) -> list[str]:
    return [rng.choice(words) for _ in range(n)]


def _dates(rng: random.Random) -> list[str]:
    return [f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}" for _ in range(60)]


# -- health families ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("截肢部位", ["左小腿", "右前臂", "左手食指", "右大腿"]),
        ("吸烟情况", ["每日20支", "已戒烟", "偶尔吸烟", "不吸烟", "每日10支"]),
        ("smoking_status", ["已戒烟", "每日20支", "偶尔吸烟"]),
        ("呼出CO", ["12ppm", "3ppm", "25ppm", "8ppm"]),
        ("总IgE", ["125.3", "48.0", "612.5", "IU/mL"]),
        ("孕周", ["12+3", "28+6", "36+0", "8+2"]),
        ("孕周", ["孕12周", "孕28周+3天", "孕36周"]),
        ("护理项目", ["压疮护理", "鼻饲", "导尿管护理", "翻身拍背", "吸痰"]),
        ("hairLossGrade", ["Norwood II", "Norwood III", "Norwood IV", "Ludwig I"]),
        ("脱发分级", ["II", "III", "IV", "V"]),
    ],
)
def test_health_families(rng: random.Random, header: str, kind: list[str]) -> None:
    values = _pick(rng, [k for k in kind if k != "IU/mL"])
    assert types({**_persons(rng), header: values})[header] == "health_record"


def test_a_last_period_is_a_health_record(rng: random.Random) -> None:
    assert types({**_persons(rng), "last_period": _dates(rng)})["last_period"] == "health_record"
    # control: a billing period's end is no one's body (no menstrual word in a bill)
    assert one("上期账单日", _dates(rng)) is None


def test_fitness_and_posts_are_no_health(rng: random.Random) -> None:
    # controls: a swim school's deep-water test (an ability test, not health: the conventions'
    # 体测 is education only as a school's PE score) and a nursing fee
    passed = _pick(rng, ["通过", "未通过"])
    assert types({**_persons(rng), "深水测试": passed})["深水测试"] is None
    fees = [f"{rng.uniform(50, 500):.2f}" for _ in range(60)]
    assert types({**_persons(rng), "护理费": fees})["护理费"] is None


# -- masked phones and names ------------------------------------------------------------------


def _masked(rng: random.Random, shape: str) -> str:
    m = mobile(rng)
    return {
        "middle": f"{m[:3]}****{m[7:]}",
        "country": f"+86 {m[:3]}****{m[7:]}",
        "tail": f"{m[:7]}****",
        "spaced": f"{m[:3]} **** {m[7:]}",
    }[shape]


@pytest.mark.parametrize("shape", ["country", "tail", "spaced"])
@pytest.mark.parametrize("header", ["号码", "客户", "联系人", "col_3", "手机"])
def test_masked_mobiles_under_loose_headers(rng: random.Random, shape: str, header: str) -> None:
    values = [_masked(rng, shape) for _ in range(60)]
    assert types({**_persons(rng), header: values})[header] == "cn_mobile"


def test_masked_mobile_controls(rng: random.Random) -> None:
    # a part or serial code with a star in it is no phone: eleven characters, no mobile prefix
    codes = [f"A{rng.randint(10**5, 10**6 - 1)}****" for _ in range(60)]
    assert one("col_3", codes) is None
    # the customary 138****5678 is still a phone
    assert one("号码", [_masked(rng, "middle") for _ in range(60)]) == "cn_mobile"


@pytest.mark.parametrize("header", ["学员", "会员", "下单人", "预约人", "签收人", "col_2"])
def test_masked_and_polite_names(rng: random.Random, header: str) -> None:
    surnames = "王李张刘陈杨黄赵"
    shapes = [
        [rng.choice(surnames) + "**" for _ in range(60)],
        [rng.choice(surnames) + "*" + rng.choice("明华丽强") for _ in range(60)],
        [rng.choice(surnames) + rng.choice(["先生", "女士"]) for _ in range(60)],
    ]
    for values in shapes:
        found = types({"手机": [mobile(rng) for _ in range(60)], header: values})
        assert found[header] == "person_name"


def test_how_a_parent_asks_to_be_called(rng: random.Random) -> None:
    polite = [rng.choice("王李张刘") + rng.choice(["先生", "女士"]) for _ in range(60)]
    assert one("家长咋称呼", polite) == "person_name"
    # control: logins under 称呼 stay logins (set 8's 称呼 of a player)
    logins = [rng.choice(["xiaohu", "meiko", "小鱼"]) + str(rng.randint(1, 999)) for _ in range(60)]
    assert one("称呼", logins) == "account_name"


@pytest.mark.parametrize("header", ["艺名", "stageName"])
def test_stage_names(rng: random.Random, header: str) -> None:
    stage = _pick(rng, ["小鹿", "Kiki", "阿星", "甜心宝贝", "大鹏", "Luna"])
    assert types({**_persons(rng), header: stage})[header] == "person_name"


def test_masked_resident_ids_keeping_the_province(rng: random.Random) -> None:
    masked = [(i := random_id(rng))[:3] + "*" * 11 + i[-4:] for _ in range(60)]
    assert types({"姓名": _names(rng), "col_5": masked})["col_5"] == "cn_resident_id"
    assert one("证件号码", masked) == "cn_resident_id"


# -- other families ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "values", "gold"),
    [
        ("本科专业", ["计算机科学与技术", "会计学", "临床医学", "汉语言文学"], "education"),
        ("初试总分", ["356", "401", "298", "377"], "education"),
        ("gaokao_score", ["612", "588", "655", "540"], "education"),
        ("体育总分", ["52", "48", "57", "60"], "education"),
        ("考级", ["钢琴十级", "英语六级", "舞蹈五级"], "education"),
        ("dayRate", ["650.00", "800.00", "1200.00"], "income"),
        ("历史订单", ["共3笔 合计520元", "共1笔 合计88元", "共7笔 1260元"], "transaction_record"),
        ("repaymentHistory", ["NNNNNN1NNNNN", "NNN*NNNNNNNN", "NNNNNNNNNNNN"], "credit_record"),
        ("最近看过", ["考研调剂, 减肥药", "网贷逾期怎么办", "抑郁症自测"], "browsing_history"),
        ("MRTL_ST", ["10", "20", "21", "40"], "marital_status"),  # GB/T 2261.2 codes
        ("三围", ["86-62-90", "90-65-92", "84-60-88"], "body_measurement"),
        ("鞋码", ["38", "42", "40", "36"], "body_measurement"),
        ("生活照", ["/photos/u1.jpg", "/photos/u2.jpg"], "face_image"),
        ("headshot", ["https://cdn.example.com/h/1.jpg", "https://cdn.example.com/h/2.png"],
         "face_image"),
    ],
)  # fmt: skip
def test_word_families(rng: random.Random, header: str, values: list[str], gold: str) -> None:
    assert types({**_persons(rng), header: _pick(rng, values)})[header] == gold


@pytest.mark.parametrize("header", ["任职受雇单位", "实习单位", "签约单位", "退休单位"])
def test_employers_from_a_return_or_an_internship(rng: random.Random, header: str) -> None:
    firms = [f"{rng.choice(['华成', '天益', '精芯', '良诺'])}科技有限公司" for _ in range(60)]
    assert types({**_persons(rng), header: firms})[header] == "employer"


def test_an_office_tel(rng: random.Random) -> None:
    lines = [f"010-{rng.randint(6000_0000, 8999_9999)}转{rng.randint(100, 999)}" for _ in range(60)]
    assert types({**_persons(rng), "办公Tel": lines})["办公Tel"] == "cn_landline"
    local = [f"{rng.randint(6000_0000, 8999_9999)}" for _ in range(60)]
    assert types({**_persons(rng), "办公电话": local})["办公电话"] == "cn_landline"
    assert types({**_persons(rng), "工单号": local})["工单号"] is None  # control: a key


def test_business_words_of_set_9() -> None:
    hints = load_hints()
    # the programme a candidate is admitted to and the admission score are education (the gold
    # conventions table's 专业 and 考试成绩 rows; set 4's golds adjudicated 2026-12-07)
    assert hints.analyse("录取专业").types == ("education",)
    assert hints.analyse("投档成绩").types == ("education",)
    assert hints.analyse("sample_id").negative
    assert hints.analyse("现住房情况").negative
    assert hints.analyse("住房情况").types == ("real_estate",)  # control: set 2's house status
    assert not hints.analyse("服务岗位").types
    assert hints.analyse("现岗位").types == ("job_title",)  # control
    assert not hints.analyse("奖金池").types
    assert hints.analyse("奖金").types == ("income",)  # control
    assert hints.analyse("oam_ip").organisation
    assert not hints.analyse("cycle_len").types  # a billing cycle, unless beside a period
    assert hints.analyse("永久居留身份证").types == ("foreign_permanent_resident_id",)
    assert hints.analyse("身份证").types == ("cn_resident_id",)  # control
