# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout8's undated items (issue 16, branch fix16n): a classification mark over a disclaimer,
a section's introduction, the publisher's own tasks and an outlook of what may come carry no
date, no instrument and no fine, so they report no development. Each document is written in
another style than the blind documents that showed the cause; the controls keep an undated
item that names an instrument or a fine, and a document that dates nothing at all."""

from __future__ import annotations

from piplkit.track import ingest

#: an insurer's internal compliance newsletter (Markdown): a 密级 line, its own work plan
INSURER = """# 合规动态（2025年第3期）

某某保险股份有限公司合规部　2025年9月8日

## 仅限内部传阅

本期内容仅供公司员工学习参考。

## 一、监管动态

### 国家金融监督管理总局通报保险机构数据泄露案件

8月29日，国家金融监督管理总局通报某财产保险公司客户信息泄露案件，对该公司罚款120万元。

### 《保险机构客户信息安全管理办法》施行

9月1日，《保险机构客户信息安全管理办法》正式施行。

## 二、本公司工作安排

### 全面梳理客户信息调阅流程

请各分公司于本月底前完成客户信息调阅流程梳理，并报合规部备案。

### 组织数据安全专题培训

合规部将组织全员数据安全专题培训，具体安排另行通知。

## 三、后市展望

### 监管重点预判

预计监管部门将进一步加强对保险销售环节的检查，相关配套细则有望年内出台。
"""

#: an English law-firm client alert (plain text): an introduction and a firm's own programme
ALERT = """CLIENT ALERT — China Data Update, November 2025

Why this matters

Several changes this autumn affect how multinationals move data out of China. We summarise them below.

Certification rules published

On 17 October 2025, the CAC published the Measures for the Certification of Personal Information Outbound Transfers, effective 1 January 2026.

Shenzhen regulator fines a logistics firm

On 3 November 2025, the Shenzhen Municipal Internet Information Office fined a logistics company RMB 200,000 for failing to protect shipment records.

How our team can help

Our data team advises clients on outbound transfer filings and certification.
"""


def test_undated_marks_own_tasks_and_outlook_are_no_developments() -> None:
    _, devs = ingest(INSURER, "insurer.md")
    assert [d.title for d in devs] == [
        "国家金融监督管理总局通报保险机构数据泄露案件",
        "《保险机构客户信息安全管理办法》施行",
    ]


def test_an_introduction_and_the_firms_own_programme_are_no_developments() -> None:
    _, devs = ingest(ALERT, "alert.txt")
    assert [d.title for d in devs] == [
        "Certification rules published",
        "Shenzhen regulator fines a logistics firm",
    ]


def test_controls_an_undated_instrument_or_fine_and_an_undated_document_stay() -> None:
    # control: an undated entry that names an instrument is kept (the date may be missing);
    # under a neutral heading, since a part named for the company's own work ("本公司工作安排")
    # is left out whole since heldout16 (H16-8: own tasks naming an instrument are no development)
    named = INSURER.replace(
        "请各分公司于本月底前完成客户信息调阅流程梳理，并报合规部备案。",
        "请各分公司对照《个人信息保护合规审计管理办法》完成客户信息调阅流程梳理。",
    ).replace("## 二、本公司工作安排", "## 二、其他动态")
    _, devs = ingest(named, "named.md")
    assert "全面梳理客户信息调阅流程" in [d.title for d in devs]
    # control: an undated entry in which a public body acts is a development whose date is missed
    acted = ALERT.replace(
        "Our data team advises clients on outbound transfer filings and certification.",
        "The Beijing Municipal Internet Information Office named 9 apps that collected contacts without consent.",
    )
    _, devs = ingest(acted, "acted.txt")
    assert [d.title for d in devs][-1] == "How our team can help"
    # control: a document that dates nothing keeps its items for review
    undated = (
        "# 合规动态\n\n## 监管动态\n\n### 监管部门开展数据安全检查\n\n"
        "监管部门开展数据安全检查，重点关注客户信息保护。\n\n"
        "### 行业协会发布数据安全倡议\n\n行业协会发布数据安全倡议，呼吁会员单位加强客户信息保护。\n"
    )
    _, devs = ingest(undated, "undated.md")
    assert len(devs) == 2
