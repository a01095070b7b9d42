# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""Causes found by the sixth held-out set (heldout6) that branch fix16h fixes, each by a rule for
any publisher: fact lists under a case heading, bylines with a posted date and WeChat originality
marks, a WeChat page's publication time, "01｜" heading numbers, an association's member news, an
association standard project, a radar's tag lines, PDF links in two columns and wrapped source
URLs, and a regulator speaking of itself as "我局". Each test has a control that the rule leaves
alone. (The causes branch fix16g fixes are tested in test_blind6_causes.py.)"""

from __future__ import annotations

from piplkit.track import ingest
from piplkit.track.authorities import extract as extract_authorities
from piplkit.track.blocktext import list_marker
from piplkit.track.kinds import classify
from piplkit.track.layout import boilerplate
from piplkit.track.model import Block
from piplkit.track.read_binary import _lines
from piplkit.track.read_html import html_document
from piplkit.track.roles import source_entry

FACT_SHEET = """# Enforcement Fact Sheet — May 2025

**Example Consultancy · published 30 May 2025**

## Cases

### 1. Travel app fined for selling booking histories

- **Date:** 6 May 2025
- **Regulator:** Jiangsu Provincial Communications Administration
- **Law applied:** Personal Information Protection Law, Article 23
- **Penalty:** RMB 300,000 on the company; RMB 30,000 on the person directly in charge
- **Maximum penalty:** RMB 1,000,000
- **Status:** final

The app sold the booking histories of its users to advertisers without their consent.

### 2. Court orders a fitness app to delete face data

- **Date:** 19 May 2025
- **Court:** Suzhou Intermediate People's Court
- **Brought by:** Suzhou People's Procuratorate
- **Law applied:** Personal Information Protection Law
- **Outcome:** deletion of the data and a public apology

The app kept the face images of former members after they closed their accounts.
"""


def test_a_fact_list_under_a_case_heading_gives_the_case_its_facts() -> None:
    _, devs = ingest(FACT_SHEET, "facts.md")
    assert [d.title for d in devs] == [
        "Travel app fined for selling booking histories",
        "Court orders a fitness app to delete face data",
    ]
    first, second = devs
    assert first.date == "2025-05-06" and second.date == "2025-05-19"
    assert first.authorities == ["Jiangsu Provincial Communications Administration"]
    assert [(m.name, m.stage) for m in first.instruments] == [
        ("Personal Information Protection Law", "other")
    ]
    assert first.penalty_cny == 330_000  # both fines of the Penalty line; the maximum is no fine
    assert first.kind == "enforcement"
    assert first.summary.startswith("The app sold the booking histories")
    assert set(second.authorities) == {
        "Suzhou Intermediate People's Court",
        "Suzhou People's Procuratorate",
    }
    assert second.kind == "judicial" and second.penalty_cny is None


def test_a_bold_run_in_headline_in_a_list_still_heads_its_entry() -> None:
    text = "# Weekly\n\n## Enforcement\n\n- **CAC fines a car maker over location data:** On 3 May 2025, the CAC fined a car maker RMB 500,000 for exporting location data.\n- **MIIT names 20 apps for excessive permissions:** On 5 May 2025, MIIT named 20 apps that asked for permissions they did not need.\n"
    _, devs = ingest(text, "weekly.md")
    assert [d.title for d in devs] == [
        "CAC fines a car maker over location data",
        "MIIT names 20 apps for excessive permissions",
    ]


def test_two_labelled_points_under_a_heading_are_not_a_fact_list() -> None:
    # three labelled entries make a fact list; two stay what they were (points of the item)
    text = "# Update\n\n## Legislation\n\n### CAC issues rules on data labelling\n\nOn 3 May 2025, the CAC issued the Measures for Data Labelling.\n\n- Scope: all labelling providers\n- Effective: 1 September 2025\n"
    _, devs = ingest(text, "update.md")
    assert [d.title for d in devs] == ["CAC issues rules on data labelling"]
    assert devs[0].date == "2025-05-03"


def test_bylines_with_a_posted_date_and_wechat_originality_marks_are_bylines() -> None:
    assert (
        boilerplate("By Anna Lee and Zhang Wei, Data Protection Group — posted 5 November 2025")
        == "authors"
    )
    assert boilerplate("原创 数据合规观察编辑部") == "authors"
    assert boilerplate("原创：张三") == "authors"
    # controls: a sentence that opens with "By" and a date, a headline that opens with 原创
    assert (
        boilerplate("By 1 March 2026 operators must file reports, the CAC said on 5 November 2025")
        is None
    )
    assert boilerplate("原创内容保护新规发布") is None
    alert = "Client Alert: October in review\n\nClient Alert | 3 November 2025\n\nBy Anna Lee and Zhang Wei, Data Protection Group — posted 5 November 2025\n\nOctober brought two new rules.\n\nCAC publishes certification measures\n\nOn 17 October 2025, the CAC published the Measures for the Certification of Personal Information Outbound Transfers.\n"
    _, devs = ingest(alert, "alert.txt")
    assert [d.title for d in devs] == ["CAC publishes certification measures"]


WECHAT = """<html><head><title>数据合规双周观察</title></head><body>
<h1>数据合规双周观察</h1>
<div><span>数据合规观察</span> <em id="publish_time">2025年9月19日 09:30</em></div>
<div class="rich_media_content">
<p>原创 数据合规观察编辑部</p>
<h3>01｜《人工智能生成合成内容标识办法》正式施行</h3>
<p>本月1日，国家互联网信息办公室等四部门联合制定的《人工智能生成合成内容标识办法》正式施行，要求服务提供者对生成合成内容添加标识。</p>
<h3>02｜上海通报违规应用人脸识别技术案件</h3>
<p>8月28日，上海市互联网信息办公室通报查处3起违规应用人脸识别技术案件，一家商场运营企业被处以罚款5万元。</p>
</div></body></html>"""


def test_a_wechat_posts_publish_time_dates_the_post_and_its_numbers_leave_the_titles() -> None:
    _, devs = ingest(WECHAT, "post.html")
    assert [d.title for d in devs] == [
        "《人工智能生成合成内容标识办法》正式施行",
        "上海通报违规应用人脸识别技术案件",
    ]
    assert [d.date for d in devs] == ["2025-09-01", "2025-08-28"]
    assert not any("原创" in d.title for d in devs)


def test_a_date_meta_tag_still_wins_over_a_publish_time_element() -> None:
    page = WECHAT.replace("<head>", '<head><meta name="publishdate" content="2024-09-19">')
    assert html_document(page).meta["date"] == "2024-09-19"
    assert html_document(WECHAT).meta["date"] == "2025年9月19日 09:30"


def test_heading_numbers_with_a_full_width_bar() -> None:
    assert list_marker("01｜标识办法施行") == (1, "num", "标识办法施行")
    assert list_marker("12 ｜某案") == (12, "num", "某案")
    assert list_marker("2025｜年度回顾")[1] is None  # a year is no number


JIANXUN = """数据合规工作简讯（2025年第6期）

