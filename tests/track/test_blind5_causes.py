# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""Causes found by the fifth held-out set (heldout5), each fixed by a rule for any publisher:
rules and bracketed reference numbers in plain text, bracketed run-in headlines and part
labels, case numbering, contents entries repeated as headlines, text above a contents list,
trailing parenthesised dates, well-known short names of laws, one-line list entries, fines
"each" for people named later, event recaps, month headings, dates of effect that are the
event, outlook sections, bilingual headings and translations, district branches, attributive
cues, standard numbers, notice annexes and copy lines, dated bylines, names in parentheses
inside titles, slides, and sentences that refer back to an instrument."""

from __future__ import annotations

import datetime as dt

from piplkit.track import ingest, parse_document
from piplkit.track.dates import event_date, publication_date
from piplkit.track.instruments import extract
from piplkit.track.kinds import classify
from piplkit.track.penalties import penalty_cny
from piplkit.track.readers import text_blocks

REF = dt.date(2025, 11, 8)

EMAIL = """From: Data Desk <news@example.com>
Subject: Data Desk -- October 2025
Date: Fri, 31 Oct 2025 09:00:00 +0800

==========================================
DATA DESK | October 2025
==========================================

IN THIS ISSUE
  * Regulator fines hotel group
  * Court rules on scraping

==========================================
ENFORCEMENT
==========================================

Regulator fines hotel group

On Oct. 14, the Zhejiang Provincial Internet Information Office fined a
hotel group RMB 500,000 for exporting guests' personal information [3].

==========================================
COURTS
==========================================

Court rules on scraping

On 23 October, the Guangzhou Internet Court held that a data company's
scraping of user profiles was unfair competition [6].

==========================================
LINKS
==========================================

[3] https://example.cn/zhejiang/hotel.html
[6] https://example.com/news/scraping.html
"""


def test_rule_lines_in_plain_text_separate_headings_and_bracketed_numbers_are_footnotes() -> None:
    blocks = text_blocks("=====\nLEGISLATION\n=====\n\nOn 3 May, the CAC fined X [2]. More.\n")
    assert [b.text for b in blocks] == ["LEGISLATION", "On 3 May, the CAC fined X. More."]
    assert blocks[1].refs == [2]
    _, devs = ingest(EMAIL, "mail.txt")
    assert [d.title for d in devs] == ["Regulator fines hotel group", "Court rules on scraping"]
    assert devs[0].footnotes == [3] and devs[0].sources == [
        "https://example.cn/zhejiang/hotel.html"
    ]
    assert devs[1].kind == "judicial"


def test_bracketed_run_in_headlines_and_short_part_labels() -> None:
    text = "数安观察第23期\n\n【某市网信办通报违规收集个人信息的App】6月3日，某市互联网信息办公室通报了12款违规收集个人信息的App。\n\n【某地公安机关处罚一家物流企业】6月4日，某市公安局依据《中华人民共和国数据安全法》对一家物流企业处以罚款5万元。\n"
    _, devs = ingest(text, "yaowen.txt")
    assert [d.title for d in devs] == [
        "某市网信办通报违规收集个人信息的App",
        "某地公安机关处罚一家物流企业",
    ]
    html = "<html><body><h1>要闻速览（2025年第23期）</h1><p><strong>【某地公安机关处罚一家物流企业】</strong>6月4日，某市公安局依据《中华人民共和国数据安全法》对一家物流企业处以罚款5万元。</p><p><strong>【某市网信办通报违规App】</strong>6月3日，某市互联网信息办公室通报了12款App。</p></body></html>"
    _, devs = ingest(html, "yaowen.html")
    assert devs[0].title == "某地公安机关处罚一家物流企业"
    # a short bracketed label names a part of the item: it is not part of the text
    block = text_blocks("【基本案情】2025年3月12日，某法院作出一审判决。")[0]
    assert block.text == "2025年3月12日，某法院作出一审判决。"


CASES = """某法院发布个人信息保护典型案例

