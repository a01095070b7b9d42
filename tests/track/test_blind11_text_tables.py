# ruff: noqa: E501  (the documents below are document text, one row or paragraph a line)
"""heldout11's bilingual monthly table in plain text (issue 16, branch fix16t).

Its table drew cells with inner bars only ("日付 Date | 機関 Authority | 件名 Subject | 概要
Summary", no bar at either end), which the text reader did not take for a table: the rows were
joined into paragraphs and all six developments were lost. Around it: a bilingual byline
("作成：… / Prepared by: …") and issue line ("発行日 / Issued: …") over a note that the content is
made up, a Japanese section name with kana ("今後の予定 / Upcoming dates"), a row whose title
cell and text both name the Cybersecurity Law (once as the amending decision), and a list
"effective on the same day". The document below is a Chinese-English table in other words;
controls keep a byline with bars, tag lines with bars and dates of effect that are not the
same day."""

from __future__ import annotations

from piplkit.track import ingest
from piplkit.track.readers import text_blocks

MONTHLY = """中国数据合规月报 / China Data Compliance Monthly
编制：示例咨询 北京办公室 / Prepared by: Example Advisory Ltd., Beijing Office
日期 / Date: 2025-11-30

示例文本，苏州案件为虚构。
Illustrative text; the Suzhou case is fictional.

一、监管动态 / Developments

Date | Issuer | Topic | Details
2025-10-28 | NPC Standing Committee | Cybersecurity Law amended | The NPC Standing Committee adopted the Decision on Amending the Cybersecurity Law, which takes effect on 2026-01-01.
2025-11-12 | Suzhou Municipal Public Security Bureau | Logistics firm fined | The Suzhou Municipal Public Security Bureau fined a logistics firm RMB 150,000 under the Data Security Law.
2025-11-20 | Guangdong Provincial Cyberspace Administration | Data catalogue published | The Guangdong Provincial Cyberspace Administration published the Guangdong Important Data Catalogue (Trial), effective immediately.

■ 注目の日程 / Key dates

Date | Item
2026-01-01 | Amended Cybersecurity Law applies
2026-01-15 | Comments close on the app data draft
"""


def test_a_table_drawn_with_inner_bars_gives_one_item_a_row() -> None:
    _, devs = ingest(MONTHLY, "monthly.txt")
    assert [d.title for d in devs] == [
        "Cybersecurity Law amended",
        "Logistics firm fined",
        "Data catalogue published",
    ]
    assert [d.date for d in devs] == ["2025-10-28", "2025-11-12", "2025-11-20"]
    assert devs[1].penalty_cny == 150000
    assert devs[1].authorities == ["Suzhou Municipal Public Security Bureau"]


#: the same rows as a Markdown table (which the reader always took for one): the rules on the
#: rows' instruments hold whatever draws the table
ROWS_MD = "\n".join(
    ["| Date | Issuer | Topic | Details |", "|---|---|---|---|"]
    + [f"| {line} |" for line in MONTHLY.splitlines() if line.startswith("2025-")]
)


def test_the_title_cells_law_and_the_amending_decision_are_one_instrument() -> None:
    _, devs = ingest(ROWS_MD, "rows.md")
    assert [(m.name, m.stage, m.effective_date) for m in devs[0].instruments] == [
        ("Cybersecurity Law", "adopted", "2026-01-01")
    ]


def test_effective_immediately_is_in_force_from_the_rows_date() -> None:
    _, devs = ingest(ROWS_MD, "rows.md")
    assert [(m.stage, m.effective_date) for m in devs[2].instruments] == [
        ("in_force", "2025-11-20")
    ]


def test_control_a_byline_with_bars_and_tag_lines_stay_text() -> None:
    text = (
        "Weekly brief\n"
        "By Staff Reporter | Published Friday, 5 December 2025 | 4 min read\n\n"
        "[ENF] 02 Dec | Hainan regulator fines a hotel chain\n"
        "[LEG] 03 Dec | CAC issues rules on facial data\n"
    )
    assert all(b.cells is None for b in text_blocks(text))


def test_control_a_date_of_effect_ahead_stays_adopted() -> None:
    text = (
        "Date | Authority | Title | Summary\n"
        "2025-11-03 | CAC | Measures issued | The CAC issued the Measures for the Security of Minors' Data, effective on 1 March 2026. On the same day it published a Q&A.\n"
        "2025-11-04 | TC260 | Guide released | TC260 released the Practice Guide on Data Labelling.\n"
    )
    _, devs = ingest(text, "t.txt")
    assert [(m.stage, m.effective_date) for m in devs[0].instruments] == [("adopted", "2026-03-01")]
    assert [m.stage for m in devs[1].instruments] == ["adopted"]


#: control: a first headline that reports an act stays an item, though its text calls the
#: company fictional
FIRST_REPORT = """Compliance notes
Prepared for clients

Shanghai regulator fines Example Retail
The Shanghai Municipal Cyberspace Administration fined Example Retail, a fictional chain, RMB 200,000 for selling members' phone numbers.

CAC issues minors' data measures
On 3 November 2025 the CAC issued the Measures for the Security of Minors' Data.
"""


def test_control_a_first_report_over_a_fiction_note_stays_an_item() -> None:
    _, devs = ingest(FIRST_REPORT, "notes.txt")
    assert [d.title for d in devs] == [
        "Shanghai regulator fines Example Retail",
        "CAC issues minors' data measures",
    ]
