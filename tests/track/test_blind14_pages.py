# ruff: noqa: E501
"""heldout14 (fixtrack14): pages that are one thing — a paragraph and its unmarked English
translation, a client alert on one measure, a notice page whose 附件 link is the draft's file.

Written for these tests in other wordings and formats than the blind set's 快讯 (DOCX), alert
(PDF) and 网信办 notice page (HTML)."""

from __future__ import annotations

from piplkit.track.extract import ingest
from piplkit.track.model import Block, RawItem

_BILINGUAL = """# 隐私合规双语通讯 Privacy Bilingual Letter

2026年3月6日 / 6 March 2026 · 示例律所 Example Firm

## 某省网信办处罚一家网约车平台 Ride-hailing Platform Fined

3月3日，某省互联网信息办公室依据《中华人民共和国个人信息保护法》对一家网约车平台处以罚款50万元。

On 3 March 2026, the provincial Internet Information Office fined a ride-hailing platform RMB 500,000 under the Personal Information Protection Law.

## 上海数据条例修订通过 Shanghai Amends Data Regulations

3月4日，上海市人民代表大会常务委员会表决通过修订后的《上海市数据条例》，自2026年7月1日起施行。

On 4 March 2026, the Standing Committee of the Shanghai Municipal People's Congress adopted the revised Shanghai Data Regulations, which take effect on 1 July 2026.
"""

_ALERT = """# CAC Releases Provisions on Personal Information Protection Compliance Audits

Client Alert | No. 2026-07 | 12 March 2026

## At a glance

- Audits become a standing duty for large processors.
- The rules apply from 1 May 2026.

## What happened

On 9 March 2026, the Cyberspace Administration of China (CAC) released the Provisions on Personal Information Protection Compliance Audits, which take effect on 1 May 2026.

## Key points

Processors handling the data of more than ten million people must audit themselves every two years. Auditors must be independent of the processor.

## Our view

Groups should budget for the first audit cycle now.

## Contacts

Jane Example, Partner, jane@example-firm.com
"""

_DIGEST = """# CAC Releases Two Measures and Fines an App

Published 12 March 2026

On 9 March 2026, the Cyberspace Administration of China released the Provisions on Personal Information Protection Compliance Audits.

On 10 March 2026, the CAC fined a food delivery app RMB 600,000 for sharing riders' locations.
"""

_NOTICE = """<html><body>
<div class="nav">首页 | 政务公开 | 互动交流</div>
<h1>某市互联网信息办公室关于《某市公共数据授权运营管理办法（征求意见稿）》公开征求意见的通知</h1>
<p>发布时间：2026-03-05 10:00　来源：某市互联网信息办公室</p>
<p>为规范公共数据授权运营，根据《中华人民共和国数据安全法》等法律法规，我办起草了《某市公共数据授权运营管理办法（征求意见稿）》，现向社会公开征求意见。</p>
<p>附件1：<a href="https://www.example-city.gov.cn/files/2026/0305/banfa-zqyj.docx">某市公共数据授权运营管理办法（征求意见稿）.docx</a></p>
<p>某市互联网信息办公室</p>
<p>2026年3月5日</p>
</body></html>
"""


def test_an_unmarked_english_paragraph_that_repeats_the_figures_is_its_translation() -> None:
    devs = ingest(_BILINGUAL, "letter.md")[1]
    assert [d.date for d in devs] == ["2026-03-03", "2026-03-04"]
    fine, law = devs
    assert [i.name for i in fine.instruments] == ["中华人民共和国个人信息保护法"]
    assert [i.name for i in law.instruments] == ["上海市数据条例"]
    assert law.authorities == ["上海市人民代表大会常务委员会"]


def test_control_an_english_paragraph_with_a_figure_of_its_own_adds_to_the_item() -> None:
    from piplkit.track.translated import translates_item  # (new in fixtrack14)

    item = RawItem("某省网信办处罚一家网约车平台", ["3月3日，某省互联网信息办公室对一家网约车平台处以罚款50万元。"], None, None, [], [], 0)
    assert translates_item(item, Block("On 3 March 2026, the office fined a ride-hailing platform RMB 500,000."))
    assert not translates_item(item, Block("The platform had already paid RMB 120,000 to riders in 2025."))
    assert not translates_item(item, Block("The platform said it would appeal."))  # no figure
    assert not translates_item(item, Block("On 3 March 2026 the office fined it.", heading=3))


