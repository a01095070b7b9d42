# ruff: noqa: E501
"""heldout12 (fix16w): a newspaper page's decks, its equal headlines and "yesterday".

The pages are written for these tests (simplified script, <h3> headlines, English), not copied
from the blind set's e-paper page."""

from __future__ import annotations

from piplkit.track.extract import ingest

_PAGE = """<html><head><title>示例晚报 - 第5版 - 2025年11月21日</title>
<meta name="pubdate" content="2025-11-21"></head><body>
<div class="nav"><a href="/">首页</a> <a href="/e/4">上一版</a> <a href="/e/6">下一版</a></div>
<div class="page">
<p>第5版 法治新闻 责任编辑：王某</p>
<div class="art">
<p>平台须在七日内完成整改</p>
<h3>市网信办约谈三家直播平台</h3>
<p>涉及未成年人账号管理漏洞</p>
<p>本报讯 市互联网信息办公室昨天约谈三家直播平台负责人，责令其限期整改未成年人账号实名认证漏洞，依据《未成年人网络保护条例》。</p>
</div>
<div class="art">
<h3>某快递公司泄露运单信息被罚</h3>
<p>本报讯 市通信管理局11月19日对某快递公司罚款30万元，因其未采取措施防止运单信息泄露。</p>
</div>
<div class="art">
<p>社区治理</p>
<h3>区法院审结首例人脸门禁纠纷案</h3>
<p>小区业主可选择其他验证方式</p>
<p>本报讯 区人民法院11月18日判决某物业公司为业主提供人脸识别以外的门禁验证方式，依据《个人信息保护法》。</p>
</div>
</div>
<div class="foot"><p>示例晚报社版权所有</p></div>
</body></html>"""


def _devs(text: str, name: str = "wanbao.html") -> list:  # type: ignore[type-arg]
    return ingest(text, name)[1]


def test_each_article_titled_by_its_headline_not_its_deck() -> None:
    titles = [d.title for d in _devs(_PAGE)]
    assert titles == [
        "市网信办约谈三家直播平台",
        "某快递公司泄露运单信息被罚",
        "区法院审结首例人脸门禁纠纷案",
    ]


def test_yesterday_dates_the_article_by_the_edition() -> None:
    dates = [d.date for d in _devs(_PAGE)]
    assert dates == ["2025-11-20", "2025-11-19", "2025-11-18"]


def test_control_a_single_headline_stays_the_page_title() -> None:
    page = """<html><head><title>通知</title></head><body>
<h2>关于开展个人信息保护专项检查的通知</h2>
<p>2025年11月3日</p>
<p>工业和信息化部办公厅于2025年11月3日决定开展个人信息保护专项检查，检查持续至12月底。</p>
</body></html>"""
    devs = _devs(page, "tongzhi.html")
    assert len(devs) == 1
    assert devs[0].title == "关于开展个人信息保护专项检查的通知"


def test_control_an_explicit_date_wins_over_yesterday() -> None:
    page = _PAGE.replace("昨天约谈", "11月17日约谈（昨天通报）")
    assert _devs(page)[0].date == "2025-11-17"
