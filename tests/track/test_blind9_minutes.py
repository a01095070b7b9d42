# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout9's 周会纪要 (issue 16, branch fix16p): minutes report external developments under one
heading and the team's own matters under others (二、内部事项, 三、待办, 四、下次会议): those parts
hold no developments, even where an entry is dated ("已于11月20日上线", "2025年12月1日 10:00"). The
minutes below are an English Confluence page and Chinese plain-text minutes (the blind ones are
a Notion export); a client alert's run-in "Action items:" under each item is the control."""

from __future__ import annotations

from piplkit.track import ingest

EN = """# Privacy working group – minutes of 1 December 2025

Date: 1 December 2025 · Attendees: legal, security, product

## External developments

- On 26 November 2025, the Cyberspace Administration of China published the Measures for the Administration of Personal Information Protection Officers.
- On 27 November 2025, the Ministry of Industry and Information Technology ordered 12 apps to stop sharing location data with advertisers.

## Internal matters

- The new consent banner went live on 28 November 2025 after the CAC-aligned review.
- The vendor register is 80% complete.

## Next meeting

- 8 December 2025, 10:00: review of the officer appointment under the new CAC measures.
"""

ZH = """数据合规例会纪要

2025年12月1日

一、外部动态

11月26日，国家网信办公布《个人信息保护负责人管理办法》，自2026年2月1日起施行。

11月27日，工业和信息化部通报12款违规共享位置信息的App，要求限期整改。

二、内部工作

11月28日，公司隐私政策第5版上线，已同步更新App弹窗。

三、下周会议

12月8日上午10点，讨论依据《个人信息保护负责人管理办法》任命负责人事宜。
"""


def test_english_minutes_keep_only_external_developments() -> None:
    _, devs = ingest(EN, "minutes.md")
    assert [d.title[:26] for d in devs] == [
        "On 26 November 2025, the C",
        "On 27 November 2025, the M",
    ]


def test_chinese_minutes_keep_only_external_developments() -> None:
    doc, devs = ingest(ZH, "minutes.txt")
    assert [d.title[:9] for d in devs] == ["11月26日，国家", "11月27日，工业"]
    assert any("下周会议" in s.reason for s in doc.skipped)


#: control: an alert's run-in "Action items:" under each item ends nothing
ALERT = """# Client alert: two developments

## CAC publishes officer measures

On 26 November 2025, the Cyberspace Administration of China published the Measures for the Administration of Personal Information Protection Officers.

Action items:

- Appoint an officer before 1 February 2026.

## MIIT orders apps to stop sharing location data

On 27 November 2025, the Ministry of Industry and Information Technology ordered 12 apps to stop sharing location data with advertisers.
"""


def test_control_action_items_under_each_item() -> None:
    _, devs = ingest(ALERT, "alert.md")
    assert [d.title for d in devs] == [
        "CAC publishes officer measures",
        "MIIT orders apps to stop sharing location data",
    ]