def test_a_client_alert_on_one_measure_is_one_development_titled_by_its_headline() -> None:
    devs = ingest(_ALERT, "alert.md")[1]
    assert [d.title for d in devs] == [
        "CAC Releases Provisions on Personal Information Protection Compliance Audits"
    ]
    (alert,) = devs
    assert alert.date == "2026-03-12"
    assert ("Provisions on Personal Information Protection Compliance Audits", "adopted", "2026-05-01") in {
        (i.name, i.stage, i.effective_date) for i in alert.instruments
    }


_ZH_ALERT = """# 国家网信办公布《网络数据安全风险评估办法》

示例律所 | 2026年3月12日

## 一、基本情况

2026年3月9日，国家互联网信息办公室公布《网络数据安全风险评估办法》，自2026年6月1日起施行。

## 二、主要内容

办法要求重要数据处理者每年开展一次风险评估，并向省级网信部门报送评估报告。

## 三、律师建议

企业应尽早梳理重要数据目录。
"""


def test_a_chinese_alert_on_one_measure_is_titled_by_its_headline_not_its_part() -> None:
    devs = ingest(_ZH_ALERT, "alert_zh.md")[1]
    assert [(d.title, d.date) for d in devs] == [("国家网信办公布《网络数据安全风险评估办法》", "2026-03-12")]
    assert [(i.name, i.stage, i.effective_date) for i in devs[0].instruments] == [
        ("网络数据安全风险评估办法", "adopted", "2026-06-01")
    ]


def test_control_a_headline_over_several_dated_developments_is_no_alert() -> None:
    devs = ingest(_DIGEST, "digest.md")[1]
    assert [d.date for d in devs] == ["2026-03-09", "2026-03-10"]


def test_a_notice_pages_linked_attachment_is_its_source() -> None:
    devs = ingest(_NOTICE, "notice.html")[1]
    assert len(devs) == 1
    assert devs[0].sources == ["https://www.example-city.gov.cn/files/2026/0305/banfa-zqyj.docx"]


def test_control_an_attachment_without_a_link_gives_no_source() -> None:
    page = _NOTICE.replace('<a href="https://www.example-city.gov.cn/files/2026/0305/banfa-zqyj.docx">', "").replace("</a>", "")
    devs = ingest(page, "notice.html")[1]
    assert len(devs) == 1 and devs[0].sources == []


_FINE_A = """Privacy Brief — March 2026

On 18 March 2026, the Shanghai Municipal Internet Information Office fined a pharmacy chain RMB 850,000 under the Personal Information Protection Law for giving purchase records to insurers.
"""
_FINE_B = """Data Digest — March 2026

On 18 March 2026, the Zhejiang Provincial Administration for Market Regulation fined an e-commerce app RMB 1.2 million under the Personal Information Protection Law for personalised pricing.
"""
_FINE_A_AGAIN = """Compliance Notes — March 2026

On 18 March 2026, the Shanghai Municipal Internet Information Office imposed a fine of RMB 850,000 on a chain of pharmacies that shared customers' purchase histories with insurance companies, in breach of the Personal Information Protection Law.
"""


def test_two_regulators_fines_of_one_day_under_one_law_are_two_developments() -> None:
    from piplkit.track.dedupe import dedupe, same_development
    from piplkit.track.linking import link_developments

    a = ingest(_FINE_A, "a.txt")[1]
    b = ingest(_FINE_B, "b.txt")[1]
    link_developments(a + b)
    assert not same_development(a[0], b[0])
    assert len(dedupe(a + b)) == 2


def test_control_one_regulators_fine_reported_twice_is_one_development() -> None:
    from piplkit.track.dedupe import dedupe
    from piplkit.track.linking import link_developments

    a = ingest(_FINE_A, "a.txt")[1]
    again = ingest(_FINE_A_AGAIN, "c.txt")[1]
    link_developments(a + again)
    merged = dedupe(a + again)
    assert len(merged) == 1 and merged[0].also_in == ["c.txt"]
