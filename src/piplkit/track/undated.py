"""Items that report nothing datable or nameable: no development (heldout8, fix16n).

Every labelled development in every shipped set has a date, because a development is an event:
something adopted, issued, fined or decided on a day. An item for which the extractor found no
date, no instrument and no fine, in a document whose other items are dated, is text around the
developments instead: a classification mark with the disclaimer under it ("内部资料 注意保存"),
a section's introduction ("The following developments … are relevant to us"), the publisher's
own tasks ("我行落实要求", "Our data protection programme") or an outlook of what may come
("预计将…", "有望…"). Dropping it is a rule about what a development is, not about a publisher's
wording, so it holds for any layout. It only applies when the document dates other items, so a
document whose dates the reader cannot find keeps its items, and an item whose extraction
failed (kept whole, undated) is kept for review, and so is one in which a public body acts
(a development whose date was missed), unless it forecasts.
"""

from __future__ import annotations

import re

from piplkit.track.authorities import has_authority
from piplkit.track.commentary import commentary
from piplkit.track.lawlist import reference_row
from piplkit.track.layout import has_action
from piplkit.track.model import Development, Skipped

_FAILED = "extraction failed"
#: what may come, not what happened ("预计将继续审议", "有望出台", "is expected to issue")
_FORECAST = re.compile(
    r"预计|有望|可能|拟于|\b(?:expected|likely|anticipated|set)\s+to\b|\bmay\b|\bwill\b", re.I
)


#: a paragraph that opens with the coming period and what will be done in it ("明年我们将重点…",
#: "下一步，我们将…", "Next year we will …"): a plan, not a development (heldout10, fix16r)
_OUTLOOK = re.compile(
    r"^(?:明年|来年|下一步|下一阶段|下半年|今后|接下来|next\s+year|in\s+the\s+coming\s+year)"
    r"[^。.!?！？]{0,12}?(?:将|要|计划|拟|\bwill\b|\bplans?\s+to\b)",
    re.I,
)


def _reported(dev: Development) -> bool:
    """A public body did something: a development whose date the extractor missed, kept
    ("MIIT named 12 apps … every Monday" has no date but reports an action)."""
    text = f"{dev.title} {dev.summary}"
    return has_authority(text) and has_action(text) and not _FORECAST.search(text)


#: a topic rather than a report: "How to staff a privacy office under …", "What a privacy
#: lead does …", "如何…"
_TOPIC = re.compile(r"^(?:(?:how|what|why|when|which|who)\b|如何|怎样|怎么|为什么)", re.I)


def _cited_only(dev: Development) -> bool:
    """A topic that only names laws, by no body that acts ("How to staff a privacy office
    under the Personal Information Protection Law"): the law is the topic's setting, nothing
    happened to it (heldout13, H13-4: a programme's fireside chat). A text that does not read
    as a topic keeps a named law for review (heldout8)."""
    return (
        not dev.authorities
        and bool(_TOPIC.match(dev.summary))
        and all(m.stage == "other" and not m.effective_date for m in dev.instruments)
    )


def _empty(dev: Development) -> bool:
    """No date, no instrument and no fine: nothing the item reports can be tracked. Laws named
    only with their dates of effect, by no body that acts ("Reminder: the amended
    Cybersecurity Law kicks in on Jan 1"), are an outlook, not instruments the item reports on
    (heldout9, fix16q); an instrument named without such a date keeps the item for review."""
    if dev.date is None and dev.penalty_cny is None and _OUTLOOK.match(dev.title):
        return True  # an undated plan names instruments it will work on, not a development
    if reference_row(dev):
        return True  # a law list's row: a name and its date of effect (heldout12, H12-9)
    return (
        dev.date is None
        and (
            not dev.instruments
            or (not dev.authorities and all(m.effective_date for m in dev.instruments))
            or _cited_only(dev)
        )
        and dev.penalty_cny is None
        and not any(_FAILED in w for w in dev.warnings)
        and not _reported(dev)
    )


def drop_undated(devs: list[Development], skipped: list[Skipped]) -> list[Development]:
    """Developments without the empty ones, each dropped one recorded in ``skipped``."""
    if not any(d.date is not None for d in devs):
        return devs
    kept: list[Development] = []
    for dev in devs:
        if commentary(dev):  # "Analysis: …", "Reader question: …" (heldout12)
            skipped.append(Skipped("commentary or reader question", dev.title[:100]))
            continue
        if _empty(dev):
            skipped.append(
                Skipped("no date, instrument or fine: reports no development", dev.title[:100])
            )
            continue
        kept.append(dev)
    return kept
