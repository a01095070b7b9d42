# ruff: noqa: E501
"""heldout15 (fixtrack15): parts of mainstream documents that report nothing — a monthly
report's 总体情况, an in-house digest's asks of its teams, a newspaper's 相关报道 list, a
register page's "现将…予以公示" intro — are no items (H15-3 to H15-6).

The documents are written for these tests, not copied from the blind set."""

from __future__ import annotations

from piplkit.track import ingest
from piplkit.track.overview import describes_document

_MONTHLY = """浙江省网信办2025年10月网络执法工作情况

浙江省互联网信息办公室 2025年11月6日

一、总体情况

10月，全省网信系统共约谈网站平台23家，警告11家，罚款4家，关闭违法违规账号1200余个。

二、典型案例

（一）杭州某电商平台未履行个人信息保护义务案

10月9日，杭州市互联网信息办公室依据《中华人民共和国个人信息保护法》，对杭州某电商平台给予警告，并处罚款20万元。

（二）宁波某自媒体账号泄露他人信息案

10月21日，宁波市互联网信息办公室依法关闭某自媒体账号。经查，该账号多次发布他人手机号码和住址。
"""

_MEMO = """From: Compliance <compliance@example-foods.com>
Date: Tue, 4 Nov 2025 08:30 +0800
Subject: Data protection digest for October

Hi team,

Three developments this month.

1. CAC issues audit guidance

On Oct. 10, the CAC issued guidance on personal information protection compliance audits, which applies to all handlers from December.

2. Shenzhen fines a bakery chain

On Oct. 22, the Shenzhen Municipal Administration for Market Regulation fined a bakery chain RMB 150,000 for texting members without their consent.

What we need from your teams

- Marketing: stop the member SMS campaign until the new consent text is live.
- IT: confirm the audit owner by Nov. 14.
- All managers: the amended Cybersecurity Law takes effect on Jan. 1, 2026; the CAC's audit guidance applies from December.

Thanks,
Lin Example
"""

_COLUMN = """示例经济日报 2025年11月8日 星期六 第B03版：数据

【合规周观察】

网信办公布个人信息出境认证办法

本周一，国家互联网信息办公室公布《个人信息出境认证办法》，自2026年1月1日起施行。

某证券公司违规使用客户信息被罚

本周三，中国证券监督管理委员会对某证券公司罚款40万元。

相关报道：
网络数据安全管理条例施行一周年：企业合规有哪些变化（2025年10月30日B02版）
证券业客户信息保护观察（2025年10月25日B04版）

责任编辑：冯示例
"""


def test_a_reports_totals_are_no_case() -> None:
    _, devs = ingest(_MONTHLY, "zhifa.txt")
    assert [d.title for d in devs] == [
        "杭州某电商平台未履行个人信息保护义务案",
        "宁波某自媒体账号泄露他人信息案",
    ]


def test_an_account_closure_after_a_finding_is_enforcement() -> None:
    _, devs = ingest(_MONTHLY, "zhifa.txt")
    assert [d.kind for d in devs] == ["enforcement", "enforcement"]


def test_a_digests_asks_of_its_teams_are_no_item() -> None:
    _, devs = ingest(_MEMO, "memo.txt")
    assert [d.title for d in devs] == [
        "CAC issues audit guidance",
        "Shenzhen fines a bakery chain",
    ]


def test_a_newspapers_related_reports_are_no_item() -> None:
    _, devs = ingest(_COLUMN, "zhuanlan.txt")
    assert [d.title for d in devs] == [
        "网信办公布个人信息出境认证办法",
        "某证券公司违规使用客户信息被罚",
    ]


def test_a_register_pages_intro_describes_the_page() -> None:
    text = "依据《行政处罚信息公示办法》，现将本局近期作出的个人信息保护类行政处罚决定予以公开。如对公示内容有异议，请与本局联系。"
    assert describes_document(text)


def test_control_a_dated_report_of_a_notice_is_no_intro() -> None:
    text = "11月3日，市网信办通报了5款违规App，现将有关情况予以公开。"
    assert not describes_document(text)
