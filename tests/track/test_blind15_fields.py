# ruff: noqa: E501
"""heldout15 (fixtrack15): fields of mainstream items — a development zone's bureau and a
financial court named whole, gains in a row's facts no fine, a 通报's annex link its source and
its rectification order a notice's cue, an inspection campaign enforcement, an association's
convention industry (H15-1, H15-3, H15-4, H15-8).

The texts are written for these tests, not copied from the blind set."""

from __future__ import annotations

from piplkit.track import authorities, ingest
from piplkit.track.kinds import classify
from piplkit.track.penalties import penalty_cny

_TONGBAO = """<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>广东省通信管理局关于侵害用户权益行为的APP通报（2025年第3批）</title></head><body>
<header><nav><ul><li><a href="/">首页</a></li><li><a href="/xxgk">信息公开</a></li><li><a href="/tzgg">通知公告</a></li><li><a href="/hdjl">互动交流</a></li></ul></nav><div class="pos">当前位置：首页 &gt; 通知公告</div></header>
<div class="article">
<h1>广东省通信管理局关于侵害用户权益行为的APP通报（2025年第3批）</h1>
<div class="meta">发布时间：2025-10-15　　来源：广东省通信管理局</div>
<p>依据《中华人民共和国个人信息保护法》等法律法规，我局组织对省内部分APP进行了检测，发现4款APP存在违规收集个人信息等问题。</p>
<p>上述APP须于10月25日前完成整改，逾期不整改的，我局将依法处置。</p>
<p>附件：<a href="https://gdca.example.gov.cn/files/2025-10-15/app-list.xlsx">问题APP名单.xlsx</a></p>
<p style="text-align:right">广东省通信管理局</p>
<p style="text-align:right">2025年10月15日</p>
</div>
<div class="btns"><a href="javascript:window.print()">[打印本页]</a> <a href="javascript:window.close()">[关闭窗口]</a></div>
<div class="pn"><p>上一条：<a href="/tzgg/1.html">关于做好国庆期间通信保障工作的通知</a></p><p>下一条：<a href="/tzgg/2.html">广东省通信管理局关于第三季度电信服务质量的通告</a></p></div>
<footer><p>主办：广东省通信管理局　ICP备案号：示例</p><p>地址：广州市示例路1号　电话：020-00000000</p></footer>
</body></html>
"""


def test_a_development_zones_bureau_is_named_whole() -> None:
    text = "西安高新技术产业开发区市场监督管理局对当事人作出罚款5万元的行政处罚。"
    assert authorities.extract(text, [], {}) == ["西安高新技术产业开发区市场监督管理局"]


def test_a_financial_court_is_a_court() -> None:
    text = "11月20日，上海金融法院对一起个人信息保护纠纷案作出判决。"
    assert authorities.extract(text, [], {}) == ["上海金融法院"]


def test_gains_in_the_facts_are_no_fine_though_the_next_cell_is_the_penalty() -> None:
    text = "当事人出售客户信息，违法所得之外另获利3.5万元。 Penalty: 没收违法所得3.5万元，并处罚款人民币8万元"
    assert penalty_cny(text) == 80000


def test_control_a_fine_named_after_its_amount_in_one_sentence_counts() -> None:
    assert penalty_cny("对该公司处以5万元罚款。") == 50000


def test_a_tongbao_page_is_one_notice_with_its_annex_as_source() -> None:
    _, devs = ingest(_TONGBAO, "tongbao.html")
    assert len(devs) == 1
    assert devs[0].date == "2025-10-15"
    assert devs[0].sources == ["https://gdca.example.gov.cn/files/2025-10-15/app-list.xlsx"]


def test_an_inspection_campaign_is_enforcement() -> None:
    body = "9月5日，江苏省通信管理局印发《关于开展电信企业个人信息保护专项检查的通知》，决定于9月至11月开展检查。"
    assert classify("省通信管理局部署个人信息保护专项检查", body, "legislation") == "enforcement"


def test_an_associations_convention_is_industry() -> None:
    body = "10月20日，本会会员大会审议通过《会员数据安全自律公约》，自2026年1月1日起施行。"
    assert classify("协会发布数据安全自律公约", body, "legislation") == "industry"


def test_control_a_ministrys_measures_stay_legislation() -> None:
    body = "10月20日，国家互联网信息办公室公布《数据安全事件报告办法》，自2026年1月1日起施行。"
    assert classify("网信办公布数据安全事件报告办法", body, "legislation") == "legislation"
