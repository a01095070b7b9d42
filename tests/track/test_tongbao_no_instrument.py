# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""Issue 16, adjudicated: a 通报 that reports enforcement (apps, companies or cases named for
rectification or punishment) makes no rule, so a notice page of one lists the laws it cites as
`other` and not its own title as an adopted instrument; a 通知 or 公告 that issues measures still
lists them (H15-1, H10-4, H12-6).

The notices below are written for these tests; the bodies, names and numbers are made up."""

from __future__ import annotations

from piplkit.track import ingest
from piplkit.track.model import Development

_PROVINCE = """浙江省通信管理局关于侵害用户权益行为的APP通报（2025年第4批）

发布时间：2025-11-20　来源：浙江省通信管理局

依据《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》等法律法规，我局对省内部分移动应用程序开展了技术检测，发现7款APP存在违规收集使用个人信息等问题，现予以通报。

上述APP应于11月30日前完成整改。逾期未整改的，我局将依法依规予以处置。

浙江省通信管理局
2025年11月20日
"""

_CASES = """<html><head><meta charset="utf-8"><title>示例</title></head><body>
<h1>江苏省互联网信息办公室关于部分App违规收集使用个人信息情况的通报</h1>
<p>发布日期：2025年10月28日</p>
<p>根据《中华人民共和国个人信息保护法》，我办近期对群众反映强烈的12款App进行了核查，已责令相关运营者限期整改，对拒不整改的3款App予以下架处理。</p>
<p style="text-align:right">江苏省互联网信息办公室</p>
<p style="text-align:right">2025年10月28日</p>
</body></html>
"""

_CIRCULAR = """Circular of the Zhejiang Communications Administration on Apps Infringing Users' Rights and Interests (Batch 4 of 2025)

Published: 20 November 2025

Under the Personal Information Protection Law and the Data Security Law, the Administration tested apps offered in the province and found that 7 apps collect personal information in violation of the rules. They are hereby named.

The apps listed below shall complete rectification by 30 November 2025. Those that fail to do so will be dealt with according to law.

Zhejiang Communications Administration 20 November 2025
"""

_MEASURES = """浙江省通信管理局关于印发《浙江省移动互联网应用程序个人信息保护管理办法》的通知

发布时间：2025-11-20　来源：浙江省通信管理局

各市通信发展办公室，各相关企业：

现将《浙江省移动互联网应用程序个人信息保护管理办法》印发给你们，请认真贯彻执行。

浙江省通信管理局
2025年11月20日
"""

_CAMPAIGN = """浙江省通信管理局关于开展移动互联网应用程序个人信息保护专项检查的通知

发布时间：2025-11-20　来源：浙江省通信管理局

各市通信发展办公室，各相关企业：

为落实《中华人民共和国个人信息保护法》，我局决定于2025年12月至2026年2月开展专项检查，请认真贯彻执行。

浙江省通信管理局
2025年11月20日
"""

_EN_MEASURES = """Circular of the Zhejiang Communications Administration on Issuing the Measures for the Protection of Personal Information in Apps

Published: 20 November 2025

To all municipal communications offices and relevant enterprises:

The Measures for the Protection of Personal Information in Apps are hereby issued. Please implement them conscientiously.

Zhejiang Communications Administration 20 November 2025
"""


def _one(text: str, name: str) -> Development:
    _, devs = ingest(text, name)
    assert len(devs) == 1
    return devs[0]


def _instruments(dev: Development) -> list[tuple[str, str]]:
    return [(m.name, m.stage) for m in dev.instruments]


def test_a_provincial_tongbao_lists_the_laws_it_cites_and_not_itself() -> None:
    dev = _one(_PROVINCE, "tongbao.txt")
    assert dev.kind == "enforcement"
    assert _instruments(dev) == [
        ("中华人民共和国个人信息保护法", "other"),
        ("中华人民共和国数据安全法", "other"),
    ]


def test_a_tongbao_of_apps_ordered_to_rectify_and_taken_down_is_no_instrument() -> None:
    dev = _one(_CASES, "tongbao.html")
    assert dev.kind == "enforcement"
    assert _instruments(dev) == [("中华人民共和国个人信息保护法", "other")]


def test_an_english_circular_naming_apps_is_enforcement_and_no_instrument() -> None:
    dev = _one(_CIRCULAR, "circular.txt")
    assert dev.kind == "enforcement"
    assert _instruments(dev) == [
        ("Personal Information Protection Law", "other"),
        ("Data Security Law", "other"),
    ]


def test_control_a_notice_issuing_measures_still_lists_them() -> None:
    dev = _one(_MEASURES, "tongzhi.txt")
    assert dev.kind == "legislation"
    assert _instruments(dev) == [("浙江省移动互联网应用程序个人信息保护管理办法", "adopted")]


def test_control_a_notice_opening_a_campaign_is_still_its_own_instrument() -> None:
    dev = _one(_CAMPAIGN, "campaign.txt")
    assert dev.kind == "enforcement"
    assert (_CAMPAIGN.splitlines()[0], "adopted") in _instruments(dev)


def test_control_an_english_circular_issuing_measures_is_still_an_instrument() -> None:
    dev = _one(_EN_MEASURES, "circular_measures.txt")
    assert dev.kind == "legislation"
    assert any(stage == "adopted" for _, stage in _instruments(dev))
