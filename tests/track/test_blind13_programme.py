# ruff: noqa: E501
"""heldout13 (fix16y): a programme's time slots and session labels, and an outline's lettered
entries.

The documents are written for these tests (a Markdown seminar programme with "9:30 am –
10:15 am | Panel B —" headings, a plain-text briefing outline with "A." / "B." entries), not
copied from the blind set's DOCX programme or PDF course outline."""

from __future__ import annotations

import datetime as dt

from piplkit.track import dates
from piplkit.track.extract import ingest
from piplkit.track.model import Development

_PROGRAMME = """# Cross-border Data Seminar — Agenda

Sample Chamber of Commerce · Hong Kong · agenda as at 20 November 2025

## 9:00 am – 9:30 am | Arrival and coffee

Badges are at the front desk.

## 9:30 am – 10:15 am | Panel A — The standard contract filings

On 3 November 2025, the Cyberspace Administration of China published a revised guide to filing standard contracts for personal information exports.

Moderator: Sample Person (Sample Chamber).

## 10:15 am – 11:00 am | Panel B — Guangzhou's fine on a logistics firm

On 6 November 2025, the Guangzhou Municipal Internet Information Office fined a logistics company RMB 600,000 for sending waybill data abroad without a security assessment.

## 11:00 am – 11:45 am | Panel C — Running a privacy team across the border

What a regional privacy lead does under the Personal Information Protection Law, from budgets to hiring.

## 11:45 am | Close
"""

_OUTLINE = """Briefing outline: China data rules, autumn 2025
Sample Law Society · lunchtime briefing · 28 November 2025

I. Background (5 minutes)

A. The Data Security Law, in force since 1 September 2021: data classification and important data.

B. The Personal Information Protection Law, in force since 1 November 2021: consent and transfers.

II. What changed this autumn (25 minutes)

A. On 2 October 2025, the Ministry of Industry and Information Technology issued rules on the security of data in industrial internet platforms, which take effect on 1 March 2026.

B. On 9 October 2025, the Hangzhou Intermediate People's Court held that a gym's face scanner at its entrance needed each member's separate consent.

C. On 21 October 2025, the Zhejiang Provincial Internet Information Office fined a car rental app RMB 300,000 for keeping drivers' licence scans after their rentals ended.
"""

_FAQ = """# Questions and answers on the draft rules

Published 4 November 2025

On 3 November 2025, the Cyberspace Administration of China published draft rules on the protection of minors' personal information online and asked for comments.

Q. Who must follow the draft rules?

A. Every app that processes the personal information of users under 14, whatever its size.

Q. When will they apply?

A. The draft sets no date; the final rules will.
"""


def _bare(title: str) -> str:
    from piplkit.track.slottitles import bare_title  # (new in fix16y)

    return bare_title(Development(title, "2025-11-01", [], [], "other", None, [], [], "")).title


def test_a_time_slot_and_a_session_label_are_no_part_of_the_title() -> None:
    titles = [d.title for d in ingest(_PROGRAMME, "agenda.md")[1]]
    assert titles == [
        "The standard contract filings",
        "Guangzhou's fine on a logistics firm",
    ]


def test_a_session_that_only_names_a_law_is_no_development() -> None:
    titles = [d.title for d in ingest(_PROGRAMME, "agenda.md")[1]]
    assert not any("privacy team" in t for t in titles)


def test_slot_rank_and_page_number_forms() -> None:
    assert _bare("14:00-14:45 Workshop 2: Certification in practice") == (
        "Certification in practice"
    )
    assert _bare("TOP3｜某市网信办处罚一家物流公司") == "某市网信办处罚一家物流公司"
    assert _bare("第二场：个人信息出境认证实务") == "个人信息出境认证实务"
    assert _bare("市网信办公布《数据出境指引》。...... 17") == ("市网信办公布《数据出境指引》。")


def test_control_titles_that_open_with_numbers_or_top_stay() -> None:
    for title in (
        "12 apps named by the MIIT for excessive permissions",
        "Top court rules on facial recognition in hotels",
        "10:00 Opening",
        "Session notes: what the CAC said about audits",
        "3.15 晚会曝光的数据泄露案",
    ):
        assert _bare(title) == title


def test_lettered_entries_under_an_outline_part_are_items() -> None:
    devs = ingest(_OUTLINE, "outline.txt")[1]
    assert [d.date for d in devs] == ["2025-10-02", "2025-10-09", "2025-10-21"]
    assert devs[0].title.startswith("On 2 October 2025, the Ministry of Industry")


def test_in_force_since_is_no_event_date() -> None:
    text = "The Data Security Law, in force since 1 September 2021: data classification."
    assert dates.event_date(text, "", dt.date(2025, 11, 28)) is None


def test_control_a_question_and_answer_keeps_its_a_lines() -> None:
    devs = ingest(_FAQ, "faq.md")[1]
    assert len(devs) == 1
    assert devs[0].date == "2025-11-03"
