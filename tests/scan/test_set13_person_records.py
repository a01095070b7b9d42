"""Column rules for the missed and mis-typed PI columns blind set 13 showed (issue 11), in this
file's own wordings and values: the sizes a person wears, dialysis adequacy and weeks of
gestation, a prenatal DNA screen's chromosome results, health declarations, schools numbered in
their city, dated flight legs, dives, deliveries and laundry orders, repair reports and card
greetings, lessons watched, credit checks, grant cards, and initials of these headers.

The controls must stay as they were: a product's size code in a goods list, a bare size in a
catalogue, a newborn screen's 阴性 under 筛查结果 (a health record), a warehouse's undated stock
counts, a bus route's single leg, a request's category."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from tests.scan.helpers import chinese_name, in_register, mobile, pick
from tests.scan.test_export_vocabulary import one, types

_BESIDE = {"会员姓名": chinese_name, "手机号码": mobile}


def _day(rng: random.Random) -> str:
    return f"20{rng.randrange(24, 27)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"


def _chain(rng: random.Random, item: Callable[[random.Random], str]) -> list[str]:
    return [
        "；".join(f"{_day(rng)} {item(rng)}" for _ in range(rng.randrange(2, 4))) for _ in range(60)
    ]


_CITIES = ["昆明", "大理", "丽江", "成都", "重庆", "长沙", "南宁", "厦门"]


def _leg(rng: random.Random) -> str:
    a, b = rng.sample(_CITIES, 2)
    return f"{a}-{b}"


def _milk(rng: random.Random) -> str:
    return f"{rng.choice(['鲜奶', '酸奶', '纯奶'])}{rng.randrange(1, 6)}瓶"


def _garment(rng: random.Random) -> str:
    return f"{rng.choice(['衬衫', '外套', '床单', '窗帘'])}{rng.randrange(1, 4)}件"


def _site(rng: random.Random) -> str:
    return rng.choice(["蜈支洲岛", "长滩岛", "涠洲岛", "西沙群岛", "巴厘岛"])


def _lesson(rng: random.Random) -> str:
    return f"第{rng.randrange(1, 40)}课"


Maker = Callable[[random.Random], list[str]]

_SIZES = ["XS", "S", "M", "L", "XL", "2XL", "3XL", "110", "150", "160"]

_CASES: list[tuple[str, Maker, str]] = [
    # the sizes a person wears: a uniform, a jersey, a ring (worn sizes, Gold conventions)
    ("校服尺码", lambda r: pick(r, _SIZES), "body_measurement"),
    ("jersey_size", lambda r: pick(r, _SIZES), "body_measurement"),
    ("戒圈", lambda r: [f"{r.randrange(7, 24)}号" for _ in range(60)], "body_measurement"),
    ("finger_size", lambda r: [f"{r.randrange(7, 24)}号" for _ in range(60)], "body_measurement"),
    # dialysis adequacy written with its name, under a dialysis header and an opaque one
    (
        "透析指标",
        lambda r: [f"spKt/V={r.randrange(90, 190) / 100}" for _ in range(60)],
        "health_record",
    ),
    ("col_9", lambda r: [f"Kt/V {r.randrange(90, 190) / 100}" for _ in range(60)], "health_record"),
    # weeks of gestation with 孕 (孕16+2周) under a pregnancy header
    (
        "妊娠周数",
        lambda r: [f"孕{r.randrange(10, 40)}+{r.randrange(0, 7)}周" for _ in range(60)],
        "health_record",
    ),
    # a prenatal DNA screen's result under a screening header and an opaque one
    (
        "检测结论",
        lambda r: pick(r, ["T21低风险", "18三体低风险", "13三体高风险", "性染色体非整倍体低风险"]),
        "genetic_data",
    ),
    (
        "F07",
        lambda r: pick(r, ["21-三体 低风险", "18三体低风险", "性染色体未见异常", "13三体低风险"]),
        "genetic_data",
    ),
    # a health declaration or certificate a person signs
    (
        "健康承诺",
        lambda r: pick(r, ["合格", "合格", "不合格: 心率偏快", "待复查"]),
        "health_record",
    ),
    (
        "medical_certificate",
        lambda r: pick(r, ["合格", "不合格: 视力不达标", "合格"]),
        "health_record",
    ),
    # a school numbered in its city, in digits
    (
        "就读中学",
        lambda r: [f"{r.choice(_CITIES)}第{r.randrange(1, 60)}中学" for _ in range(60)],
        "education",
    ),
    # dated flight legs under a header naming them and under an opaque one
    ("乘机记录", lambda r: _chain(r, _leg), "trajectory"),
    ("col_4", lambda r: _chain(r, _leg), "trajectory"),
    # a diver's dated dive sites
    ("潜水记录", lambda r: _chain(r, _site), "trajectory"),
    ("dive_history", lambda r: _chain(r, _site), "trajectory"),
    # dated deliveries and laundry orders of counted goods, named and under an opaque header
    ("送奶记录", lambda r: _chain(r, _milk), "transaction_record"),
    ("收衣记录", lambda r: _chain(r, _garment), "transaction_record"),
    ("字段6", lambda r: _chain(r, _milk), "transaction_record"),
    # a resident's repair report and a card's greeting
    (
        "报修描述",
        lambda r: pick(r, ["阳台窗户关不严了，麻烦来看看", "家里跳闸了，能尽快来吗"]),
        "communication_record",
    ),
    (
        "祝福语",
        lambda r: pick(r, ["愿你天天开心", "毕业快乐，前程似锦", "谢谢你一直陪着我"]),
        "communication_record",
    ),
    ("gift_message", lambda r: pick(r, ["想你了，早点回来", "新婚快乐"]), "communication_record"),
    # the lessons a learner watched, dated
    ("已学课程", lambda r: _chain(r, _lesson), "browsing_history"),
    ("videos_watched", lambda r: _chain(r, _lesson), "browsing_history"),
    # a credit check
    ("资信状况", lambda r: pick(r, ["征信良好", "近1年逾期2次", "无不良记录"]), "credit_record"),
    (
        "credit_check",
        lambda r: pick(r, ["征信良好", "近1年逾期2次", "无不良记录"]),
        "credit_record",
    ),
    # the card a subsidy is paid to, masked
    (
        "补贴卡号",
        lambda r: [
            f"62{r.randrange(10, 99)} **** **** {r.randrange(10**4):04d}" for _ in range(60)
        ],
        "bank_card",
    ),
]


@pytest.mark.parametrize(("header", "maker", "expected"), _CASES)
def test_set13_person_records(header: str, maker: Maker, expected: str) -> None:
    rng = random.Random(13)
    assert in_register(header, maker(rng), rng, _BESIDE) == expected


@pytest.mark.parametrize(
    ("header", "values", "expected"),
    [
        # initials of hint words: 资助卡号, 健康声明, 上传照片, 家长手机, 住宿明细
        ("ZZKH", ["6217 **** **** 1234", "6222 **** **** 9876"], "bank_card"),
        ("JKSM", ["合格", "不合格: 血压偏高", "合格"], "health_record"),
        ("SCZP", ["/data/upload/a81f.jpg", "/data/upload/9c2e.jpg"], "face_image"),
        ("JZSJ", ["13812345678/13987654321", "18600001111/15011112222"], "cn_mobile"),
        # 孕周 in initials: only the values say so
        ("YZ", ["孕12+3周", "孕20+1周", "孕18+6周"], "health_record"),
        # a bare Born of a form's English side
        ("Born", ["1950-03-02", "1962-11-20", "1948-07-15", "1957-01-30"], "birth_date"),
    ],
)
def test_set13_initials_and_words(header: str, values: list[str], expected: str) -> None:
    rng = random.Random(7)
    assert in_register(header, pick(rng, values), rng, _BESIDE) == expected


@pytest.mark.parametrize(
    ("header", "values"),
    [
        # a product's size code in a goods list and a bare size in a catalogue
        ("规格", ["S", "M", "L", "XL"]),
        ("尺码", ["S", "M", "L", "XL", "XXL"]),
        # a request's category is a count's key, not what someone said
        ("诉求类别", ["市容环境", "交通出行", "供水供电"]),
        # a bus route's one leg is no person's trajectory
        ("线路", ["昆明-大理", "大理-丽江", "成都-重庆"]),
        # 阴性 or 未见异常 under a bare header: no genetic result
        ("col_5", ["阴性", "未见异常", "阴性"]),
    ],
)
def test_set13_controls(header: str, values: list[str]) -> None:
    assert one(header, pick(random.Random(5), values)) is None


def test_a_newborn_screen_stays_a_health_record() -> None:
    rng = random.Random(3)
    values = pick(rng, ["阴性", "未见异常", "阴性", "建议复查"])
    assert in_register("筛查结果", values, rng, _BESIDE) == "health_record"


def test_a_warehouse_stock_log_is_no_transaction() -> None:
    rng = random.Random(4)
    n = 60
    table = {
        "仓库": pick(rng, ["一号仓", "二号仓", "冷库"], n),
        "货品": pick(rng, ["矿泉水", "纸巾", "洗衣液"], n),
        "库存": [str(rng.randrange(10, 900)) for _ in range(n)],
    }
    assert set(types(table).values()) == {None}


def test_a_warehouse_inbound_log_is_no_transaction() -> None:
    rng = random.Random(6)

    def goods(r: random.Random) -> str:
        return f"{r.choice(['矿泉水', '纸巾', '洗衣液'])}{r.randrange(10, 90)}箱"

    table = {
        "仓库": pick(rng, ["一号仓", "二号仓", "冷库"]),
        "货品编码": [f"SKU{rng.randrange(10**5):05d}" for _ in range(60)],
        "入库记录": _chain(rng, goods),
    }
    assert set(types(table).values()) == {None}


def test_a_repair_item_is_no_message() -> None:
    """The own set's and set 8's 报修内容 list the fault as an item (gold: not PI); set 13's hold
    the resident's sentences (a communication record): the values decide."""
    rng = random.Random(8)
    items = pick(rng, ["水管漏水", "空调不制冷", "门锁损坏", "灯不亮"])
    assert in_register("报修事项", items, rng, _BESIDE) is None
    said = pick(rng, ["热水器又坏了，今天能来修吗", "窗户玻璃裂了，麻烦换一下", "马桶一直漏水"])
    said = [s for s in said if "，" in s] or said
    assert in_register("BXNR", said, rng, _BESIDE) == "communication_record"
