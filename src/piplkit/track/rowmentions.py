"""One instrument named by a row's title cell and again by its text (heldout11, fix16t).

A table row's title cell is read before its text ("Cybersecurity Law amendment adopted." over
"The NPC Standing Committee adopted the Decision on Amending the Cybersecurity Law; the amended
law takes effect on 2026/01/01."). The extractor names an adopted amending decision by the law
it amends, so the one law came out twice: once from the title (no date of effect) and once
from the text (with it). Whichever the publisher's table, two mentions of the same name in one
row are one instrument: the first place, the stage the text gives when the title gave only a
citation, and the date of effect either gives.
"""

from __future__ import annotations

from piplkit.track.model import InstrumentMention
from piplkit.track.textutil import normalise


def merge_repeated(found: list[InstrumentMention]) -> list[InstrumentMention]:
    """``found`` with later mentions of an earlier mention's name folded into it."""
    if len(found) < 2:
        return found
    out: list[InstrumentMention] = []
    at: dict[str, int] = {}
    for mention in found:
        key = normalise(mention.name)
        if key not in at:
            at[key] = len(out)
            out.append(mention)
            continue
        first = out[at[key]]
        out[at[key]] = InstrumentMention(
            first.name,
            mention.stage if first.stage == "other" else first.stage,
            first.effective_date or mention.effective_date,
            first.start,
        )
    return out
