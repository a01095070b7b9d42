# ruff: noqa: E501
"""heldout13 (fix16z): a development that drafts or issues an instrument is legislation even
when its words speak of fines or reports; an investigation closed by an enforcement notice is
enforcement; 发出 issues an instrument.

The documents are written for these tests (a Markdown tracker and a traditional-script brief),
not copied from the blind set's Q&A answer, heat map or LegCo paper."""

from __future__ import annotations

from piplkit.track.extract import ingest
from piplkit.track.model import Development

_TRACKER = """# Privacy rule tracker, November 2025

## Data Security Law amended to raise the maximum fines

On 3 November 2025, the NPC Standing Committee adopted amendments to the Data Security Law that raise the maximum fines, effective 1 March 2026.

## 数据安全事件报告有了统一格式

2025年11月5日，国家网信办公布《数据安全事件报告格式规范》，自2026年2月1日起施行。

## CAC fines a ride-hailing platform

On 12 November 2025, the CAC fined a ride-hailing platform RMB 500,000 under the Network Data Security Management Regulations, issued in 2024.
"""

_BRIEF = """# 資料保障簡報

## 近期發展

二零二五年十月三日，私隱專員公署發出《僱員監察指引（2025年版）》，供僱主參考。

二零二五年十月十五日，私隱專員公署就一間診所的病歷外洩事故完成調查，並向該診所送達執行通知。
"""


def _by_title(text: str, name: str) -> dict[str, Development]:
    return {d.title: d for d in ingest(text, name)[1]}


def test_an_amended_law_that_raises_fines_is_legislation() -> None:
    devs = _by_title(_TRACKER, "tracker.md")
    assert devs["Data Security Law amended to raise the maximum fines"].kind == "legislation"


def test_a_regulation_on_reports_is_legislation() -> None:
    devs = _by_title(_TRACKER, "tracker.md")
    assert devs["数据安全事件报告有了统一格式"].kind == "legislation"


def test_control_a_fine_under_a_law_stays_enforcement() -> None:
    devs = _by_title(_TRACKER, "tracker.md")
    assert devs["CAC fines a ride-hailing platform"].kind == "enforcement"


def test_issued_guidance_and_enforcement_notice_in_traditional_script() -> None:
    devs = list(_by_title(_BRIEF, "brief.md").values())
    assert len(devs) == 2
    guide, notice = devs
    assert [m.stage for m in guide.instruments] == ["adopted"]
    assert guide.kind == "legislation"
    assert notice.kind == "enforcement"
