"""heldout9's 工作总结 (issue 16, branch fix16p): a work report's achievements are paragraphs
that open with their month alone ("3月，…"), each one development dated by that month in the
report's year; its next year's plan ("2026年工作安排", "明年工作计划") is an outlook, no
developments; a local people's congress standing committee ("浙江省人大常委会") is a public body.
The document below is a city bureau's summary in Markdown (the blind one is a provincial
office's PDF); each rule has a control."""

from __future__ import annotations

from piplkit.track import ingest
from piplkit.track.authorities import extract as authorities_in
from piplkit.track.dates import find_months
from piplkit.track.layout import is_dated_start

#: a city market regulator's half-year summary: month-opened paragraphs under part headings,
#: a totals paragraph, and a plan for the coming year naming an instrument
SUMMARY = """# 杭州市市场监督管理局2025年上半年个人信息保护工作情况

2025年7月10日

## 一、主要工作

### （一）完善规则

2月份，市市场监管局印发《杭州市网络交易个人信息保护合规指引》，自印发之日起施行，供平台企业对照自查。

5月，浙江省人大常委会审议通过《浙江省公共数据条例》修正案，自2025年8月1日起施行。

### （二）严格执法

上半年累计办结侵害消费者个人信息案件31件，罚没款合计210万元。

4月，市市场监管局对某电商平台违规收集消费者个人信息一案作出行政处罚，罚款80万元。

## 二、下半年工作计划

一是出台《杭州市个人信息保护合规审计实施办法》，二是继续开展专项执法行动。
"""


def test_month_opened_paragraphs_are_items_dated_by_their_month() -> None:
    _, devs = ingest(SUMMARY, "summary.md")
    assert [(d.title[:6], d.date) for d in devs] == [
        ("2月份，市市", "2025-02"),
        ("5月，浙江省", "2025-05"),
        ("4月，市市场", "2025-04"),
    ]
    assert devs[1].authorities == ["浙江省人大常委会"]
    assert devs[2].penalty_cny == 800000


def test_a_coming_periods_work_plan_is_an_outlook() -> None:
    doc, devs = ingest(SUMMARY, "summary.md")
    assert not any("合规审计实施办法" in d.title for d in devs)
    assert any("工作计划" in s.text and "summary" in s.reason for s in doc.skipped)


def test_month_opening_shapes_and_controls() -> None:
    assert is_dated_start("3月，我办会同省数据局出台《实施细则》。")
    assert is_dated_start("2025年6月份，省人大常委会通过《若干规定》。")
    assert [m.month for m in find_months("9月，我办开展专项行动。")] == [9]
    # controls: a month inside a sentence, a span of months and a month with its day
    assert not find_months("截至9月，我办共约谈企业12家。")
    assert not is_dated_start("3个月内完成整改。")
    assert not find_months("3月至5月开展专项行动。")
    assert is_dated_start("11月5日，我办发布《指引》。")


def test_local_congress_standing_committee_and_control() -> None:
    assert authorities_in("6月，四川省人大常委会表决通过《若干规定》。", [], {}) == [
        "四川省人大常委会"
    ]
    assert authorities_in("浙江省人民代表大会常务委员会通过《条例》。", [], {}) == [
        "浙江省人民代表大会常务委员会"
    ]
    # control: the national committee keeps its short name
    assert authorities_in("全国人大常委会通过《决定》。", [], {}) == ["NPCSC"]