示例互联网行业协会秘书处 2025年11月28日

行业动态

协会批准《App个人信息收集使用合规评估规范》团体标准立项

11月6日，协会标准工作委员会批准《App个人信息收集使用合规评估规范》团体标准立项，计划于2026年6月前完成编制。

会员动态

11月12日，协会在杭州举办数据合规官培训班，120余名会员单位代表参加。

11月26日，协会秘书处走访5家会员单位，了解个人信息保护合规审计开展情况。
"""


def test_member_news_is_no_development_and_a_standard_project_is_an_industry_plan() -> None:
    _, devs = ingest(JIANXUN, "jianxun.txt")
    assert [d.title for d in devs] == ["协会批准《App个人信息收集使用合规评估规范》团体标准立项"]
    (dev,) = devs
    assert [(m.name, m.stage) for m in dev.instruments] == [
        ("App个人信息收集使用合规评估规范", "plan")
    ]
    assert dev.kind == "industry"


def test_a_national_standard_is_still_legislation() -> None:
    assert (
        classify("国家标准化管理委员会发布《数据安全技术 数据分类分级规则》国家标准", "", None)
        == "legislation"
    )


RADAR = """PRIVACY RADAR | Week 49, 2025 | 1-5 December 2025

>> CHINA

[ENF] 02 Dec | Zhejiang Provincial Communications Administration
Zhejiang regulator fines an e-commerce app RMB 300,000 over SDK data sharing
The Zhejiang Provincial Communications Administration fined the operator of an e-commerce app RMB 300,000 for sharing device identifiers with third-party SDKs without consent.
Risk: HIGH

