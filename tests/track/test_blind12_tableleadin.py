# ruff: noqa: E501
"""heldout12 (fix16x): a paragraph that hands over to a table is a lead-in, not a development.

The documents are written for these tests (an English Markdown monthly with "Table 1:" and a
Chinese HTML 数据合规观察 with "表1：" and "我们汇总如下。"), not copied from the blind set's
broker weekly."""

from __future__ import annotations

from piplkit.track.extract import ingest
from piplkit.track.leadins import table_lead_in
from piplkit.track.model import Block

_MONTHLY = """\
# Data protection monthly – November 2025

Published 28 November 2025

## 1. Regulatory tracker

Between 3 and 24 November data protection and cybersecurity rules were issued at a fast pace; the developments are set out in the table below.

Table 1: Developments in November 2025

| Date | Authority | Development | Summary |
|---|---|---|---|
| 3 November | CAC | Measures on Network Data Labelling | The CAC issued the Measures on Network Data Labelling, effective 1 March 2026. |
| 10 November | MIIT | 15 apps named | MIIT named 15 apps that collected personal information without consent. |
| 24 November | SAMR | Courier firm fined | SAMR fined a courier firm RMB 500,000 under the Personal Information Protection Law. |

## 2. Outlook

We expect further rules in January.
"""

_GUANCHA = """
<html><head><meta charset="utf-8"><title>数据合规观察 2025年11月</title></head><body><article>
<h1>数据合规观察（2025年11月）</h1>
<p>示例咨询公司 · 2025年11月28日</p>
<h2>一、本月要点</h2>
<p>本月数据合规监管保持高压态势，执法与立法并重。</p>
<h2>二、监管动态一览</h2>
<p>本月（11月3日至11月24日）数据安全与个人信息保护领域规则密集出台，执法持续推进，我们汇总如下。</p>
<p>表1：2025年11月监管动态</p>
<table>
<tr><th>日期</th><th>机关</th><th>事项</th><th>内容</th></tr>
<tr><td>11月3日</td><td>国家网信办</td><td>《网络数据标注管理办法》</td><td>国家网信办发布《网络数据标注管理办法》，自2026年3月1日起施行。</td></tr>
<tr><td>11月10日</td><td>工业和信息化部</td><td>通报15款APP</td><td>工业和信息化部通报15款未经同意收集个人信息的APP。</td></tr>
<tr><td>11月24日</td><td>国家市场监督管理总局</td><td>某快递企业被罚</td><td>国家市场监督管理总局依据《个人信息保护法》对某快递企业处罚款50万元。</td></tr>
</table>
<h2>三、展望</h2>
<p>预计明年一月将有更多配套规则出台。</p>
</article></body></html>
"""


def test_a_lead_in_over_a_table_makes_no_item_of_its_heading() -> None:
    titles = [d.title for d in ingest(_MONTHLY, "monthly.md")[1]]
    assert titles == ["Measures on Network Data Labelling", "15 apps named", "Courier firm fined"]


def test_a_chinese_lead_in_over_a_caption_is_no_item() -> None:
    titles = [d.title for d in ingest(_GUANCHA, "guancha.html")[1]]
    assert titles == ["《网络数据标注管理办法》", "通报15款APP", "某快递企业被罚"]


_TABLE = Block(
    "Date | Authority | Development", cells=["Date", "Authority", "Development"], table=1
)


def test_lead_ins_over_a_table_or_caption() -> None:
    caption = Block("表2：本周执法案例")
    assert table_lead_in(Block("本周（12月1日至12月5日）执法案例较多，梳理如下。"), caption)
    assert table_lead_in(Block("The cases of the week are listed in the following table:"), _TABLE)


def test_control_an_event_with_its_day_or_no_table_stays() -> None:
    # a development of its own, whose key points the table gives
    assert not table_lead_in(
        Block("On 3 May the CAC issued the Measures; the key points are as follows:"), _TABLE
    )
    # over a paragraph, not a table
    assert not table_lead_in(
        Block("The cases are set out below."), Block("On 2 May the CAC fined a firm.")
    )
    # no hand-over: a report that happens to sit above a table
    assert not table_lead_in(Block("The CAC fined 12 firms this month."), _TABLE)
