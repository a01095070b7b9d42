"""heldout12 (fix16w): a case's papers and a company's disclosures of them are no instruments.

The notice is written for these tests (a bank's announcement in plain text), not copied from
the blind set's company announcement."""

from __future__ import annotations

from piplkit.track.casepapers import case_paper
from piplkit.track.extract import ingest

_NOTICE = """示例农村商业银行股份有限公司关于接到行政处罚决定书的公告

本行董事会及全体董事保证本公告内容不存在任何虚假记载。

2025年11月14日，本行接到中国人民银行示例市分行送达的《行政处罚决定书》（示银罚决字〔2025〕7号）。本行曾于2025年8月1日披露《关于接到立案调查通知书的公告》。

依据《中华人民共和国反洗钱法》和《征信业管理条例》，中国人民银行示例市分行决定对本行罚款人民币85万元。

特此公告。

示例农村商业银行股份有限公司董事会
2025年11月15日
"""


def test_case_papers_and_disclosures_named_in_a_notice_are_no_instruments() -> None:
    devs = ingest(_NOTICE, "gonggao.txt")[1]
    names = [m.name for d in devs for m in d.instruments]
    assert not any("决定书" in n or "通知书" in n or "关于接到" in n for n in names)
    assert any("征信业管理条例" in n for n in names)


def test_case_paper_names() -> None:
    assert case_paper("责令限期整改通知书")
    assert case_paper("关于收到立案告知书的公告 （公告编号：2025-061）")
    assert case_paper("民事判决书")


def test_control_laws_and_government_announcements_stay_instruments() -> None:
    assert not case_paper("中华人民共和国个人信息保护法")
    assert not case_paper("关于实施个人信息保护认证的公告")
    assert not case_paper("网络安全审查办法")
    assert not case_paper("个人信息出境认证办法（征求意见稿）")
