# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""Causes of the lost sixth held-out set's errors (heldout6: only its error list survived),
each fixed by a rule for any publisher: an outlook section over a timeline, an editor's note
after a bilingual table, case numbers under numbered case titles, a two-column PDF's column
labels, a team line under a PDF's title, an appendix of background law, a changelog's run-in
entries with nested bullets, a 通报's deadline, a byline's date, "将于…起施行", statutory
maxima, and days of "this month". Each test has a control: the near miss that stays as it was."""

from __future__ import annotations

import datetime as dt

from piplkit.track import ingest
from piplkit.track.dates import event_date, find_dates, publication_date
from piplkit.track.instruments import extract
from piplkit.track.layout import boilerplate, is_body, label_line
from piplkit.track.model import Block
from piplkit.track.penalties import penalty_cny

from .conftest import DATA

CAUSES = DATA / "causes6"

TIMELINE = """PRIVACY PULSE | November 2025

Coming up

The CAC is expected to finalise the personal information audit rules in December, and MIIT will hold a hearing on app permissions on 15 December.

3 November 2025 — The CAC issued the Measures for Personal Information Export Certification.

10 November 2025 — MIIT named 15 apps that collected personal information without consent.

18 November 2025 — The Beijing Internet Court ruled that a platform's scraping of user profiles was unlawful.
"""

HEADLINES = """# Privacy Pulse — November 2025

## Coming up

- 15 December: MIIT hearing on app permissions.
- January 2026: the CAC's audit rules are expected.

### CAC issues certification measures

On 3 November 2025, the CAC issued the Measures for Personal Information Export Certification.

### MIIT names 15 apps

On 10 November 2025, MIIT named 15 apps that collected personal information without consent.
"""

TIMELINE_TABLE = """# Privacy Pulse — November 2025

## Looking ahead

MIIT will hold a hearing on app permissions on 15 December.

| Date | Authority | Development |
|---|---|---|
| 3 November 2025 | CAC | The CAC issued the Measures for Personal Information Export Certification. |
| 10 November 2025 | MIIT | MIIT named 15 apps that collected personal information without consent. |
"""

#: the control: an outlook whose dated entries go forward (across the new year) stays skipped
KEY_DATES = """# Privacy Pulse — November 2025

## Enforcement

### MIIT names 15 apps

On 10 November 2025, MIIT named 15 apps that collected personal information without consent.

## Key dates ahead

On 15 December, the CAC closes its consultation on the audit rules.

On 1 January, the amended Cybersecurity Law takes effect.

On 20 January, MIIT will publish its second list of apps.
"""


def test_outlook_section_gives_way_to_the_timeline_under_it() -> None:
    _, devs = ingest(TIMELINE, "pulse.txt")
    assert [d.date for d in devs] == ["2025-11-03", "2025-11-10", "2025-11-18"]
    assert devs[2].kind == "judicial"
    _, devs = ingest(HEADLINES, "pulse.md")
    assert [d.title for d in devs] == ["CAC issues certification measures", "MIIT names 15 apps"]
    _, devs = ingest(TIMELINE_TABLE, "pulse-table.md")
    assert [d.date for d in devs] == ["2025-11-03", "2025-11-10"]
    # control: dates ahead of each other, "takes effect", "will": the outlook's own entries
    _, devs = ingest(KEY_DATES, "ahead.md")
    assert [d.title for d in devs] == ["MIIT names 15 apps"]
    later = TIMELINE_TABLE.replace("3 November 2025 | CAC", "1 January 2026 | NPCSC").replace(
        "The CAC issued the Measures for Personal Information Export Certification.",
        "The amended Cybersecurity Law takes effect.",
    )
    _, devs = ingest(later, "ahead-table.md")
    assert devs == []


BILINGUAL_TABLE = """# 数据合规双语月报 Data Compliance Monthly（2025年11月）

| 日期 Date | 发布机关 Issuer | 文件名称 Title | 要点 Summary |
|---|---|---|---|
| 2025-11-03 | 国家网信办 CAC | 《个人信息出境认证办法》 | 国家互联网信息办公室发布《个人信息出境认证办法》，自2026年1月1日起施行。 |
| 2025-11-10 | 工业和信息化部 MIIT | 关于侵害用户权益行为的App通报 | 工业和信息化部通报15款违规收集个人信息的App。 |