发布时间：2025年11月20日

为贯彻实施《中华人民共和国个人信息保护法》，本院选取两件典型案例，现予发布。

目录
案例一　王某诉某科技公司个人信息保护纠纷案
案例二　李某诉某物业公司人脸信息处理纠纷案

案例一　王某诉某科技公司个人信息保护纠纷案

【基本案情】2025年3月12日，杭州互联网法院对王某诉某科技公司个人信息保护纠纷案作出一审判决。

【裁判结果】判决被告删除原告的个人信息。

案例二　李某诉某物业公司人脸信息处理纠纷案

【基本案情】2025年9月4日，杭州互联网法院对李某诉某物业公司人脸信息处理纠纷案作出一审判决。
"""


def test_contents_entries_repeated_as_headlines_end_the_contents_and_case_numbers_go() -> None:
    _, devs = ingest(CASES, "cases.txt")
    assert [d.title for d in devs] == [
        "王某诉某科技公司个人信息保护纠纷案",
        "李某诉某物业公司人脸信息处理纠纷案",
    ]
    assert [d.date for d in devs] == ["2025-03-12", "2025-09-04"]
    assert devs[0].summary.startswith("2025年3月12日")


def test_trailing_parenthesised_date_is_a_one_line_entry_date() -> None:
    line = "CAC publishes the draft Provisions on Smart Devices, with comments due Dec 3 (Nov 3)"
    assert event_date("", line, REF) == "2025-11-03"
    # a remark in parentheses is no date of its own: "(effective 1 May)" is a date of effect
    assert event_date("", "CAC fines X (effective 1 May)", REF) is None
    assert publication_date(
        "Feed\nExported from the team's Slack channel on 2025-11-08 by bot."
    ) == dt.date(2025, 11, 8)


FEED = """# #privacy-feed — weekly export

_Exported from the team's Slack channel on 2025-11-08 by feedbot._

- Shanghai Municipal Internet Information Office fines a car-rental platform RMB 150,000 for collecting location data, in breach of the PIPL (Nov 4)
- NFRA fines a consumer finance company RMB 1 million over a leak of customer data, and two executives RMB 100,000 each (Nov 7)

**Muted:** 14 messages about lunch orders and the printer.
"""


def test_one_line_list_entries_known_short_names_and_fines_each() -> None:
    _, devs = ingest(FEED, "feed.md")
    assert [d.date for d in devs] == ["2025-11-04", "2025-11-07"]
    assert [m.name for m in devs[0].instruments] == ["PIPL"]
    assert devs[0].kind == "enforcement"
    # the paragraph after the list is not the last entry's body
    assert devs[1].authorities == ["NFRA"] and devs[1].penalty_cny == 1_200_000
    assert classify("Regulator fines a platform", "", None) == "enforcement"
    assert (
        penalty_cny(
            "NFRA fines a consumer finance company RMB 1 million over a leak of customer data, and two executives RMB 100,000 each"
        )
        == 1_200_000
    )
    # a document that defines the short name keeps its own definition
    found, _ = extract(
        'the Personal Information Protection Law ("PIPL") applies; the PIPL requires', None, {}
    )
    assert [m.name for m in found] == ["Personal Information Protection Law"]


RECAP = """# Recap: Data Compliance Forum 2025

*Events team · 5 minute read*

More than 300 counsel filled the hall for two days of panels. Here is what we heard.

## Opening keynote

On 28 October, the NPC Standing Committee adopted amendments to the Cybersecurity Law that take effect on 1 January 2026, the keynote speaker reminded the room.

Several speakers joked that the compliance calendar for January now looks crowded.

## Panel 2: Enforcement trends

On 7 November, the Shanghai Municipal Public Security Bureau fined a logistics platform RMB 300,000 under the Data Security Law, one panellist noted.

On 14 November, the Shanghai Financial Court upheld a judgment ordering an app to compensate an investor, a second panellist added.

Both speakers expect more cases of this kind next year.

## Thank you

