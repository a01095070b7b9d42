# ruff: noqa: E501
"""heldout12 (fix16x): a channel of dated messages — labelled re-posts, undated messages, ads.

The channel export is written for these tests (plain text in simplified Chinese with an
English "Update:" message and a "⏰ 温馨提示" reminder), not copied from the blind set's
Telegram export in traditional script."""

from __future__ import annotations

from piplkit.track.chatframe import chat_blocks
from piplkit.track.extract import ingest
from piplkit.track.layout import is_dated_start
from piplkit.track.model import Block, Skipped
from piplkit.track.postlines import post_line

_CHANNEL = """\
数据合规速递 频道导出

2025年11月24日

09:00
数据合规速递
📌 置顶：本频道汇总数据合规公开信息，仅供参考，不构成法律意见。

10:12
数据合规速递
11月24日，江苏省通信管理局通报12款违规收集个人信息的App，要求相关企业限期整改。
👍 12

2025年11月25日

15:40
数据合规速递
11月25日，国家互联网信息办公室发布《个人信息出境认证办法》，自2026年1月1日起施行。

16:05
数据合规速递
⏰ 温馨提示：修订后的《网络安全法》将于2026年1月1日起施行，请各单位提前做好准备。

2025年11月26日

11:20
数据合规速递
Update: On 21 November, the provincial communications administration said that two more apps must be fixed by 5 December.

14:30
数据合规速递
11月26日，北京市网信办对一家外卖平台处以罚款50万元，依据《个人信息保护法》。
🙏 6
"""


def test_each_dated_message_is_one_item_and_the_reminder_joins_none() -> None:
    found = ingest(_CHANNEL, "channel.txt")[1]
    assert [d.date for d in found] == [
        "2025-11-24",
        "2025-11-25",
        "2025-11-21",
        "2025-11-26",
    ]
    assert found[2].title.startswith("Update: On 21 November")
    assert [i.name for i in found[1].instruments] == ["个人信息出境认证办法"]


def test_a_repost_label_before_the_date() -> None:
    assert is_dated_start("Correction: On 24 November, the provincial regulator named 14 apps.")
    assert is_dated_start("補發：上週三（11月19日），廣州一間網店被判刪除顧客資料。")
    assert is_dated_start("禮拜一，澳門一間銀行被罰款。")


def test_control_a_field_label_is_no_repost_label() -> None:
    assert not is_dated_start("日期：11月24日，地点：南京")
    assert not is_dated_start("Note: the figures below are provisional.")


def test_control_a_chat_of_undated_messages_keeps_them() -> None:
    lines = ["09:00", "第一条消息，没有日期。", "09:05", "11月24日，江苏省通信管理局通报12款App。"]
    lines += ["09:10", "第三条消息，讨论一下。", "09:20", "第四条消息。"]
    blocks = [Block(t) for t in lines]
    kept = [b.text for b in chat_blocks(blocks, [])]
    assert kept == [t for t in lines if ":" not in t]


def test_undated_messages_of_a_dated_channel_are_skipped() -> None:
    lines = [
        "09:00",
        "📌 置顶：本频道仅供参考。",
        "10:00",
        "11月24日，江苏省通信管理局通报12款App。",
    ]
    lines += ["11:00", "11月25日，国家网信办发布办法。", "12:00", "⏰ 提示：明年施行。"]
    lines += ["13:00", "11月26日，北京市网信办罚款50万元。"]
    skipped: list[Skipped] = []
    kept = [b.text for b in chat_blocks([Block(t) for t in lines], skipped)]
    assert kept == [lines[3], lines[5], lines[9]]
    assert sum(1 for s in skipped if s.text.startswith(("📌", "⏰"))) == 2


def test_an_advertisement_in_traditional_script() -> None:
    assert (
        post_line(Block("📢 廣告｜數據合規證書課程1月開課，報名：https://example.hk"))
        == "promotion"
    )
    assert post_line(Block("🎁 轉發本帖抽3位送課程")) == "promotion"
