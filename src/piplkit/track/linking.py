"""Link extracted instrument names to the law knowledge base, and propose records for the rest.

Names are compared after normalisation that removes what varies between newsletters but not
between instruments: case, quotes and dashes, "of the People's Republic of China", bracketed
stage qualifiers ("(Draft for Comments)") and plural endings. A name links when it equals a
knowledge-base title, short name or alias (``data/aliases.yaml``), or is within a high fuzzy
ratio of one. Anything else becomes a proposal for a new instrument record, for a human to
review; nothing is written here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from rapidfuzz import fuzz, process

from piplkit.assess.law import load_knowledge_base
from piplkit.track.model import Development
from piplkit.track.textutil import normalise
from piplkit.track.vocab import load

FUZZY_LINK = 93.0
_QUALIFIER = re.compile(r"[(（][^()（）]*[)）]")
_PRC = re.compile(
    r"\bof (?:the )?(?:people's republic of china|people's republic china|prc)\b|中华人民共和国"
)


def key(name: str) -> str:
    """The comparison form of an instrument name."""
    text = _QUALIFIER.sub(" ", name)
    text = normalise(_PRC.sub(" ", normalise(text)))
    words = [
        w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w
        for w in text.split()
    ]
    return " ".join(words)


@dataclass(frozen=True)
class Link:
    instrument_id: str
    method: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "instrument_id": self.instrument_id,
            "method": self.method,
            "score": round(self.score, 1),
        }


@cache
def _index() -> dict[str, tuple[str, str]]:
    """Comparison key -> (instrument id, how it is known: title/short/alias)."""
    kb = load_knowledge_base()
    index: dict[str, tuple[str, str]] = {}
    for inst in kb.instruments.values():
        for name, how in (
            (inst.title_en, "title"),
            (inst.title_zh, "title"),
            (inst.short, "short"),
        ):
            index.setdefault(key(name), (inst.id, how))
    for inst_id, names in (load("aliases") or {}).items():
        if inst_id not in kb.instruments:
            raise ValueError(f"track/data/aliases.yaml: unknown instrument id {inst_id!r}")
        for name in names:
            index.setdefault(key(name), (inst_id, "alias"))
    return index


def link(name: str) -> Link | None:
    """The knowledge-base instrument a name refers to, if any."""
    k = key(name)
    if not k:
        return None
    index = _index()
    if k in index:
        inst_id, how = index[k]
        return Link(inst_id, how, 100.0)
    best = process.extractOne(k, list(index), scorer=fuzz.ratio, score_cutoff=FUZZY_LINK)
    if best is None:
        return None
    inst_id, _ = index[best[0]]
    return Link(inst_id, "fuzzy", float(best[1]))


def link_developments(devs: list[Development]) -> None:
    """Fill each development's ``links`` with one entry per instrument (linked or not)."""
    for dev in devs:
        dev.links = []
        for mention in dev.instruments:
            found = link(mention.name)
            entry: dict[str, Any] = {"name": mention.name, "stage": mention.stage}
            entry.update(found.to_dict() if found else {"instrument_id": None})
            dev.links.append(entry)


def _slug(name: str) -> str:
    words = re.findall(r"[a-z0-9]+", key(name))
    return "_".join(words[:8]) or "instrument"


def proposals(devs: list[Development]) -> list[dict[str, Any]]:
    """Proposed new instrument records for names the knowledge base does not know."""
    out: dict[str, dict[str, Any]] = {}
    for dev in devs:
        for mention in dev.instruments:
            if link(mention.name) is not None:
                continue
            k = key(mention.name)
            proposal = out.get(k)
            if proposal is None:
                proposal = out[k] = {
                    "proposed_id": _slug(mention.name),
                    "title": mention.name,
                    "language": "zh" if re.search(r"[\u4e00-\u9fff]", mention.name) else "en",
                    # a body that only cites the instrument is not its issuer
                    "issuer_candidates": list(dev.authorities) if mention.stage != "other" else [],
                    "status_events": [],
                    "effective": None,
                    "evidence": [],
                }
            if mention.stage in {"draft", "adopted", "in_force"} and dev.date:
                event = {"date": dev.date, "status": mention.stage}
                if event not in proposal["status_events"]:
                    proposal["status_events"].append(event)
            if mention.effective_date and not proposal["effective"]:
                proposal["effective"] = mention.effective_date
            proposal["evidence"].append(
                {"development": dev.title, "document": dev.document, "sources": list(dev.sources)}
            )
    return list(out.values())
