# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout9's podcast show notes (issue 16, branch fix16p): a chapter list's time stamps
("[07:25]", "(12:04)", "03:15 –") are positions in the recording and its entries' trailing link
labels ("MIIT notice »", "Read it →") no sentences: taken off, each entry that reports is an
item titled by its first sentence; a heading over a list most of whose entries report (with a
welcome and a goodbye among them) is a part, not one item's headline; an episode line that
opens with its weekday ("Thursday, 4 December 2025 · 41 min") dates the page; "On Monday, …"
and "Last Friday, …" opening a sentence are weekdays of that week; "comments due on 3 January"
is a deadline. The notes below are in Markdown with other stamps and wording (the blind ones
are HTML); each rule has a control."""

from __future__ import annotations

from piplkit.track import dates, ingest
from piplkit.track.model import Block
from piplkit.track.weekdays import weekday_date

NOTES = """# Episode 52 – Data Rules Roundup: apps, drafts and a bank fine

Thursday, 4 December 2025 · 41 min · With Mei Chen and Paul Rivera

Mei and Paul go through the week's Chinese data rules. A sample written for testing; the show and all cases are invented.

## Chapters

- (00:00) Hello and housekeeping.
- (02:10) On Monday, the Cyberspace Administration of China published the draft Measures for Personal Information Protection in Online Education, with comments due on 3 January. [Read the draft →](https://cac.example.gov.cn/edu-draft)
- (09:45) On Tuesday, the Ministry of Industry and Information Technology ordered 15 apps to stop collecting contact lists without consent. [Notice →](https://miit.example.gov.cn/apps)
- (16:30) Last Thursday, the Beijing Municipal Administration for Market Regulation fined a bank RMB 600,000 for selling customers' personal information. [Decision →](https://scjgj.example.gov.cn/bank)
- (24:05) Your questions: do small firms need a protection officer? It depends.
- (38:50) See you next week.

## Partners

This show is supported by ExamplePrivacy.
"""


def test_chapter_entries_are_items_without_stamps_and_link_labels() -> None:
    _, devs = ingest(NOTES, "episode.md")
    assert [(d.title[:30], d.date) for d in devs] == [
        ("On Monday, the Cyberspace Admi", "2025-12-01"),
        ("On Tuesday, the Ministry of In", "2025-12-02"),
        ("Last Thursday, the Beijing Mun", "2025-11-27"),
    ]
    assert devs[0].sources == ["https://cac.example.gov.cn/edu-draft"]
    assert not any("→" in d.title or "(0" in d.title for d in devs)
    assert devs[2].penalty_cny == 600000


def test_unstamped_shapes_and_controls() -> None:
    from piplkit.track.chapters import unstamped  # (here: the module is new on this branch)

    blocks = [
        Block("[07:25] On 18 November, the MIIT named 23 apps."),
        Block("12:50 – Last Friday, a fine."),
        Block("【01:02:10】本周一，网信办发布征求意见稿。"),
        Block("Read more. MIIT notice »", links=["https://x.example/a"]),
        # controls: a transcript's turn, a time inside a sentence, a time with no separator,
        # an arrow without a link
        Block("[00:07:18] ANNA KO (moderator): Thanks."),
        Block("At 10:30 the hearing began."),
        Block("10:30 meeting of the committee"),
        Block("Next: the court ruling »"),
    ]
    assert [b.text for b in unstamped(blocks)] == [
        "On 18 November, the MIIT named 23 apps.",
        "Last Friday, a fine.",
        "本周一，网信办发布征求意见稿。",
        "Read more.",
        "[00:07:18] ANNA KO (moderator): Thanks.",
        "At 10:30 the hearing began.",
        "10:30 meeting of the committee",
        "Next: the court ruling »",
    ]


def test_weekday_opening_a_sentence_and_controls() -> None:
    import datetime as dt

    friday = dt.date(2025, 11, 21)
    assert weekday_date("On Monday, the CAC released …", friday) == "2025-11-17"
    assert weekday_date("Last Friday, the SAMR fined …", friday) == "2025-11-14"
    assert weekday_date("the court ruled on Friday.", friday) == "2025-11-21"
    # controls: a recurring day, and a weekday in a name
    assert weekday_date("Every Monday, the CAC publishes a list.", friday) is None
    assert weekday_date("Black Friday sales were reviewed.", friday) is None


def test_episode_line_with_weekday_and_deadline_due_on() -> None:
    line = "Friday, 21 November 2025 · 34 min · Hosted by two lawyers"
    found = dates.field_date(line)
    assert found is not None and found.text == "21 November 2025"
    # control: a sentence that opens with a weekday and a date reports an event
    assert dates.field_date("Friday, 21 November 2025 saw the CAC publish a draft.") is None
    text = "The CAC published a draft, with comments due on 17 December."
    assert all(dates.is_deadline(text, m) for m in dates.find_dates(text))
    # control: a date that is no deadline
    text = "The CAC published a draft on 17 December."
    assert not any(dates.is_deadline(text, m) for m in dates.find_dates(text))


def _entry(text: str) -> Block:
    return Block(text, marker="ul")


def test_part_and_sibling_shapes_and_controls() -> None:
    from piplkit.track.masthead import reports_under, sentence_sibling

    report = "On Monday, the Cyberspace Administration of China published draft measures."
    heading = (Block("Chapters", heading=2), "text", "")
    chatter = [_entry("Hello and housekeeping."), _entry("See you next week.")]
    three = [(e, "text", "") for e in [chatter[0], *[_entry(report)] * 3, chatter[1]]]
    assert reports_under([heading, *three], 0)
    assert sentence_sibling(chatter[0], _entry(report))
    # controls: two reports of four entries are no part; a headline without a period, an
    # entry of another list and a report are no sentence sibling
    two = [(e, "text", "") for e in [chatter[0], _entry(report), _entry(report), chatter[1]]]
    assert not reports_under([heading, *two], 0)
    assert not sentence_sibling(_entry("New education rules"), _entry(report))
    assert not sentence_sibling(chatter[0], Block(report, marker="ol"))
    assert not sentence_sibling(_entry(report), _entry(report))


#: a video's chapters in plain text: bare stamps one a line, a "Published" line with its weekday
VIDEO = """China Privacy Weekly – Episode 12 (video)

Published Friday, 5 December 2025

In this week's episode we cover three stories from Chinese data regulation. Sample text for testing; the show is invented.

Chapters:
0:00 Intro
1:05 On Monday, the Cyberspace Administration of China released draft Measures for Facial Recognition Security for public comment.
6:40 On Wednesday, the Ministry of Public Security announced a campaign against illegal sales of personal information.
11:20 On Thursday, the Hangzhou Internet Court ruled that an e-commerce platform must delete a user's browsing history.
15:55 Outro and thanks to our members
"""

#: a Chinese podcast's 时间轴 in Markdown: 【mm:ss】 stamps, a chapter title without a sentence
#: ("开场"), an episode line with its weekday in brackets, "原文»" links
ZH_NOTES = """# 数据合规播客 第28期 | 本周监管速览

2025年12月5日（周五）· 时长32分钟 · 主播：小周、老陈

本期节目为测试 piplkit 编写的示例，节目与案件均为虚构。

## 本期时间轴

- 【00:00】开场
- 【02:30】本周一，国家网信办发布《人脸识别技术应用安全管理办法（征求意见稿）》。[原文»](https://cac.example.gov.cn/face)
- 【09:10】12月3日，公安部部署打击侵犯公民个人信息犯罪专项行动。[详情»](https://mps.example.gov.cn/op)
- 【15:45】上周四，杭州互联网法院判决某电商平台删除用户浏览记录。[判决»](https://court.example.gov.cn/hz)
- 【28:00】听众来信与结束语
"""


def test_plain_text_video_chapters_with_bare_stamps() -> None:
    doc, devs = ingest(VIDEO, "video.txt")
    assert doc.published == "2025-12-05"
    assert [(d.title[:12], d.date) for d in devs] == [
        ("On Monday, t", "2025-12-01"),
        ("On Wednesday", "2025-12-03"),
        ("On Thursday,", "2025-12-04"),
    ]


def test_chinese_timeline_with_bracketed_stamps() -> None:
    doc, devs = ingest(ZH_NOTES, "notes.md")
    assert doc.published == "2025-12-05"
    assert [(d.title[:5], d.date) for d in devs] == [
        ("本周一，国", "2025-12-01"),
        ("12月3日", "2025-12-03"),
        ("上周四，杭", "2025-11-27"),
    ]
    assert devs[0].sources == ["https://cac.example.gov.cn/face"]


def test_bare_stamps_only_in_a_run() -> None:
    from piplkit.track.chapters import unstamped

    run = [Block(f"{m}:00 Chapter {m}.") for m in (1, 2, 3)]
    assert [b.text for b in unstamped(run)] == ["Chapter 1.", "Chapter 2.", "Chapter 3."]
    # control: two lines opening with a time are no chapter list
    pair = [Block("10:30 Opening of the hearing."), Block("11:00 Closing remarks.")]
    assert [b.text for b in unstamped(pair)] == [b.text for b in pair]
