"""Which obligations and transfer routes of an assessment are touched by developments.

An obligation (or a transfer's route) cites instruments; a development is linked to
instruments. They meet when a development's linked instrument ids include one the obligation
cites. Pure: the caller supplies the assessment and the developments (as stored dicts with
``instrument_ids``), so this is the same for a profile file and the register.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from piplkit.assess.rules.result import Assessment


@dataclass(frozen=True)
class Touched:
    """One obligation or transfer route and the developments that touch it."""

    kind: str  # "obligation" | "transfer"
    id: str
    title: str
    instruments: tuple[str, ...]
    developments: tuple[dict[str, Any], ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "title": self.title,
            "instruments": list(self.instruments),
            "developments": [
                {
                    "id": d.get("id"),
                    "date": d.get("date"),
                    "kind": d.get("kind"),
                    "title": d.get("title"),
                    "instrument_ids": sorted(
                        set(d.get("instrument_ids", [])) & set(self.instruments)
                    ),
                }
                for d in self.developments
            ],
        }


def _match(
    kind: str, ident: str, title: str, cited: set[str], devs: Sequence[dict[str, Any]]
) -> Touched | None:
    hits = tuple(d for d in devs if cited & set(d.get("instrument_ids", [])))
    if not hits:
        return None
    return Touched(kind, ident, title, tuple(sorted(cited)), hits)


def impact(assessment: Assessment, devs: Sequence[dict[str, Any]]) -> list[Touched]:
    """Obligations first, then transfers, each with the developments citing its instruments."""
    out: list[Touched] = []
    for o in assessment.obligations:
        found = _match("obligation", o.id, o.title, {c.instrument for c in o.citations}, devs)
        if found:
            out.append(found)
    for t in assessment.transfers:
        cited = {c.instrument for c in t.citations} | {d.citation.instrument for d in t.deadlines}
        title = f"{t.name}: {t.route}"
        found = _match("transfer", t.name, title, cited, devs)
        if found:
            out.append(found)
    return out
