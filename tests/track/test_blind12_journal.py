# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout12's law journal contents (issue 16, branch fix16v): the "Note by … · pp. … · DOI …"
line under each note's bold title was read as the headline of its abstract, and the editorial
was an item. The issue below is another journal's, in Markdown with "Case comment by" and a
page range without a DOI, one line run into its abstract; the controls are a headline that only
holds a middle dot and a news item that names pages of a report."""

from __future__ import annotations

from piplkit.track import ingest
from piplkit.track.contribmeta import contribution_blocks
from piplkit.track.model import Block

ISSUE = """# Asia Data Law Quarterly — Vol. 2, No. 4 (December 2025)

Example Law School · Published 12 December 2025

## Editorial

**A Year of Audits**

Ye Lin · pp. 1–2

We thank our authors and look ahead to a busy 2026 for data law in China.

## Developments

**Audits of Personal Information Handling Begin**

Case comment by Zhao Min · pp. 40–44

On 1 May 2025, the Measures for Personal Information Protection Compliance Audits took effect, issued by the CAC.

**A Court Weighs Employee Monitoring**

Comment by Li Hua · pp. 45–49 · DOI 10.0000/adlq.2025.0412 On 20 November 2025, the Hangzhou Internet Court held that an employer's screen monitoring breached the Personal Information Protection Law.

## Book Reviews

**Review of Privacy in Asia by A. Example**

Reviewed by Kim Lee · pp. 50–52

A readable survey with a chapter on China.
"""


def test_contribution_lines_are_metadata_and_notes_keep_their_titles() -> None:
    _, devs = ingest(ISSUE, "issue.md")
    assert [(d.title, d.date) for d in devs] == [
        ("Audits of Personal Information Handling Begin", "2025-05-01"),
        ("A Court Weighs Employee Monitoring", "2025-11-20"),
    ]


def test_control_lines_that_are_no_contribution_lines_stay() -> None:
    blocks = [
        Block("CAC · 3 December 2025 · fines"),
        Block("The report (pp. 4–9) lists 12 fines imposed by the CAC in 2025."),
    ]
    skipped: list = []
    assert contribution_blocks(blocks, skipped) == blocks and not skipped
