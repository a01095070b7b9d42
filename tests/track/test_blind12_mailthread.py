# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout12's e-mail thread (issue 16, branch fix16v): the earlier replies' ">" / ">>" quote
markers hid the dated paragraphs they quote, the senders' greetings, signatures and "Sent from
my iPhone" were headlines, and a lead-in sentence ending with a colon titled the first item.
The thread below is another company's, in another wording (Outlook-style "wrote:" lines, "> >"
markers, a signature with a bar); the controls are a newsletter that quotes one line with ">"
and a headline ending with a colon over undated text."""

from __future__ import annotations

from piplkit.track import ingest
from piplkit.track.leadins import lead_in
from piplkit.track.model import Block
from piplkit.track.quoted import unquoted

THREAD = """From: Ana Silva <ana.silva@example.org>
Sent: Monday, 8 December 2025 11:05
To: Tom Becker <tom.becker@example.org>
Subject: RE: privacy items for the risk committee

Tom,

Adding one from this morning:

On 8 December, the Hainan Provincial Internet Information Office fined a travel agency RMB 150,000 for selling guests' passport data, under the Personal Information Protection Law.

Ana

Ana Silva | Legal Counsel | +86 10 0000 0000

On Fri, 5 Dec 2025 at 16:40, Tom Becker <tom.becker@example.org> wrote:
> Ana, the two items I have so far:
>
> On 4 December, the Guangdong Provincial Administration for Market Regulation released the Guangdong Rules on Consumer Data in Live-Streaming Sales (Draft for Comments).
>
> Tom
>
> Sent from my Android
>
> On Thu, 4 Dec 2025 at 09:00, Ana Silva <ana.silva@example.org> wrote:
> > Tom, any items for the committee? Here is mine, one paragraph:
> >
> > On 1 December 2025, the Ministry of Public Security issued the Measures for Network Security Protection of Critical Systems, effective 1 March 2026.
"""

QUOTE = """Privacy Weekly — 6 December 2025

On 2 December 2025, the CAC issued the Measures for Data Export Certification.
> "This closes a gap," one lawyer said.

On 4 December 2025, the Jiangxi Provincial Internet Information Office fined an app operator RMB 80,000.
"""


def test_quoted_replies_keep_their_dated_paragraphs() -> None:
    _, devs = ingest(THREAD, "thread.txt")
    assert [d.date for d in devs] == ["2025-12-08", "2025-12-04", "2025-12-01"]
    assert devs[0].title.startswith("On 8 December, the Hainan")
    assert devs[2].instruments[0].effective_date == "2026-03-01"


def test_greetings_signatures_and_device_lines_are_no_items() -> None:
    _, devs = ingest(THREAD, "thread.txt")
    titles = " ".join(d.title for d in devs)
    for frame in ("Tom,", "Ana Silva |", "Sent from my", "Adding one", "any items"):
        assert frame not in titles


def test_control_a_single_quoted_line_keeps_its_marker() -> None:
    assert unquoted(QUOTE) == QUOTE
    _, devs = ingest(QUOTE, "quote.txt")
    assert [d.date for d in devs] == ["2025-12-02", "2025-12-04"]


def test_control_lead_ins() -> None:
    assert lead_in(Block("Here are the items for the board, one paragraph each:"))
    assert not lead_in(Block("Update of 3 December 2025, the items:"))  # names a date
    assert not lead_in(Block("Enforcement:", heading=2))
    assert not lead_in(Block("The CAC fined a bank."))