Thanks to our sponsors, speakers and volunteers.
"""


def test_event_recap_headings_that_report_nothing_are_sections() -> None:
    _, devs = ingest(RECAP, "recap.md")
    assert [d.date for d in devs] == ["2025-10-28", "2025-11-07", "2025-11-14"]
    assert devs[0].title.startswith("On 28 October, the NPC Standing Committee")


REVIEW = """# 2025 Year in Review

## January 2025

On 1 January, the Network Data Security Management Regulations took effect.

## May 2025

On 1 May, the Measures for Personal Information Protection Compliance Audits took effect.

# Looking ahead: key dates in 2026

- 1 January 2026 – the amended Cybersecurity Law takes effect.
"""


def test_month_heading_gives_way_to_the_paragraph_day_and_outlook_is_skipped() -> None:
    _, devs = ingest(REVIEW, "review.md")
    assert [d.date for d in devs] == ["2025-01-01", "2025-05-01"]
    assert devs[1].instruments[0].stage == "in_force"
    assert devs[1].instruments[0].effective_date == "2025-05-01"


def test_a_date_of_effect_that_has_passed_is_the_event() -> None:
    body = "The Measures for Personal Information Protection Compliance Audits took effect on 1 May 2025."
    assert event_date(body, "Compliance audits become mandatory", REF) == "2025-05-01"
    # a future date of effect is still no event date
    assert event_date("The Measures take effect on 1 May 2026.", "X", REF) is None


BILINGUAL = """<html><body><h1>数据合规快讯 Data Compliance Flash（2024年第10期）</h1>
<p>某某律师事务所 Example Law Firm ｜ 2024年10月8日</p>
<h2>本期要点 Highlights</h2>
<ul><li>数据分类分级国家标准实施 / National standard takes effect</li><li>上海一汽车企业被罚 / Car maker fined</li></ul>
<h2>一、立法动态 Legislation</h2>
<h3>（一）数据分类分级国家标准正式实施</h3>
<p>10月1日，国家标准《数据安全技术 数据分类分级规则》（GB/T 43697-2024）正式实施。该标准由国家市场监督管理总局、国家标准化管理委员会发布。</p>
<p><em>[EN]</em> On 1 October, the national standard Data Security Technology – Rules for Data Classification and Grading (GB/T 43697-2024) took effect.</p>
<h2>二、执法动态 Enforcement</h2>
<h3>（二）上海一汽车企业被罚</h3>
<p>9月20日，上海市公安局嘉定分局对一家汽车企业依据《中华人民共和国数据安全法》处以罚款10万元。</p>
<p><em>[EN]</em> On 20 September, the Jiading Branch of the Shanghai Municipal Public Security Bureau fined a car maker RMB 100,000.</p>
<h2>律师点评 Our comments</h2>
<p>建议企业尽快开展差距分析。</p>
</body></html>"""


def test_bilingual_headings_translations_branches_and_standard_numbers() -> None:
    _, devs = ingest(BILINGUAL, "flash.html")
    assert [d.title for d in devs] == ["数据分类分级国家标准正式实施", "上海一汽车企业被罚"]
    standard = devs[0].instruments
    assert [(m.name, m.stage, m.effective_date) for m in standard] == [
        ("数据安全技术 数据分类分级规则", "in_force", "2024-10-01")
    ]
    assert "SAMR" in devs[0].authorities and not any("该标准" in a for a in devs[0].authorities)
    assert devs[1].authorities == ["上海市公安局嘉定分局"]
    assert [m.name for m in devs[1].instruments] == ["中华人民共和国数据安全法"]
    assert devs[1].kind == "enforcement"


def test_attributive_issue_cue_and_citing_cue() -> None:
    found, _ = extract(
        "6月1日，国家互联网信息办公室、公安部联合发布的《人脸识别技术应用安全管理办法》正式施行。",
        None,
        {},
    )
    assert found[0].stage == "in_force"
    found, _ = extract(
        "法院依照《中华人民共和国刑法》第二百五十三条之一判处被告人有期徒刑三年。", None, {}
    )
    assert found[0].stage == "other"


NOTICE = """国家金融监督管理总局北京监管局关于开展个人信息保护专项检查的通知

