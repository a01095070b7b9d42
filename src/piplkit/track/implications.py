"""What a development implies for the law knowledge base, as proposals for a person to review.

A development that says a known instrument was issued as a draft, adopted, or takes effect on a
date implies a *status event* of that instrument; one the knowledge base already records implies
nothing. An instrument the knowledge base does not know implies a *new instrument* record (see
:func:`piplkit.track.linking.proposals`). Nothing here writes anything: the register stores these
as review items and applies them only when accepted (``piplkit track review``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

from piplkit.assess.law.kb import KnowledgeBase, load_knowledge_base
from piplkit.track.linking import key, link, proposals
from piplkit.track.model import Development

#: Only these kinds report an instrument's life; enforcement and court items merely cite it.
STATUS_KINDS = frozenset({"legislation", "industry"})
#: Tracker stage -> knowledge-base status (``piplkit.assess.law.models.Status``).
STAGE_STATUS = {"draft": "draft_for_comments", "adopted": "adopted", "in_force": "in_force"}


@dataclass(frozen=True)
class Proposal:
    """One reviewable change: ``key`` names it uniquely across documents."""

    key: str
    kind: str  # "status_event" | "new_instrument"
    instrument_id: str
    data: dict[str, Any] = field(default_factory=dict)


def _iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def status_key(instrument_id: str, status: str, day: dt.date) -> str:
    return f"status:{instrument_id}:{status}:{day.isoformat()}"


def _known(kb: KnowledgeBase, instrument_id: str, status: str, day: dt.date) -> bool:
    inst = kb.instruments.get(instrument_id)
    if inst is None:
        return False
    return any(e.status.value == status and e.date == day for e in inst.status_history)


def status_proposals(dev: Development, kb: KnowledgeBase | None = None) -> list[Proposal]:
    """Status events of known instruments that ``dev`` reports and the knowledge base lacks."""
    if dev.kind not in STATUS_KINDS:
        return []
    kb = kb or load_knowledge_base()
    out: dict[str, Proposal] = {}
    for mention in dev.instruments:
        found = link(mention.name)
        if found is None or mention.stage not in STAGE_STATUS:
            continue
        events: list[tuple[str, dt.date | None]] = []
        if mention.stage == "in_force":
            events.append(("in_force", _iso(mention.effective_date) or _iso(dev.date)))
        else:
            events.append((STAGE_STATUS[mention.stage], _iso(dev.date)))
            if mention.effective_date:  # a date of effect announced with the adoption
                events.append(("in_force", _iso(mention.effective_date)))
        for status, day in events:
            if day is None or _known(kb, found.instrument_id, status, day):
                continue
            key = status_key(found.instrument_id, status, day)
            out.setdefault(
                key,
                Proposal(
                    key,
                    "status_event",
                    found.instrument_id,
                    {
                        "status": status,
                        "date": day.isoformat(),
                        "mention": mention.name,
                        "evidence": [{"development": dev.title, "sources": list(dev.sources)}],
                    },
                ),
            )
    return list(out.values())


def instrument_proposals(dev: Development) -> list[Proposal]:
    """New instrument records for names the knowledge base does not know (not bare citations)."""
    out = []
    for proposal in proposals([dev]):
        if not proposal["issuer_candidates"] and not proposal["status_events"]:
            continue  # only cited in passing: nothing to record about it yet
        slug = proposal["proposed_id"]
        if slug == "instrument":  # no Latin words (a Chinese title): name it by a hash
            digest = hashlib.sha256(key(proposal["title"]).encode()).hexdigest()[:12]
            slug = proposal["proposed_id"] = f"instrument_{digest}"
        out.append(Proposal(f"instrument:{slug}", "new_instrument", slug, proposal))
    return out


def implications(dev: Development, kb: KnowledgeBase | None = None) -> list[Proposal]:
    return status_proposals(dev, kb) + instrument_proposals(dev)
