# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout7's framing lines (issue 16, branch fix16k): a page's metadata bar, a feed entry's
source line, an e-mail's headers, greeting, banner and sign-off, an event or sponsored
advertisement, a newsletter's name-and-issue line and a post's reaction counts frame the
developments and report none. Each test's document is written in another style than the blind
document that showed the cause, and each has a control that must stay as it was."""

from __future__ import annotations

from piplkit.track import ingest
from piplkit.track.kinds import classify

#: a ministry's news article (not a press release) with a "Posted | Author | Views" bar
ARTICLE = """<html><head><title>MIIT Publishes Rules on App Permissions - News - Example Ministry</title></head>
<body><main>
<h1>MIIT Publishes Rules on App Permissions</h1>
<div class="info">Release time: 2025-06-03 16:00 | Source: General Office | Text size: L M S</div>
<p>On 3 June 2025, the Ministry of Industry and Information Technology (MIIT) published the Provisions on the Management of Mobile App Permissions, which take effect on 1 September 2025.</p>
<p>The Provisions set out when an app may ask for a permission again after a user refuses it.</p>
</main></body></html>
"""


def test_a_page_metadata_bar_is_no_headline() -> None:
    _, devs = ingest(ARTICLE, "article.html")
    assert [(d.title, d.date) for d in devs] == [
        ("MIIT Publishes Rules on App Permissions", "2025-06-03")
    ]
    # control: a dateline joined to a headline that reports an action stays the headline
    dateline = ARTICLE.replace(
        "Release time: 2025-06-03 16:00 | Source: General Office | Text size: L M S",
        "Beijing · 3 June 2025 · MIIT publishes app permission rules",
    )
    _, devs = ingest(dateline, "dateline.html")
    assert len(devs) == 1 and devs[0].date == "2025-06-03"


#: a plain-text digest whose entries carry a source line under their headline
FEED = """# Weekly Privacy Wire

### NPC Standing Committee reads draft data law

npcobserver · 2 Dec 2025 · #legislation

The NPC Standing Committee held a first reading of a draft amendment to the Personal Information Protection Law.

### MIIT lists apps that ignore refusals

miit.gov.cn · 4 Dec 2025

On 3 December, MIIT named 12 apps that asked for permissions again after users refused them.
"""


def test_a_feed_entrys_source_line_dates_the_entry_when_its_text_does_not() -> None:
    _, devs = ingest(FEED, "wire.md")
    assert [d.title for d in devs] == [
        "NPC Standing Committee reads draft data law",
        "MIIT lists apps that ignore refusals",
    ]
    # the first entry's text has no date: its source line's; the second's text has its own
    assert [d.date for d in devs] == ["2025-12-02", "2025-12-03"]


#: a forwarded message in another shape: a German-style client's header order, a "Hi all"
#: greeting, a CAUTION banner, a masthead, a seminar line and a "Best regards" sign-off
FORWARD = """From: Chen, Yu <yu.chen@example-bank.com>
Sent: Monday, 8 December 2025 08:15
To: Compliance <compliance@example-bank.com>
Subject: FW: Asia Privacy Brief - December 2025

Hi all,

See the brief below; the MIIT item needs an owner.

Best regards,
Yu

-----Original Message-----
From: Privacy Brief <brief@example-counsel.com>
Sent: Friday, 5 December 2025 17:00
To: Chen, Yu <yu.chen@example-bank.com>
Subject: Asia Privacy Brief - December 2025

CAUTION: This message originated from outside the organization. Do not click links unless you know the content is safe.

Asia Privacy Brief - December 2025

Dear clients,

MIIT Adopts App Permission Provisions
On 3 December 2025, the Ministry of Industry and Information Technology adopted the Provisions on the Management of Mobile App Permissions, which take effect on 1 March 2026.

Guangdong Regulator Fines Ride-Hailing Platform
On 1 December, the Guangdong Provincial Communications Administration fined a ride-hailing platform RMB 400,000 for sharing trip records without consent.

SEMINAR: What the app permission rules mean for banks, 16 December 2025, 10:00. Register: https://www.example-counsel.com/events/apps

This brief is for general information only and does not constitute legal advice.
"""


def test_a_forwarded_messages_framing_gives_no_developments() -> None:
    _, devs = ingest(FORWARD, "forward.txt")
    assert [d.title for d in devs] == [
        "MIIT Adopts App Permission Provisions",
        "Guangdong Regulator Fines Ride-Hailing Platform",
    ]
    assert [d.date for d in devs] == ["2025-12-03", "2025-12-01"]
    # control: a headline that opens like a greeting but reports a fine stays an item
    hello = FORWARD.replace(
        "Guangdong Regulator Fines Ride-Hailing Platform", "Hello Kitty Maker Fined Over Data"
    )
    _, devs = ingest(hello, "hello.txt")
    assert "Hello Kitty Maker Fined Over Data" in [d.title for d in devs]


def test_a_headline_verb_in_the_present_tense_names_rule_making() -> None:
    # "Adopts … Amendments" over a body that speaks of the fines the amended law raises
    body = "On 4 December, the legislature adopted amendments to the Data Security Law that raise the fines for data handlers and widen the penalties."
    assert classify("Legislature Adopts Data Security Law Amendments", body, None) == "legislation"
    # control: a headline about a fine stays enforcement
    assert classify("Regulator Fines Data Handler", body, None) == "enforcement"


#: a feed with a sponsored block under its own heading between two entries
SPONSORED = """# Data Rules Daily

## [CAC publishes cross-border FAQ](https://example.net/a)

On 2 December 2025, the Cyberspace Administration of China published answers to common questions on cross-border data transfers.

## Advertisement: ComplianceCloud — try it free

Automate your records of processing. Book a demo today.

## [TC260 releases draft standard on facial data](https://example.net/b)

On 4 December 2025, TC260 released a draft national standard on the security of facial recognition data for comment.
"""


def test_a_sponsored_block_between_entries_is_skipped_and_the_next_entry_kept() -> None:
    _, devs = ingest(SPONSORED, "daily.md")
    assert [d.title for d in devs] == [
        "CAC publishes cross-border FAQ",
        "TC260 releases draft standard on facial data",
    ]
    assert devs[1].sources == ["https://example.net/b"]


#: a social post pasted with its reactions and a comment that names a regulator's action
POST = """Wei Liu • 2nd
Data counsel

Two from this week:

▪ The Beijing Municipal Internet Information Office fined a ticketing app RMB 300,000 on 2 December 2025 for keeping ID card scans after refunds.

▪ On 4 December 2025 the Hangzhou Internet Court ruled that a smart-lock maker must delete a tenant's fingerprint data.

👏🔥 88 · 12 comments · 4 reposts

Like    Comment    Repost    Send

Anna Ma • 1st
Useful! Also the CAC fined a dating app RMB 1 million on 3 December 2025.
Like · Reply · 3 likes
"""


def test_a_posts_reactions_end_it_and_the_comments_under_it_are_no_developments() -> None:
    _, devs = ingest(POST, "post.txt")
    assert [d.date for d in devs] == ["2025-12-02", "2025-12-04"]
    # control: a sentence about comments received is text, not a reaction count
    text = POST.replace(
        "for keeping ID card scans after refunds.",
        "for keeping ID card scans after refunds. The office said it received 1,200 comments · 40 complaints.",
    )
    _, devs = ingest(text, "post2.txt")
    assert [d.date for d in devs] == ["2025-12-02", "2025-12-04"]
