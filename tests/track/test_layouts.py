"""Segmentation across layouts: what is an item, what is skipped and why."""

from __future__ import annotations

from piplkit.track import ingest, parse_document

DATED = """China Data Monthly – November 2022 Issue

This newsletter summarises the latest developments in data regulation.

On 14 November, the CAC released the Widget Measures (Draft for Comments) for public comment. \
On 3 November, MIIT fined a gadget maker RMB 50,000.

What the Widget Draft Means for You

Five Questions on Gadget Data

Legislative Developments

On 14 November, the Cyberspace Administration of China (CAC) released the Widget Measures \
(Draft for Comments), which cover widget data.

The draft also sets out penalties for violations.

On 9 November, the Shanghai Municipal Commission of Economy and Informatization issued the \
Shanghai Gadget Data Rules, which take effect on 1 January 2023.

Enforcement Developments

On 3 November, MIIT fined a gadget maker RMB 50,000 for selling user data.

This update is for information purposes only and does not constitute legal advice.

On 2 November, our Singapore office advised a bank on its new headquarters.

Employment Outlook 2023
"""


def test_dated_paragraphs_without_headlines_are_items() -> None:
    _, devs = ingest(DATED, "dated.txt")
    assert [d.date for d in devs] == ["2022-11-14", "2022-11-09", "2022-11-03"]
    assert devs[0].title.startswith("On 14 November, the Cyberspace Administration of China")
    assert devs[1].instruments[0].effective_date == "2023-01-01"
    assert devs[2].penalty_cny == 50000 and devs[2].kind == "enforcement"


def test_everything_not_an_item_is_skipped_with_a_reason() -> None:
    doc = parse_document(DATED, "dated.txt")
    reasons = " | ".join(f"{s.reason}: {s.text}" for s in doc.skipped)
    assert "document title" in reasons
    assert "introduction or commentary" in reasons
    assert "repeats the item" in reasons  # the summary paragraph at the top
    assert "title without text" in reasons  # the list of the firm's own articles
    assert "disclaimer or footer" in reasons
    assert "after the closing footer" in reasons and "Singapore office" in reasons
    assert "section heading: Legislative Developments" in reasons


def test_continuation_paragraph_joins_its_item() -> None:
    doc = parse_document(DATED, "dated.txt")
    assert any("penalties for violations" in b for b in doc.items[0].body)


NUMBERED_ZH = """数据合规月报（2023年5月）

一、立法动态

（一）国家网信办发布《小部件数据管理办法》

5月8日，国家互联网信息办公室发布《小部件数据管理办法》，自2023年7月1日起施行。办法明确：

1. 处理者应当建立管理制度；

2. 处理者应当定期开展评估。

（二）工信部就《小工具数据安全指南》征求意见

5月12日，工业和信息化部发布《小工具数据安全指南（征求意见稿）》，公开征求意见。

二、执法动态

5月20日，上海市市场监督管理局对一家公司处以罚款10万元。
"""


def test_chinese_numbering_hierarchy() -> None:
    doc, devs = ingest(NUMBERED_ZH, "zh.txt")
    assert [d.title for d in devs[:2]] == [
        "国家网信办发布《小部件数据管理办法》",
        "工信部就《小工具数据安全指南》征求意见",
    ]
    assert any("定期开展评估" in b for b in doc.items[0].body)  # the points stay in the item
    assert devs[0].instruments[0].effective_date == "2023-07-01"
    assert devs[1].instruments[0].stage == "draft"
    assert devs[2].penalty_cny == 100000 and devs[2].date == "2023-05-20"
    assert len(devs) == 3


BULLETS = """# Privacy Brief — June 2024

## Contents

- [Regulation](#r)
- [Enforcement](#e)

## Regulation

- On 3 June, the CAC issued the Widget Rules, which take effect on 1 August 2024.
- On 10 June, MIIT released the Gadget Measures (Draft for Comments).

## Enforcement

- On 12 June, the Beijing Municipal Public Security Bureau fined a broker CNY 20,000 for \
selling phone numbers.
  - The broker must delete the data.
"""


def test_bulleted_entries_and_nested_points() -> None:
    doc, devs = ingest(BULLETS, "brief.md")
    assert len(devs) == 3
    assert devs[2].penalty_cny == 20000
    assert "table of contents" in " ".join(s.reason for s in doc.skipped)


TABLE_MD = """# Tracker

| Date | Authority | Title | Status | Effective date |
|---|---|---|---|---|
| 2024-06-03 | CAC | Widget Rules | Issued | 1 August 2024 |
| 10 June 2024 | MIIT | Gadget Measures (Draft for Comments) | Draft for comments | |
"""


def test_table_rows_with_a_recognised_header_are_items() -> None:
    doc, devs = ingest(TABLE_MD, "t.md")
    assert doc.structure == "table"
    assert [(d.title, d.date, d.authorities) for d in devs] == [
        ("Widget Rules", "2024-06-03", ["CAC"]),
        ("Gadget Measures (Draft for Comments)", "2024-06-10", ["MIIT"]),
    ]
    assert devs[0].instruments[0].stage == "adopted"
    assert devs[0].instruments[0].effective_date == "2024-08-01"
    assert devs[1].instruments[0].stage == "draft"


def test_a_layout_table_is_read_as_text() -> None:
    text = "| Welcome | to our newsletter |\n|---|---|\n| Data | News |\n"
    doc = parse_document(text, "layout.md")
    assert doc.items == [] or all(not i.hints for i in doc.items)


NOTICE_ZH = """国家互联网信息办公室关于发布《小部件数据出境办法》的公告

《小部件数据出境办法》已经2023年5月19日国家互联网信息办公室室务会议审议通过，现予公布，\
自2023年9月1日起施行。

特此公告。

国家互联网信息办公室

2023年7月7日

小部件数据出境办法

第一条　为了规范小部件数据出境活动，制定本办法。

第二条　本办法自2023年9月1日起施行。
"""