[JUD] 03 Dec | Shanghai Financial Court
Shanghai Financial Court holds a bank liable for leaking account data
The Shanghai Financial Court held that a bank which let an employee sell a client's account records had failed its duty of care.
Risk: MEDIUM
"""


def test_a_radar_tag_line_dates_the_entry_under_it() -> None:
    _, devs = ingest(RADAR, "radar.txt")
    assert [d.title for d in devs] == [
        "Zhejiang regulator fines an e-commerce app RMB 300,000 over SDK data sharing",
        "Shanghai Financial Court holds a bank liable for leaking account data",
    ]
    assert [d.date for d in devs] == ["2025-12-02", "2025-12-03"]


def test_a_bracketed_tag_without_a_date_dates_nothing() -> None:
    text = RADAR.replace("[ENF] 02 Dec |", "[ENF] Fines |").replace(
        "[JUD] 03 Dec |", "[JUD] Courts |"
    )
    _, devs = ingest(text, "radar.txt")
    assert [d.date for d in devs] == [None, None]


def test_a_pdf_link_belongs_to_the_column_it_lies_in() -> None:
    # a two-column page drawn column by column: the left column's lines from x=50, then the
    # right column's from x=310, whose baselines fall between the left column's; the link
    # annotation over the right column's first line reaches the left column's first baseline
    left_column = [
        (700.0 - 12 * i, 50.0, f"left column line {i} of the paragraph", 10.0, False)
        for i in range(4)
    ]
    right_column = [(697.0, 310.0, "1 https://www.example.org/a/outbound-c", 10.0, False)]
    link = ((695.0, 706.0, 310.0, 540.0), "https://www.example.org/a/outbound-certification")
    lines = _lines(left_column + right_column, [link], 0)
    assert [ln.links for ln in lines] == [[], [], [], [], [link[1]]]
    # control: a link inside the left column's line belongs to it, not to the right column's
    inline = ((695.0, 706.0, 120.0, 200.0), "https://x.example/y")
    lines = _lines(left_column + right_column, [inline], 0)
    assert [ln.links for ln in lines] == [["https://x.example/y"], [], [], [], []]


def test_a_source_url_cut_by_wrapping_gives_way_to_its_link() -> None:
    full = "https://www.example.org/bulletin/outbound-certification"
    block = Block("1 https://www.example.org/bulletin/outbound-c ertification", links=[full])
    assert source_entry(block, True) == (1, [full])
    # control: two different URLs of one entry are both kept
    other = Block("2 https://a.example/x and https://b.example/y", links=["https://b.example/y"])
    assert source_entry(other, True) == (2, ["https://a.example/x", "https://b.example/y"])


TONGBAO = """江苏省通信管理局
个人信息保护执法通报

江苏省通信管理局办公室 2025年11月10日

一、某科技公司违规收集用户个人信息案

2025年10月9日，我局对南京某科技有限公司作出行政处罚决定，依据《中华人民共和国个人信息保护法》对其处以罚款20万元。

二、某健康类应用程序超范围收集敏感个人信息案

2025年10月28日，我局会同江苏省互联网信息办公室对无锡某健康科技有限公司作出行政处罚决定，处以罚款30万元。
"""


def test_wo_ju_in_a_regulators_bulletin_is_the_masthead_body() -> None:
    _, devs = ingest(TONGBAO, "tongbao.txt")
    assert [d.authorities for d in devs] == [
        ["江苏省通信管理局"],
        ["江苏省通信管理局", "江苏省互联网信息办公室"],
    ]


def test_wo_ju_without_a_matching_masthead_names_nobody() -> None:
    # a law firm's newsletter quoting "我局": no body of its masthead is a 局
    text = TONGBAO.replace("江苏省通信管理局\n", "示例律师事务所\n", 1).replace(
        "江苏省通信管理局办公室 2025年11月10日", "示例律师事务所数据团队 2025年11月10日"
    )
    _, devs = ingest(text, "newsletter.txt")
    assert devs[0].authorities == []
    assert extract_authorities("我局会同江苏省互联网信息办公室开展检查", [], {}) == [
        "江苏省互联网信息办公室"
    ]


def test_a_fact_list_in_html_reads_the_same() -> None:
    page = (
        "<html><head><title>Fact sheet</title></head><body><article>"
        "<h1>Enforcement Fact Sheet — May 2025</h1>"
        "<p>Example Consultancy, published 30 May 2025. Each case lists the facts we could confirm.</p>"
        "<h2>Cases</h2><h3>1. Travel app fined for selling booking histories</h3><ul>"
        "<li><strong>Date:</strong> 6 May 2025</li>"
        "<li><strong>Regulator:</strong> Jiangsu Provincial Communications Administration</li>"
        "<li><strong>Law applied:</strong> Personal Information Protection Law, Article 23</li>"
        "<li><strong>Penalty:</strong> RMB 300,000</li>"
        "<li><strong>Maximum penalty:</strong> RMB 1,000,000</li></ul>"
        "<p>The app sold the booking histories of its users to advertisers without their consent, the regulator found.</p>"
        "<h3>2. Court orders a fitness app to delete face data</h3><ul>"
        "<li><strong>Date:</strong> 19 May 2025</li>"
        "<li><strong>Court:</strong> Suzhou Intermediate People's Court</li>"
        "<li><strong>Law applied:</strong> Personal Information Protection Law</li></ul>"
        "<p>The app kept the face images of former members after they closed their accounts, the court held.</p>"
        "</article></body></html>"
    )
    _, devs = ingest(page, "facts.html")
    assert [(d.title, d.date, d.penalty_cny) for d in devs] == [
        ("Travel app fined for selling booking histories", "2025-05-06", 300_000),
        ("Court orders a fitness app to delete face data", "2025-05-19", None),
    ]
    assert devs[0].authorities == ["Jiangsu Provincial Communications Administration"]
