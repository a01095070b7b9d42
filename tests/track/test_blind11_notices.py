# ruff: noqa: E501  (the document below is document text, one paragraph a line)
"""heldout11's translated notice (issue 16, branch fix16u): field accuracy 0.444. Its
signature ("… Cyberspace Administration" over "1 December 2025") was one plain-text paragraph
no rule read as issuer and date, so the notice had no date; its authority was "Notice of the …
Administration on Carrying Out" and the translator's office of the note under the title; its
own Article 5 ("This Notice takes effect on the date of issue") did not put it in force; "the
Personal Information Protection Law of the People's Republic of China and the Measures …" was
one instrument. The document below is another city's circular with other wordings ("[Translator's
note: …]", "shall come into force from the day of promulgation", "December 3, 2025", "Pursuant
to … and the Regulations …"); controls keep a body's "on" and plain body text."""

from __future__ import annotations

from piplkit.track import ingest
from piplkit.track.authorities import extract

CIRCULAR = """Circular of the Hangzhou Municipal Public Security Bureau on Launching the 2026 Inspection of Data Security Protection Duties

[Translator's note: courtesy translation by the Bureau's Press Office; only the Chinese text is authoritative.]

HZ PSB Circular [2025] No. 7

To all network operators in Hangzhou:

Pursuant to the Data Security Law of the People's Republic of China and the Regulations on Network Data Security Management, the following is circulated:

Article 1 Scope. Network operators that process important data in Hangzhou shall take part in the inspection.

Article 2 Timing. The inspection runs from 1 February to 31 March 2026.

Article 3 This Circular shall come into force from the day of promulgation.

Hangzhou Municipal Public Security Bureau
December 3, 2025

Enquiries: Cyber Security Detachment
"""


def test_a_translated_circular_gets_its_date_issuer_and_instruments() -> None:
    doc, devs = ingest(CIRCULAR, "circular.txt")
    (dev,) = devs
    assert dev.date == "2025-12-03"
    assert dev.authorities == ["Hangzhou Municipal Public Security Bureau"]
    assert [(m.name, m.stage, m.effective_date) for m in dev.instruments] == [
        (dev.title, "in_force", "2025-12-03"),
        ("Data Security Law of the People's Republic of China", "other", None),
        ("Regulations on Network Data Security Management", "other", None),
    ]
    reasons = {s.reason for s in doc.skipped}
    assert "document number of the notice" in reasons
    assert any(r.startswith("translation note") for r in reasons)


def test_a_notice_without_its_own_effect_article_stays_adopted() -> None:
    text = CIRCULAR.replace(
        "Article 3 This Circular shall come into force from the day of promulgation.",
        "Article 3 Operators shall report by 31 March 2026.",
    )
    (dev,) = ingest(text, "circular.txt")[1]
    assert (dev.instruments[0].stage, dev.instruments[0].effective_date) == ("adopted", None)


def test_issuer_names_lose_the_document_type_and_subject() -> None:
    assert extract(
        "Notice of the Shenzhen Municipal Cyberspace Administration on Carrying Out the 2026 Filing",
        [],
        {},
    ) == ["Shenzhen Municipal Cyberspace Administration"]
    # control: a body whose name goes on after "on" with no "-ing" keeps its name
    assert extract(
        "On Monday the Guangdong Provincial Cyberspace Administration fined a bank.", [], {}
    ) == ["Guangdong Provincial Cyberspace Administration"]
