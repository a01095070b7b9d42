# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout7's one-line headlines and numbered posts (issue 16, branch fix16k): a 速递 writes
each item as a headline that closes with its date over a 解读 paragraph; a social-media post
numbers its points with keycap digits under a line that points to them and dates them by
weekday. Each test's document is written in another style than the blind document that showed
the cause, and each has a control that must stay as it was."""

from __future__ import annotations

import datetime as dt

from piplkit.track import ingest
from piplkit.track.blocktext import dash_lead, list_marker
from piplkit.track.dates import event_date
from piplkit.track.notice import issuer_date_line

#: a 周报 with "▶" headlines that close with an ISO date and a 点评 paragraph under each; the
#: headlines are long enough that a hard-wrap reader would join the 点评 line to them
ZHOUBAO = """个人信息保护周报（第48期）

某研究院数据治理中心　2025年12月5日

▶ 工业和信息化部、国家互联网信息办公室联合印发《移动互联网应用程序权限管理规定》 2025-12-01
点评：《移动互联网应用程序权限管理规定》自2026年3月1日起施行，对App反复索取权限作出限制，企业应尽快梳理权限申请流程。

▶ 广东省通信管理局通报12款违规调用权限的App并责令限期整改 2025-12-03
点评：被通报App应于12月20日前完成整改，逾期未整改的将依法处置。
"""


def test_a_headline_that_closes_with_its_date_heads_the_comment_under_it() -> None:
    _, devs = ingest(ZHOUBAO, "zhoubao.txt")
    assert [(d.title, d.date) for d in devs] == [
        (
            "工业和信息化部、国家互联网信息办公室联合印发《移动互联网应用程序权限管理规定》",
            "2025-12-01",
        ),
        ("广东省通信管理局通报12款违规调用权限的App并责令限期整改", "2025-12-03"),
    ]
    # the headline reports what the 点评 only comments on: its bodies and its instrument, with
    # the date of effect the 点评 gives
    assert devs[0].authorities == ["MIIT", "CAC"]
    assert [(i.name, i.stage, i.effective_date) for i in devs[0].instruments] == [
        ("移动互联网应用程序权限管理规定", "adopted", "2026-03-01")
    ]
    assert devs[1].authorities == ["广东省通信管理局"]


def test_a_signature_line_is_an_issuer_and_a_date_and_nothing_else() -> None:
    assert issuer_date_line("江苏省互联网信息办公室 2025年10月15日")  # control: a signature
    assert not issuer_date_line("国家网信办公布《数据出境安全评估办法》 2025年10月15日")
    assert not issuer_date_line("工业和信息化部通报12款App 2025年10月15日")


def test_a_date_that_is_part_of_the_headlines_sentence_stays_in_the_title() -> None:
    # controls: "on 3 December 2025" and "于2025年12月3日" are the sentence's own words
    text = """# Privacy notes

## CAC publishes app rules on 3 December 2025

The rules cover permission requests.

## 广东省通信管理局于2025年12月3日通报12款App

通报要求相关企业限期整改。
"""
    _, devs = ingest(text, "notes.md")
    assert [d.title for d in devs] == [
        "CAC publishes app rules on 3 December 2025",
        "广东省通信管理局于2025年12月3日通报12款App",
    ]


#: a WeChat-style thread: keycap points under a Chinese line that points to them, dated by 周X
THREAD = """数据合规一周观察（2025年12月1日—5日）

本周值得关注的三件事如下：

1️⃣ 国家互联网信息办公室周二发布《个人信息保护合规审计指引》，明确审计机构的资质要求和审计报告的内容。

2️⃣ 上海市通信管理局周四通报8款App超范围收集个人信息，要求其在15个工作日内完成整改。

3️⃣ 北京互联网法院周五宣判一起人脸信息纠纷案，判令被告删除原告的人脸信息。
"""


def test_keycap_points_under_a_pointing_line_are_items_dated_by_weekday() -> None:
    assert list_marker("2️⃣ The CAC fined an app.") == (2, "num", "The CAC fined an app.")
    _, devs = ingest(THREAD, "thread.txt")
    assert [d.date for d in devs] == ["2025-12-02", "2025-12-04", "2025-12-05"]
    assert devs[0].title.startswith("国家互联网信息办公室周二发布")


def test_a_weekday_is_the_day_of_the_documents_week() -> None:
    friday = dt.date(2025, 12, 5)
    assert event_date("", "MIIT named 12 apps on Tuesday.", friday) is None  # no weekday rule
    from piplkit.track import ingest as run

    post = """Privacy week in review (1-5 December 2025)

Here is what happened:

- The CAC published the Guidelines for Personal Information Protection Compliance Audits on Tuesday, and they took effect on the day of publication.
- MIIT named 12 apps that asked for permissions again after refusals on Thursday. Comments on its draft rules close 5 January 2026.
"""
    _, devs = run(post, "week.txt")
    assert [d.date for d in devs] == ["2025-12-02", "2025-12-04"]
    assert [(i.name, i.stage, i.effective_date) for i in devs[0].instruments] == [
        (
            "Guidelines for Personal Information Protection Compliance Audits",
            "in_force",
            "2025-12-02",
        )
    ]
    # control: "every Monday" names no day
    weekly = post.replace("on Thursday", "every Monday")
    _, devs = run(weekly, "week2.txt")
    assert devs[1].date is None


def test_a_dash_inside_a_standards_name_makes_no_headline() -> None:
    text = "MIIT issued the Information Security Technology — Security Requirements for Connected Vehicle Data (Draft) on Tuesday. Comments are welcome."
    assert dash_lead(text) is None
    # control: a title before a dash over a sentence of its own stays a run-in headline
    assert dash_lead("Audit Measures — The CAC published the audit measures on 3 May.") == (
        "Audit Measures — "
    )
