# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout7 causes about a page's own date and publisher, each fixed by a rule for any
publisher and tested here on documents of other wordings and formats than the blind set's:

- the page's date is a field of its metadata line ("更新日期：2025-08-20", "某律所 · 2025年9月3日
  · 阅读约6分钟", "Compiled by … | 14 November 2025 | 4 min read"), so paragraphs dated "7月30日",
  "本月8日", "上月15日" resolve against it;
- "我办"/"我局" is the body a 来源 field names in full, not the title's short form;
- "《…》五问五答" is one Q&A article, dated by its byline, not by the event it explains;
- a year's 大事记 published in its last weeks keeps "1月1日" in that year.

Each has a control: the near miss that stays as it was.
"""

from __future__ import annotations

from piplkit.track import authorities, dates, ingest

ENFORCEMENT_PAGE = """<html><body><div class="main">
<h1>杭州市网信办通报近期网络数据安全执法案例</h1>
<p>信息来源：杭州市互联网信息办公室 | 更新日期：2025-08-20 | 字体：大 中 小</p>
<p>7月30日，我办对杭州某网络科技有限公司未履行数据安全保护义务的行为立案调查。经查，该公司数据库未设置访问控制，我办依法给予警告，并责令限期改正。</p>
<p>本月8日，我办对某直播平台运营公司作出行政处罚决定。该公司超范围收集用户通讯录信息，被处罚款5万元。</p>
<p>上月15日，我办对某外卖平台商户管理系统泄露骑手身份证信息的行为立案调查，目前案件正在办理中。</p>
</div></body></html>"""


def test_labelled_page_date_resolves_the_paragraphs_dates() -> None:
    doc, devs = ingest(ENFORCEMENT_PAGE, "page.html")
    assert doc.published == "2025-08-20"
    assert [d.date for d in devs] == ["2025-07-30", "2025-08-08", "2025-07-15"]


def test_we_means_the_body_the_source_field_names_in_full() -> None:
    _, devs = ingest(ENFORCEMENT_PAGE, "page.html")
    assert [d.authorities for d in devs] == [["杭州市互联网信息办公室"]] * 3


def test_masthead_prefers_the_source_field_and_skips_a_newspaper() -> None:
    lines = ["南京市市场监管局发布消费领域执法案例", "来源：南京市市场监督管理局　浏览次数：12"]
    assert authorities.masthead_body(lines) == "南京市市场监督管理局"
    # control: a 来源 that is no public body (a newspaper) leaves the title's body
    assert (
        authorities.masthead_body(["南京市市场监管局发布消费领域执法案例", "来源：某某日报"])
        == "南京市市场监管局"
    )


def test_date_as_a_field_of_a_byline() -> None:
    for line, iso in [
        ("某咨询公司 合规研究部 · 2025年8月20日 · 约5分钟", "2025-08-20"),
        ("Compiled by the Regional Privacy Desk | 14 November 2025 | 4 min read", "2025-11-14"),
        ("更新时间：2025-08-20 09:30 浏览量：88", "2025-08-20"),
        ("示例研究中心\u30002025年9月26日", "2025-09-26"),
    ]:
        found = dates.field_date(line)
        assert found is not None and dates.as_date(found, None) is not None
        assert str(dates.as_date(found, None)) == iso
    # controls: an event's date inside a sentence is no field of a metadata line
    assert dates.field_date("近日，国家网信办于2025年8月1日发布通知。") is None
    assert dates.field_date("The CAC released the rules on 1 August 2025.") is None


BRIEF_MD = """# Asia Data Brief — Issue 41

Compiled by the Regional Privacy Desk | 14 November 2025 | 4 min read

On 3 November, the CAC issued the Measures on Network Data Labelling, effective 1 March 2026.

On 6 November, the Shanghai Municipal Public Security Bureau fined a logistics company RMB 100,000 for leaking waybill data.
"""


def test_long_byline_with_a_date_field_is_no_item() -> None:
    doc, devs = ingest(BRIEF_MD, "brief.md")
    assert doc.published == "2025-11-14"
    assert [d.date for d in devs] == ["2025-11-03", "2025-11-06"]


#: control: a one-line headline with an action and its date set off by "|" is still an item
HEADLINE_MD = """# Asia Data Brief — Issue 42

Compiled by the Regional Privacy Desk | 21 November 2025 | 3 min read

CAC fines a ride-hailing app | 18 November 2025

The Cyberspace Administration of China fined a ride-hailing app RMB 500,000 for collecting location data without consent.
"""


def test_headline_with_a_date_field_stays_an_item() -> None:
    _, devs = ingest(HEADLINE_MD, "brief.md")
    assert len(devs) == 1 and devs[0].penalty_cny == 500000


QA_MD = """# 《数据出境安全评估办法》修订五问五答

某律师事务所 跨境数据团队 · 2025年9月3日 · 阅读约6分钟

8月29日，国家互联网信息办公室公布修订后的《数据出境安全评估办法》，自2025年11月1日起施行。我们就客户最关心的五个问题作出解答。

## 一问：哪些数据处理者仍需申报安全评估？

答：依据《中华人民共和国数据安全法》第三十一条，重要数据出境仍需申报。

## 二问：评估结果有效期是否变化？

答：有效期由2年延长为3年。
"""


def test_numbered_questions_and_answers_are_one_article_dated_by_its_byline() -> None:
    _, devs = ingest(QA_MD, "qa.md")
    assert len(devs) == 1
    dev = devs[0]
    assert dev.title == "《数据出境安全评估办法》修订五问五答"
    assert dev.date == "2025-09-03"
    assert (
        dev.instruments[0].name,
        dev.instruments[0].stage,
        dev.instruments[0].effective_date,
    ) == (
        "数据出境安全评估办法",
        "adopted",
        "2025-11-01",
    )


REVIEW_MD = """# 2025年数据合规大事记

示例研究院\u30002025年12月30日

- 1月1日，《网络数据安全管理条例》正式施行。
- 3月14日，国家互联网信息办公室公布《人工智能生成合成内容标识办法》，自2025年9月1日起施行。
- 12月1日，国家互联网信息办公室公布《个人信息出境认证办法》，自2026年1月1日起施行。
"""


def test_year_review_keeps_january_in_its_year() -> None:
    doc, devs = ingest(REVIEW_MD, "review.md")
    assert doc.published == "2025-12-30"
    assert [d.date for d in devs] == ["2025-01-01", "2025-03-14", "2025-12-01"]


#: control: a monthly issue of late December keeps "1月1日" as the coming date of effect
MONTHLY_MD = """# 数据合规月报（2025年12月）

示例研究院\u30002025年12月30日

- 12月26日，国家互联网信息办公室公布《网络数据标注安全规定》，1月1日起施行。
"""


def test_monthly_issue_keeps_next_january() -> None:
    _, devs = ingest(MONTHLY_MD, "monthly.md")
    assert [(i.name, i.stage, i.effective_date) for i in devs[0].instruments] == [
        ("网络数据标注安全规定", "adopted", "2026-01-01")
    ]
