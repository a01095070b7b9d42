"""Column rules for the causes held-out set 6 showed (issue 11): clinical measurements and
clinical word families, whole-token and head-noun words, notes in a trailing bracket,
organisations' tables (network equipment, registered parties, company lists), dated purchases,
spreadsheet-rounded IDs and record words that name a group or a venue."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import mobile, random_id
from tests.scan.test_export_vocabulary import one, types

from piplkit.discover.scan.hints import load_hints


@pytest.fixture
def rng() -> random.Random:
    return random.Random(61)


def _luhn_card(rng: random.Random, prefix: str = "622848") -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(12))
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def _private_ip(rng: random.Random) -> str:
    return f"192.168.{rng.randint(0, 30)}.{rng.randint(2, 250)}"


def _names(rng: random.Random, n: int = 60) -> list[str]:
    return [
        rng.choice("王李张刘陈") + rng.choice(["伟", "芳", "娜", "敏", "静", "磊"])
        for _ in range(n)
    ]


# -- health: measurements and word families ------------------------------------------------


def test_a_number_under_a_clinical_measurement_is_a_result(rng: random.Random) -> None:
    glucose = [f"{rng.uniform(3.5, 15):.1f}" for _ in range(60)]
    assert one("glucoseMmolL", glucose) == "health_record"
    assert one("血肌酐(μmol/L)", [str(rng.randint(50, 120)) for _ in range(60)]) == "health_record"
    assert one("hba1c", [f"{rng.uniform(5, 11):.1f}%" for _ in range(60)]) == "health_record"


def test_a_number_under_other_health_words_is_not(rng: random.Random) -> None:
    # the length of a stay and a record's numbers are no test result
    days = [str(rng.randint(1, 30)) for _ in range(60)]
    assert one("住院天数", days) is None
    assert one("bl", [str(rng.randint(10, 99)) for _ in range(60)]) is None


def test_an_audiogram_by_ear() -> None:
    cells = [
        f"L:{a}/{b}/40/80 R:45/{a}/55/{b}" for a in range(20, 80, 5) for b in (10, 25, 30, 55, 70)
    ]
    assert one("纯音测听(dB HL)", cells) == "health_record"


@pytest.mark.parametrize(
    ("header", "words"),
    [
        ("晨检情况", ["正常", "咳嗽", "流涕", "手足口排查"]),
        ("伤口部位", ["面部", "左前臂", "左手背", "右手食指", "右小腿"]),
        ("暴露分级", ["Ⅱ级暴露", "Ⅲ级暴露", "Ⅱ级暴露(抓伤)"]),
        ("不孕原因", ["输卵管因素", "男方少弱精", "子宫内膜异位症", "排卵障碍"]),
        ("促排方案", ["长方案", "微刺激方案", "拮抗剂方案", "自然周期"]),
        ("妊娠结局", ["临床妊娠", "生化妊娠", "未孕"]),
        ("体检结论", ["合格", "合格(限制:夜间)", "暂不合格(高血压)"]),
        ("HIV检测结果", ["阳性待确认", "阴性"]),
        ("用药方案", ["TDF/FTC 每日服药", "TDF/FTC 按需服药(2-1-1)"]),
        ("semen_analysis", ["浓度45×10^6/ml 前向运动45%", "浓度81×10^6/ml 前向运动37%"]),
        ("insulinNote", ["甘精胰岛素 12U", "二甲双胍 0.5g", "未注射"]),
    ],
)
def test_clinical_word_families(rng: random.Random, header: str, words: list[str]) -> None:
    assert one(header, [rng.choice(words) for _ in range(60)]) == "health_record"


def test_health_vocabulary_decides_under_a_record_word(rng: random.Random) -> None:
    alarms = ["血氧偏低(89%)", "心率异常(132次/分)", "跌倒报警-已确认", "久卧未动报警"]
    assert one("alarm_type", [rng.choice(alarms) for _ in range(60)]) == "health_record"


def test_hla_typing_and_karyotypes_are_genetic(rng: random.Random) -> None:
    hla = [
        f"A*24:0{rng.randint(1, 8)} B*{rng.choice(['13', '46', '58'])}:01 DRB1*09:01"
        for _ in range(60)
    ]
    assert one("col_7", hla) == "genetic_data"
    karyotypes = [rng.choice(["46,XY", "46,XX", "46,XY,inv(9)(p12q13)"]) for _ in range(60)]
    assert one("karyotype", karyotypes) == "genetic_data"


def test_a_dishs_allergens_are_not_an_allergy_history(rng: random.Random) -> None:
    allergens = [rng.choice(["鸡蛋", "大豆", "花生", "鱼类"]) for _ in range(60)]
    menu = types(
        {
            "菜品编码": [f"D{i:04d}" for i in range(60)],
            "菜品名称": [rng.choice(["宫保鸡丁", "鱼香肉丝"]) for _ in range(60)],
            "过敏原": allergens,
        }
    )
    assert menu["过敏原"] is None
    assert one("过敏原", allergens) == "health_record"  # a patient's, with no dish beside it


def test_a_prescription_beside_a_frame_sku_stays_a_health_record(rng: random.Random) -> None:
    found = types(
        {
            "frame_sku": [f"SKU{i:05d}" for i in range(60)],
            "球镜": [f"-{rng.randint(1, 24) * 0.25:.2f}" for _ in range(60)],
        }
    )
    assert found["球镜"] == "health_record"


# -- header words: tokens, heads, brackets, families ------------------------------------------


def test_age_as_a_whole_token(rng: random.Random) -> None:
    ages = [str(rng.randint(60, 95)) for _ in range(60)]
    assert one("wearer_age", ages) == "age"
    assert one("age_at_baseline", ages) == "age"
    assert one("usage", ages) is None


def test_account_as_the_head_noun(rng: random.Random) -> None:
    logins = [f"{rng.choice(['caifang', 'tao', 'yanghe'])}{rng.randint(1, 99)}" for _ in range(60)]
    assert one("GAME_ACCOUNT", logins) == "account_name"
    assert one("t_account", logins) == "account_name"
    statuses = [rng.choice(["active", "locked", "closed"]) for _ in range(60)]
    assert one("account_status", statuses) is None


def test_a_note_in_a_trailing_bracket_does_not_name_the_column(rng: random.Random) -> None:
    hints = load_hints()
    assert hints.analyse("健康状况(家长填写)").types == ("health_record",)
    assert hints.analyse("Name (as in passport)").types == ("person_name",)
    assert hints.analyse("联系人(手机)").types == ("cn_mobile",)  # the bracket is a hint word
    conditions = [rng.choice(["健康", "癫痫史", "先心病术后", "哮喘"]) for _ in range(60)]
    assert one("健康状况(家长填写)", conditions) == "health_record"


def test_a_card_account_of_valid_bank_cards(rng: random.Random) -> None:
    # a compound ending in 账号 names a bank account as well as a login, as a bare 账号 does
    assert "bank_card" in load_hints().analyse("一卡通账号").types
    assert "bank_card" in load_hints().analyse("卡账号").types
    assert one("一卡通账号", [_luhn_card(rng) for _ in range(60)]) == "bank_card"


@pytest.mark.parametrize(
    ("header", "values", "expected"),
    [
        ("monthly_pension", [str(3000 + 10 * i) for i in range(60)], "income"),
        ("zhengxin_jieguo", ["正常", "关注"] * 30, "credit_record"),
        (
            "失信被执行人行为具体情形",
            ["有履行能力而拒不履行生效法律文书确定义务", "违反限制消费令"] * 30,
            "credit_record",
        ),
        ("毕业院系及届别", ["计算机学院2008届", "医学院2012届", "法学院2005届"] * 20, "education"),
        ("overall_band", ["5.5", "6.0", "7.5", "8.0"] * 15, "education"),
        (
            "recent_pages",
            ["https://example.cn/course/a | https://example.cn/forum/1"] * 60,
            "browsing_history",
        ),
        ("AAC004", ["1", "2"] * 30, "gender"),
    ],
)
def test_word_families(header: str, values: list[str], expected: str) -> None:
    assert one(header, values) == expected


def test_a_json_track_is_a_trajectory() -> None:
    point = '{{"t":"08:0{0}","lat":30.5592{0},"lng":104.0345{0}}}'
    track = "[" + ",".join(point.format(i) for i in range(4)) + "]"
    assert one("routeTrack", [track] * 60) == "trajectory"


# -- record words that are not the person's attribute ----------------------------------------


def test_a_call_duration_is_not_a_communication_record(rng: random.Random) -> None:
    assert one("通话时长(秒)", [str(rng.randint(30, 1800)) for _ in range(60)]) is None


def test_a_class_and_an_exam_venue(rng: random.Random) -> None:
    assert one("班级", [rng.choice(["乳儿班", "托小班", "托大班"]) for _ in range(60)]) is None
    schools = [rng.choice(["北京市第八中学", "首都师范大学附属中学"]) for _ in range(60)]
    assert one("考点", schools) is None


# -- organisations' tables -------------------------------------------------------------------


def test_an_access_points_ip_beside_a_users(rng: random.Random) -> None:
    found = types(
        {
            "phone": [mobile(rng) for _ in range(60)],
            "client_ipv4": [
                f"112.{rng.randint(0, 99)}.{rng.randint(0, 250)}.{rng.randint(2, 250)}"
                for _ in range(60)
            ],
            "ap_ip": [_private_ip(rng) for _ in range(60)],
        }
    )
    assert found["ap_ip"] is None
    assert found["client_ipv4"] == "ipv4"
    assert not load_hints().analyse("app_ip").organisation  # a whole token only


def test_a_cdn_nodes_addresses(rng: random.Random) -> None:
    found = types(
        {
            "node_ip": [_private_ip(rng) for _ in range(60)],
            "bandwidth_mbps": [str(rng.randint(100, 900)) for _ in range(60)],
            "cpu_pct": [str(rng.randint(1, 99)) for _ in range(60)],
        }
    )
    assert found["node_ip"] is None


def test_stops_of_a_timetable(rng: random.Random) -> None:
    lat = [f"{rng.uniform(22, 40):.6f}" for _ in range(60)]
    assert one("站点纬度", lat) is None
    assert one("纬度", lat) == "geo_coordinates"


def _addresses(rng: random.Random) -> list[str]:
    return [
        f"北京市海淀区{rng.choice(['科创路', '兴业大道'])}{rng.randint(1, 300)}号"
        for _ in range(60)
    ]


def test_a_registered_partys_address(rng: random.Random) -> None:
    uscc = ["91110108MA01A2B3C" + str(i % 10) for i in range(60)]
    patents = types({"申请人统一社会信用代码": uscc, "申请人地址": _addresses(rng)})
    assert patents["申请人地址"] is None
    with_people = types(
        {
            "统一社会信用代码": uscc,
            "联系人": _names(rng),
            "手机": [mobile(rng) for _ in range(60)],
            "地址": _addresses(rng),
        }
    )
    assert with_people["地址"] == "address"


def test_an_installed_machines_address(rng: random.Random) -> None:
    assert one("安装地址", _addresses(rng)) is None


def _companies(rng: random.Random) -> list[str]:
    return [
        f"{rng.choice(['九方', '彩虹', '凌颖'])}{rng.choice(['科技', '网络'])}有限公司"
        for _ in range(60)
    ]


def test_a_company_column_in_a_table_of_people(rng: random.Random) -> None:
    people = {"姓名": _names(rng), "身份证号": [random_id(rng) for _ in range(60)]}
    assert types({**people, "公司": _companies(rng)})["公司"] == "employer"
    assert types({**people, "F05": _companies(rng)})["F05"] == "employer"
    assert one("聘用单位", _companies(rng)) == "employer"


def test_a_company_column_in_a_table_of_companies(rng: random.Random) -> None:
    companies = {
        "公司": _companies(rng),
        "F05": _companies(rng),
        "票数": [str(i) for i in range(60)],
    }
    found = types(companies)
    assert found["公司"] is None
    assert found["F05"] is None
    assert one("所在企业", _companies(rng)) == "employer"  # an employment, even alone


# -- values ----------------------------------------------------------------------------------


def test_dated_purchases_in_one_cell(rng: random.Random) -> None:
    shops = ["盒马鲜生", "滴滴出行", "12306", "瑞幸咖啡"]
    cells = [
        "; ".join(
            f"1{rng.randint(0, 1)}-{rng.randint(10, 28)} {rng.choice(shops)} "
            f"￥{rng.uniform(5, 900):.2f}"
            for _ in range(2)
        )
        for _ in range(60)
    ]
    assert one("col_10", cells) == "transaction_record"
    assert one("近期消费", cells) == "transaction_record"
    minibar = [f"11-{rng.randint(10, 28)} 啤酒×2 ￥50，薯片×1 ￥18" for _ in range(60)]
    assert one("items", minibar) == "transaction_record"


def test_ids_rounded_by_a_spreadsheet(rng: random.Random) -> None:
    ids = [i for i in (random_id(rng) for _ in range(200)) if i.isdigit()][:60]
    rounded = [str(int(float(i))) for i in ids]  # 4.30102196101137E+17 read back
    assert one("身份证号", rounded) == "cn_resident_id"
    assert one("col_2", rounded) is None  # the shape alone is not enough


def test_a_village_that_groups_rows_is_not_an_address(rng: random.Random) -> None:
    villages = [rng.choice(["河东村", "新集村", "李家村", "王庄村"]) for _ in range(60)]
    assert one("村", villages) is None
    assert one("居住地", villages) == "address"  # named as where the person lives
