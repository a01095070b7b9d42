"""Two value rules blind set 15 showed missing (issue 11), in this file's own wordings: a courier's
or a driver's track written as stops with their times of day, and an order's remark in which the
customer addresses the shop or the rider.

The controls must stay as they were: a clerk's remarks (加急, 已回访), a shop's opening hours
under a schedule header, a bus line's stops without times, remarks in a table of no persons."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import chinese_name, mobile
from tests.scan.test_export_vocabulary import types

_PLACES = ["文化路口", "火车站北广场", "人民公园南门", "万达广场", "科技园东门", "幸福小区3号门"]


def _orders(header: str, values: list[str], rng: random.Random) -> str | None:
    """The column's type in an order list with the customer's name and mobile beside it."""
    n = len(values)
    table = {
        "收货人": [chinese_name(rng) for _ in range(n)],
        "收货人手机": [mobile(rng) for _ in range(n)],
        "订单金额": [f"{rng.uniform(10, 300):.2f}" for _ in range(n)],
        header: values,
    }
    return types(table)[header]


def _timed_stops(rng: random.Random) -> str:
    h, m = rng.randrange(8, 21), rng.randrange(0, 40)
    stops = [*rng.sample(_PLACES, 3), "签收"]
    return "；".join(f"{h}:{m + 6 * k:02d} {s}" for k, s in enumerate(stops))


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1508)


@pytest.mark.parametrize("header", ["配送轨迹", "courier_track", "DriverRoute", "司机行程"])
def test_stops_with_their_times_are_a_track(header: str, rng: random.Random) -> None:
    assert _orders(header, [_timed_stops(rng) for _ in range(60)], rng) == "trajectory"


def test_control_opening_hours_stay_none(rng: random.Random) -> None:
    hours = ["09:00 开门；12:00 午休；13:30 营业；21:00 打烊"] * 60
    table = {
        "门店": [rng.choice(["东门店", "西湖店", "滨江店"]) for _ in range(60)],
        "营业时间": hours,
    }
    assert types(table)["营业时间"] is None


_SAID = [
    "麻烦多放点冰，谢谢",
    "到楼下给我打电话",
    "能不能快一点呀",
    "请放在前台",
    "别放香菜，孩子不吃",
    "蛋糕上写生日快乐可以吗",
    "您好，门铃坏了请敲门",
]


@pytest.mark.parametrize("header", ["备注", "order_note", "买家备注", "Remarks", "附言"])
def test_a_remark_in_the_customers_words(header: str, rng: random.Random) -> None:
    assert _orders(header, [rng.choice(_SAID) for _ in range(60)], rng) == "communication_record"


def test_control_a_clerks_remarks_stay_none(rng: random.Random) -> None:
    notes = ["加急", "已回访", "客户要求下午送", "易碎品", "已开票", "待补货"]
    assert _orders("备注", [rng.choice(notes) for _ in range(60)], rng) is None


def test_control_remarks_in_a_table_of_no_persons_stay_none(rng: random.Random) -> None:
    table = {
        "商品编码": [f"SKU{rng.randrange(10000, 99999)}" for _ in range(60)],
        "库存": [str(rng.randrange(0, 500)) for _ in range(60)],
        "备注": [rng.choice(_SAID) for _ in range(60)],
    }
    assert types(table)["备注"] is None


def _pupils(header: str, values: list[str], rng: random.Random) -> str | None:
    """The column's type in a register of pupils (a name and a guardian's mobile beside it)."""
    n = len(values)
    table = {
        "学员": [chinese_name(rng) for _ in range(n)],
        "家长手机": [mobile(rng) for _ in range(n)],
        header: values,
    }
    return types(table)[header]


@pytest.mark.parametrize(
    ("header", "years"),
    [
        ("Grade_Level", ["初一", "初二", "高一", "高二"]),
        ("nj", ["一年级", "四年级", "五年级"]),
        ("YearGroup", ["Year 5", "Year 6", "Year 7"]),
        ("NIANJI", ["大班", "中班", "一年级"]),
    ],
)
def test_a_bare_grade_of_school_years(header: str, years: list[str], rng: random.Random) -> None:
    assert _pupils(header, [rng.choice(years) for _ in range(60)], rng) == "education"


def test_control_a_grade_of_produce_stays_none(rng: random.Random) -> None:
    table = {
        "地块": [f"A-{rng.randrange(100, 999)}" for _ in range(60)],
        "产量kg": [f"{rng.uniform(100, 3000):.1f}" for _ in range(60)],
        "grade": [rng.choice(["特级", "一级", "二级", "次果"]) for _ in range(60)],
    }
    assert types(table)["grade"] is None


def test_control_ages_under_nianji_are_no_school_years(rng: random.Random) -> None:
    ages = [str(rng.randrange(20, 80)) for _ in range(60)]
    assert _pupils("nianji", ages, rng) != "education"
