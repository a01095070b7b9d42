# ruff: noqa: E501
"""heldout12 (fix16w): a resource list's law table and list entries opening with an ISO date.

The documents are written for these tests in other wordings than the blind set's README."""

from __future__ import annotations

from piplkit.track.extract import ingest

_README = """# Privacy law tracker

Last updated: 2025-11-20

## Changelog

- **2025-11-18** — 国家互联网信息办公室发布《人工智能生成合成内容标识办法》，自2026年3月1日起施行。[来源](https://cac.example.org/a) `rule`
- **2025-11-10** 国家市场监督管理总局对某电商平台罚款50万元。[来源](https://samr.example.org/b)

## Statutes in force

| 名称 | 制定机关 | 施行日期 | 全文 |
| --- | --- | --- | --- |
| 中华人民共和国网络安全法 | 全国人大常委会 | 2017-06-01 | [链接](https://npc.example.org/csl) |
| 关键信息基础设施安全保护条例 | 国务院 | 2021-09-01 | [链接](https://gov.example.org/cii) |
"""


def _titles(text: str, name: str = "tracker.md") -> list[str]:
    return [d.title for d in ingest(text, name)[1]]


def test_iso_date_opening_an_entry_is_no_part_of_its_title() -> None:
    titles = _titles(_README)
    assert any(t.startswith("国家互联网信息办公室发布") for t in titles)
    assert any(t.startswith("国家市场监督管理总局对某电商平台罚款") for t in titles)


def test_rows_of_a_law_table_are_no_developments() -> None:
    titles = _titles(_README)
    assert "中华人民共和国网络安全法" not in titles
    assert "关键信息基础设施安全保护条例" not in titles
    assert len(titles) == 2


def test_control_a_title_opening_with_another_date_keeps_it() -> None:
    text = (
        "# Updates\n\nPublished 2025-12-01\n\n"
        "- 2025-11-05 2024-06-30 was the old deadline; MIIT fined an app maker RMB 50,000 "
        "on 5 November 2025.\n"
    )
    devs = ingest(text, "updates.md")[1]
    for d in devs:
        if d.date != "2025-11-05":
            continue
        assert "2024-06-30" in d.title


def test_control_a_dated_row_naming_a_law_stays() -> None:
    text = (
        "# 动态\n\n更新：2025-12-01\n\n"
        "| 日期 | 事项 |\n| --- | --- |\n"
        "| 2025-11-28 | 国务院公布《网络数据安全管理条例》 |\n"
        "| 2025-11-20 | 工业和信息化部印发《汽车数据处理安全要求》，自2026年1月1日起施行 |\n"
    )
    titles = _titles(text, "dongtai.md")
    assert len(titles) == 2
