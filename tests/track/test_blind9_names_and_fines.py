# ruff: noqa: E501  (the documents below are document text, one paragraph a line)
"""heldout9's law-firm alert and working-paper tracker (issue 16, branch fix16q): an adopted
"Decision on Amending the X Law" reports the X Law itself (H4, H7-3, H9-6), a draft of such a
decision stays the draft; "On 1 November 2025 the Measures …" without a comma does not put
"On 1 November 2025 the" into the name ("On" was read by YAML as the boolean true and so was
never in ``not_start``); a second party fined in the same "fined" clause ("…, and its officer
RMB 100,000") is added even when the cue is far back. Written in other wordings; with controls."""

from __future__ import annotations

from piplkit.track import ingest, instruments
from piplkit.track.penalties import penalty_cny

DECISION = """Data Law Brief

1. Data Security Law revised
On 12 December 2025, the NPC Standing Committee adopted the Decision to Revise the Data Security Law, which takes effect on 1 July 2026.
"""


def test_an_adopted_amending_decision_reports_the_law() -> None:
    _, devs = ingest(DECISION, "brief.txt")
    assert [(m.name, m.stage, m.effective_date) for m in devs[0].instruments] == [
        ("Data Security Law", "adopted", "2026-07-01")
    ]


def test_amended_law_shapes_and_controls() -> None:
    amended_law = getattr(instruments, "amended_law", None)  # (new on this branch)
    assert amended_law is not None
    assert amended_law("Decision on Amending the Cybersecurity Law") == "Cybersecurity Law"
    assert amended_law("Decision on the Amendment of the Data Security Law") == "Data Security Law"
    # controls: a draft decision is the draft; other decisions are their own instruments
    draft = "Decision on Amending the Cybersecurity Law of the People's Republic of China (Draft for Comments)"
    assert amended_law(draft) == draft
    assert amended_law("Decision on Strengthening Network Information Protection") == (
        "Decision on Strengthening Network Information Protection"
    )


def test_a_date_opening_without_a_comma_is_no_part_of_the_name() -> None:
    text = "On 15 March 2026 the Provisions on the Security of Connected Vehicle Data took effect."
    found, _ = instruments.extract(text, None)
    assert [m.name for m in found] == ["Provisions on the Security of Connected Vehicle Data"]
    # control: "In" (a word YAML leaves alone) was stripped before as well
    text = "In March 2026 the Provisions on the Security of Connected Vehicle Data took effect."
    found, _ = instruments.extract(text, None)
    assert [m.name for m in found] == ["Provisions on the Security of Connected Vehicle Data"]


def test_a_second_party_in_the_same_fine() -> None:
    text = (
        "On 3 December 2025 the Chengdu Municipal Administration for Market Regulation fined the "
        "operator of a food-delivery app CNY 650,000 and the manager in charge of its data "
        "compliance CNY 40,000 for selling riders' location histories."
    )
    assert penalty_cny(text) == 690000


def test_controls_amounts_after_a_fine_that_are_no_fines() -> None:
    lead = (
        "On 3 December 2025 the Chengdu Municipal Administration for Market Regulation fined the "
        "operator of a food-delivery app CNY 650,000"
    )
    assert (
        penalty_cny(f"{lead}, and ordered it to pay each affected rider compensation of CNY 2,000.")
        == 650000
    )
    assert (
        penalty_cny(
            f"{lead}. Its turnover in the city, and its riders' earnings, reached CNY 90 million."
        )
        == 650000
    )
