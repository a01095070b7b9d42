# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout8's chat digest and judgment summary (issue 16, branch fix16m): a chat export's
sender lines ("昵称 MM-DD HH:MM", "Name 2025-11-03 9:41 AM") are no headlines and end the
message above; a summary of one judgment (one case-number line under its title) is one
development, its Facts/Holding parts no items. Each document is written in another style than
the blind one; each test has a control."""

from __future__ import annotations

from piplkit.track import ingest

#: an English Slack-style export, sender and time above each message, chatter between reports
SLACK = """Privacy team channel — weekly export

Grace Hopper 2025-11-03 9:41 AM
On 3 November 2025, the Cyberspace Administration of China released draft Measures on the Security of Personal Information in Smart Home Devices for public comment.

Ada King 2025-11-03 9:45 AM
Thanks, will read tonight.

Alan Turing 2025-11-04 2:10 PM
On 4 November 2025, the Ministry of Industry and Information Technology ordered 9 apps to fix excessive permission requests within 10 working days.

Joan Clarke 2025-11-04 2:12 PM
+1
"""


def test_chat_sender_lines_are_no_headlines_and_chatter_is_no_item() -> None:
    _, devs = ingest(SLACK, "export.txt")
    assert [d.title[:45] for d in devs] == [
        "On 3 November 2025, the Cyberspace Administra",
        "On 4 November 2025, the Ministry of Industry ",
    ]


def test_sender_line_shapes_and_controls() -> None:
    from piplkit.track.chatlines import sender_line  # (here: the module is new on this branch)

    assert sender_line("王经理　11-17 09:20")
    assert sender_line("[2025-11-03 09:41] Grace:")
    # controls: a labelled metadata line, an agenda line, a date and time alone, a sentence
    assert not sender_line("Date: 3 May 2024")
    assert not sender_line("Meeting at 10:30")
    assert not sender_line("2025-11-17 09:12")
    assert not sender_line("会议于11月17日 09:12开始。")


#: control: a dated-paragraph digest without sender lines splits as before
DIGEST = """Weekly digest

On 3 November 2025, the Cyberspace Administration of China released draft Measures on the Security of Personal Information in Smart Home Devices for public comment.

On 4 November 2025, the Ministry of Industry and Information Technology ordered 9 apps to fix excessive permission requests within 10 working days.
"""


def test_control_a_digest_without_sender_lines() -> None:
    _, devs = ingest(DIGEST, "digest.txt")
    assert len(devs) == 2


#: a Chinese case report with its own part headings (基本案情/裁判结果/典型意义)
CASE = """# 王某诉某科技公司个人信息保护纠纷案

审理法院：杭州互联网法院
案号：（2025）浙0192民初1234号
裁判日期：2025年9月8日

## 基本案情

王某使用某科技公司的健身App时，App在未单独取得同意的情况下收集其健康数据并提供给第三方广告商。

## 裁判结果

2025年9月8日，杭州互联网法院判决某科技公司停止向第三方提供王某的健康数据，删除已提供的信息，并赔偿王某损失5000元。

## 典型意义

本案明确了处理敏感个人信息须取得个人的单独同意。
"""


def test_one_judgment_summary_is_one_development() -> None:
    _, devs = ingest(CASE, "case.md")
    assert [d.title for d in devs] == ["王某诉某科技公司个人信息保护纠纷案"]


#: control: a release of typical cases (a case number under each case) keeps one item a case
CASES = """# 个人信息保护典型案例

## 一、王某诉某科技公司个人信息保护纠纷案

（2025）浙0192民初1234号

2025年9月8日，杭州互联网法院判决某科技公司停止向第三方提供王某的健康数据，并赔偿王某损失5000元。

## 二、李某诉某物业公司人脸信息侵权纠纷案

（2025）粤0192民初5678号

2025年9月15日，广州互联网法院判决某物业公司删除李某的人脸信息，并赔偿李某损失3000元。
"""


def test_control_a_release_of_cases_keeps_one_item_a_case() -> None:
    _, devs = ingest(CASES, "cases.md")
    assert len(devs) == 2
