# ruff: noqa: E501
"""heldout18 (fixtrack18): a byline under each story's headline, a "More from …" list of the
publisher's own pieces, a Chinese news page whose lead opens with the reporter's date, Keep a
Changelog subheadings, 【】 own section headings.

The documents are written for these tests (other publishers, other events), not copied from the
blind set."""

from __future__ import annotations

from piplkit.track import ingest

_ALERT = """EXAMPLE PRIVACY WIRE
Wednesday, 3 September 2025 | Issue 88

POLICY

MIIT tightens rules on app permission pop-ups
By our Beijing desk | 2 Sep 2025
On 1 September 2025, the Ministry of Industry and Information Technology (MIIT) issued the Notice on Further Regulating App Permission Requests, which takes effect on 1 October 2025.
Full story: https://wire.example.org/2025/09/02/miit-permissions

ENFORCEMENT

Shenzhen regulator fines courier over leaked waybills
By our Shenzhen staff | 1 Sep 2025
On 29 August 2025, the Shenzhen Municipal Internet Information Office fined a courier company RMB 500,000 after waybill data leaked online.
Full story: https://wire.example.org/2025/09/01/shenzhen-courier

MORE FROM EXAMPLE PRIVACY WIRE
- Explainer: what the new permission rules mean on 1 October 2025
- Opinion: pop-ups are not consent
"""


def test_a_byline_under_a_headline_is_no_item_and_no_date() -> None:
    _, devs = ingest(_ALERT, "wire.txt")
    assert [(d.title, d.date, d.sources) for d in devs] == [
        (
            "MIIT tightens rules on app permission pop-ups",
            "2025-09-01",
            ["https://wire.example.org/2025/09/02/miit-permissions"],
        ),
        (
            "Shenzhen regulator fines courier over leaked waybills",
            "2025-08-29",
            ["https://wire.example.org/2025/09/01/shenzhen-courier"],
        ),
    ]


def test_more_from_the_publisher_lists_its_own_pieces() -> None:
    from piplkit.track.headingkeys import qualified_key
    from piplkit.track.layout import sections

    sec = sections()
    assert qualified_key("also on example privacy wire", sec, False) is not None
    assert qualified_key("more from example wire", sec, False) is not None


_XINWEN = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>某外卖平台违规共享骑手位置信息被罚80万元_示例日报</title>
<meta property="article:published_time" content="2025-10-21T09:15:00+08:00">
</head><body>
<div class="nav"><a href="/">首页</a> <a href="/law">法治</a></div>
<article>
<h1>某外卖平台违规共享骑手位置信息被罚80万元</h1>
<div class="info">示例日报 记者 示例 杭州报道 2025-10-21 09:15</div>
<p>10月20日，记者从杭州市市场监督管理局获悉，某外卖平台因未经骑手单独同意向合作方提供其实时位置信息，被依据《中华人民共和国个人信息保护法》处以罚款80万元。</p>
<p>经查，该平台自2024年起向三家广告合作方共享骑手位置数据，涉及骑手约2万人。</p>
<p>杭州市市场监督管理局有关负责人表示，平台应当为骑手提供拒绝共享的便捷方式。</p>
<p>受访专家认为，此案对同类平台具有警示意义。</p>
<p>责任编辑：示例</p>
</article>
<div class="related"><h3>相关阅读</h3><ul><li><a href="/law/1.html">外卖骑手权益保护新规解读</a></li></ul></div>
</body></html>
"""


def test_a_chinese_news_page_with_a_reporters_lead_is_one_story() -> None:
    _, devs = ingest(_XINWEN, "xinwen.html")
    assert [(d.title, d.date, d.kind, d.authorities) for d in devs] == [
        (
            "某外卖平台违规共享骑手位置信息被罚80万元",
            "2025-10-21",
            "enforcement",
            ["杭州市市场监督管理局"],
        )
    ]


def test_a_reporters_lead_is_no_dated_entry() -> None:
    from piplkit.track.newsstory import _dated_entry

    assert not _dated_entry("10月20日，记者从杭州市市场监督管理局获悉，某平台被罚。")
    assert _dated_entry("10月20日，杭州市市场监督管理局对某平台作出行政处罚决定。")


_CHANGELOG = """# Changelog

