# ruff: noqa: E501
"""heldout19 (fixtrack19): a menu item found inside a press release's sentence, a document
number line under a notice's title, a 通报 of findings, a 国家标准公告 with its table, labelled
fact paragraphs under each headline, zero-padded heading numbers, 千万元级; a capture line over a
copied post, emoji that open a run of entries and the teaser over them, a show's listener
questions.

The documents are written for these tests (other publishers, other events), not copied from the
blind set."""

from __future__ import annotations

from piplkit.track import ingest

_PRESS = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Court issues guidance on app data disputes - Example High Court</title>
<meta name="publishdate" content="2025-09-15"></head><body>
<div class="topbar"><a href="/">Example High Court of Example Province</a></div>
<nav class="mainnav"><ul>
<li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/cases">Typical Cases</a></li><li><a href="/guidance">Court Guidance</a></li>
<li><a href="/contact">Contact Us</a></li></ul></nav>
<main><article>
<h1>Court Issues Guidance on Disputes over App Data Collection</h1>
<div class="info">Updated: 2025-09-15 09:00 | Source: Example High Court</div>
<p>The Example High Court on Monday issued the Guidance on Trying Disputes over Personal Information Collected by Mobile Apps, which takes effect on 1 October 2025.</p>
<p>The guidance sets out when an app's collection of location and contact data without consent infringes personal information rights under the Personal Information Protection Law.</p>
<p>The court said it would publish a set of typical cases on app data disputes before the end of the year to guide lower courts.</p>
</article></main>
<aside class="sidebar"><h3>Related</h3><ul><li><a href="/n/1">Court meets visiting judges</a></li></ul></aside>
<footer class="footer"><p>Copyright Example High Court</p></footer>
</body></html>"""


def test_a_menu_item_inside_a_sentence_does_not_open_the_main_content() -> None:
    doc, devs = ingest(_PRESS, "press.html")
    # the span opens at the headline, not at the menu's "Typical Cases" (found in "a set of typical
    # cases" in the last paragraph), so "Contact Us" no longer swallows the release
    assert doc.title == "Court Issues Guidance on Disputes over App Data Collection"
    assert doc.skipped[0].text.startswith("Example High Court of Example Province")
    assert not any(s.text.startswith(("Typical Cases", "Contact Us")) for s in doc.skipped)
    assert devs and "Guidance on Trying Disputes" in devs[0].title + devs[0].summary


_EXPORT = """【标题】某省通信管理局关于加强电信用户个人信息保护工作的通知
【发文字号】某通信〔2025〕17号
【发布日期】2025.09.08
【时效性】现行有效

某省通信管理局关于加强电信用户个人信息保护工作的通知
某通信〔2025〕17号

各基础电信企业省级公司：

为贯彻落实《中华人民共和国个人信息保护法》，现就有关事项通知如下：

一、各企业应当健全用户个人信息保护制度，明确牵头部门。

二、各企业应当每季度开展一次个人信息保护自查。

本通知自印发之日起施行。