## 编者按 Editor's note

本月监管重点仍在个人信息出境。We expect more certification guidance next year.
"""


def test_editors_note_after_a_bilingual_table_leaves_the_table_its_items() -> None:
    _, devs = ingest(BILINGUAL_TABLE, "monthly.md")
    assert [d.date for d in devs] == ["2025-11-03", "2025-11-10"]
    assert devs[0].authorities == ["CAC"]
    assert [(i.name, i.effective_date) for i in devs[0].instruments] == [
        ("个人信息出境认证办法", "2026-01-01")
    ]
    # the note above the table: the table is no part of it either; the note stays skipped
    title, rest = BILINGUAL_TABLE.split("\n\n", 1)
    table, note = rest.split("\n\n## ")
    _, devs = ingest(f"{title}\n\n## {note}\n{table}\n", "monthly2.md")
    assert [d.date for d in devs] == ["2025-11-03", "2025-11-10"]
    assert not any("监管重点" in d.summary for d in devs)
    from piplkit.track.tables import column_role  # the header cells, either language

    assert [column_role(c) for c in ("日期 Date", "发布机关 / Issuer", "Summary 要点")] == [
        "date",
        "authority",
        "summary",
    ]


CASES_ZH = """北京互联网法院发布个人信息保护典型案例

2025年11月20日，北京互联网法院发布三起个人信息保护典型案例。

一、某科技公司非法收集人脸信息案

（2025）京0491民初1234号

2025年6月，北京互联网法院审理认为，被告某科技公司未经同意收集原告人脸信息，判决其赔礼道歉并赔偿损失。

二、某电商平台泄露用户订单信息案

（2025）京0491民初2345号

北京互联网法院于2025年8月12日判决，某电商平台未履行个人信息安全保障义务，应赔偿原告损失5000元。
"""

CASES_EN = """# Shanghai court publishes data cases

1. Zhang v. A Technology Co. (facial recognition)

(2025) Hu 0104 Min Chu No. 5678

On 3 June 2025, the Xuhui District People's Court held that the company's collection of facial images without consent infringed the plaintiff's personal information rights.

2. Li v. B Platform (data breach)

(2025) Hu 0104 Min Chu No. 6789

On 9 July 2025, the court ordered the platform to compensate the plaintiff for failing to protect his order data.
"""


ENFORCEMENT_ZH = """上海市网信办公布数据安全执法案例

2025年11月5日，上海市互联网信息办公室公布两起数据安全执法案例。

1. 某物流公司未履行数据安全保护义务案

沪网信罚〔2025〕3号

经查，该公司未采取必要措施保障数据安全，上海市互联网信息办公室依据《中华人民共和国数据安全法》对其处以罚款5万元。

2. 某酒店集团违规出境个人信息案

沪网信罚〔2025〕4号

