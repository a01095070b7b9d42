# ruff: noqa: E501
"""heldout14 (fixtrack14): the frame around a mainstream newsletter's items — a weekly's key
points and its outlook on the coming week, an internal bulletin's reminders and its masthead
line, an e-mail's greeting paragraph — reports no development.

The documents are written for these tests in other wordings and formats than the blind set's
周报 (PDF), internal bulletin (DOCX) and e-mail newsletter (text)."""

from __future__ import annotations

from piplkit.track.extract import ingest
from piplkit.track.overview import describes_document

_WEEKLY = """# 个人信息保护一周观察（第12期）

示例研究院 · 2026年3月20日

## 本周速览

- 工信部就车载数据处理指引公开征求意见。
- 某市市场监管局对一家健身房罚款8万元。

## 一、立法动态

3月16日，工业和信息化部发布《汽车数据处理安全指引（征求意见稿）》，向社会公开征求意见。

## 二、执法动态

3月18日，某市市场监督管理局对一家连锁健身房处以罚款8万元，认定其未经会员同意采集人脸信息。

## 三、下周看点

3月24日，国家网信办将举办个人信息保护合规审计培训；3月27日，上述征求意见稿的反馈期结束。
"""

_WEEK_AHEAD = """# China Privacy Weekly Update — Issue 12

Example Research · 20 March 2026

## Enforcement

On 18 March 2026, the Hangzhou Municipal Administration for Market Regulation fined a gym chain RMB 80,000 for collecting members' faces without consent.

On 19 March 2026, the Ministry of Industry and Information Technology named 21 apps that collected location data without consent.

## The week ahead

On 24 March 2026, the CAC will hold a training session on personal information protection compliance audits.
"""

_INTERNAL = """Data Protection Newsletter — March 2026

Group Legal, Example Logistics (China) Co., Ltd. · Issued 3 April 2026 · Confidential

Colleagues, below are the external developments of March and what they mean for our warehouses.

## External developments

On 12 March 2026, the Ministry of Industry and Information Technology fined a courier company RMB 300,000 for leaking recipients' addresses.

## Reminders

- Finish the annual data protection e-learning by 30 April 2026.
- The amended Cybersecurity Law applies from 1 January 2026; Legal will brief the site managers in the week of 20 April 2026.
"""

_GREETING = """PRIVACY MORNING NOTE
Monday round-up | 23 March 2026

Hello everyone! Quite a week: a draft on smart cars, a fine for a gym chain and new court guidance from the Supreme People's Court. Here is the rundown.

* On 16 March 2026, the Ministry of Industry and Information Technology published a draft guideline on processing vehicle data for comment.

* On 18 March 2026, the Hangzhou Municipal Administration for Market Regulation fined a gym chain RMB 80,000 for collecting members' faces without consent.
"""


def test_a_weekly_key_points_section_repeats_the_items() -> None:
    titles = [d.title for d in ingest(_WEEKLY, "weekly.md")[1]]
    assert len([t for t in titles if t.startswith("3月16日")]) == 1
    assert not any(t.startswith(("工信部就", "某市市场监管局")) for t in titles)


def test_an_outlook_on_the_coming_week_is_no_development_though_it_opens_with_a_date() -> None:
    titles = [d.title for d in ingest(_WEEKLY, "weekly.md")[1]]
    assert len(titles) == 2
    assert not any(t.startswith("3月24日") for t in titles)
    dates = [d.date for d in ingest(_WEEK_AHEAD, "week.md")[1]]
    assert dates == ["2026-03-18", "2026-03-19"]


def test_an_internal_bulletins_reminders_are_its_own_tasks() -> None:
    devs = ingest(_INTERNAL, "internal.md")[1]
    assert [d.date for d in devs] == ["2026-03-12"]
    assert not any(d.title == "Reminders" for d in devs)


def test_a_masthead_line_with_an_issued_date_is_no_headline() -> None:
    doc, devs = ingest(_INTERNAL, "internal.md")
    assert not any(d.title.startswith("Group Legal") for d in devs)
    assert doc.published == "2026-04-03"


def test_a_greeting_paragraph_previews_the_issue_and_is_no_item() -> None:
    devs = ingest(_GREETING, "note.txt")[1]
    assert [d.date for d in devs] == ["2026-03-16", "2026-03-18"]
    assert not any(d.title.startswith("Hello") for d in devs)
    assert describes_document("大家好！本周有两项新规和一起处罚，详见下文。")
    assert describes_document("Good afternoon, all. Three fines and a draft this week.")


def test_control_a_dated_greeting_or_a_report_is_not_an_introduction() -> None:
    assert not describes_document(
        "Welcome news for app makers: on 2 March 2026 the CAC withdrew the draft."
    )
    assert not describes_document(
        "On 18 March 2026, the Hangzhou Municipal Administration for Market Regulation fined a gym chain."
    )
    assert not describes_document("Highlights of the PIPL audit measures taking effect in May")


def test_control_a_key_developments_section_still_holds_items() -> None:
    """ "Key developments" is a section of items, not a summary of them."""
    text = _WEEK_AHEAD.replace("## Enforcement", "## Key developments").split("## The week")[0]
    devs = ingest(text, "week.md")[1]
    assert [d.date for d in devs] == ["2026-03-18", "2026-03-19"]
