# ruff: noqa: E501  (the documents below are document text, one post a line)
"""heldout9's thread export and law-firm alert (issue 16, branch fix16q): a one-line post's own
URL is its source; "effective from the date of issuance" is in force that day (as
自发布之日起施行); "kicks in on 1 March" is a date of effect, and an undated post that only
names a law with its date of effect ahead, by no body that acts, is an outlook, no
development; a note that the document's content is made up ("hypothetical", "fictional") is
no development. Written in another style than the blind documents (a Mastodon export with
counters at the end of each post; an alert with its note under the masthead); with controls."""

from __future__ import annotations

from piplkit.track import ingest
from piplkit.track.model import Development, InstrumentMention
from piplkit.track.undated import drop_undated

POSTS = """Li Na (@lina@privacy.example.social)
China privacy roundup, week of 8 December 2025. A made-up sample: the app, the provisions and the fine are hypothetical. 🧵 1/5
Dec 12, 2025, 08:30

Li Na (@lina@privacy.example.social)
On Mon, the Cyberspace Administration of China issued the Provisions on the Security of Online Ride-Hailing Data, effective from the date of issuance. https://www.cac.example.gov.cn/2025-12/08/ride-hailing.html 2/5

Li Na (@lina@privacy.example.social)
On Wed, the Guangzhou Municipal Internet Information Office fined a tutoring app RMB 300,000 for collecting pupils' location data without consent. https://www.gzwx.example.gov.cn/2025-12/10/tutoring-fine.html 3/5

Li Na (@lina@privacy.example.social)
Heads-up: the amended Personal Information Protection Law kicks in on 1 March 2026, so review your consent flows. 4/5

Li Na (@lina@privacy.example.social)
On Thu, the Hangzhou Internet Court ordered a smart-lock maker to delete a tenant's fingerprints. https://www.hzcourt.example.cn/2025-12/11/lock.html 5/5
"""


def test_posts_sources_effect_on_issue_and_the_outlook() -> None:
    _, devs = ingest(POSTS, "posts.txt")
    assert [d.title[:8] for d in devs] == ["On Mon, ", "On Wed, ", "On Thu, "]
    assert [d.sources for d in devs] == [
        ["https://www.cac.example.gov.cn/2025-12/08/ride-hailing.html"],
        ["https://www.gzwx.example.gov.cn/2025-12/10/tutoring-fine.html"],
        ["https://www.hzcourt.example.cn/2025-12/11/lock.html"],
    ]
    assert [(m.stage, m.effective_date) for m in devs[0].instruments] == [
        ("in_force", "2025-12-08")
    ]


def test_kicks_in_is_a_date_of_effect() -> None:
    from piplkit.track import dates

    text = "The amended law kicks in on 1 March 2026."
    mention = dates.find_dates(text)[0]
    assert dates.is_effective_context(text, mention)
    control = "The court ruled on 1 March 2026."
    assert not dates.is_effective_context(control, dates.find_dates(control)[0])


ALERT = """China Data Alert | December 2025
Example & Partners · 15 December 2025

This alert is illustrative: the Wuxi case and the MIIT draft below are fictional; the other events are real.

1. MIIT Publishes Draft Rules on Industrial Data Classification
On 2 December 2025, the Ministry of Industry and Information Technology published the Draft Rules on Industrial Data Classification for public comment.

2. Wuxi Authority Fines a Logistics Company
On 9 December 2025, the Wuxi Municipal Internet Information Office fined a logistics company RMB 150,000 for failing to encrypt waybill data.
"""


def test_a_note_that_the_content_is_fictional_is_no_development() -> None:
    _, devs = ingest(ALERT, "alert.txt")
    assert [d.title for d in devs] == [
        "MIIT Publishes Draft Rules on Industrial Data Classification",
        "Wuxi Authority Fines a Logistics Company",
    ]


def test_notes_fiction_shapes_and_controls() -> None:
    from piplkit.track.overview import notes_fiction  # (new on this branch)

    assert notes_fiction("Illustrative sample: the firm and its lawyers are fictional.")
    assert notes_fiction("本文所涉案例均为虚构。")
    # controls: a report with a day; a report about fictitious accounts is dated
    assert not notes_fiction("On 3 May 2025, the court fined a firm for fictitious invoices.")
    assert not notes_fiction("The CAC issued the Measures.")


def _undated(
    authorities: list[str],
    stage: str,
    fine: int | None = None,
    effective: str | None = "2026-03-01",
) -> Development:
    return Development(
        title="Reminder",
        date=None,
        authorities=authorities,
        instruments=[InstrumentMention("Measures on Network Data Labelling", stage, effective)],  # type: ignore[arg-type]
        kind="other",
        penalty_cny=fine,
        footnotes=[],
        sources=[],
        summary="",
    )


def test_undated_outlooks_go_and_controls_stay() -> None:
    dated = _undated(["CAC"], "adopted")
    dated.date = "2025-12-01"
    kept = drop_undated(
        [
            dated,
            _undated([], "adopted"),  # a law's date of effect ahead, no body acts: dropped
            _undated(["CAC"], "adopted"),  # control: a body named with the instrument: kept
            _undated([], "adopted", 5000),  # control: a fine: kept
            _undated([], "other", effective=None),  # control: named without a date: kept
        ],
        [],
    )
    assert [(d.authorities, d.penalty_cny) for d in kept] == [
        (["CAC"], None),
        (["CAC"], None),
        ([], 5000),
        ([], None),
    ]