某省通信管理局
2025年9月8日
"""


def test_a_document_number_line_under_a_notice_title_is_no_title_text() -> None:
    _, devs = ingest(_EXPORT, "export.txt")
    assert [d.title for d in devs] == ["某省通信管理局关于加强电信用户个人信息保护工作的通知"]
    assert devs[0].date == "2025-09-08"
    # "本通知自印发之日起施行。" in the notice's own text: in force from its issue (H8-1)
    assert [(m.stage, m.effective_date) for m in devs[0].instruments][:1] == [
        ("in_force", "2025-09-08")
    ]


_TONGBAO = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>关于2025年上半年个人信息保护投诉处理情况的通报_某市网信网</title></head><body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/tzgg/">通知公告</a></li></ul></div>
<div class="main"><div class="article">
<h1>某市互联网信息办公室关于2025年上半年个人信息保护投诉处理情况的通报</h1>
<div class="info">发布时间：2025-07-20　来源：某市互联网信息办公室</div>
<div class="content">
<p>各有关单位：</p>
<p>2025年上半年，我办依据《个人信息保护法》，受理并办理个人信息保护投诉。现将有关情况通报如下。</p>
<p><strong>一、总体情况</strong></p>
<p>上半年共受理投诉412件，办结398件，涉及电商、出行、教育等行业。</p>
<p><strong>二、投诉反映的主要问题</strong></p>
<p>（一）隐私政策告知不清晰。部分企业的隐私政策未说明收集个人信息的目的和范围。</p>
<p>（二）注销账号渠道不畅通。部分应用未提供便捷的账号注销方式。</p>
<p>（三）投诉咨询电话：000-00000000。</p>
<p>特此通报。</p>
<p>附件：<a href="https://www.example.gov.cn/attach/2025/07/20/tousu.pdf">2025年上半年投诉问题清单</a></p>
<p style="text-align:right">某市互联网信息办公室</p>
<p style="text-align:right">2025年7月20日</p>
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a></div>
<div class="prevnext"><p>上一篇：<a href="/a.htm">关于开展网络安全宣传周活动的通知</a></p></div>
</div></div>
<div class="footer"><p>主办：某市互联网信息办公室</p></div>
</body></html>"""


def test_a_tongbao_of_findings_is_one_notice_of_kind_other_with_its_annex() -> None:
    _, devs = ingest(_TONGBAO, "tongbao.html")
    assert len(devs) == 1
    dev = devs[0]
    assert dev.title == "某市互联网信息办公室关于2025年上半年个人信息保护投诉处理情况的通报"
    assert dev.kind == "other"
    assert dev.date == "2025-07-20"
    assert all(m.stage == "other" for m in dev.instruments)
    assert dev.sources == ["https://www.example.gov.cn/attach/2025/07/20/tousu.pdf"]


_GONGGAO = """# 工业和信息化部 行业标准公告（2025年第9号）

工业和信息化部批准《移动应用个人信息收集使用规范》等3项通信行业标准，现予以公布。

| 序号 | 标准编号 | 行业标准名称 | 代替标准号 | 实施日期 |
|---|---|---|---|---|
| 1 | YD/T 9001—2025 | 移动应用个人信息收集使用规范 |  | 2026-01-01 |
| 2 | YD/T 9002—2025 | 电信网络数据分类分级指南 |  | 2026-01-01 |
| 3 | YD/T 9003—2025 | 光纤接入设备技术要求 | YD/T 1000—2015 | 2026-04-01 |

工业和信息化部
2025年9月30日
"""


def test_a_standards_gonggao_is_one_notice_with_each_standard_an_instrument() -> None:
    _, devs = ingest(_GONGGAO, "gonggao.md")
    assert [d.title for d in devs] == ["工业和信息化部 行业标准公告（2025年第9号）"]
    dev = devs[0]
    assert dev.date == "2025-09-30"
    assert [(m.name, m.stage, m.effective_date) for m in dev.instruments] == [
        ("移动应用个人信息收集使用规范", "adopted", "2026-01-01"),
        ("电信网络数据分类分级指南", "adopted", "2026-01-01"),
        ("光纤接入设备技术要求", "adopted", "2026-04-01"),
    ]


_UPDATES = """# China Privacy Legal Updates

Issue 7 | October 2025 | Example Law Office | 12 October 2025

## I. New Rules

### 1. Measures for the Security Assessment of Health Data Processing

Issuing authority: National Health Commission

Date of issue: 22 September 2025

Effective date: 1 January 2026

Highlights: The Measures require hospitals that process the health data of more than 100,000 patients to carry out an annual security assessment and to report its results.

### 2. Guidelines for the Protection of Passenger Data in Civil Aviation

Issuing authority: Civil Aviation Administration of China

Date of issue: 30 September 2025

Effective date: 30 September 2025

Highlights: The Guidelines set minimum controls for airlines that share passenger data with travel platforms.

## II. Enforcement and Cases

### 3. Guangzhou Market Regulator Fines Tutoring Platform for Selling Parent Data

Regulator: Guangzhou Municipal Administration for Market Regulation

Date of decision: 25 September 2025

Penalty: RMB 300,000 on the company; RMB 20,000 on the person directly in charge

Highlights: The platform sold the phone numbers of about 40,000 parents to other training institutions without consent.
"""


