# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""Weaknesses noticed while fixing heldout6 (branch fix16j), each fixed by a rule for any
publisher and tested on a small document of our own with a control (the near miss that must
stay as it was): a release of typical cases without a 目录 is one item per case (its title and
introduction are its preamble); a 通报 whose few plain paragraphs sit right under its title is
one development; a plain-text entry's title before a spaced dash is its run-in
headline; a date of effect in a nested point ("…; effective 1 January 2026") belongs to the
instrument the entry named above it; a log's title over two dated list entries is the
document's title, not one story's headline."""

from __future__ import annotations

import io

from piplkit.track import ingest

COURT_RELEASE_TXT = """北京互联网法院发布个人信息保护典型案例

2025年12月1日，北京互联网法院召开新闻发布会，通报个人信息保护案件审理情况。本院梳理了近年来审理的个人信息保护纠纷案件，从中选取两件典型案例，现予发布。

一、张某诉某科技公司个人信息保护纠纷案

2025年9月3日，北京互联网法院判决某科技公司删除违法收集的张某人脸信息，并赔偿张某经济损失人民币5000元。法院认为，被告未取得单独同意即处理敏感个人信息，违反《中华人民共和国个人信息保护法》第二十九条。

二、李某诉某电商平台隐私权纠纷案

2025年10月15日，北京互联网法院判决某电商平台停止向第三方提供李某的购物记录，并赔礼道歉。法院认为，平台超出处理目的向第三方提供个人信息，违反《中华人民共和国个人信息保护法》第二十三条。
"""

REGULATOR_RELEASE_TXT = """上海市网信办发布个人信息保护执法典型案例

为进一步规范个人信息处理活动，上海市网信办梳理了近期查处的个人信息保护违法案件，现将典型案例发布如下。

1. 某外卖平台超范围收集个人信息案

2025年8月12日，上海市网信办依据《中华人民共和国个人信息保护法》对某外卖平台作出罚款人民币50万元的行政处罚。

2. 某健身房未经同意采集人脸信息案

2025年9月20日，上海市网信办对某健身房作出警告并责令删除人脸信息的行政处罚。
"""


def test_court_release_without_contents_is_one_item_per_case() -> None:
    doc, devs = ingest(COURT_RELEASE_TXT, "release.txt")
    assert [d.title for d in devs] == ["张某诉某科技公司个人信息保护纠纷案", "李某诉某电商平台隐私权纠纷案"]
    assert [d.date for d in devs] == ["2025-09-03", "2025-10-15"]
    assert any(s.text.startswith("北京互联网法院发布") for s in doc.skipped)


def test_regulator_release_without_contents_is_one_item_per_case() -> None:
    _, devs = ingest(REGULATOR_RELEASE_TXT, "release.txt")
    assert [d.title for d in devs] == ["某外卖平台超范围收集个人信息案", "某健身房未经同意采集人脸信息案"]
    assert devs[0].penalty_cny == 500000


COURT_RELEASE_MD = """# 北京互联网法院发布个人信息保护典型案例

本院梳理了近年来审理的个人信息保护纠纷案件，从中选取两件典型案例，现予发布。

## 案例一 张某诉某科技公司个人信息保护纠纷案

【基本案情】2025年9月3日，北京互联网法院判决某科技公司删除违法收集的张某人脸信息，并赔偿张某经济损失人民币5000元。

【典型意义】本案明确了处理敏感个人信息应取得单独同意。

## 案例二 李某诉某电商平台隐私权纠纷案

【基本案情】2025年10月15日，北京互联网法院判决某电商平台停止向第三方提供李某的购物记录，并赔礼道歉。

