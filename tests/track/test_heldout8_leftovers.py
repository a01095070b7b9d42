# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout8's three leftovers (issue 16, branch fix16o), each fixed as a rule for any publisher
and tested here on documents of other wordings and styles than the blind ones, with controls:

- a digest's masthead line ("【数据合规交流群】本周群聊精华") and the byline under it are no
  development (``digesttitle``);
- a publisher's, journal's, newspaper's or database's name ("Example Law Reports", 《法治日报》)
  is no instrument (``publications``);
- every wording of a deadline ("截止时间为", "反馈时间至", "the deadline for comments is") is
  no event date (``deadlines``), and a list entry whose teaser gives only a deadline is dated
  by the entry's own date span (H8-1, ``listentry``).
"""

from __future__ import annotations

import datetime as dt

from piplkit.track import ingest
from piplkit.track.dates import event_date
from piplkit.track.instruments import find_titles

# --- a digest's masthead ------------------------------------------------------------------

#: a practitioners' circle's digest as a web page: a bold bracketed name before 汇总, a byline by 编辑
ZH_DIGEST_HTML = """<html><head><title>一周要闻汇总</title></head><body>
<p><strong>【个人信息保护实务圈】</strong>一周要闻汇总</p>
<p>2025年12月1日—12月5日 · 编辑：圈主老周 · 2025年12月5日</p>
<p>本汇总为测试编写的示例，圈友与事件均为虚构。</p>
<p>12月2日，江苏省互联网信息办公室对某电商平台作出罚款20万元的行政处罚，原因是其未按规定开展个人信息保护影响评估。</p>
<p>12月4日，国家市场监督管理总局发布《网络交易平台个人信息处理规则（征求意见稿）》，向社会公开征求意见。</p>
</body></html>
"""


def test_a_bold_bracketed_masthead_and_its_byline_are_no_item() -> None:
    doc, devs = ingest(ZH_DIGEST_HTML, "digest.html")
    assert [d.title[:6] for d in devs] == ["12月2日，", "12月4日，"]
    assert doc.published == "2025-12-05"


#: an English channel digest in plain text: a square-bracketed name, "highlights", a byline
#: "compiled by", then chat messages under their senders' lines
EN_DIGEST_TXT = """[Privacy Engineers Circle] This week's highlights
1-5 December 2025 · compiled by the moderators · 5 December 2025
This digest is a sample written for testing; the members and the events are fictional.

Maya 12-02 10:15
On 2 December 2025, the Cyberspace Administration of China released draft Measures for the Protection of Minors' Personal Information Online for public comment.

Omar 12-03 16:40
Thanks Maya, very useful!

Lena 12-04 09:05
On 4 December 2025, the Shanghai Municipal Communications Administration fined a ride-hailing app RMB 300,000 for collecting location data without consent.
"""


def test_an_english_channel_digest_masthead_and_byline_are_no_item() -> None:
    _, devs = ingest(EN_DIGEST_TXT, "digest.txt")
    assert [d.title[:16] for d in devs] == ["On 2 December 20", "On 4 December 20"]


#: a short bracketed group name (a part label's length) in the masthead, the first dated
#: paragraph right under it (no byline), then a bracketed run-in headline over its text
SHORT_NAME_TXT = """【合规观察群】本周精华

2025年12月1日，国家互联网信息办公室公布《网络数据安全事件报告办法》，自2026年1月1日起施行。

【上海市通信管理局通报8款违规App】2025年12月3日，上海市通信管理局通报8款存在超范围收集个人信息问题的App，要求其限期整改。
"""


def test_a_short_bracketed_name_in_the_masthead_is_no_headline() -> None:
    _, devs = ingest(SHORT_NAME_TXT, "short.txt")
    assert [d.title[:12] for d in devs] == ["2025年12月1日，国", "上海市通信管理局通报8款"]


#: control: a newsletter's title over a dated paragraph that opens it and a bracketed run-in
#: headline over its text: both items, the run-in's bracketed lead their headline
CONTROL_TXT = """数据合规周报（2025年第48期）

2025年12月1日，国家互联网信息办公室公布《网络数据安全事件报告办法》，自2026年1月1日起施行。

【上海市通信管理局通报8款违规App】2025年12月3日，上海市通信管理局通报8款存在超范围收集个人信息问题的App，要求其限期整改。
"""


def test_control_a_dated_paragraph_that_opens_a_digest_and_a_bracketed_headline() -> None:
    _, devs = ingest(CONTROL_TXT, "control.txt")
    assert [d.title[:12] for d in devs] == ["2025年12月1日，国", "上海市通信管理局通报8款"]
    assert [d.date for d in devs] == ["2025-12-01", "2025-12-03"]


def test_masthead_shapes_and_controls() -> None:
    from piplkit.track.digesttitle import compiled_byline, is_digest_title

    assert is_digest_title("【数据合规交流群】本周群聊精华")
    assert is_digest_title("[Privacy Engineers Circle] Weekly digest")
    assert compiled_byline("2025年11月17日—11月21日　整理：群助手小安　2025年11月21日")
    # controls: a headline with an action, a title without a bracketed name, a sentence
    assert not is_digest_title("【江苏省网信办】发布第三批算法备案信息汇总")
    assert not is_digest_title("国家网信办发布第三批深度合成服务算法备案信息汇总")
    assert not is_digest_title("CAC highlights new rules for apps")
    assert not compiled_byline("2025年12月2日，某协会整理：发布了个人信息保护倡议。")
    assert not compiled_byline("Edited by the newsroom")


# --- a publication's name ------------------------------------------------------------------

#: an English case note that cites its sources by name: a law review, a database, a journal
EN_CASE_NOTE = """Shanghai court rules on facial recognition at gyms

