# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout12's Telegram channel export (issue 16, branch fix16v): each message's time stamp
("15:32"), the avatar initial and the channel's name were read as headlines over the dated
messages, and the date dividers counted as headlines kept the export out of paragraph mode.
The export below is another channel's, as plain text in simplified Chinese with English
messages; the control is a conference programme with two times of day (no chat)."""

from __future__ import annotations

from piplkit.track import ingest
from piplkit.track.chatframe import chat_blocks
from piplkit.track.model import Block

CHANNEL = """数据合规早知道

3 December 2025

数
数据合规早知道

08:15

12月2日，浙江省通信管理局通报12款违规收集个人信息的App，要求相关企业于12月20日前完成整改。

👍 12

4 December 2025

数
数据合规早知道

10:40

On 3 December 2025, the Shenzhen Municipal Internet Information Office fined a hotel chain RMB 120,000 for leaking guests' booking records.

🔥 5

数
数据合规早知道

16:02

12月4日，国家数据局发布《公共数据资源登记管理办法（征求意见稿）》，向社会公开征求意见。
"""

PROGRAMME = """Data Protection Day 2025 — programme

09:00

Welcome and opening remarks by the organisers of the conference.

14:00

On 1 December 2025, the CAC issued the Measures for Personal Information Audits; a panel discusses them.
"""


def test_chat_frame_lines_are_no_headlines() -> None:
    _, devs = ingest(CHANNEL, "channel.txt")
    assert [d.date for d in devs] == ["2025-12-02", "2025-12-03", "2025-12-04"]
    for d in devs:
        assert d.title[:3] in {"12月", "On "}


def test_control_a_programme_with_two_times_is_unchanged() -> None:
    blocks = [Block("09:00"), Block("Welcome."), Block("14:00"), Block("Panel.")]
    skipped: list = []
    assert chat_blocks(blocks, skipped) == blocks and not skipped
    _, devs = ingest(PROGRAMME, "programme.txt")
    assert devs and all("09:00" not in d.title for d in devs)