【典型意义】本案明确了向第三方提供个人信息的边界。
"""


def test_release_cases_under_headings_keep_their_names() -> None:
    # dated 【基本案情】 paragraphs under each case's heading: the headings are the cases' names,
    # not the names of parts in a layout of dated paragraphs
    _, devs = ingest(COURT_RELEASE_MD, "release.md")
    assert [(d.title, d.date) for d in devs] == [
        ("张某诉某科技公司个人信息保护纠纷案", "2025-09-03"),
        ("李某诉某电商平台隐私权纠纷案", "2025-10-15"),
    ]


#: the control: a court's page on one typical case is that case, headlined by the page's title
ONE_CASE_TXT = """北京互联网法院审结一起个人信息保护典型案件

2025年9月3日，北京互联网法院判决某科技公司删除违法收集的张某人脸信息，并赔偿张某经济损失人民币5000元。

法院认为，被告未取得单独同意即处理敏感个人信息，违反《中华人民共和国个人信息保护法》第二十九条。
"""


def test_page_on_one_typical_case_keeps_its_title() -> None:
    _, devs = ingest(ONE_CASE_TXT, "case.txt")
    assert [(d.title, d.date) for d in devs] == [("北京互联网法院审结一起个人信息保护典型案件", "2025-09-03")]

PLAIN_NOTICE_TXT = """关于部分App违规收集使用个人信息情况的通报

经第三方检测机构检测，12款App存在未经用户同意收集个人信息、超范围索取权限等问题。

相关App运营者应于2025年11月20日前完成整改，逾期未完成整改的将依法处置。
"""

PLAIN_NOTICE_EN_TXT = """Notice on apps that collected personal information without consent

A third-party testing agency found that 12 apps collected personal information without users' consent and requested excessive permissions.

The operators must complete rectification by 20 November 2025.

Shanghai Communications Administration
10 November 2025
"""


def test_notice_with_its_body_under_a_plain_title_is_one_development() -> None:
    _, devs = ingest(PLAIN_NOTICE_TXT, "notice.txt")
    assert [d.title for d in devs] == ["关于部分App违规收集使用个人信息情况的通报"]
    assert devs[0].kind == "enforcement"
    assert devs[0].date is None  # a rectification deadline is no event date
    _, devs = ingest(PLAIN_NOTICE_EN_TXT, "notice.txt")
    assert [(d.title, d.date) for d in devs] == [
        ("Notice on apps that collected personal information without consent", "2025-11-10")
    ]


#: the control: a 通报 whose cases are numbered headlines over their text keeps one item a case
NOTICE_CASES_TXT = """关于部分App违规收集使用个人信息情况的通报

经第三方检测机构检测，下列App存在违规收集使用个人信息问题，现将有关情况通报如下。

一、某外卖App超范围收集个人信息

2025年10月12日，上海市通信管理局检测发现某外卖App在用户拒绝后仍收集位置信息，已责令其整改。

二、某健身App未经同意共享个人信息

2025年10月20日，上海市通信管理局检测发现某健身App未经同意向第三方共享用户手机号，已责令其整改。
"""


def test_notice_with_numbered_cases_keeps_one_item_a_case() -> None:
    _, devs = ingest(NOTICE_CASES_TXT, "notice.txt")
    assert [d.title for d in devs] == ["某外卖App超范围收集个人信息", "某健身App未经同意共享个人信息"]


DASH_TXT = """Data rules changelog — November 2025

• Personal Information Protection Audit Measures — The CAC published the Measures for Personal Information Protection Audits on 5 November 2025, requiring annual audits by large processors.
• Shenzhen parking app fine — The Shenzhen Municipal Public Security Bureau fined a parking app operator RMB 80,000 on 12 November 2025 under the Data Security Law.
• Hotel facial recognition draft — On 18 November 2025 the CAC released the Rules on Facial Recognition in Hotels (Draft for Comments) for public comment.
"""


def test_plain_text_entry_title_before_a_dash_is_its_headline() -> None:
    _, devs = ingest(DASH_TXT, "log.txt")
    assert [d.title for d in devs] == [
        "Personal Information Protection Audit Measures",
        "Shenzhen parking app fine",
        "Hotel facial recognition draft",
    ]
    assert [d.date for d in devs] == ["2025-11-05", "2025-11-12", "2025-11-18"]
    assert devs[1].summary.startswith("The Shenzhen Municipal Public Security Bureau fined")
    assert devs[1].penalty_cny == 80000


#: the control: a dash that opens an aside in lower case is part of the entry's sentence
DASH_ASIDE_TXT = """Data rules changelog — November 2025