Pacific Law Review · Case notes · 3 December 2025

On 1 December 2025, the Shanghai No. 1 Intermediate People's Court held that a gym's use of facial recognition at its entrance without separate consent breached the Personal Information Protection Law, as the Sample University Law Database and the Example Law Journal first reported.
"""


def test_a_law_review_a_journal_and_a_database_are_no_instruments() -> None:
    _, devs = ingest(EN_CASE_NOTE, "note.txt")
    assert len(devs) == 1
    assert [m.name for m in devs[0].instruments] == ["Personal Information Protection Law"]


def test_a_newspaper_and_a_journal_in_chinese_are_no_instruments() -> None:
    text = "据《法治日报》和《中国数据法学研究》报道，12月2日，浙江省互联网信息办公室依据《中华人民共和国个人信息保护法》对某公司作出行政处罚。"
    assert [f.name for f in find_titles(text)] == ["中华人民共和国个人信息保护法"]


def test_control_real_titles_with_law_and_reports_stay_instruments() -> None:
    titles = [
        f.name
        for f in find_titles(
            "The CAC applied the Law on Guarding State Secrets, the Cybersecurity Law and the "
            "Measures for the Administration of Security Assessment Reports."
        )
    ]
    assert titles == [
        "Law on Guarding State Secrets",
        "Cybersecurity Law",
        "Measures for the Administration of Security Assessment Reports",
    ]
    zh = "国家网信办印发《关于部分App违规收集个人信息情况的通报》和《个人信息保护合规审计管理办法》。"
    assert [f.name for f in find_titles(zh)] == [
        "关于部分App违规收集个人信息情况的通报",
        "个人信息保护合规审计管理办法",
    ]


# --- a deadline's wording and the entry's own date -------------------------------------------

_REF = dt.date(2025, 12, 10)


def test_every_deadline_wording_is_no_event_date() -> None:
    for body in (
        "某省网信办起草了《数据出境合规指引（征求意见稿）》，现公开征求意见，征求意见截止时间为2025年12月31日。",
        "现将《办法（草案）》公开征求意见，反馈时间至2025年12月31日。",
        "公开征求意见。截止日：2025年12月31日。",
        "The CAC released draft rules on app permissions; the deadline for comments is 31 December 2025.",
        "The regulator released a consultation paper. Comment deadline: 31 December 2025.",
    ):
        assert event_date(body, "", _REF) is None, body


def test_control_the_event_date_before_a_deadline_is_kept() -> None:
    body = "On 1 December 2025, the CAC released draft rules; comments are due by 31 December 2025."
    assert event_date(body, "", _REF) == "2025-12-01"
    zh = "12月1日，国家网信办发布《办法（征求意见稿）》，意见反馈截止时间为2025年12月31日。"
    assert event_date(zh, "", _REF) == "2025-12-01"


#: a municipal bureau's 征求意见 list: the date in <i> after the link, teasers in <p>; the first
#: teaser gives only its deadline (反馈时间至), the second its own event date
ZH_CONSULT_LIST = """<html><head><title>意见征集_某市数据局（示例）</title></head>
<body>
<div class="crumb">首页 &gt; 互动交流 &gt; 意见征集</div>
<div class="content">
<h2>意见征集</h2>
<p>本页为测试编写的示例，机构与事项均为虚构。更新时间：2025-12-09</p>
<ul>
<li><a href="https://sjj.example.gov.cn/yjzj/2025/12/08/b1.html">关于征求《某市公共数据开放管理办法（征求意见稿）》意见的公告</a> <i>2025/12/08</i>
<p>为规范公共数据开放，某市数据局起草了《某市公共数据开放管理办法（征求意见稿）》，现公开征求意见，反馈时间至2026年1月7日。</p></li>
<li><a href="https://sjj.example.gov.cn/yjzj/2025/12/02/b2.html">某市数据局就数据交易场所管理规则公开征求意见</a> <i>2025/12/03</i>
<p>12月2日，某市数据局发布《某市数据交易场所管理规则（征求意见稿）》，征求意见截止日期为2025年12月31日。</p></li>
</ul>
</div>
<footer>主办单位：某市数据局（示例）</footer>
</body></html>
"""


def test_an_entry_whose_teaser_gives_only_a_deadline_is_dated_by_its_date_span() -> None:
    _, devs = ingest(ZH_CONSULT_LIST, "consult.html")
    assert [d.title[:8] for d in devs] == ["关于征求《某市公", "某市数据局就数据"]
    # the first by its date span (its teaser's date is a deadline); the second, control, by
    # its teaser's event date, not by its listing date
    assert [d.date for d in devs] == ["2025-12-08", "2025-12-02"]
