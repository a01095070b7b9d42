# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
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


#: the same shape in plain text, where "（一）规则制定" is a numbered line and no heading, and
#: the plan under "下一步工作打算"
PLAIN = """某省通信管理局2025年个人信息保护工作总结

2025年12月20日

（一）规则制定

2025年4月，省通信管理局印发《电信和互联网用户个人信息保护工作指引》，自印发之日起施行。

7月份，省通信管理局出台《App个人信息保护检测规范》。

（二）监督检查

全年共检测App 1200款。

10月，省通信管理局通报违规App 35款，责令限期整改。

下一步工作打算

一是制定《用户个人信息保护评价办法》。
"""


def test_plain_text_part_lines_over_month_opened_paragraphs() -> None:
    _, devs = ingest(PLAIN, "report.txt")
    assert [(d.title[:5], d.date) for d in devs] == [
        ("2025年", "2025-04"),
        ("7月份，省", "2025-07"),
        ("10月，省", "2025-10"),
    ]
    assert [(m.name, m.stage) for m in devs[1].instruments] == [
        ("App个人信息保护检测规范", "adopted")
    ]


#: an English work report: "In March, …" paragraphs under numbered part lines, then the plan
ENGLISH = """Shanghai Data Bureau – 2025 Work Report (excerpt)

18 December 2025

1. Rules

In March, the Shanghai Data Bureau issued the Shanghai Rules on Public Data Classification, effective from 1 May 2025.

In June, the Shanghai Municipal People's Congress Standing Committee adopted the Shanghai Regulations on Data Trading.

2. Enforcement

Over the year the bureau handled 40 cases.

In August, the Shanghai Data Bureau fined a logistics company RMB 300,000 for leaking customer data.

Priorities for 2026

First, we will draft the Shanghai Measures on Data Export Services.
"""


def test_english_report_part_lines_and_priorities() -> None:
    _, devs = ingest(ENGLISH, "report.txt")
    assert [(d.title[:9], d.date) for d in devs] == [
        ("In March,", "2025-03"),
        ("In June, ", "2025-06"),
        ("In August", "2025-08"),
    ]


def test_part_line_shapes_and_controls() -> None:
    from piplkit.track.cues import part_line  # (here: new on this branch)
    from piplkit.track.model import Block

    assert part_line(Block("规则制定", marker="zh2"))
    assert part_line(Block("Enforcement", marker="num"))
    # controls: an unnumbered line, a numbered headline naming a body or an instrument
    assert not part_line(Block("规则制定"))
    assert not part_line(Block("国家网信办发布新规", marker="zh2"))
    assert not part_line(Block("《数据条例》施行", marker="zh1"))


def test_work_plan_heading_shapes_and_controls() -> None:
    from piplkit.track.model import Block
    from piplkit.track.roles import roles

    def role(text: str) -> tuple[str, str]:
        _, kind, info = roles([Block(text, heading=2)])[0][0]
        return kind, info

    for text in ("二、2026年工作安排", "2026年度工作计划", "下一步工作打算", "Priorities for 2026"):
        assert role(text) == ("section", "展望"), text
    # controls: the year's summary and a part on enforcement plans are no outlook
    assert role("2025年工作总结") != ("section", "展望")
    assert role("Enforcement plans") != ("section", "展望")
