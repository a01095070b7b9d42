# ruff: noqa: E501  (the document below is document text, one paragraph a line)
"""heldout11's Hong Kong chamber brief (issue 16, branch fix16u): "香港特區政府創新科技及工業局"
(及 inside a body's own name) and "個人資料私隱專員公署" (a commissioner's office, no place) were
no authorities, and a guideline updated "自即日起施行" stayed ``other`` without a date. The
document below is a Macau association's: 澳門特別行政區政府…局 revising a guideline "即日起實施", a
申訴專員公署 issuing a report "即日起生效"; controls: a law cited before the report stays
``other``, a date of effect written out is kept, and a simplified text's 即日起 works alike."""

from __future__ import annotations

from piplkit.track import ingest
from piplkit.track.immediate import in_force_immediately
from piplkit.track.model import InstrumentMention
from piplkit.track.sarbodies import sar_bodies

MACAU = """# 澳門示例協會 數據通訊（2025年第4期）

出版日期：2025年12月10日

## 澳門個人資料保護局更新指引

12月1日，澳門特別行政區政府個人資料保護局修訂《網絡個人資料處理指引》，即日起實施。

## 申訴專員公署發布報告

12月3日，香港申訴專員公署依據《申訴專員條例》發布《政府部門處理個人資料投訴調查報告》，即日起生效。

## 國家網信辦公布辦法

11月28日，國家網信辦公布《數據出境認證實施規則》，自2026年3月1日起施行，並廢止《舊規則》。
"""


def test_sar_bodies_and_instruments_in_force_from_this_day() -> None:
    _, devs = ingest(MACAU, "macau.md")
    got = [
        (d.date, d.authorities, [(m.name, m.stage, m.effective_date) for m in d.instruments])
        for d in devs
    ]
    assert got == [
        (
            "2025-12-01",
            ["澳門特別行政區政府個人資料保護局"],
            [("網絡個人資料處理指引", "in_force", "2025-12-01")],
        ),
        (
            "2025-12-03",
            ["香港申訴專員公署"],
            [
                ("申訴專員條例", "other", None),
                ("政府部門處理個人資料投訴調查報告", "in_force", "2025-12-03"),
            ],
        ),
        (
            "2025-11-28",
            ["CAC"],
            [("數據出境認證實施規則", "adopted", "2026-03-01"), ("舊規則", "adopted", None)],
        ),
    ]


def test_sar_body_names_end_at_their_first_head_noun() -> None:
    text = "11月20日，国家网信办与香港特区政府创新科技及工业局更新指引；个人资料私隐专员公署同日发布提示。"
    assert [n for _, _, n in sar_bodies(text)] == [
        "香港特区政府创新科技及工业局",
        "个人资料私隐专员公署",
    ]
    assert sar_bodies("香港某公司与国家网信办签署协议。") == []  # control: no SAR body


def test_in_force_immediately_controls() -> None:
    text = "The Guidelines on Data Brokers were issued, effective immediately, citing the Personal Information Protection Law."
    found = [
        InstrumentMention("Guidelines on Data Brokers", "adopted", None, 4),
        InstrumentMention("Personal Information Protection Law", "other", None, 82),
    ]
    assert [
        (m.stage, m.effective_date) for m in in_force_immediately(text, found, "2025-12-01")
    ] == [
        ("in_force", "2025-12-01"),
        ("other", None),
    ]
    assert in_force_immediately(text, found, None) == found  # no date: nothing to set
