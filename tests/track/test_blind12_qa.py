# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout12's Q&A alert (issue 16, branch fix16v): bold "Q: What happened?" lines under every
numbered topic were read as headlines, so each question became an item and each topic heading a
title without text. The document below is another publisher's: a Markdown FAQ with "Question:" /
"Answer:" labels and a later answer that only gives a date of effect; the controls are a
newsletter with a single reader's "Q:" (left alone) and the question-line pattern itself."""

from __future__ import annotations

from piplkit.track import ingest
from piplkit.track.model import Block
from piplkit.track.qalines import qa_blocks

FAQ = """# Privacy FAQ — December 2025

Prepared by the data team of Example Partners, 9 December 2025.

## Beijing issues rules for face data

**Question: What changed?**

Answer: On 12 November 2025, the Beijing Municipal Internet Information Office issued the Beijing Measures for Facial Recognition Data Security.

**Question: When do they apply?**

Answer: From 1 February 2026.

## Tianjin fines a delivery platform

**Question: What changed?**

Answer: On 18 November 2025, the Tianjin Municipal Internet Information Office fined a delivery platform RMB 200,000 for keeping couriers' location data without consent, under the Personal Information Protection Law.

**Question: Anything else?**

Answer: Its data protection officer was fined a further RMB 20,000.
"""

LETTER = """Data Notes — December 2025

On 3 December 2025, the CAC released the Measures for Data Labelling (Draft for Comments).

On 5 December 2025, the Hubei Provincial Internet Information Office fined a bank RMB 100,000 under the Personal Information Protection Law.

Q: A reader asks whether the labelling draft covers photos. We will answer next month.
"""


def test_question_lines_are_parts_of_their_topic() -> None:
    _, devs = ingest(FAQ, "faq.md")
    got = [(d.title, d.date, d.penalty_cny) for d in devs]
    assert got == [
        ("Beijing issues rules for face data", "2025-11-12", None),
        ("Tianjin fines a delivery platform", "2025-11-18", 220000),
    ]


def test_a_later_answer_gives_the_date_of_effect() -> None:
    _, devs = ingest(FAQ, "faq.md")
    assert devs[0].instruments[0].effective_date == "2026-02-01"


def test_control_a_single_reader_question_is_left_alone() -> None:
    _, devs = ingest(LETTER, "letter.txt")
    assert [d.date for d in devs] == ["2025-12-03", "2025-12-05"]


def test_control_blocks_without_two_questions_and_answers_are_unchanged() -> None:
    blocks = [Block("Q: one question?", heading=7), Block("A: one answer.")]
    skipped: list = []
    assert qa_blocks(blocks, skipped) == blocks and not skipped
