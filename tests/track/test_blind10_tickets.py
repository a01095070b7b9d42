# ruff: noqa: E501  (the documents below are document text, one row or paragraph a line)
"""heldout10's issue-tracker export (issue 16, branch fix16s): a tracker names a short
"Summary" column (the ticket's title) and a long "Description" (what happened, dated), which
the table vocabulary read as two summary columns, keeping the first: every ticket lost its text,
date and bodies. The shorter column of one-line cells is now the title, the longer the text, and
a row with no date, public body or instrument (the team's own ticket) is no development. The
export below is a Redmine-style Markdown table with other column names ("Subject" is already a
title; here "Summary" and "Details"); controls keep a table whose two text columns are both
prose, and a table whose rows name their date in a column."""

from __future__ import annotations

from piplkit.track import ingest

REDMINE = """# Privacy watch — issues updated in October 2025

| # | Tracker | Status | Summary | Details | Updated |
|---|---|---|---|---|---|
| 1041 | Feature | New | Group the Q4 regulatory tickets | Parent ticket that groups the quarter's work for the legal team. | 2025-10-02 |
| 1042 | Regulatory | Closed | Hainan regulator fines a hotel chain | On 14 October 2025 the Hainan Provincial Cyberspace Administration fined a hotel chain RMB 400,000 for leaking guests' passport scans. Check our booking engine. | 2025-10-16 |
| 1043 | Support | Resolved | Update the team wiki | Move the privacy checklist pages to the new wiki space before the audit. | 2025-10-20 |
| 1044 | Regulatory | Feedback | CAC draft on minors' facial data | On 24 October 2025 the Cyberspace Administration of China released the Provisions on Protecting Minors' Facial Information (Draft for Comments). Comments close 23 November 2025. | 2025-10-27 |
"""


def test_a_trackers_summary_is_the_title_and_its_details_the_text() -> None:
    _, devs = ingest(REDMINE, "redmine.md")
    by_title = {d.title: d for d in devs}
    assert sorted(by_title) == [
        "CAC draft on minors' facial data",
        "Hainan regulator fines a hotel chain",
    ]
    fine = by_title["Hainan regulator fines a hotel chain"]
    assert fine.date == "2025-10-14"  # the event in the text, not the Updated column
    assert fine.penalty_cny == 400000
    draft = by_title["CAC draft on minors' facial data"]
    assert draft.date == "2025-10-24"
    assert draft.authorities == ["CAC"]
    assert [m.stage for m in draft.instruments] == ["draft"]


#: control: two columns of prose (a summary and comments) keep the summary as the row's text
PROSE = """# Enforcement log

| Summary | Comments |
|---|---|
| On 3 September 2025 the Jiangsu Communications Administration ordered 9 apps to stop collecting contacts. | The list names two mobile games, which we do not operate, and seven tools. |
| On 19 September 2025 the Beijing Internet Court ruled that a dating app must delete a user's photos. | A short judgment; the court relied on the consent rules. |
"""


def test_control_two_prose_columns_keep_their_rows() -> None:
    _, devs = ingest(PROSE, "log.md")
    assert [d.date for d in devs] == ["2025-09-03", "2025-09-19"]


#: control: rows whose date and body are in their own columns are developments, though their
#: titles name neither
COLUMNS = """# Cases tracker

| Date | Authority | Case | Outcome |
|---|---|---|---|
| 2025-09-08 | Shanghai Municipal Public Security Bureau | A courier company | Fined RMB 100,000 |
| 2025-09-22 | Zhejiang Provincial Cyberspace Administration | An e-commerce seller | Warning |
"""


def test_control_rows_dated_by_their_column_stay_items() -> None:
    _, devs = ingest(COLUMNS, "cases.md")
    assert len(devs) == 2
