"""heldout13 (fix16z): a post's time line under its text dates the page, so "本月3日" and "last
month" resolve against it.

The pages are written for these tests (a forum answer in HTML with "发布于" under the answer, and
an English blog with "Posted on" at its foot), not copied from the blind set's Q&A answer."""

from __future__ import annotations

from piplkit.track.extract import ingest
from piplkit.track.model import Block
from piplkit.track.posttime import post_date
from piplkit.track.roles import roles

_ANSWER = """<html><body>
<h1>最近有哪些个人信息保护的处罚？</h1>
<div class="answer">
<p><strong>1. 一家外卖平台被罚80万</strong></p>
<p>本月3日，上海市网信办对一家外卖平台作出行政处罚，罚款80万元。</p>
<p><strong>2. 一款相机App被下架</strong></p>
<p>上月25日，广东省通信管理局通报一款相机App违规收集个人信息，责令下架。</p>
<p><strong>3. 一家医院被约谈</strong></p>
<p>本月1日，北京市网信办约谈一家医院，要求整改病历数据泄露问题。</p>
<div class="time">发布于 2025-11-30 08:00 · IP 属地北京</div>
</div>
</body></html>
"""


def test_post_time_line_dates_the_page() -> None:
    devs = ingest(_ANSWER, "answer.html")[1]
    assert [d.date for d in devs] == ["2025-11-03", "2025-10-25", "2025-11-01"]


def test_post_date_reads_labels_in_either_language() -> None:
    lines = [Block("Posted on 2 December 2025"), Block("Some text.")]
    assert str(post_date(roles(lines)[0])) == "2025-12-02"


def test_control_a_line_that_only_mentions_posting_gives_no_date() -> None:
    lines = [Block("We posted our comments to the CAC on 2 December 2025.")]
    assert post_date(roles(lines)[0]) is None
