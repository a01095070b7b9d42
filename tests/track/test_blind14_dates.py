# ruff: noqa: E501
"""heldout14 (fixtrack14): where a mainstream page writes its own date and its events' dates —
a 公众号 time stamp under a month's title, a bilingual date line, a wiki's date heading over
several entries, "the amended law" taking effect in the next sentence.

Written for these tests in other wordings than the blind set's 月度观察, 快讯, wiki page and
quarterly review."""

from __future__ import annotations

from piplkit.track import dates, pagedate
from piplkit.track.extract import ingest
from piplkit.track.model import Block

_MONTHLY = """# 个人信息保护月报 | 2026年2月

示例咨询公司研究部　示例咨询　2026年3月4日 09:15　上海

## 一、执法动态

### （一）某市网信办处罚一家在线教育平台

上月20日，某市互联网信息办公室对一家在线教育平台处以罚款30万元，认定其未经监护人同意收集未成年人信息。

### （二）某省通信管理局约谈五家App运营者

本月2日，某省通信管理局约谈五家App运营者，要求其限期整改超范围索取权限问题。
"""

_BILINGUAL = """# 合规简讯 Compliance Brief

2026年3月6日 / 6 March 2026 · 示例律所 Example Firm

## 某市法院判决人脸识别案 City Court Rules on Face Scans

3月2日，某市中级人民法院判决一家小区物业公司删除业主人脸信息。
"""

_LOG = """# 数据合规变更日志

> 最后更新：2026-03-10

## 日志

### 2026-03-09

- 国家数据局发布《公共数据资源登记管理办法》，自2026年5月1日起施行。
- 某省网信办通报12款违规收集个人信息的App。
- 某市法院判决一家快递公司赔偿用户损失2000元。

### 2026-03-02

- 工业和信息化部发布《工业数据分类分级指南（修订征求意见稿）》。
"""

_AMENDED = """# Regulatory Review — Q1 2026

Published 31 March 2026

## 1. Legislation

**Personal Information Protection Regulations revised**

On 10 February 2026, the State Council adopted the Decision on Amending the Network Data Security Management Regulations. The revised regulations will take effect on 1 June 2026; they add rules on data brokers.

**Cross-border rules finalised**

On 20 February 2026, the CAC issued the Provisions on Data Export Certification. The new provisions take effect on 1 May 2026.
"""


def test_a_time_stamp_after_the_date_makes_it_the_pages_date() -> None:
    doc, devs = ingest(_MONTHLY, "monthly.md")
    assert doc.published == "2026-03-04"
    assert [d.date for d in devs] == ["2026-02-20", "2026-03-02"]


def test_control_a_clock_time_in_a_sentence_is_no_time_stamp() -> None:
    line = "某市网信办于2026年3月4日 09:15召开新闻发布会，通报了三起案件。"
    mention = dates.find_dates(line)[0]
    assert not pagedate.meta_field(line, mention.start, mention.end)


def test_a_bilingual_date_line_gives_the_pages_date() -> None:
    doc, devs = ingest(_BILINGUAL, "brief.md")
    assert doc.published == "2026-03-06"
    assert [d.date for d in devs] == ["2026-03-02"]


def test_every_entry_under_a_date_heading_is_dated_by_it() -> None:
    devs = ingest(_LOG, "log.md")[1]
    by_start = {d.title[:6]: d.date for d in devs}
    assert by_start == {
        "国家数据局发": "2026-03-09",
        "某省网信办通": "2026-03-09",
        "某市法院判决": "2026-03-09",
        "工业和信息化": "2026-03-02",
    }


def test_control_entries_after_a_paragraph_are_not_dated_by_the_heading_above() -> None:
    from piplkit.track.dateheads import dated_entries  # (new in fixtrack14)

    blocks = [
        Block("2026-03-09", heading=3),
        Block("first entry", marker="ul"),
        Block("A paragraph that closes the day's entries."),
        Block("later entry", marker="ul"),
        Block("A heading", heading=3),
        Block("entry under another heading", marker="ul"),
        Block("second entry under it", marker="ul"),
    ]
    assert [b.entry_date for b in dated_entries(blocks)] == [""] * 7


def test_the_amended_law_taking_effect_in_the_next_sentence_is_the_laws_date_of_effect() -> None:
    devs = ingest(_AMENDED, "review.md")[1]
    found = {(i.name, i.stage, i.effective_date) for d in devs for i in d.instruments}
    assert ("Network Data Security Management Regulations", "adopted", "2026-06-01") in found
    assert ("Provisions on Data Export Certification", "adopted", "2026-05-01") in found
