# ruff: noqa: E501
"""heldout13 (fix16z): a discussion thread's post lines, reaction counts and quotations of
earlier posts are no developments; a "Source: https://…" line heads no paragraph.

The threads are written for these tests (a plain-text forum export with "alice replied on …"
lines and a Chinese community thread with "发表于" lines), not copied from the blind set's
issue page."""

from __future__ import annotations

from piplkit.track.extract import ingest, parse_document
from piplkit.track.postmeta import post_line

_FORUM = """Community forum: China data rules we should add to the checklist

alice replied on 3 Dec 2025

On 2 December 2025, the Guangdong Communications Administration ordered 14 apps to stop collecting location data without consent.

Link: https://gdca.example.gov.cn/notice/20251202.html

👍 5

bob-chen replied on 4 Dec 2025 · edited

On 2 December 2025, the Guangdong Communications Administration ordered 14 apps to stop collecting location data

Good one, added to the checklist.

carol posted on 5 Dec 2025

On 4 December 2025, the Shenzhen Intermediate People's Court ordered a dating app to pay RMB 30,000 for sharing a user's chat records.

Link: https://court.example.gov.cn/case/20251204.html

❤️ 2 · 🎉 1

dave-w closed this topic on 6 Dec 2025
"""

_ZH_THREAD = """数据合规交流帖：本周新规汇总

合规小李 发表于 2025-12-02 09:15

2025年12月1日，国家网信办发布《个人信息保护合规审计管理办法（征求意见稿）》，向社会公开征求意见。

来源：https://www.cac.example.gov.cn/2025-12/01/c_audit.htm

法务老周 回复于 2025-12-03 14:02

2025年12月2日，上海市网信办对一家连锁酒店作出行政处罚，罚款50万元。

来源：https://sh.cac.example.gov.cn/2025-12/02/hotel.htm
"""


def _titles(text: str, name: str) -> list[str]:
    return [d.title for d in ingest(text, name)[1]]


def test_forum_post_lines_reactions_and_quotes_are_no_items() -> None:
    titles = _titles(_FORUM, "forum.txt")
    assert len(titles) == 2
    assert titles[0].startswith("On 2 December 2025, the Guangdong")
    assert titles[1].startswith("On 4 December 2025, the Shenzhen")


def test_control_chinese_thread_post_lines_stay_no_headlines() -> None:
    titles = _titles(_ZH_THREAD, "thread.txt")
    assert [t[:11] for t in titles] == ["2025年12月1日，", "2025年12月2日，"]


def test_post_lines_are_skipped_with_their_reason() -> None:
    doc = parse_document(_FORUM, "forum.txt")
    reasons = {s.reason for s in doc.skipped}
    assert any(r.startswith("post line") for r in reasons)
    assert any(r.startswith("quotation of an earlier") for r in reasons)


def test_control_sentences_and_lone_lines_are_no_post_lines() -> None:
    assert post_line("alice replied on 3 Dec 2025")
    assert post_line("张三 发表于 2025年12月1日")
    assert not post_line(
        "The CAC commented on 3 December 2025 that apps must stop collecting location data."
    )
    assert not post_line("Enforcement on 3 December 2025")


def test_control_a_newsletter_repeating_a_sentence_keeps_it() -> None:
    text = """Data brief

On 2 December 2025, the Guangdong Communications Administration ordered 14 apps to stop collecting location data without consent.

On 3 December 2025, the Beijing Internet Court ruled on a data case.

Recap: On 2 December 2025, the Guangdong Communications Administration ordered 14 apps to stop collecting location data
"""
    doc = parse_document(text, "brief.txt")
    assert not any(s.reason.startswith(("post line", "quotation")) for s in doc.skipped)