def test_labelled_fact_paragraphs_under_a_headline_are_its_fields() -> None:
    _, devs = ingest(_UPDATES, "updates.md")
    got = [(d.title, d.date, d.kind) for d in devs]
    assert got == [
        ("Measures for the Security Assessment of Health Data Processing", "2025-09-22", "legislation"),
        ("Guidelines for the Protection of Passenger Data in Civil Aviation", "2025-09-30", "legislation"),
        ("Guangzhou Market Regulator Fines Tutoring Platform for Selling Parent Data", "2025-09-25", "enforcement"),
    ]
    measures, guidelines, fine = devs
    assert [(m.name, m.stage, m.effective_date) for m in measures.instruments][:1] == [
        ("Measures for the Security Assessment of Health Data Processing", "adopted", "2026-01-01")
    ]
    assert [(m.stage, m.effective_date) for m in guidelines.instruments][:1] == [
        ("in_force", "2025-09-30")
    ]
    assert fine.penalty_cny == 320000


_TOP_TEN = """# 2025年度十大个人信息保护事件

### 01 《某省数据条例》正式施行

2025年3月1日，《某省数据条例》正式施行。

### 02 某市网信办对某外卖平台作出千万元级罚款

2025年6月18日，某市互联网信息办公室对某外卖平台处以罚款1100万元，对其个人信息保护负责人处以罚款30万元。
"""


def test_zero_padded_heading_numbers_and_an_order_of_magnitude_are_no_text() -> None:
    _, devs = ingest(_TOP_TEN, "topten.md")
    assert [d.title for d in devs] == [
        "《某省数据条例》正式施行",
        "某市网信办对某外卖平台作出千万元级罚款",
    ]
    assert devs[1].penalty_cny == 11300000


_COPIED_POST = """Copied from X (formerly Twitter) on 21 November 2025 by the compliance desk, replies left out

Zhou Min · Privacy counsel, Chengdu

Three moves from China's data regulators this week that every privacy team should know about before Friday 🧵👇

➡️ On 17 November 2025, the Sichuan Provincial Internet Information Office published the draft Rules on Personal Information in Hotel Check-in Systems for comment until 17 December.

➡️ On 18 November, the Wuhan Municipal Public Security Bureau fined a parking app operator RMB 300,000 for leaking drivers' plate numbers and phone numbers.

➡️ On 19 November, the Chengdu Intermediate People's Court held that a gym may not make face scans the only way to enter.

📌 Pinned: our monthly roundtable is on the last Thursday of the month, bring your questions.
"""


_CLIPPING = """Clipped from the Southern Daily website on 2 December 2025 for the weekly reading pack

This clipping is kept for the team's reference only; please do not forward it outside the company.

On 28 November 2025, the Shandong Provincial Internet Information Office fined a food delivery platform RMB 200,000 for keeping riders' location data for three years.

On Monday, the Qingdao Municipal Data Bureau issued the Measures for the Management of Public Data Authorised Operation, which take effect on 1 January 2026.
"""


def test_a_capture_line_dates_the_copy_and_reports_nothing() -> None:
    doc, devs = ingest(_CLIPPING, "clipping.txt")
    assert [d.title[:40] for d in devs] == [
        "On 28 November 2025, the Shandong Provin",
        "On Monday, the Qingdao Municipal Data Bu",
    ]
    assert any(s.text.startswith("Clipped from") for s in doc.skipped)
    # the day of the clipping is the document's: "Monday" is the one before it
    assert doc.published == "2025-12-02"
    assert devs[1].date == "2025-12-01"
    doc, _ = ingest(_COPIED_POST, "copied.txt")
    assert any(s.text.startswith("Copied from X") for s in doc.skipped)


