# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout8's list pages and release notes (issue 16, branch fix16m): a list entry whose linked
title stands above its teaser paragraph is headlined by that title (its link the source); a
page's heading over only its publication line is the page's title; a heading that reports
nothing over list entries that each report a development names a part, each entry an item.
Each document is written in another style than the blind one; each test has a control."""

from __future__ import annotations

from piplkit.track import ingest

#: a provincial bureau's 新闻发布 list, the date before the link and the teaser in a <div>
ZH_LIST = """<html><head><title>新闻发布_某省通信管理局（示例）</title></head>
<body>
<nav><a href="https://tx.example.gov.cn/">首页</a> | <a href="https://tx.example.gov.cn/xwfb/">新闻发布</a> | <a href="https://tx.example.gov.cn/zwgk/">政务公开</a></nav>
<div class="main">
<h2>新闻发布</h2>
<p>发布时间：2025-09-30</p>
<ul class="list">
<li><em>2025-09-26</em> <a href="https://tx.example.gov.cn/xwfb/2025/09/26/a1.html">某省通信管理局通报8款侵害用户权益的App</a>
<div>9月25日，某省通信管理局通报8款存在违规收集个人信息、强制索取权限等问题的App，要求其在10个工作日内完成整改。</div></li>
<li><em>2025-09-12</em> <a href="https://tx.example.gov.cn/xwfb/2025/09/12/a2.html">某省通信管理局发布《移动应用个人信息保护合规指引》</a>
<div>9月12日，某省通信管理局发布《移动应用个人信息保护合规指引》，自发布之日起施行。</div></li>
</ul>
</div>
<footer>主办单位：某省通信管理局（示例）</footer>
</body></html>
"""


def test_a_list_entrys_linked_title_heads_its_teaser() -> None:
    _, devs = ingest(ZH_LIST, "xwfb.html")
    assert [(d.title, d.sources) for d in devs] == [
        (
            "某省通信管理局通报8款侵害用户权益的App",
            ["https://tx.example.gov.cn/xwfb/2025/09/26/a1.html"],
        ),
        (
            "某省通信管理局发布《移动应用个人信息保护合规指引》",
            ["https://tx.example.gov.cn/xwfb/2025/09/12/a2.html"],
        ),
    ]
    assert [d.date for d in devs] == ["2025-09-25", "2025-09-12"]


#: control: entries that are paragraphs only (no linked title) are titled by their first sentence
BARE_LIST = """<html><body><main>
<h1>Enforcement digest</h1>
<ul>
<li><p>On 4 June 2025, the Cyberspace Administration of China fined a video platform RMB 300,000 for collecting face data without consent.</p></li>
<li><p>On 9 June 2025, the Ministry of Industry and Information Technology ordered 15 apps to stop asking for permissions again after users refused them.</p></li>
</ul>
</main></body></html>
"""


def test_control_list_entries_without_a_linked_title_keep_their_first_sentence() -> None:
    _, devs = ingest(BARE_LIST, "digest.html")
    assert [d.title[:40] for d in devs] == [
        "On 4 June 2025, the Cyberspace Administr",
        "On 9 June 2025, the Ministry of Industry",
    ]


def test_control_a_short_more_link_is_no_headline() -> None:
    more = BARE_LIST.replace(
        "<li><p>On 4 June", '<li><a href="https://x.example.org/1">More</a><p>On 4 June'
    )
    _, devs = ingest(more, "digest.html")
    assert devs[0].title.startswith("On 4 June 2025, the Cyberspace")


#: a vendor's changelog in another wording: "Law updates" over bullets that each report one
CHANGELOG = """# ComplyDesk changelog

## v3.4 (2 December 2025)

### Law updates

- Imported the Measures for Personal Information Protection Compliance Audits, issued by the CAC on 12 February 2025 and in force from 1 May 2025, into the audit templates.
- Refreshed the minors module after the MIIT released draft Guidelines on Mobile Internet Services for Minors for comment on 20 November 2025.

### Bug fixes

- Fixed the export of audit templates to spreadsheets.
"""


def test_a_heading_over_reports_names_a_part_and_each_entry_is_an_item() -> None:
    _, devs = ingest(CHANGELOG, "changelog.md")
    assert [d.title[:40] for d in devs] == [
        "Imported the Measures for Personal Infor",
        "Refreshed the minors module after the MI",
    ]


#: control: a headline over bullets that are its points (not each a report) keeps them as body
SLIDES = """# Briefing deck

## CAC issues compliance audit measures

- The CAC issued the Measures on 12 February 2025.
- Audits every two years for large handlers.
- Handlers may use professional bodies.
"""


def test_control_a_headline_over_its_points_stays_one_item() -> None:
    _, devs = ingest(SLIDES, "deck.md")
    assert [d.title for d in devs] == ["CAC issues compliance audit measures"]


#: a city bureau's 工作动态 page: the site's 主办单位 footer names the body that "我局" means
BUREAU = """<html><head><title>工作动态_某市市场监督管理局（示例）</title></head>
<body>
<nav><a href="https://scjg.example.gov.cn/">首页</a> | <a href="https://scjg.example.gov.cn/gzdt/">工作动态</a> | <a href="https://scjg.example.gov.cn/zwgk/">政务公开</a></nav>
<div class="content">
<h1>工作动态</h1>
<h3>南京市市场监管局查处一起违法使用消费者个人信息案</h3>
<p>10月14日，我局依据《中华人民共和国消费者权益保护法》，对某健身公司未经同意使用会员个人信息发送营销短信的行为作出罚款5万元的行政处罚。</p>
<h3>江苏省通信管理局通报6款违规收集个人信息的App</h3>
<p>10月9日，江苏省通信管理局通报6款违规收集个人信息的App，要求其限期整改。</p>
</div>
<footer><p>主办单位：南京市市场监督管理局（示例）　地址：某某路1号</p></footer>
</body></html>
"""


def test_a_sites_sponsor_is_the_body_we_speaks_of_and_its_short_name_is_one_body() -> None:
    _, devs = ingest(BUREAU, "gzdt.html")
    assert [d.authorities for d in devs] == [["南京市市场监督管理局"], ["江苏省通信管理局"]]


def test_a_changelog_entrys_opening_verb_is_no_part_of_an_instruments_name() -> None:
    from piplkit.track.instruments import find_titles

    names = [f.name for f in find_titles("Refreshed Data Security Law checks for the new rules.")]
    assert names == ["Data Security Law"]
    # control: a title that opens with a capitalised word of its own keeps it
    names = [f.name for f in find_titles("Cybersecurity Law amendments were adopted.")]
    assert names == ["Cybersecurity Law"]