• The CAC published the Measures for Personal Information Protection Audits — its first rules on audits — on 5 November 2025.
• The Shenzhen Municipal Public Security Bureau fined a parking app operator RMB 80,000 on 12 November 2025.
"""


def test_dash_aside_in_a_sentence_is_no_headline() -> None:
    _, devs = ingest(DASH_ASIDE_TXT, "log.txt")
    assert len(devs) == 2
    # the entry is not cut at its dash: the aside stays in the entry's own text
    assert devs[0].title.startswith("The CAC published the Measures for Personal Information Protection Audits — its first rules")


def _monthly_docx(point: str) -> bytes:
    """A Word digest: a "List Bullet" entry naming an instrument over a "List Bullet 2" point,
    built with python-docx (the tracker's DOCX library)."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("Data Protection Monthly — November 2025", style="Title")
    doc.add_paragraph(
        "On 5 November 2025, the CAC published the Measures for Personal Information Protection Audits.",
        style="List Bullet",
    )
    doc.add_paragraph(point, style="List Bullet 2")
    doc.add_paragraph(
        "On 12 November 2025, the Shenzhen Municipal Public Security Bureau fined a parking app operator RMB 80,000.",
        style="List Bullet",
    )
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_nested_effective_date_belongs_to_the_instrument_named_above() -> None:
    _, devs = ingest(_monthly_docx("Issued as CAC Order No. 18; effective 1 January 2026"), "m.docx")
    assert [(i.name, i.stage, i.effective_date) for i in devs[0].instruments] == [
        ("Measures for Personal Information Protection Audits", "adopted", "2026-01-01")
    ]
    md = """# 数据合规月报 2025年11月

- 2025年11月5日，国家网信办公布《个人信息保护合规审计管理办法》。
  - 国家网信办令第18号，自2026年5月1日起施行
- 2025年11月12日，深圳市公安局对某停车App运营者罚款人民币8万元。
"""
    _, devs = ingest(md, "m.md")
    assert [(i.name, i.effective_date) for i in devs[0].instruments] == [
        ("个人信息保护合规审计管理办法", "2026-05-01")
    ]


def test_nested_point_with_a_subject_of_its_own_gives_no_date_of_effect() -> None:
    # the control: the point speaks of other rules, so the Measures' date of effect stays unknown
    _, devs = ingest(_monthly_docx("Separate rules for banks take effect on 1 January 2026"), "m.docx")
    assert [i.effective_date for i in devs[0].instruments] == [None]


LOG_TXT = """DATA RULES LOG

• 5 November 2025: The CAC published the Measures for Personal Information Protection Audits, requiring annual audits by large processors.
• 12 November 2025: The Shenzhen Municipal Public Security Bureau fined a parking app operator RMB 80,000 under the Data Security Law.
"""


def test_log_title_over_two_dated_entries_is_the_documents_title() -> None:
    _, devs = ingest(LOG_TXT, "log.txt")
    assert [d.date for d in devs] == ["2025-11-05", "2025-11-12"]
    assert "DATA RULES LOG" not in [d.title for d in devs]
    assert devs[1].kind == "enforcement" and devs[1].penalty_cny == 80000


#: the control: a story's headline over its dated paragraph and a paragraph that continues it
#: stays the one item's headline
STORY_TXT = """CAC publishes audit measures

On 5 November 2025, the CAC published the Measures for Personal Information Protection Audits.

The measures require annual audits by processors of more than ten million people's information.
"""


def test_story_headline_over_its_paragraphs_stays_one_item() -> None:
    _, devs = ingest(STORY_TXT, "story.txt")
    assert [d.title for d in devs] == ["CAC publishes audit measures"]
    assert devs[0].date == "2025-11-05"