def test_emoji_that_open_a_run_of_entries_are_their_bullets_under_a_teaser() -> None:
    doc, devs = ingest(_COPIED_POST, "copied.txt")
    assert [(d.title[:40], d.date) for d in devs] == [
        ("On 17 November 2025, the Sichuan Provinc", "2025-11-17"),
        ("On 18 November, the Wuhan Municipal Publ", "2025-11-18"),
        ("On 19 November, the Chengdu Intermediate", "2025-11-19"),
    ]
    assert devs[1].penalty_cny == 300000
    # the teaser over the run introduces it (no item's headline); a single pinned line is no entry
    assert any(s.text.startswith("Three moves from") for s in doc.skipped)
    assert not any(d.title.startswith(("Three moves", "Pinned", "📌")) for d in devs)


_SHOW_NOTES = """# Episode 57 – Privacy in the Middle Kingdom

*The Compliance Hour* · Episode 57 · 20 November 2025

## Show notes

### 02:15 Tianjin fines a car rental firm

On 14 November 2025, the Tianjin Municipal Internet Information Office fined a car rental company RMB 600,000 for tracking customers' locations after their rentals ended.

### 11:40 MIIT standard on smart TV data

On 17 November 2025, the MIIT released the draft industry standard Requirements for Personal Information Protection in Smart Televisions for comment.

### 31:05 From the mailbag

A listener in Hong Kong asks whether a branch office must carry out a personal information protection impact assessment under the Personal Information Protection Law before sharing HR data with its head office. We walk through Article 55.

## Subscribe

Follow the show wherever you listen.
"""


def test_a_shows_listener_questions_are_no_development() -> None:
    _, devs = ingest(_SHOW_NOTES, "notes.md")
    assert [d.title.rstrip(".") for d in devs] == [
        "Tianjin fines a car rental firm",
        "MIIT standard on smart TV data",
    ]


_LINKED_EXPORT = """【标题】某市互联网信息办公室关于开展移动应用程序个人信息保护专项检查的通知
【发文字号】某网信〔2025〕9号
【发布日期】2025.11.20
【来源链接】https://www.example-cac.gov.cn/2025-11/20/c_notice9.htm

某市互联网信息办公室关于开展移动应用程序个人信息保护专项检查的通知
某网信〔2025〕9号

各区网信办：

为落实《中华人民共和国个人信息保护法》，现就开展专项检查有关事项通知如下：

一、检查对象为本市注册用户超过十万的移动应用程序。

二、各区网信办应于2025年12月31日前报送检查情况。

某市互联网信息办公室
2025年11月20日
"""


def test_a_bracketed_link_field_gives_the_notice_its_source() -> None:
    _, devs = ingest(_LINKED_EXPORT, "export.txt")
    assert len(devs) == 1
    assert devs[0].title == "某市互联网信息办公室关于开展移动应用程序个人信息保护专项检查的通知"
    assert devs[0].sources == ["https://www.example-cac.gov.cn/2025-11/20/c_notice9.htm"]


_DIGEST_TABLE = """# 数据合规文件清单（2025年11月）

| 文件名称 | 发布机关 | 发布日期 | 状态 | 施行日期 |
| --- | --- | --- | --- | --- |
| 《某省公共数据安全管理办法》 | 某省人民政府 | 2025年9月5日 | 现行有效 | 2025年11月1日 |
| 《某省数据交易场所管理规定》 | 某省数据局 | 2025年11月10日 | 现行有效 | 2025年11月10日 |
| 《某省个人信息保护条例》 | 某省人民代表大会常务委员会 | 2025年11月25日 | 尚未施行 | 2026年3月1日 |
"""


def test_a_row_in_force_is_dated_by_its_date_of_effect() -> None:
    _, devs = ingest(_DIGEST_TABLE, "digest.md")
    assert [(d.title, d.date) for d in devs] == [
        ("《某省公共数据安全管理办法》", "2025-11-01"),  # in force since: the entry into force
        ("《某省数据交易场所管理规定》", "2025-11-10"),
        ("《某省个人信息保护条例》", "2025-11-25"),  # adopted, not yet in force: its issue
    ]
