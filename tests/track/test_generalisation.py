"""Layouts first met in the third held-out set: changelog tables, regulator bulletins and Q&As,
client alerts with analysis subheadings, article pages whose <title> carries the site name."""

from __future__ import annotations

from piplkit.track import ingest
from piplkit.track.instruments import extract
from piplkit.track.model import Block
from piplkit.track.read_html import page_title


def test_table_whose_development_column_has_an_unlisted_name_gives_one_item_per_row() -> None:
    text = (
        "# Tracker\n\n| Date | Regulator | What's new | Status |\n|---|---|---|---|\n"
        "| 2025-08-22 | TC260 | Draft standard on personal information deletion | Draft |\n"
        "| 2025-08-15 | CAC | Fine of RMB 300,000 on a ride-hailing app over location | Decided |\n"
    )
    _, devs = ingest(text, "t.md")
    assert [d.date for d in devs] == ["2025-08-22", "2025-08-15"]
    assert devs[0].title.startswith("Draft standard")


def test_short_name_defined_in_chinese_brackets_is_not_an_instrument() -> None:
    text = (
        "国家网信办公布《个人信息保护合规审计管理办法》（以下简称《办法》），"
        "自2025年5月1日起施行。《办法》明确了审计频次。"
    )
    found, _ = extract(text, None)
    assert [m.name for m in found] == ["个人信息保护合规审计管理办法"]


def test_bulletin_with_batch_number_and_annexed_list_is_one_enforcement_notice() -> None:
    text = (
        "关于侵害用户权益行为的APP通报（2025年第5批）\n\n"
        "依据《中华人民共和国个人信息保护法》，我部组织检查，尚有3款APP未完成整改，现予以通报。\n\n"
        "工业和信息化部\n2025年9月12日\n\n附件\n1\t示例视频\t违规收集个人信息\n2\t示例运动\t超范围收集\n"
    )
    doc, devs = ingest(text, "n.txt")
    assert doc.structure == "notice" and len(devs) == 1
    assert devs[0].kind == "enforcement" and devs[0].date == "2025-09-12"
    assert any("attachment" in s.reason for s in doc.skipped)


def test_page_title_without_the_site_name() -> None:
    blocks = [Block("国家互联网信息办公室关于某办法的通知", heading=2)]
    assert page_title("国家互联网信息办公室关于某办法的通知_中国网信网", blocks) == blocks[0].text
    assert page_title("Site News | CAC fines app operator", []) == "Site News"


def test_byline_and_analysis_subheading_are_not_items() -> None:
    text = (
        "# Client Alert: China Data Rules\n\nBy the Data Protection Practice of Example LLP\n\n"
        "## Audit measures finalised\n\nOn 14 February 2025, the CAC issued the Measures for "
        "Personal Information Protection Compliance Audits.[^1]\n\n### What it means\n\n"
        "Companies should budget for an external auditor.[^2]\n\n"
        "## Car maker fined\n\nOn 3 March 2025, the Shanghai Municipal Internet Information "
        "Office fined a car maker RMB 500,000.\n\n[^1]: https://example.org/a\n[^2]: https://example.org/b\n"
    )
    _, devs = ingest(text, "alert.md")
    assert [d.title for d in devs] == ["Audit measures finalised", "Car maker fined"]
    assert devs[0].footnotes == [1, 2]