All notable changes to this rule set are documented here, following Keep a Changelog.

## [Unreleased]

### Added

- Draft rule for data export reviews (work in progress).

## [1.4.0] - 2025-09-30

### Added

- Rule `cn.export.review` follows the CAC's Provisions on Promoting and Regulating Cross-Border Data Flows, issued on 22 March 2024.

### Changed

- Rule `cn.face.alternative` now follows the Measures for the Security Management of Facial Recognition Technology Applications, which took effect on 1 June 2025.
- Rule `cn.minors.audit` uses the minors' personal information audit requirements the CAC published on 15 May 2025.

### Fixed

- Fixed a typo in a rule name.
"""


def test_keep_a_changelog_subheadings_are_section_headings() -> None:
    _, devs = ingest(_CHANGELOG, "CHANGELOG.md")
    titles = [d.title for d in devs]
    assert "Changed" not in titles and "Added" not in titles
    assert len(devs) == 3
    assert all(t.startswith("Rule `cn.") or t.startswith("Rule cn.") for t in titles)


_ZHOUBAO = """示例大学网络法研究所 数据合规周报
2025年第30期 编：示例

【执法动态】
9月1日，浙江省互联网信息办公室对某网约车平台违规收集乘客通讯录的行为处以罚款50万元。

【研究所动态】
9月3日，本所举办“数据出境合规”沙龙，30余位代表参加。

【学术动态】
9月5日，本所举办“个人信息保护影响评估”研讨会，来自高校和企业的代表参加。
"""


def test_a_centres_own_academic_events_are_no_items() -> None:
    _, devs = ingest(_ZHOUBAO, "zhoubao.txt")
    assert [d.title for d in devs] == [
        "9月1日，浙江省互联网信息办公室对某网约车平台违规收集乘客通讯录的行为处以罚款50万元。"
    ]


def test_what_to_expect_in_a_month_is_an_outlook() -> None:
    from piplkit.track.headingkeys import qualified_key
    from piplkit.track.layout import sections

    assert qualified_key("what to expect in february", sections(), True) == "what to expect"


_ROSTER = """# 关于公布2025年第二批数据安全管理认证获证组织名单的公告

根据《中华人民共和国数据安全法》和《数据安全管理认证实施规则》，现将2025年第二批获得数据安全管理认证证书的组织名单予以公布。

| 序号 | 获证组织 | 证书编号 |
|---|---|---|
| 1 | 示例数据服务有限公司 | EX-DS-2025-0201 |
| 2 | 示例云计算有限公司 | EX-DS-2025-0202 |

获证组织应持续符合认证要求，对不再符合认证要求的，依规暂停或者撤销认证证书。

特此公告。

示例数据安全认证服务中心

2025年8月20日
"""


def test_a_notice_publishing_a_list_of_certified_organisations_makes_no_rule() -> None:
    _, devs = ingest(_ROSTER, "gonggao.md")
    assert [(d.date, d.kind, d.authorities) for d in devs] == [
        ("2025-08-20", "other", ["示例数据安全认证服务中心"])
    ]
    assert all(i.stage == "other" for i in devs[0].instruments)
    assert devs[0].title not in [i.name for i in devs[0].instruments]


def test_a_summons_is_enforcement() -> None:
    text = """# China Data Monitor

## Key actions

3 November 2025 – The Shanghai Municipal Internet Information Office summoned three short-video platforms over minors' accounts opened without guardians' consent, under the Provisions on the Cyber Protection of Children's Personal Information. All were ordered to rectify within 15 days.

5 November 2025 – The Zhejiang Provincial Internet Information Office fined a travel app RMB 300,000 for selling booking records.
"""
    _, devs = ingest(text, "monitor.md")
    assert [d.kind for d in devs][:1] == ["enforcement"]