def test_a_regulators_notice_is_one_development() -> None:
    doc, devs = ingest(NOTICE_ZH, "notice.txt")
    assert doc.structure == "notice" and len(devs) == 1
    dev = devs[0]
    assert dev.title.startswith("国家互联网信息办公室关于发布")
    assert dev.date == "2023-07-07"  # the signature date, not the meeting date
    assert dev.authorities == ["CAC"] and dev.kind == "legislation"
    assert [(i.name, i.stage, i.effective_date) for i in dev.instruments] == [
        ("小部件数据出境办法", "adopted", "2023-09-01")
    ]
    reasons = {s.reason for s in doc.skipped}
    assert "text of the instrument the notice issues (part of the notice)" in reasons


def test_an_english_notice_without_a_named_instrument_is_the_instrument() -> None:
    text = (
        "Notice of the Ministry of Industry and Information Technology on Strengthening Widget "
        "Data Protection\n\nTo all communications administrations:\n\nIn order to implement the "
        "Cybersecurity Law, the relevant matters are hereby notified as follows:\n\n"
        "I. Strengthening management\n\nOperators shall check widgets every month.\n\n"
        "Ministry of Industry and Information Technology\n\n18 October 2024\n"
    )
    doc, devs = ingest(text, "n.txt")
    assert doc.structure == "notice" and len(devs) == 1
    assert devs[0].date == "2024-10-18" and devs[0].kind == "legislation"
    assert devs[0].instruments[0].name == devs[0].title


def test_source_line_under_an_item_becomes_its_source() -> None:
    text = (
        "执法动态\n\n某公司被罚款5万元\n\n3月2日，浙江省市场监督管理局对某公司罚款5万元。\n\n"
        "来源：https://example.org/penalty\n"
    )
    _, devs = ingest(text, "s.txt")
    assert devs[0].sources == ["https://example.org/penalty"]


def test_one_article_page_takes_the_page_title() -> None:
    html = (
        "<html><body><h1>CAC Fines Widget Platform RMB 1 Million</h1>"
        "<p>On 21 July, the CAC fined a widget platform RMB 1 million for illegal data "
        "processing.</p><p>The platform had collected users' location data without consent.</p>"
        "</body></html>"
    )
    _, devs = ingest(html, "article.html")
    assert [d.title for d in devs] == ["CAC Fines Widget Platform RMB 1 Million"]
    assert devs[0].penalty_cny == 1_000_000


def test_notice_issuer_signature_and_campaign_kind() -> None:
    text = (
        "工业和信息化部关于开展小部件数据专项整治行动的通知\n\n"
        "各省、自治区、直辖市通信管理局：\n\n"
        "为贯彻落实《中华人民共和国个人信息保护法》，现就开展专项整治行动有关事项通知如下。\n\n"
        "一、整治范围\n\n重点整治违规收集小部件数据等问题。\n\n"
        "工业和信息化部\n\n2024年3月5日\n"
    )
    doc, devs = ingest(text, "campaign.txt")
    assert doc.structure == "notice"
    dev = devs[0]
    assert dev.date == "2024-03-05" and dev.authorities == ["MIIT"]  # not the addressees
    assert dev.kind == "enforcement"  # a rectification campaign
    assert dev.instruments[0].name == dev.title and dev.instruments[0].stage == "adopted"
    assert "addressees of the notice" in {s.reason for s in doc.skipped}


def test_an_interpretation_of_an_instrument_does_not_issue_it() -> None:
    _, devs = ingest("5月9日，国家网信办发布《小部件数据管理办法》解读，明确适用范围。\n", "qa.txt")
    assert devs[0].instruments[0].stage == "other"


def test_table_takes_effect_column_and_rule_making_kind() -> None:
    text = (
        "| Regulator | Date issued | Instrument | Status | Takes effect |\n|---|---|---|---|---|\n"
        "| NPC Standing Committee | 27 February 2024 | Widget Secrets Law (2024 Revision) | "
        "Adopted | 1 May 2024 |\n"
    )
    _, devs = ingest(text, "t.md")
    assert devs[0].instruments[0].effective_date == "2024-05-01"
    assert devs[0].kind == "legislation"


def test_labelled_metadata_lines_feed_the_item() -> None:
    text = (
        "Regulatory Updates\n\nCAC Issues Widget Rules\nDate: 3 May 2024\n"
        "Issuer: Cyberspace Administration of China\n\n"
        "The rules cover widget data and take effect on 1 July 2024.\n\n"
        "MIIT Names Apps\nDate: 9 May 2024\n\n"
        "The ministry named 12 apps that collected data excessively.\n"
    )
    _, devs = ingest(text, "labels.txt")
    assert [(d.title, d.date) for d in devs] == [
        ("CAC Issues Widget Rules", "2024-05-03"),
        ("MIIT Names Apps", "2024-05-09"),
    ]
    assert devs[0].authorities == ["CAC"]


def test_a_body_doing_something_on_a_date_starts_an_item() -> None:
    text = (
        "Monthly Update - December 2022 Issue\n\nLegislative Developments (2022)\n\n"
        "On 14 November, the CAC released the Widget Measures (Draft for Comments).\n\n"
        "The CAC on 20 November issued the Gadget Rules, which take effect on 1 January 2023.\n\n"
        "The draft also sets out penalties.\n"
    )
    _, devs = ingest(text, "m.txt")
    assert [d.date for d in devs] == ["2022-11-14", "2022-11-20"]
    assert devs[0].section == "Legislative Developments (2022)"
    assert devs[0].kind == "legislation"