经查，该集团未经安全评估向境外提供住客个人信息，上海市互联网信息办公室对其处以罚款50万元。
"""


def test_case_number_under_a_numbered_case_title_is_not_its_headline() -> None:
    _, devs = ingest(CASES_ZH, "cases.txt")
    assert [d.title for d in devs][1:] == [
        "某科技公司非法收集人脸信息案",
        "某电商平台泄露用户订单信息案",
    ]
    assert [d.date for d in devs][1:] == ["2025-06", "2025-08-12"]
    _, devs = ingest(CASES_EN, "cases.md")
    assert [d.title for d in devs] == [
        "Zhang v. A Technology Co. (facial recognition)",
        "Li v. B Platform (data breach)",
    ]
    assert [d.kind for d in devs] == ["judicial", "judicial"]  # "v.", "the plaintiff's"
    _, devs = ingest(ENFORCEMENT_ZH, "enforcement.txt")
    assert [d.title for d in devs][-2:] == [
        "某物流公司未履行数据安全保护义务案",
        "某酒店集团违规出境个人信息案",
    ]
    assert [d.penalty_cny for d in devs][-2:] == [50_000, 500_000]
    assert label_line(Block("（2024）最高法知民终123号")) == ("case", "（2024）最高法知民终123号")
    # control: a sentence that cites a case number is text, not a label
    assert label_line(Block("（2025）京0491民初1234号判决已生效。")) is None
    assert label_line(Block("(2025) three cases were heard")) is None


def test_two_column_pdf_column_label_is_a_section_not_part_of_the_headline() -> None:
    _, devs = ingest((CAUSES / "columns.pdf").read_bytes(), "columns.pdf")
    assert [d.title for d in devs] == [
        "CAC fines ride-hailing app",
        "MIIT names 20 apps",
        "CAC issues certification measures",
        "Beijing court rules on scraping",
    ]
    assert [d.kind for d in devs] == ["enforcement", "enforcement", "legislation", "judicial"]
    from piplkit.track.layout import section_label

    assert section_label("执法动态") and section_label("COURTS") and section_label("MAINLAND CHINA")
    assert not section_label("CAC fines ride-hailing app")  # control: a headline


def test_team_line_under_a_pdf_title_is_a_byline() -> None:
    _, devs = ingest((CAUSES / "team.pdf").read_bytes(), "team.pdf")
    assert [d.title for d in devs] == ["CAC fines ride-hailing app", "MIIT names 20 apps"]
    assert boilerplate("示例律师事务所数据合规团队") == "authors"
    # control: a headline about a firm reports something
    assert boilerplate("CAC fines Example LLP over client data leak") is None
    assert boilerplate("The court fined the law firm's data team.") is None


BACKGROUND = """# 数据合规周报（2025年第45期）

## 立法动态

### 国家网信办发布《个人信息出境认证办法》

2025年11月3日，国家互联网信息办公室发布《个人信息出境认证办法》，自2026年1月1日起施行。

## 附录：相关法规

| 法规名称 | 发布机关 | 发布日期 |
|---|---|---|
| 《中华人民共和国个人信息保护法》 | 全国人大常委会 | 2021-08-20 |
| 《网络数据安全管理条例》 | 国务院 | 2024-09-24 |
"""


def test_appendix_table_of_background_law_is_not_developments() -> None:
    doc, devs = ingest(BACKGROUND, "weekly.md")
    assert [d.title for d in devs] == ["国家网信办发布《个人信息出境认证办法》"]
    assert any("background law" in s.reason for s in doc.skipped)
    for label in ("附：相关法规", "附录一 相关法律法规", "## Appendix A – Laws referred to"):
        _, devs = ingest(BACKGROUND.replace("## 附录：相关法规", label), "weekly.md")
        assert len(devs) == 1, label
    # control: the same table under a section of developments gives one item a row
    _, devs = ingest(BACKGROUND.replace("附录：相关法规", "立法动态"), "weekly2.md")
    assert len(devs) == 3


CHANGELOG = """# Data rules changelog

- **CAC issues export certification measures** — The CAC published the Measures for Personal Information Export Certification on 3 November 2025.
  - Effective: 1 January 2026
- **MIIT names 15 apps** — MIIT named 15 apps that collected personal information without consent.
  - 10 November 2025: list published on MIIT's website
"""


def test_changelog_run_in_entry_keeps_its_text_and_nested_bullets() -> None:
    _, devs = ingest(CHANGELOG, "changelog.md")
    assert [d.title for d in devs] == [
        "CAC issues export certification measures",
        "MIIT names 15 apps",
    ]
    assert [d.date for d in devs] == ["2025-11-03", "2025-11-10"]
    assert [(i.name, i.stage, i.effective_date) for i in devs[0].instruments] == [
        ("Measures for Personal Information Export Certification", "adopted", "2026-01-01")
    ]
    # control: a headline line with a verb and a full stop is still no paragraph of prose
    assert not is_body(
        Block(
            "Shanghai Municipal Government approved the establishment of Shanghai Data Group Co., Ltd."
        )
    )


NOTICE = """关于侵害用户权益行为的App（SDK）的通报（2025年第5批）

近期，工业和信息化部组织第三方检测机构对手机应用软件进行检查，发现45款App存在违规收集个人信息等问题。上述App应于2025年11月20日前完成整改，逾期不整改的，将依法依规组织开展相关处置工作。

