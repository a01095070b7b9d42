# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout11's mastheads (issue 16, branch fix16u): a listicle's headline over its byline ("5
things to know …" / "By Staff Reporter | Published Friday, 5 December 2025 | 4 min read") read
as one paragraph and an item, and the page lost the date its "On Monday" and "Last Friday"
count from; the bodies' "On Monday the Beijing Municipal Bureau …" kept the weekday in the
authority's name; a Substack letter's subtitle between its title and its byline was its first
headline. The documents below are other publishers': a "Posted on … | by the compliance desk"
byline, numbered "1)" entries, a Markdown dispatch with an italic byline; the control is a
list page whose first entry sits under the title over its metadata line and stays an item."""

from __future__ import annotations

import pytest

from piplkit.track import ingest
from piplkit.track.bylines import byline

CORNER = """COMPLIANCE CORNER
Three China privacy moves you may have missed
Posted on Thursday, 11 December 2025 | by the compliance desk

A busy week for regulators in central China, so here is the short version for busy readers.

1) Hubei fines a ride-hailing app
On Tuesday the Hubei Provincial Cyberspace Administration fined a ride-hailing app RMB 300,000 for keeping trip recordings without consent, under the Personal Information Protection Law.

2) Tianjin consults on a public data rule
On Monday the Tianjin Municipal Data Administration released the Tianjin Public Data Authorisation Measures (Draft for Comments).

3) A national standard on face data
The national standard on the security of facial recognition data took effect on 1 November, so operators must now store face templates apart from other data.

Forward this to a colleague.
"""

DISPATCH = """# Data Dispatch, issue 12

## Short notes on Chinese privacy law for in-house counsel

*Posted on 3 December 2025 | 5 min read*

Hello again — three things this time, and a correction next week.

## Hubei fines a ride-hailing app

On 1 December 2025 the Hubei Provincial Cyberspace Administration fined a ride-hailing app RMB 300,000 for keeping trip recordings without consent.

## Tianjin consults on a public data rule

On 28 November 2025 the Tianjin Municipal Data Administration released the Tianjin Public Data Authorisation Measures (Draft for Comments).
"""

RELEASES = """# Regulator releases

## CAC publishes outbound data FAQ

*cac.gov.cn · 2 December 2025 · #guidance*

On 2 December 2025 the CAC published answers to frequently asked questions on outbound data transfers.

## MIIT consults on connected car data

*miit.gov.cn · 28 November 2025 · #draft*

On 28 November 2025 MIIT released the Measures for Connected Vehicle Data (Draft for Comments).
"""


def test_a_byline_under_a_plain_text_headline_is_its_own_line() -> None:
    _, devs = ingest(CORNER, "corner.txt")
    got = [(d.title, d.date, d.authorities) for d in devs]
    assert got == [
        (
            "Hubei fines a ride-hailing app",
            "2025-12-09",
            ["Hubei Provincial Cyberspace Administration"],
        ),
        (
            "Tianjin consults on a public data rule",
            "2025-12-08",
            ["Tianjin Municipal Data Administration"],
        ),
        ("A national standard on face data", "2025-11-01", []),
    ]


def test_a_subtitle_between_title_and_byline_is_no_headline() -> None:
    _, devs = ingest(DISPATCH, "dispatch.md")
    assert [(d.title, d.date) for d in devs] == [
        ("Hubei fines a ride-hailing app", "2025-12-01"),
        ("Tianjin consults on a public data rule", "2025-11-28"),
    ]


def test_control_a_list_pages_first_entry_over_its_metadata_line_stays_an_item() -> None:
    _, devs = ingest(RELEASES, "releases.md")
    assert [(d.title, d.date) for d in devs] == [
        ("CAC publishes outbound data FAQ", "2025-12-02"),
        ("MIIT consults on connected car data", "2025-11-28"),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Staff Reporter | Published Friday, 5 December 2025 | 4 min read", True),
        ("Posted on Thursday, 11 December 2025 | by the compliance desk", True),
        ("数据合规组 ｜ 2025年12月5日 ｜ 阅读约5分钟", True),
        ("Written by J. Editor, 3 Dec. 2025", True),
        # controls: sentences, a headline with a date, a line without a full date
        ("Published rules take effect on 1 January 2026.", False),
        ("CAC fines a bank on 5 December 2025", False),
        ("By the numbers | fines this year", False),
        ("Posted on the blog: what the CAC did", False),
    ],
)
def test_byline_lines(line: str, expected: bool) -> None:
    assert byline(line) is expected
