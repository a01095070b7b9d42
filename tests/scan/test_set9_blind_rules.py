"""Column rules for the causes blind set 9 showed (issue 11): whole clinical specialities'
vocabularies (dentistry, the eye, skin analysis, rehabilitation, fertility and the puerperium,
rhythm alerts, hearing by ear, airway and fertility markers, fitness statements, questions naming
a condition, drug advice), pay under other words in registers of persons, body, genetic, credit,
title, message, browsing, order, gold and stay words, and the business readings that are no PI
(a grade of the employer's ladder, a fund account, a reader card, a rate, a test car, a farm
plot, a lab instrument, playing positions, posted places, hobby levels, a care level).

The values are this file's own; headers are a speciality's words, not only set 9's."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import mobile, random_id
from tests.scan.test_export_vocabulary import one, types
from tests.scan.test_set7_rules import _vin


@pytest.fixture
def rng() -> random.Random:
    return random.Random(91)


def _names(rng: random.Random, n: int = 60) -> list[str]:
    return [
        rng.choice("王李张刘陈杨黄赵周吴") + rng.choice(["伟", "芳", "娜", "敏", "秀英", "建国"])
        for _ in range(n)
    ]


def _persons(rng: random.Random) -> dict[str, list[str]]:
    return {"姓名": _names(rng), "身份证号": [random_id(rng) for _ in range(60)]}


def _pick(rng: random.Random, words: list[str], n: int = 60) -> list[str]:
    return [rng.choice(words) for _ in range(n)]


def _ints(rng: random.Random, low: int, high: int, n: int = 60) -> list[str]:
    return [str(rng.randint(low, high)) for _ in range(n)]


def _floats(rng: random.Random, low: float, high: float, places: int, n: int = 60) -> list[str]:
    return [f"{rng.uniform(low, high):.{places}f}" for _ in range(n)]


# -- clinical specialities whose values have no pattern of their own ------------------------------


@pytest.mark.parametrize(
    ("header", "words"),
    [
        # dentistry: a tooth's FDI number, a crown's shade, the restoration, the bite, appliances
        ("牙位号", ["11", "16", "21", "26", "36", "46", "14-16", "47"]),
        ("比色", ["A1", "A2", "A3", "B1", "B2", "C1", "A3.5"]),
        ("修复体类型", ["全瓷冠", "烤瓷冠", "嵌体", "种植上部结构", "贴面"]),
        ("错颌类型", ["安氏II类", "安氏III类", "反颌", "拥挤"]),
        ("appliance", ["隐形矫治", "固定矫治", "功能矫治器"]),
        # the eye: refraction by eye, the cornea, the surgery done
        ("sphOD", ["-3.47", "-5.12", "-0.88", "-7.31", "-2.06"]),
        ("角膜厚度", ["512", "538", "497", "560", "583"]),
        ("surgeryType", ["全飞秒SMILE", "半飞秒", "ICL晶体植入"]),
        # hair and skin of an aesthetic clinic
        ("术式", ["FUE", "FUT", "FUE+PRP"]),
        ("皮肤类型", ["油性", "干性", "混合性", "敏感性"]),
        ("色斑评分", ["12", "45", "67", "88", "31"]),
        # rehabilitation
        ("FMA下肢", ["12", "20", "28", "31", "9"]),
        ("康复计划", ["PT+OT 每日2次", "言语训练+吞咽训练", "步态训练", "作业治疗"]),
        # fertility and the puerperium
        ("排卵试纸", ["阴性", "弱阳", "强阳"]),
        ("trying_to_conceive", ["备孕中", "避孕", "已怀孕", "未设置"]),
        ("产后天数", ["3", "12", "45", "80", "101"]),
        ("amh_value", ["0.85", "2.31", "4.70", "6.12"]),
        ("sperm_density", ["15.2", "48.0", "72.5", "101.3"]),
        # lactation problems decide a column whatever it is called
        ("issue", ["乳腺管堵塞", "乳头皲裂", "奶量不足", "乳腺炎"]),
        # a wearable's rhythm alert, airway inflammation, hearing by ear
        ("afib_alert", ["无", "无", "疑似房颤", "心律不齐提示"]),
        ("FeNO(ppb)", ["12", "25", "38", "51", "77"]),
        ("RIGHT_DB", ["20", "35", "45", "60", "75"]),
        ("左耳(dB)", ["20", "35", "45", "60", "75"]),
        # blood groups, fitness and health statements, questions naming a condition
        ("blood_type", ["A", "B", "O", "AB"]),
        ("ABO血型", ["A", "B", "O", "AB", "O Rh+"]),
        ("体检鉴定", ["I级合格", "不合格-色弱", "待复查"]),
        ("健康证明", ["合格", "合格", "色觉异常"]),
        ("Medical Statement", ["全部否", "哮喘史-需医生签字", "耳压平衡困难"]),
        ("是否有高血压或糖尿病", ["否", "否", "是"]),
        ("是否孕妇", ["否", "否", "是"]),
        ("motionSickness", ["无", "轻微晕动", "严重晕动"]),
        ("prep_use", ["是", "否"]),
        # medication: drug advice, a village follow-up's yy, a member's purchases, screen failures
        ("drugAdvice", ["氯吡格雷常规剂量", "建议换用替格瑞洛", "华法林减量"]),
        ("yy", ["硝苯地平缓释片", "氨氯地平", "厄贝沙坦", "未服药"]),
        ("近半年购药记录", ["10-02 二甲双胍缓释片×2", "11-15 阿托伐他汀钙片×1"]),
        ("筛选失败原因", ["ALT升高", "肌酐清除率<60", "妊娠试验阳性", "入组", "入组"]),
    ],
)
def test_clinical_specialities(rng: random.Random, header: str, words: list[str]) -> None:
    assert one(header, _pick(rng, words)) == "health_record"


def test_days_under_a_therapy_word_are_no_result(rng: random.Random) -> None:
    # control: rehabilitation names a health record, but a count of days under it is no result
    assert one("康复疗程天数", _ints(rng, 5, 60)) is None


def test_a_paint_shops_shade_is_a_product(rng: random.Random) -> None:
    # control: a shade code in a goods table (a SKU beside it) is the product's
    found = types(
        {"sku": [f"PT{i:06d}" for i in range(60)], "比色": _pick(rng, ["A1", "A2", "B1", "C1"])}
    )
    assert found["比色"] is None


def test_a_sample_barcode_is_no_goods_id(rng: random.Random) -> None:
    found = types(
        {
            "sampleBarcode": [f"PGX{i:08d}" for i in range(60)],
            "customerName": _names(rng),
            "drugAdvice": _pick(rng, ["氯吡格雷常规剂量", "华法林减量", "建议换用替格瑞洛"]),
        }
    )
    assert found["drugAdvice"] == "health_record"


def test_a_care_level_is_no_clinical_grade(rng: random.Random) -> None:
    found = types(
        {
            **_persons(rng),
            "用药记录": _pick(rng, ["阿司匹林 100mg qd", "二甲双胍 0.5g bid"]),
            "护理等级": _pick(rng, ["一级", "二级", "三级"]),
            "严重程度": _pick(rng, ["轻度", "中度", "重度"]),
        }
    )
    assert found["护理等级"] is None
    assert found["严重程度"] == "health_record"  # control: set 7's adverse-event grade


# -- body, genetics, pay, credit and the other person types ------------------------------------


@pytest.mark.parametrize(
    ("header", "values", "expected"),
    [
        ("bbt", ["36.21", "36.48", "36.77", "36.95"], "body_measurement"),
        ("resting_hr", ["52", "61", "68", "74"], "body_measurement"),
        ("vo2max", ["31.5", "42.0", "48.7", "55.2"], "body_measurement"),
        ("actn3", ["RR", "RX", "XX"], "genetic_data"),
        ("ace_id", ["II", "ID", "DD"], "genetic_data"),
        ("MTHFR_C677T", ["CC", "CT", "TT"], "genetic_data"),
        ("ZXPF", ["612", "688", "745", "801"], "credit_record"),
        ("creditLevel", ["信用极好", "信用优秀", "信用良好"], "credit_record"),
        ("current_title", ["产品负责人", "区域销售", "数据分析", "前端开发"], "job_title"),
        ("最后发言", ["明天几点到？", "收到，谢谢", "我晚点发你"], "communication_record"),
        ("ASR_TEXT", ["我想查一下账单", "卡丢了怎么挂失", "帮我转人工"], "communication_record"),
        ("readPages", ["/book/3321/ch12 | /book/118/ch3", "/book/77/ch40"], "browsing_history"),
        ("访问域名", ["www.taobao.com", "m.weibo.cn", "v.douyin.com"], "browsing_history"),
        ("goldGrams", ["12.500", "3.250", "108.000", "56.125"], "account_balance"),
        ("alias", ["sunny_88", "moonwalker7", "xiaoyu2019"], "account_name"),
    ],
)
def test_person_words(rng: random.Random, header: str, values: list[str], expected: str) -> None:
    assert one(header, _pick(rng, values)) == expected


def test_recent_orders_and_past_stays(rng: random.Random) -> None:
    orders = [
        f"{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 运动鞋 ¥{rng.uniform(9, 899):.2f}；"
        f"{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 耳机 ¥{rng.uniform(9, 899):.2f}"
        for _ in range(60)
    ]
    stays = [f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 某某快捷酒店 2晚" for _ in range(60)]
    found = types({**_persons(rng), "recent_orders": orders, "STAY_HIS": stays})
    assert found["recent_orders"] == "transaction_record"
    assert found["STAY_HIS"] == "accommodation_record"


@pytest.mark.parametrize(
    "header", ["首年佣金", "片酬(万/集)", "通告费", "底薪(HKD)", "日结", "劳务费"]
)
def test_pay_under_other_words(rng: random.Random, header: str) -> None:
    found = types({**_persons(rng), header: _floats(rng, 300, 20000, 2)})
    assert found[header] == "income"


def test_a_commission_rate_is_no_pay(rng: random.Random) -> None:
    # control: a broker's fee table
    assert one("佣金率", _pick(rng, ["0.00025", "0.0003", "0.0001"])) is None


# -- business readings that are no PI ------------------------------------------------------------


def test_a_grade_of_the_ladder_is_no_title(rng: random.Random) -> None:
    found = types({**_persons(rng), "职级": _pick(rng, ["业务员", "主任", "高级主任", "经理"])})
    assert found["职级"] is None
    staff = types({**_persons(rng), "岗位": _pick(rng, ["客户经理", "护士", "司机", "会计"])})
    assert staff["岗位"] == "job_title"  # control: a staff list's titles


@pytest.mark.parametrize(
    ("header", "words"),
    [
        ("position", ["前锋", "后卫", "守门员"]),
        ("position", ["二传", "主攻", "自由人", "接应"]),
        ("post", ["补给站", "起点", "终点", "医疗点"]),
        ("水平等级", ["初级", "中级", "高级"]),
        ("意向岗位", ["保安队长", "物流主管", "驾驶员"]),
        ("面试岗位", ["Java开发", "产品经理", "销售总监"]),
    ],
)
def test_positions_that_are_no_title(rng: random.Random, header: str, words: list[str]) -> None:
    assert types({**_persons(rng), header: _pick(rng, words)})[header] is None


def test_keys_and_things_beside_persons(rng: random.Random) -> None:
    found = types(
        {
            **_persons(rng),
            "手机": [mobile(rng) for _ in range(60)],
            "资金账号": [f"3100{rng.randint(10**7, 10**8 - 1)}" for _ in range(60)],
            "读者证号": [f"E{rng.randint(10**7, 10**8 - 1)}" for _ in range(60)],
            "fieldLat": _floats(rng, 28.0, 31.0, 6),
            "fieldLng": _floats(rng, 112.0, 116.0, 6),
        }
    )
    assert found["资金账号"] is None
    assert found["读者证号"] is None
    assert found["fieldLat"] is None and found["fieldLng"] is None


def test_a_test_car_and_a_lab_instrument(rng: random.Random) -> None:
    found = types(
        {
            "test_vin": [_vin(rng) for _ in range(60)],
            "lab_ip": [f"10.8.{rng.randint(0, 9)}.{rng.randint(2, 250)}" for _ in range(60)],
            "fault_code": _pick(rng, ["P0301", "U0100", "B1A00"]),
        }
    )
    assert found["test_vin"] is None
    assert found["lab_ip"] is None


def test_a_region_is_no_address(rng: random.Random) -> None:
    regions = ["浙江杭州", "广东深圳", "四川成都", "湖北武汉", "河南", "安徽省", "湖南长沙市"]
    found = types(
        {
            **_persons(rng),
            "来电地区": _pick(rng, regions),
            "籍贯": _pick(rng, ["河南", "安徽", "四川", "湖南"]),
            "家庭住址": _pick(rng, ["浙江省杭州市西湖区文三路88号", "河南省郑州市金水区花园路2号"]),
        }
    )
    assert found["来电地区"] is None and found["籍贯"] is None
    assert found["家庭住址"] == "address"  # control: a street and a house number
