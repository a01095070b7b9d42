# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""The last two heldout6 causes, each fixed by a rule for any publisher: a list entry that is
only a (bold) headline over nested entries is an item whose body is those entries (a
changelog's rule name over its dated log lines, "Effective:", "Impact:" and "Source:"), in
Markdown, HTML, Word and plain text; and a regulator's 下一步工作 / 工作要求 section is its own
outlook, no development. Each test has a control: the near miss that stays as it was."""

from __future__ import annotations

import io

from piplkit.track import ingest
from piplkit.track.model import Development

CHANGELOG_MD = """# Data rules changelog

Last updated: 28 November 2025

## v2025.11

- **Measures for Personal Information Protection Audits**
  - 2025-11-20 — guidance on audit reports published by the CAC
  - 2025-11-05 — issued by the CAC
    - Effective: 2026-02-01
  - Impact: annual audits for processors of more than one million people
  - Source: https://www.example.org/log/pi-audit-measures
- **Shenzhen fine on a parking app operator**
  - 2025-11-12 — the Shenzhen Municipal Public Security Bureau fined a parking app operator RMB 80,000 under the Data Security Law
  - Impact: check retention of licence-plate logs
- **Rules on Facial Recognition in Hotels (Draft for Comments)**
  - 2025-11-18 — released for comment by the CAC
  - Impact: none until adopted
"""

TITLES = [
    "Measures for Personal Information Protection Audits",
    "Shenzhen fine on a parking app operator",
    "Rules on Facial Recognition in Hotels (Draft for Comments)",
]


def _check_changelog(devs: list[Development], sources: bool = True) -> None:
    assert [d.title for d in devs] == TITLES
    assert [d.date for d in devs] == ["2025-11-20", "2025-11-12", "2025-11-18"]
    assert [(i.name, i.stage, i.effective_date) for i in devs[0].instruments] == [
        ("Measures for Personal Information Protection Audits", "adopted", "2026-02-01")
    ]
    assert devs[1].kind == "enforcement" and devs[1].penalty_cny == 80000
    assert [(i.name, i.stage) for i in devs[2].instruments] == [
        ("Rules on Facial Recognition in Hotels (Draft for Comments)", "draft")
    ]
    if sources:
        assert devs[0].sources == ["https://www.example.org/log/pi-audit-measures"]
    # the log line is the summary, a sentence of its own
    assert devs[0].summary.startswith(
        "2025-11-20 — guidance on audit reports published by the CAC."
    )


def test_headline_entry_over_nested_log_lines_in_markdown() -> None:
    _, devs = ingest(CHANGELOG_MD, "log.md")
    _check_changelog(devs)


#: the control: a bold region over nested entries that each report a development in full keeps
#: those entries as the items (the region is no item)
REGIONS_MD = """# Data rules digest — November 2025

- **Mainland China**
  - On 5 November 2025, the CAC issued the Measures for Personal Information Protection Audits.
  - On 12 November 2025, the Shenzhen Municipal Public Security Bureau fined a parking app operator RMB 80,000.
- **Hong Kong**
  - On 18 November 2025, the PCPD published guidance on the use of artificial intelligence.
  - On 20 November 2025, the PCPD issued a report on a data breach at a retailer.
"""


def test_region_entry_over_full_reports_stays_a_heading() -> None:
    _, devs = ingest(REGIONS_MD, "digest.md")
    assert "Mainland China" not in [d.title for d in devs]
    assert [d.date for d in devs] == ["2025-11-05", "2025-11-12", "2025-11-18", "2025-11-20"]


CHANGELOG_HTML = """<html><head><title>Data rules changelog</title></head><body>
<h1>Data rules changelog</h1><p>Last updated: 28 November 2025</p><h2>v2025.11</h2><ul>
<li><b>Measures for Personal Information Protection Audits</b><ul>
<li>2025-11-20 — guidance on audit reports published by the CAC</li>
<li>2025-11-05 — issued by the CAC<ul><li>Effective: 2026-02-01</li></ul></li>
<li>Impact: annual audits for processors of more than one million people</li>
<li>Source: <a href="https://www.example.org/log/pi-audit-measures">https://www.example.org/log/pi-audit-measures</a></li></ul></li>
<li><strong>Shenzhen fine on a parking app operator</strong><ul>
<li>2025-11-12 — the Shenzhen Municipal Public Security Bureau fined a parking app operator RMB 80,000 under the Data Security Law</li>
<li>Impact: check retention of licence-plate logs</li></ul></li>
<li><b>Rules on Facial Recognition in Hotels (Draft for Comments)</b><ul>
<li>2025-11-18 — released for comment by the CAC</li><li>Impact: none until adopted</li></ul></li>
</ul></body></html>"""


def test_headline_entry_over_nested_list_in_html() -> None:
    _, devs = ingest(CHANGELOG_HTML, "log.html")
    _check_changelog(devs)


def _changelog_docx() -> bytes:
    """The changelog in Word: bold "List Bullet" rule names over "List Bullet 2" log lines and
    a "List Bullet 3" date of effect, built with python-docx (the tracker's DOCX library)."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("Data rules changelog — November 2025", style="Title")
    entries = [
        (
            TITLES[0],
            [
                ("2025-11-20 — guidance on audit reports published by the CAC", 2),
                ("2025-11-05 — issued by the CAC", 2),
                ("Effective: 2026-02-01", 3),
                ("Impact: annual audits for processors of more than one million people", 2),
            ],
        ),
        (
            TITLES[1],
            [
                (
                    "2025-11-12 — the Shenzhen Municipal Public Security Bureau fined a parking app operator RMB 80,000 under the Data Security Law",
                    2,
                )
            ],
        ),
        (TITLES[2], [("2025-11-18 — released for comment by the CAC", 2)]),
    ]
    for title, points in entries:
        para = doc.add_paragraph(style="List Bullet")
        para.add_run(title).bold = True
        for text, level in points:
            doc.add_paragraph(text, style=f"List Bullet {level}")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_headline_entry_over_nested_word_list() -> None:
    _, devs = ingest(_changelog_docx(), "log.docx")
    _check_changelog(devs, sources=False)


def test_headline_entry_over_nested_bullets_in_plain_text() -> None:
    text = (
        CHANGELOG_MD.replace("# Data", "DATA")
        .replace("## v2025.11\n\n", "")
        .replace("\n    - ", "\n    ◦ ")
        .replace("\n  - ", "\n  ◦ ")
        .replace("\n- **", "\n• ")
        .replace("**\n", "\n")
    )
    _, devs = ingest(text, "log.txt")
    _check_changelog(devs)
    # control: a bulleted sentence over a nested field line reads as before (fix16g's rule)
    _, devs = ingest(
        "DATA RULES CHANGELOG | November 2025\n\n• On 5 November 2025, the CAC issued the Measures for Personal Information Protection Audits.\n  ◦ Effective: 1 February 2026\n• On 12 November 2025, the Shenzhen Municipal Public Security Bureau fined a parking app operator RMB 80,000 for leaking the personal information of its users.\n",
        "log2.txt",
    )
    assert [d.date for d in devs] == ["2025-11-05", "2025-11-12"]
    assert devs[0].title.startswith("On 5 November 2025")
    assert devs[0].instruments[0].effective_date == "2026-02-01"


TONGBAO = """江苏省某市通信管理局关于个人信息保护执法情况的通报

一、某科技公司违规收集用户个人信息案
2025年10月9日，我局对某科技有限公司作出行政处罚决定。该公司违反《中华人民共和国个人信息保护法》的规定，被处以罚款10万元。

二、某物流公司未履行数据安全保护义务案
2025年10月16日，我局对某物流有限公司作出行政处罚决定，处以罚款5万元。

{heading}
我局将继续加大应用程序个人信息保护监督检查力度，对违法违规行为依法严肃查处，并定期通报典型案件。

江苏省某市通信管理局
2025年11月10日
"""


def test_regulators_next_steps_are_no_development() -> None:
    for heading in ("下一步工作", "三、下一步工作", "工作要求", "下一步"):
        _, devs = ingest(TONGBAO.format(heading=heading), "tongbao.txt")
        assert [d.date for d in devs] == ["2025-10-09", "2025-10-16"], heading
    # control: a case whose title mentions the next steps is still a case
    case = "三、某平台未按要求落实下一步整改工作案\n2025年10月28日，我局对某平台公司作出行政处罚决定，处以罚款3万元。"
    _, devs = ingest(TONGBAO.format(heading=case), "tongbao2.txt")
    assert [d.date for d in devs] == ["2025-10-09", "2025-10-16", "2025-10-28"]
