# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout10's press-conference transcript (文字实录; issue 16, branch fix16r): the developments
are the dated paragraphs in the speakers' answers. On main the reporters' questions (short, no
full stop) read as headlines over the answers, the attendees line as another, and each whole
answer became the text of a question: no item was found. A transcript is now known by a session
role speaking and three or more speakers' labels; a question is no development, another
speaker's label ends the item above and the turn is read without it. The documents below are a
national body's 新闻发布会 in other words (a reporter's turn, a spokesperson's label, a turn
that reports, 昨天) and an English briefing; controls keep a Q&A without a chair and a
newsletter whose paragraphs open with labels as they were."""

from __future__ import annotations

from piplkit.track import ingest

ZH = """# 国家数据局2025年11月例行新闻发布会实录

**时间：** 2025年11月20日 15:00　**地点：** 国家数据局新闻发布厅

**出席人员：** 国家数据局政策和规划司负责人 赵某；新闻发言人 钱某

**主持人：** 各位媒体朋友，下午好。今天的发布会有两项内容，先请赵某介绍情况。

**赵某：** 好的，谢谢主持人。

昨天，国家数据局印发《公共数据资源登记管理暂行办法》，自2026年1月1日起施行。办法对登记主体、登记内容和登记程序作出规定。

11月12日，国家数据局会同国家网信办发布《数据出境便利化服务指引》。指引列明了十类常见业务场景。

**央视新闻记者：** 企业最关心的是数据出境，后续还会有哪些便利措施？

**钱某：** 11月6日，浙江省数据局联合浙江省通信管理局启动数据流通交易试点，首批试点城市共12个。

下一步，我们将继续完善配套规则，适时发布更多场景指引。

**主持人：** 发布会到此结束，感谢各位。
"""


def test_a_press_conference_gives_one_item_per_reported_paragraph() -> None:
    _, devs = ingest(ZH, "fabuhui.md")
    got = [(d.title, d.date) for d in devs]
    assert got == [
        (
            "昨天，国家数据局印发《公共数据资源登记管理暂行办法》，自2026年1月1日起施行。",
            "2025-11-19",
        ),
        ("11月12日，国家数据局会同国家网信办发布《数据出境便利化服务指引》。", "2025-11-12"),
        (
            "11月6日，浙江省数据局联合浙江省通信管理局启动数据流通交易试点，首批试点城市共12个。",
            "2025-11-06",
        ),
    ]


EN = """# Transcript: regulator's press briefing on data rules, 14 November 2025

Moderator: Good afternoon. Let me first invite Ms Lin to introduce the new measures.

Ms Lin: Thank you.

On 10 November, the Cyberspace Administration of China issued the Measures for Network Data Classification, which take effect on 1 March 2026.

Reporter (Caixin): Will small companies get more time to comply?

Ms Lin: On 12 November, the CAC and the Ministry of Public Security launched a campaign against the illegal sale of personal information.

Moderator: That concludes today's briefing.
"""


def test_an_english_briefing_transcript() -> None:
    _, devs = ingest(EN, "briefing.md")
    assert [d.date for d in devs] == ["2025-11-10", "2025-11-12"]
    assert devs[1].title.startswith("On 12 November, the CAC")


def test_two_bodies_joined_by_lianhe_are_two_authorities() -> None:
    _, devs = ingest(ZH, "fabuhui.md")
    assert devs[2].authorities == ["浙江省数据局", "浙江省通信管理局"]


#: control: a Q&A column (问/答, no chair) keeps the splitter's reading of it
QA = """# 合规问答

问：公司内部员工信息是否适用个人信息保护法？

答：2025年3月1日，某市网信办在答复中明确，员工个人信息同样受保护。
"""


def test_control_a_qa_column_without_a_chair_is_not_a_transcript() -> None:
    _, devs = ingest(QA, "qa.md")
    _, main = ingest(QA.replace("问：", "问题 ").replace("答：", ""), "qa2.md")
    assert [d.date for d in devs] == [d.date for d in main]


def test_today_and_yesterday_open_a_paragraph() -> None:
    import datetime as dt

    from piplkit.track.weekdays import day_word_date

    day = dt.date(2025, 12, 4)
    assert day_word_date("今天，江苏省网信办发布指引。", day) == "2025-12-04"
    assert day_word_date("Yesterday, the CAC issued rules.", day) == "2025-12-03"
    # controls: not at the opening, and no reference
    assert day_word_date("网信办表示，今天起施行。", day) is None
    assert day_word_date("今天，网信办发布指引。", None) is None