辖内各银行保险机构：

为贯彻落实《中华人民共和国个人信息保护法》，我局决定开展个人信息保护专项检查。现将有关事项通知如下：

各机构要高度重视，如实报送自查情况。

国家金融监督管理总局北京监管局

2025年8月15日

抄送：国家金融监督管理总局消费者权益保护局。

附件1

检查要点清单

依据：《个人信息保护合规审计管理办法》
"""


def test_notice_copy_line_and_numbered_annex_are_not_its_text() -> None:
    _, devs = ingest(NOTICE, "notice.txt")
    assert len(devs) == 1
    assert devs[0].authorities == ["国家金融监督管理总局北京监管局"]
    names = [m.name for m in devs[0].instruments]
    assert "个人信息保护合规审计管理办法" not in names and "中华人民共和国个人信息保护法" in names


def test_dated_byline_under_the_title_is_a_publication_line() -> None:
    text = "2025年第三季度数据合规时间轴\n\n某集团合规部 2025年10月9日 内部资料，注意保密\n\n本表汇总第三季度的数据合规动态，供各业务线对照排查。\n\n2025年7月15日，公安部等部门发布的《国家网络身份认证公共服务管理办法》正式施行。\n"
    doc, devs = ingest(text, "timeline.txt")
    assert [d.date for d in devs] == ["2025-07-15"]
    assert any(s.reason.startswith("publication line") for s in doc.skipped)


def test_parenthesised_name_inside_a_title_and_relying_on() -> None:
    found, _ = extract(
        "On October 20, the office published the Negative List for Outbound Data Transfers of the China (Tianjin) Pilot Free Trade Zone, relying on the Provisions on Promoting and Regulating Cross-Border Data Flows.",
        None,
        {},
    )
    assert [(m.name, m.stage) for m in found] == [
        (
            "Negative List for Outbound Data Transfers of the China (Tianjin) Pilot Free Trade Zone",
            "adopted",
        ),
        ("Provisions on Promoting and Regulating Cross-Border Data Flows", "other"),
    ]


SLIDES = """# China data protection: H1 2025 in review

# Agenda

- New rules in force
- Enforcement and courts

# Compliance audits become mandatory

- The Measures for Personal Information Protection Compliance Audits took effect on 1 May 2025.
- Issued by the CAC.
- Handlers of more than 10 million individuals' personal information: an audit every two years.

# National network ID: effective next week

- In May 2025, the Ministry of Public Security, the CAC and other authorities issued the Measures for the Administration of National Network Identity Authentication Public Services.
- They take effect on 15 July 2025.
- Use of the network ID is voluntary.

# Questions?

- Jane Example, Partner - jane@example.com
"""


def test_slide_titles_head_their_bullets_and_a_sentence_referring_back_gives_the_effect() -> None:
    _, devs = ingest(SLIDES, "slides.md")
    assert [d.title for d in devs] == [
        "Compliance audits become mandatory",
        "National network ID: effective next week",
    ]
    assert devs[0].date == "2025-05-01"
    assert devs[0].summary.startswith("The Measures for Personal Information Protection")
    mention = devs[1].instruments[0]
    assert (mention.stage, mention.effective_date) == ("adopted", "2025-07-15")


def test_a_link_list_under_a_heading_is_not_a_slide() -> None:
    html = "<html><body><h1>China Data Update: June 2025</h1><h3>CAC fines platform</h3><p>On 3 June, the CAC fined a platform RMB 1 million.</p><aside><h3>Related services</h3><ul><li><a href='/a'>Data protection</a></li><li><a href='/b'>Cybersecurity</a></li></ul></aside></body></html>"
    doc = parse_document(html, "page.html")
    assert [i.title for i in doc.items] == ["CAC fines platform"]