附件：存在问题的App（SDK）名单

工业和信息化部信息通信管理局
2025年11月10日
"""


WEEKLY_NOTICE = """数据合规周报

一、执法动态

工业和信息化部通报45款违规App

近期，工业和信息化部组织第三方检测机构对手机应用软件进行检查，发现45款App存在违规收集个人信息等问题，要求相关企业于2025年11月20日前完成整改。

工业和信息化部信息通信管理局

2025年11月10日
"""


def test_notice_is_dated_by_its_signature_not_a_rectification_deadline() -> None:
    _, devs = ingest(NOTICE, "notice.txt")
    assert [d.date for d in devs] == ["2025-11-10"]
    _, devs = ingest(WEEKLY_NOTICE, "weekly.txt")  # the signature on two lines
    assert [d.date for d in devs] == ["2025-11-10"]
    from piplkit.track.dates import is_deadline

    text = "The CAC asked platforms to rectify by 20 November 2025."
    assert is_deadline(text, find_dates(text)[0])
    assert event_date("整改须于2025年12月5日之前完成。", "", None) is None
    # control: the date of what happened, with a deadline after it
    assert (
        event_date("2025年11月10日，工信部通报45款App，要求于11月20日前整改。", "", None)
        == "2025-11-10"
    )


def test_byline_date_is_not_the_issue_date() -> None:
    doc, devs = ingest((CAUSES / "byline.docx").read_bytes(), "byline.docx")
    assert doc.published == "2025-04-30"
    assert [d.date for d in devs] == ["2025-04"]  # "earlier this month" in the April issue
    assert publication_date(
        "China Data Bulletin\nBy Jane Doe, 3 March 2025\nIssue 12 | 10 April 2025"
    ) == dt.date(2025, 4, 10)
    assert publication_date(
        "China Data Bulletin\nBy Jane Doe and John Roe, Partners, 3 March 2025\n10 April 2025"
    ) == dt.date(2025, 4, 10)  # a date on a line of its own is the issue's
    # control: a byline's date is the document's when it gives no other
    assert publication_date("Data Brief\nBy Jane Doe, 3 March 2025") == dt.date(2025, 3, 3)


def test_will_take_effect_is_the_date_of_effect() -> None:
    ref = dt.date(2025, 10, 28)
    for text in (
        "国家网信办发布《个人信息出境认证办法》，将于2026年1月1日起正式施行。",
        "国家网信办发布《个人信息出境认证办法》。《办法》将于2026年1月1日起施行。",
        "国家网信办发布了《个人信息出境认证办法》（以下简称《办法》），《办法》将于2026年1月1日起施行。",
        "国家网信办近日公布《个人信息出境认证办法》。该办法共二十条，将于2026年1月1日起施行。",
    ):
        found, _ = extract(text, ref)
        assert [(i.name, i.stage, i.effective_date) for i in found] == [
            ("个人信息出境认证办法", "adopted", "2026-01-01")
        ], text
    # control: another instrument's short name is not the one named before
    found, _ = extract(
        "国家网信办发布《个人信息出境认证办法》。《条例》将于2026年1月1日起施行。", ref
    )
    assert [i.name for i in found] == ["个人信息出境认证办法", "条例"]


def test_statutory_maximum_is_not_the_fine() -> None:
    assert penalty_cny("《办法》规定，情节严重的，最高可处五千万元罚款。") is None
    assert penalty_cny("The draft provides for fines of up to RMB 50 million.") is None
    assert penalty_cny("违反本条规定的，处五千万元以下罚款。") is None
    assert penalty_cny("罚款上限为五千万元。") is None
    # control: the fine imposed counts, the maximum beside it does not
    assert penalty_cny("上海市网信办对某公司处以罚款50万元。依法最高可处五千万元罚款。") == 500_000
    assert (
        penalty_cny(
            "The CAC fined the company RMB 2 million; the PIPL allows fines of up to RMB 50 million."
        )
        == 2_000_000
    )


def test_a_day_of_this_month_is_dated_by_the_document() -> None:
    ref = dt.date(2025, 11, 20)
    assert (
        event_date("On the 1st of this month, the CAC issued the Measures.", "", ref)
        == "2025-11-01"
    )
    assert event_date("On the 28th of last month, MIIT named 15 apps.", "", ref) == "2025-10-28"
    _, devs = ingest(
        "# Data Brief — November 2025\n\nOn the 1st of this month, the CAC published the Measures for Personal Information Export Certification.\n\nOn 10 November, MIIT named 15 apps that collected personal information unlawfully.\n",
        "brief.md",
    )
    assert [d.date for d in devs] == ["2025-11-01", "2025-11-10"]
    assert event_date("本月初，国家网信办发布了《办法》。", "", ref) == "2025-11"
    assert event_date("上月底，工信部通报了15款App。", "", ref) == "2025-10"
    assert event_date("《办法》于本月1日起施行。", "", ref) == "2025-11-01"  # it has taken effect
    assert event_date("《办法》将于2026年1月1日起施行。", "", ref) is None  # it has not
    assert event_date("截至本月底，共下架违规App 30款。", "", ref) is None  # as of: no event
    # control: "earlier this month" keeps the month
    assert event_date("Earlier this month, the CAC issued the Measures.", "", ref) == "2025-11"


CHANGELOG_HTML = """<html><body><h1>Data rules changelog</h1><ul>
<li><b>CAC issues export certification measures</b> — The CAC published the Measures for Personal Information Export Certification on 3 November 2025.<ul><li>Effective: 1 January 2026</li></ul></li>
<li><b>MIIT names 15 apps</b> — MIIT named 15 apps that collected personal information without consent.<ul><li>10 November 2025: list published on MIIT's website</li></ul></li>
</ul></body></html>"""


def test_nested_bullets_under_an_entry_in_html_and_plain_text() -> None:
    _, devs = ingest(CHANGELOG_HTML, "changelog.html")
    assert [d.title for d in devs] == [
        "CAC issues export certification measures",
        "MIIT names 15 apps",
    ]
    assert [d.date for d in devs] == ["2025-11-03", "2025-11-10"]
    assert devs[0].instruments[0].effective_date == "2026-01-01"
    text = "DATA RULES CHANGELOG | November 2025\n\n• On 3 November 2025, the CAC published the Measures for Personal Information Export Certification.\n  ◦ Effective: 1 January 2026\n• On 10 November 2025, MIIT named 15 apps that collected personal information without consent.\n  ◦ Source: MIIT's website\n"
    _, devs = ingest(text, "changelog.txt")
    assert [d.date for d in devs] == ["2025-11-03", "2025-11-10"]
    assert devs[0].instruments[0].effective_date == "2026-01-01"
    # control: an entry without a nested list reads as before
    _, devs = ingest(
        CHANGELOG_HTML.replace("<ul><li>Effective: 1 January 2026</li></ul>", ""), "c.html"
    )
    assert devs[0].instruments[0].effective_date is None


def _changelog_docx() -> bytes:
    """A changelog in Word: bold run-in entries ("List Bullet") over dated nested bullets
    ("List Bullet 2"), built with python-docx (the tracker's own DOCX library)."""
    import io

    from docx import Document

    doc = Document()
    doc.add_paragraph("Data rules changelog — November 2025", style="Title")
    for title, rest, sub in (
        (
            "CAC issues export certification measures",
            " — The CAC published the Measures for Personal Information Export Certification.",
            "3 November 2025: published on the CAC's website",
        ),
        (
            "MIIT names 15 apps",
            " — MIIT named 15 apps that collected personal information without consent.",
            "10 November 2025: list published on MIIT's website",
        ),
    ):
        para = doc.add_paragraph(style="List Bullet")
        para.add_run(title).bold = True
        para.add_run(rest)
        doc.add_paragraph(sub, style="List Bullet 2")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_nested_word_list_entries_are_points_of_the_entry_above() -> None:
    doc, devs = ingest(_changelog_docx(), "changelog.docx")
    assert [d.title for d in devs] == [
        "CAC issues export certification measures",
        "MIIT names 15 apps",
    ]
    assert [d.date for d in devs] == ["2025-11-03", "2025-11-10"]
    assert not doc.skipped[1:]  # nothing but the title left out
