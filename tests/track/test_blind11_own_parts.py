# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout11's Hong Kong chamber brief (issue 16, branch fix16u): three numbered parts, the
developments as bold headlines under 二、政策回顧 and prose under 一、本會立場書摘要 (the chamber's
own position paper, naming an instrument) and 三、會員活動 (a webinar): the prose parts were
items. The document below is another publisher's, in English: "From the chair" and "Upcoming
training" beside "Regulatory round-up"; its last part, a report at the parts' level, and a
digest whose parts all hold prose are controls (nothing skipped). Also: a list "effective the
same day" is in force that day."""

from __future__ import annotations

from piplkit.track import ingest, parse_document

FORUM = """# Nordic Business Forum China Data Brief, December 2025

Published 8 December 2025

## 1. From the chair

Our board met the Shanghai authorities in November and asked for a clearer timeline on the Personal Information Protection Law audits.

## 2. Regulatory round-up

### Shanghai fines a logistics firm

On 20 November 2025 the Shanghai Municipal Cyberspace Administration fined a logistics firm RMB 200,000 for leaking delivery addresses.

### CAC consults on audit rules

On 25 November 2025 the CAC released the Measures for Personal Information Audits of Platforms (Draft for Comments).

### Jiangsu issues a data list

On 1 December 2025 the Jiangsu Provincial Cyberspace Administration issued the Jiangsu Data Export Negative List, effective the same day.

## 3. Upcoming training

A half-day course on data export filings for members, 15 January 2026, Shanghai office.

## 4. Zhejiang court rules on face data

On 2 December 2025 the Hangzhou Intermediate People's Court held that a mall's face recognition cameras breached the Personal Information Protection Law.
"""

FLAT = """\
# Weekly notes

## From the chair

Our board met in November and asked for a clearer audit timeline.

## Shanghai fines a logistics firm

On 20 November 2025 the Shanghai Municipal Cyberspace Administration fined a logistics firm RMB 200,000 for leaking delivery addresses.

## CAC consults on audit rules

On 25 November 2025 the CAC released the Measures for Personal Information Audits of Platforms (Draft for Comments).

## Upcoming training

A half-day course on data export filings for members, 15 January 2026.
"""


def test_prose_parts_beside_parts_of_headlines_are_the_publishers_own() -> None:
    _, devs = ingest(FORUM, "forum.md")
    got = [(d.title, d.date) for d in devs]
    assert got == [
        ("Shanghai fines a logistics firm", "2025-11-20"),
        ("CAC consults on audit rules", "2025-11-25"),
        ("Jiangsu issues a data list", "2025-12-01"),
        ("Zhejiang court rules on face data", "2025-12-02"),  # (control: it reports)
    ]
    listed = devs[2].instruments[0]
    assert (listed.stage, listed.effective_date) == ("in_force", "2025-12-01")


def test_control_parts_all_of_prose_are_left_as_they_were() -> None:
    doc = parse_document(FLAT, "flat.md")
    assert not any(s.reason.startswith("the publisher's own part") for s in doc.skipped)
    assert "Upcoming training" in [i.title for i in doc.items]
