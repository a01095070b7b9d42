"""One record per development when several documents report it.

A regulator's notice, a law firm's newsletter and a Chinese monthly may all report the CAC issuing
the same measures. Two records from different documents are the same development when they have
the same event date and name the same instrument (by linked knowledge-base id, or by name after
the linker's normalisation), or the same date, an authority in common and nearly the same title.
A law both only cite (stage ``other``: the PIPL a fine was imposed under) is no such sign when
each record names its bodies and none is shared (heldout14: two regulators' fines of one day).
The first record is kept; it gains the other's sources, any field it lacked, and ``also_in`` (the
other documents). Records of one document are never merged here: the splitter already drops a
summary that repeats an item of its own document.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from piplkit.track.linking import key as instrument_key
from piplkit.track.model import Development
from piplkit.track.scoring import canonical_authority
from piplkit.track.textutil import normalise

TITLE_MATCH = 85.0


def _instrument_keys(dev: Development, cited: bool = True) -> set[str]:
    """The keys of the record's instruments (names and linked ids); with ``cited`` False, only of
    those it acts on (a draft, an adoption, a date of effect), not the laws it only cites."""
    keys: set[str] = set()
    for index, mention in enumerate(dev.instruments):
        if cited or mention.stage != "other":
            keys.add(instrument_key(mention.name))
            link = dev.links[index] if index < len(dev.links) else {}
            keys.add(str(link.get("instrument_id") or ""))
    if cited:
        keys |= {str(link["instrument_id"]) for link in dev.links if link.get("instrument_id")}
    return {k for k in keys if k}


def same_development(a: Development, b: Development) -> bool:
    if a.document == b.document or a.date is None or a.date != b.date:
        return False
    if a.kind != b.kind and "other" not in {a.kind, b.kind}:
        return False
    shared = {canonical_authority(x) for x in a.authorities} & {
        canonical_authority(x) for x in b.authorities
    }
    common = _instrument_keys(a) & _instrument_keys(b)
    if common & (_instrument_keys(a, cited=False) | _instrument_keys(b, cited=False)):
        return True
    if common and (shared or not a.authorities or not b.authorities):
        # a law both only cite is the same development's only with no other body acting: two
        # regulators' fines of one day under the PIPL are two developments (heldout14)
        return True
    return (
        bool(shared) and fuzz.token_set_ratio(normalise(a.title), normalise(b.title)) >= TITLE_MATCH
    )


def dedupe(devs: Sequence[Development]) -> list[Development]:
    """The records with reports of the same development merged (input order kept).

    Only records of the same event date can be the same development, so each record is
    compared with the kept records of its date (in the order they were kept), not with all.
    """
    kept: list[Development] = []
    by_date: dict[str, list[Development]] = {}
    for dev in devs:
        same_day = by_date.get(dev.date, []) if dev.date is not None else []
        match = next((k for k in same_day if same_development(k, dev)), None)
        if match is None:
            kept.append(dev)
            if dev.date is not None:
                by_date.setdefault(dev.date, []).append(dev)
            continue
        _merge(match, dev)
    return kept


def _merge(into: Development, other: Development) -> None:
    if other.document not in into.also_in and other.document != into.document:
        into.also_in.append(other.document)
    into.sources.extend(u for u in other.sources if u not in into.sources)
    into.authorities.extend(a for a in other.authorities if a not in into.authorities)
    names = {instrument_key(i.name) for i in into.instruments}
    linked = {str(link.get("instrument_id")) for link in into.links}
    for index, mention in enumerate(other.instruments):
        link = other.links[index] if index < len(other.links) else {}
        if instrument_key(mention.name) in names or (
            link.get("instrument_id") and str(link["instrument_id"]) in linked
        ):
            continue
        into.instruments.append(mention)
        if link:
            into.links.append(link)
    if into.penalty_cny is None:
        into.penalty_cny = other.penalty_cny
    if not into.summary:
        into.summary = other.summary
