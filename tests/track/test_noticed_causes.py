# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""Weaknesses noticed while fixing heldout6 (branch fix16j), each fixed by a rule for any
publisher and tested on a small document of our own with a control (the near miss that must
stay as it was): a plain-text entry's title before a spaced dash is its run-in headline, and a
log's title over two dated list entries is the document's title, not one story's headline."""

from __future__ import annotations

from piplkit.track import ingest

DASH_TXT = """Data rules changelog — November 2025

• Personal Information Protection Audit Measures — The CAC published the Measures for Personal Information Protection Audits on 5 November 2025, requiring annual audits by large processors.
• Shenzhen parking app fine — The Shenzhen Municipal Public Security Bureau fined a parking app operator RMB 80,000 on 12 November 2025 under the Data Security Law.
• Hotel facial recognition draft — On 18 November 2025 the CAC released the Rules on Facial Recognition in Hotels (Draft for Comments) for public comment.
"""


def test_plain_text_entry_title_before_a_dash_is_its_headline() -> None:
    _, devs = ingest(DASH_TXT, "log.txt")
    assert [d.title for d in devs] == [
        "Personal Information Protection Audit Measures",
        "Shenzhen parking app fine",
        "Hotel facial recognition draft",
    ]
    assert [d.date for d in devs] == ["2025-11-05", "2025-11-12", "2025-11-18"]
    assert devs[1].summary.startswith("The Shenzhen Municipal Public Security Bureau fined")
    assert devs[1].penalty_cny == 80000


#: the control: a dash that opens an aside in lower case is part of the entry's sentence
DASH_ASIDE_TXT = """Data rules changelog — November 2025

• The CAC published the Measures for Personal Information Protection Audits — its first rules on audits — on 5 November 2025.
• The Shenzhen Municipal Public Security Bureau fined a parking app operator RMB 80,000 on 12 November 2025.
"""


def test_dash_aside_in_a_sentence_is_no_headline() -> None:
    _, devs = ingest(DASH_ASIDE_TXT, "log.txt")
    assert len(devs) == 2
    # the entry is not cut at its dash: the aside stays in the entry's own text
    assert devs[0].title.startswith("The CAC published the Measures for Personal Information Protection Audits — its first rules")


LOG_TXT = """DATA RULES LOG

• 5 November 2025: The CAC published the Measures for Personal Information Protection Audits, requiring annual audits by large processors.
• 12 November 2025: The Shenzhen Municipal Public Security Bureau fined a parking app operator RMB 80,000 under the Data Security Law.
"""


def test_log_title_over_two_dated_entries_is_the_documents_title() -> None:
    _, devs = ingest(LOG_TXT, "log.txt")
    assert [d.date for d in devs] == ["2025-11-05", "2025-11-12"]
    assert "DATA RULES LOG" not in [d.title for d in devs]
    assert devs[1].kind == "enforcement" and devs[1].penalty_cny == 80000


#: the control: a story's headline over its dated paragraph and a paragraph that continues it
#: stays the one item's headline
STORY_TXT = """CAC publishes audit measures

On 5 November 2025, the CAC published the Measures for Personal Information Protection Audits.

The measures require annual audits by processors of more than ten million people's information.
"""


def test_story_headline_over_its_paragraphs_stays_one_item() -> None:
    _, devs = ingest(STORY_TXT, "story.txt")
    assert [d.title for d in devs] == ["CAC publishes audit measures"]
    assert devs[0].date == "2025-11-05"
