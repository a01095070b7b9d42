"""Column rules for the causes held-out set 8 showed (issue 11): health families (injuries,
screening findings, vaccine doses, clinical scales, dental, colour vision, refraction, embryo
grades, a counselling client's complaints and risk, TCM constitutions), role and religious
names, logins, employers, statement lines, searches, stops, haplogroups, identifiers under
headers that name none of them in a register of persons, business words (an injection site, a
vacancy, lessons left, a seafarer's book, a violation's place, a visit date) and table contexts
(animals, a car's snapshot, a fleet, a ledger, meters on bare roads, running keys, company
names beside persons)."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import mobile, random_id
from tests.scan.test_export_vocabulary import one, types
from tests.scan.test_set7_rules import _vin

from piplkit.discover.evaluation.values import ValueFactory
from piplkit.discover.scan.hints import load_hints


@pytest.fixture
def rng() -> random.Random:
    return random.Random(81)


def _names(rng: random.Random, n: int = 60) -> list[str]:
    return [
        rng.choice("王李张刘陈杨黄赵") + rng.choice(["伟", "芳", "娜", "敏", "静", "秀英", "建国"])
        for _ in range(n)
    ]


def _persons(rng: random.Random) -> dict[str, list[str]]:
    return {"姓名": _names(rng), "身份证号": [random_id(rng) for _ in range(60)]}


def _pick(rng: random.Random, words: list[str], n: int = 60) -> list[str]:
    return [rng.choice(words) for _ in range(n)]


# -- health families ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "words"),
    [
        ("伤病", ["肩袖损伤", "前交叉韧带重建术后", "网球肘", "跟腱断裂术后"]),
        ("初筛结果", ["HBsAg阳性", "合格", "ALT偏高"]),
        ("疫苗名称及剂次", ["百白破第3剂", "脊灰灭活第2剂", "水痘第1剂", "麻腮风第1剂"]),
        ("健康状况", ["大病", "长期慢性病", "重病", "残疾"]),
        ("儿童健康状况", ["脑瘫", "先天性心脏病", "健康"]),
        ("体检-辨色力", ["色弱", "正常", "色盲"]),
        ("teeth_findings", ["乳牙滞留", "牙列不齐", "龋齿(55,65)"]),
        ("右眼屈光度", ["-3.25DS", "-2.50DS", "-1.75DS", "+0.50DC"]),
        ("胚胎评级", ["4AA", "3BC", "4AB", "3BB", "8细胞Ⅱ级"]),
        ("主诉问题", ["强迫思维", "情绪低落", "职场焦虑", "婚姻困扰"]),
        ("exposureLevel", ["Ⅲ级暴露", "Ⅱ级暴露", "Ⅰ级暴露"]),
        ("col_4", ["气虚质", "平和质", "阳虚质", "痰湿质"]),
    ],
)
def test_health_families(rng: random.Random, header: str, words: list[str]) -> None:
    assert one(header, _pick(rng, words)) == "health_record"


@pytest.mark.parametrize(
    "header",
    ["疼痛评分", "NRS评分", "gcs_score", "meld_score", "APGAR评分", "MMSE", "PHQ9总分", "nihss",
     "Child-Pugh"],
)  # fmt: skip
def test_clinical_scales(rng: random.Random, header: str) -> None:
    assert one(header, [str(rng.randint(0, 30)) for _ in range(60)]) == "health_record"


def test_a_satisfaction_score_is_no_clinical_scale(rng: random.Random) -> None:
    # control: 0-10 under a score word of a service
    assert one("满意度评分", [str(rng.randint(0, 10)) for _ in range(60)]) is None


def test_outcome_and_risk_words_beside_clinical_columns(rng: random.Random) -> None:
    found = types(
        {
            **_persons(rng),
            "获卵数": [str(rng.randint(3, 20)) for _ in range(60)],
            "结局": _pick(rng, ["生化妊娠", "临床妊娠", "待随访"]),
        }
    )
    assert found["结局"] == "health_record"
    counselling = types(
        {
            **_persons(rng),
            "主诉问题": _pick(rng, ["强迫思维", "情绪低落", "婚姻困扰"]),
            "风险评估": _pick(rng, ["无风险", "自杀风险:中", "自杀风险:高"]),
        }
    )
    assert counselling["风险评估"] == "health_record"


def test_outcomes_beside_pending_answers(rng: random.Random) -> None:
    answers = _pick(rng, ["阴性", "阳性", "未反馈", "未反馈"])
    assert types({**_persons(rng), "result_reported": answers})["result_reported"] == (
        "health_record"
    )
    qc = types({"质控批号": [f"QC{i:05d}" for i in range(60)], "result_reported": answers})
    assert qc["result_reported"] is None  # control: no person's result


def test_a_case_number_is_no_part_number(rng: random.Random) -> None:
    diagnoses = _pick(rng, ["肺癌晚期、冠心病", "前交叉韧带损伤", "肩袖损伤"])
    found = types(
        {"案件号": [f"GS{i:06d}" for i in range(60)], "受伤部位及诊断": diagnoses,
         "伤残等级鉴定": _pick(rng, ["未达级", "十级", "七级", "九级"])}
    )  # fmt: skip
    assert found["受伤部位及诊断"] == found["伤残等级鉴定"] == "health_record"
    assert load_hints().is_product_table(["件号", "名称"])  # control: a spare part's number


# -- names, logins, employers --------------------------------------------------------------------


def test_role_and_religious_names(rng: random.Random) -> None:
    masked = [n[0] + "**" for n in _names(rng)]
    assert one("来访者", masked) == "person_name"
    polite = [n[0] + rng.choice(["女士", "先生"]) for n in _names(rng)]
    assert one("报修人", polite) == "person_name"
    assert one("经名", _pick(rng, ["法蒂玛", "穆萨", "阿伊莎", "优素福"])) == "person_name"
    assert one("法名", _pick(rng, ["觉远", "妙音", "净心", "慧明"])) == "person_name"
    # control: two characters under another header are no name
    assert one("法会", _pick(rng, ["盂兰", "浴佛", "观音"])) is None


@pytest.mark.parametrize("header", ["选手ID", "netid", "称呼"])
def test_logins_under_a_player_or_campus_word(rng: random.Random, header: str) -> None:
    logins = [
        rng.choice(["xiaohu", "meiko", "haoming", "wdai", "小鱼", "老王"])
        + str(rng.randint(1, 999))
        for _ in range(60)
    ]
    assert one(header, logins) == "account_name"


def test_employers_of_a_dispatched_or_registered_person(rng: random.Random) -> None:
    firms = [f"{rng.choice(['华成', '天益', '精芯', '良诺'])}科技有限公司" for _ in range(60)]
    found = types(
        {**_persons(rng), "派遣单位": firms, "用工单位": firms, "所属公司【单位】": firms}
    )
    assert found["派遣单位"] == found["用工单位"] == found["所属公司【单位】"] == "employer"
    taiwan = types(
        {"姓名": _names(rng), "手机": [mobile(rng) for _ in range(60)], "企业名称": firms}
    )
    assert taiwan["企业名称"] == "employer"
    suppliers = types({"企业名称": firms, "供货品类": _pick(rng, ["钢材", "水泥"])})
    assert suppliers["企业名称"] is None  # control: a supplier register
    # a customer register that names each company by its credit code: the company is the
    # party itself, even beside its contact person's phone and ID (the issue-2 set's t07)
    factory = ValueFactory(7)
    parties = types(
        {
            "统一社会信用代码": [factory.draw("cn_uscc").text for _ in range(60)],
            "公司名称": firms,
            "phone": [mobile(rng) for _ in range(60)],
            "身份证号": [random_id(rng) for _ in range(60)],
        }
    )
    assert parties["公司名称"] is None
    # a sales lead names its contact and the contact's job title beside the company's code:
    # the company is where that person works (set 3's crm_leads_export)
    codes = [factory.draw("cn_uscc").text for _ in range(60)]
    leads = types(
        {
            "客户姓名": _names(rng),
            "公司名称": firms,
            "职位": _pick(rng, ["采购经理", "销售总监", "行政主管", "财务经理"]),
            "手机": [mobile(rng) for _ in range(60)],
            "统一社会信用代码": codes,
        }
    )
    assert leads["公司名称"] == "employer"


# -- records of money, searches, routes, genes ------------------------------------------------


def _statement(rng: random.Random) -> str:
    return "; ".join(
        f"2026-11-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} "
        f"{rng.choice(['盒马鲜生', '滴滴出行', '美宜佳'])} -{rng.uniform(5, 600):.2f}"
        for _ in range(2)
    )


@pytest.mark.parametrize("header", ["bill_details", "TXN_DESC", "转账明细"])
def test_statement_lines_with_signed_amounts(rng: random.Random, header: str) -> None:
    assert one(header, [_statement(rng) for _ in range(60)]) == "transaction_record"


def test_searches_stops_and_haplogroups(rng: random.Random) -> None:
    searches = [
        ",".join(rng.sample(["抑郁症自测", "考研调剂", "减肥药", "网贷逾期"], 2)) for _ in range(60)
    ]
    assert one("searchTerms", searches) == "browsing_history"
    assert one("query", searches) == "browsing_history"
    places = ["五一广场", "望京SOHO", "深圳北站"]
    stops = [
        " -> ".join(
            f"{rng.randint(7, 20)}:{rng.randint(10, 59)} {rng.choice(places)}" for _ in "abc"
        )
        for _ in range(60)
    ]
    assert one("stops", stops) == "trajectory"
    assert one("haplogroup", _pick(rng, ["O-M122", "N-M231", "C-M217", "D4a1"])) == "genetic_data"
    assert one("ancestry", _pick(rng, ["华北汉族 62%", "蒙古族 20%", "华南汉族 48%"])) == (
        "genetic_data"
    )


def test_pay_cards_grades_and_identities(rng: random.Random) -> None:
    assert one("绩效", [f"{rng.uniform(2000, 30000):.2f}" for _ in range(60)]) == "income"
    assert one("hourly_rate", [f"{rng.uniform(80, 500):.2f}" for _ in range(60)]) == "income"
    cards = [f"6222 **** **** {rng.randint(1000, 9999)}" for _ in range(60)]
    assert one("工资卡", cards) == "bank_card"
    assert one("年级", _pick(rng, ["二年级", "三年级", "六年级"])) == "education"
    assert one("性别认同", _pick(rng, ["女", "非二元", "男", "跨性别"])) == "gender"
    assert one("user_label", _pick(rng, ["奶奶", "儿子", "爸爸", "妈妈"])) == "family_relationship"


# -- identifiers under headers that name none ---------------------------------------------------


def _mac(rng: random.Random) -> str:
    text = rng.choice([":", "-"]).join(f"{rng.randint(0, 255):02X}" for _ in range(6))
    return text.lower() if rng.random() < 0.5 else text  # as a device dump mixes them


def test_unnamed_identifiers_beside_a_person(rng: random.Random) -> None:
    hexes = "0123456789ABCDEF"
    uuids = [
        "-".join("".join(rng.choice(hexes) for _ in range(k)) for k in (8, 4, 4, 4, 12))
        for _ in range(60)
    ]
    masked = [random_id(rng)[:6] + "********" + random_id(rng)[-4:] for _ in range(60)]
    found = types({**_persons(rng), "c3": [_mac(rng) for _ in range(60)], "c4": uuids,
                   "seller_id": masked})  # fmt: skip
    assert found["c3"] == "mac_address"
    assert found["c4"] == "device_id"
    assert found["seller_id"] == "cn_resident_id"
    machines = types({"机柜": [f"R{i}" for i in range(60)], "c3": [_mac(rng) for _ in range(60)]})
    assert machines["c3"] is None  # control: no person in the table


def test_resident_ids_a_spreadsheet_rounded(rng: random.Random) -> None:
    rounded = [str(int(float(random_id(rng)[:17] + "0"))) for _ in range(60)]
    assert types({"字段2": _names(rng), "字段3": rounded})["字段3"] == "cn_resident_id"
    # control: 18-digit serials that are no birth date
    serials = [str(int(float(f"99{rng.randint(10**15, 10**16 - 1)}"))) for _ in range(60)]
    assert types({"字段2": _names(rng), "字段3": serials})["字段3"] is None


# -- business words -------------------------------------------------------------------------


def test_business_words_of_set_8() -> None:
    hints = load_hints()
    assert hints.analyse("接种部位").negative
    assert hints.analyse("伤口部位").types == ("health_record",)  # control: a wound's site
    assert hints.analyse("推荐职位").negative
    assert hints.analyse("现职位").types == ("job_title",)  # control
    assert "income" not in hints.analyse("职位薪资范围").types
    assert hints.analyse("期望年薪").types == ("income",)  # control: a candidate's own
    assert "account_balance" not in hints.analyse("课时余额").types
    assert hints.analyse("账户余额").types == ("account_balance",)  # control
    assert hints.analyse("海员证号").negative
    assert hints.analyse("违法地点").negative
    assert hints.analyse("违法行为").types == ("criminal_record",)  # control
    assert hints.analyse("upstream_ip").organisation


def test_a_visit_date_is_no_browsing(rng: random.Random) -> None:
    dates = [f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}" for _ in range(60)]
    assert one("last_visit", dates) is None
    urls = [f"https://m.jd.com/item/{rng.randint(10**6, 10**7)}" for _ in range(60)]
    assert one("last_visit", urls) == "browsing_history"  # control


# -- table contexts --------------------------------------------------------------------------


def test_an_animals_weight_and_diagnosis(rng: random.Random) -> None:
    weights = [f"{rng.uniform(2, 40):.2f}" for _ in range(60)]
    diagnoses = _pick(rng, ["肠胃炎", "猫瘟", "骨折", "细小病毒"])
    vet = types(
        {"宠物名": _pick(rng, ["豆豆", "球球", "可乐"]), "品种": _pick(rng, ["泰迪", "柯基"]),
         "体重kg": weights, "诊断": diagnoses, "主人姓名": _names(rng)}
    )  # fmt: skip
    assert vet["体重kg"] is None and vet["诊断"] is None
    assert vet["主人姓名"] == "person_name"
    # control: a person's own weight and diagnosis beside one pet column
    clinic = types({**_persons(rng), "宠物": _pick(rng, ["无", "猫"]), "体重kg": weights,
                    "诊断": diagnoses})  # fmt: skip
    assert clinic["诊断"] == "health_record"


def test_a_cars_snapshot_and_a_fleets_vin(rng: random.Random) -> None:
    plates = [f"京A{rng.randint(10000, 99999)}" for _ in range(60)]
    snaps = [f"/snap/in_{rng.randint(1, 999):03d}.jpg" for _ in range(60)]
    parking = types({"车牌号码": plates, "抓拍图片": snaps})
    assert parking["抓拍图片"] is None
    gate = types({**_persons(rng), "抓拍图片": snaps})
    assert gate["抓拍图片"] == "face_image"  # control: a gate's snapshot of persons
    vins = [_vin(rng) for _ in range(60)]
    fleet = types({"车辆编号": [f"JX-{i:02d}" for i in range(60)], "车辆识别代号": vins})
    assert fleet["车辆识别代号"] is None
    owners = types({**_persons(rng), "车辆识别代号": vins})
    assert owners["车辆识别代号"] == "vin"  # control


def test_a_ledger_and_meters_on_bare_roads(rng: random.Random) -> None:
    amounts = [f"{rng.uniform(100, 50000):.2f}" for _ in range(60)]
    ledger = types(
        {"科目": _pick(rng, ["奉献收入", "水电费"]), "摘要": _pick(rng, ["主日奉献", "电费"]),
         "收入": amounts, "支出": amounts, "余额": amounts}
    )  # fmt: skip
    assert ledger["收入"] is None and ledger["余额"] is None
    payroll = types({**_persons(rng), "收入": amounts})
    assert payroll["收入"] == "income"  # control
    meters = types(
        {"meterId": [f"SN{i:08X}" for i in range(60)],
         "street": _pick(rng, ["中山路", "解放大道", "人民路"]),
         "spaces": [str(rng.randint(5, 30)) for _ in range(60)]}
    )  # fmt: skip
    assert meters["street"] is None


def test_running_keys_under_a_login_word(rng: random.Random) -> None:
    keys = [f"GJJ2026{i:07d}" for i in range(60)]
    assert types({**_persons(rng), "个人账号": keys})["个人账号"] is None
    logins = [rng.choice(["zhangwei", "lina88", "wang_j"]) + str(i) for i in range(60)]
    assert types({**_persons(rng), "个人账号": logins})["个人账号"] == "account_name"  # control
