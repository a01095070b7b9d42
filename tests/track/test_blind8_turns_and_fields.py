# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout8's transcript turns and fields (issue 16, branch fix16n): a short transcript turn is
no headline over the next speaker's report; a law's raised maximum is no fine; a standard
project approved "to draft" a standard is `plan`; an abbreviated month ("Oct. 17") ends neither
an instrument's title nor a sentence. Each document is in another style than the blind one
that showed the cause, with controls that must stay as they were."""

from __future__ import annotations

import datetime as dt

from piplkit.track import ingest
from piplkit.track.instruments import extract
from piplkit.track.penalties import penalty_cny

#: a podcast's transcript with (mm:ss) stamps and a Chinese panel's transcript with roles
PODCAST = """Data Law Weekly — Episode 112 transcript
Recorded 2 December 2025

(03:10) Host: Welcome back. First up, Shenzhen.

(03:14) Sara Lin (guest): On 28 November 2025, the Shenzhen Municipal Internet Information Office fined a ride-hailing platform RMB 600,000 for keeping passengers' trip records without a legal basis.

(07:55) Host: Great. Anything from the courts?

(08:01) Tom Wu (guest): On 25 November 2025, the Beijing Internet Court held that a dating app which shared users' photos with a partner infringed their personal information rights.
"""

PANEL = """研讨会实录：数据合规年度回顾
2025年12月3日

主持人：好的，下面请王律师介绍执法情况。

嘉宾王律师：11月20日，上海市网信办对某外卖平台罚款50万元，原因是其未经同意向商家提供用户手机号码。

主持人：谢谢。请李老师谈谈立法。

嘉宾李老师：11月28日，全国人大常委会表决通过网络安全法修正案，自2026年1月1日起施行。
"""


def test_a_short_turn_is_no_headline_over_the_next_speakers_report() -> None:
    _, devs = ingest(PODCAST, "podcast.txt")
    assert [d.date for d in devs] == ["2025-11-28", "2025-11-25"]
    assert all("Host" not in d.title for d in devs)
    _, devs = ingest(PANEL, "panel.txt")
    assert [d.date for d in devs] == ["2025-11-20", "2025-11-28"]
    assert all("主持人" not in d.title for d in devs)


def test_control_a_labelled_headline_is_still_a_headline() -> None:
    # control: a capitalised label without a timestamp ("BREAKING: …") opens a headline
    text = (
        "Privacy Briefing — 5 December 2025\n\n"
        "BREAKING: CAC fines a delivery app\n\n"
        "On 4 December 2025, the CAC fined a delivery app RMB 1 million for selling users' addresses.\n"
    )
    _, devs = ingest(text, "briefing.txt")
    assert [d.title for d in devs] == ["BREAKING: CAC fines a delivery app"]


def test_a_raised_statutory_maximum_is_no_fine() -> None:
    assert (
        penalty_cny("The revision lifts the cap on fines for data breaches to RMB 20 million.")
        is None
    )
    assert penalty_cny("修订后，违法处理个人信息的罚款上限提高至五千万元。") is None
    assert penalty_cny("The bill caps fines at RMB 5 million for first offences.") is None
    # controls: a fine imposed, and a fine raised on appeal, are fines
    assert penalty_cny("On 3 May, the CAC fined the operator RMB 500,000.") == 500_000
    assert penalty_cny("The court raised the fine to RMB 200,000 on appeal.") == 200_000


def test_a_project_to_draft_a_standard_is_a_plan() -> None:
    text = "On 12 Dec., the SAC approved a project to develop a national standard, Information Security Technology — Requirements for Face Recognition Data, with a draft due in 2026."
    (found, _) = extract(text, dt.date(2025, 12, 15))
    assert [(m.name, m.stage) for m in found] == [
        ("Information Security Technology — Requirements for Face Recognition Data", "plan")
    ]
    # control: a draft released for comment stays a draft
    text = "On 12 Dec., TC260 released the draft Information Security Technology — Requirements for Face Recognition Data for comment."
    (found, _) = extract(text, dt.date(2025, 12, 15))
    assert [m.stage for m in found] == ["draft"]


def test_an_abbreviated_month_ends_neither_a_title_nor_a_sentence() -> None:
    text = "SHANGHAI — The MIIT issued the Provisions on Mobile App Permissions on Sept. 30. They take effect on Dec. 1, 2025."
    (found, _) = extract(text, dt.date(2025, 10, 10))
    assert [(m.name, m.stage, m.effective_date) for m in found] == [
        ("Provisions on Mobile App Permissions", "adopted", "2025-12-01")
    ]
    # control: a month abbreviation at a sentence's end before a capital still ends it
    text = "The MIIT issued the Provisions on Mobile App Permissions in Sept. They take effect next year."
    (found, _) = extract(text, dt.date(2025, 10, 10))
    assert [m.name for m in found] == ["Provisions on Mobile App Permissions"]
