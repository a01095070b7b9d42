"""Free-trade-zone data export negative lists (2024 Provisions Art. 6), loaded from law data.

A zone's list exempts data *outside* it from assessment, standard contract and certification.
The list in force on a date is the latest one whose instrument is in force then; the instrument
(with its dates and sources) lives in ``instruments.yaml`` like any other. Categories are the
list's top-level classes where piplkit has read them; a list without them still counts, and a
profile then describes its data's classes in its own words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from piplkit.assess.law.kb import KnowledgeBase, KnowledgeBaseError, load_knowledge_base
from piplkit.assess.law.pi_models import QuotedReading


class ListCategory(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    zh: str
    en: str


class NegativeList(QuotedReading):
    """One published negative list of a zone and what piplkit read of it."""

    instrument: str
    categories: tuple[ListCategory, ...] = ()

    def category_ids(self) -> frozenset[str]:
        return frozenset(c.id for c in self.categories)


class Zone(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name_zh: str
    name_en: str
    lists: tuple[NegativeList, ...] = Field(min_length=1)


@dataclass(frozen=True)
class FreeTradeZones:
    zones: Mapping[str, Zone]
    kb: KnowledgeBase

    def zone(self, zone_id: str) -> Zone:
        try:
            return self.zones[zone_id]
        except KeyError:
            raise KeyError(f"unknown free trade zone {zone_id!r}") from None

    def list_on(self, zone_id: str, day: dt.date) -> NegativeList | None:
        """The zone's negative list in force on ``day`` (None before its first list)."""
        found = None
        for lst in self.zone(zone_id).lists:
            if self.kb.in_force(lst.instrument, day):
                found = lst
        return found


def build_zones(raw: object, kb: KnowledgeBase) -> FreeTradeZones:
    if not isinstance(raw, dict) or not isinstance(raw.get("zones"), list):
        raise KnowledgeBaseError("free_trade_zones.yaml: top level must map 'zones' to a list")
    try:
        zones = [Zone.model_validate(z) for z in raw["zones"]]
    except ValidationError as exc:
        raise KnowledgeBaseError(f"free_trade_zones.yaml: {exc}") from exc
    by_id: dict[str, Zone] = {}
    for z in zones:
        if z.id in by_id:
            raise KnowledgeBaseError(f"free_trade_zones.yaml: duplicate zone {z.id!r}")
        by_id[z.id] = z
        for lst in z.lists:
            if lst.instrument not in kb.instruments:
                raise KnowledgeBaseError(
                    f"free_trade_zones.yaml: zone {z.id} cites unknown instrument "
                    f"{lst.instrument!r}"
                )
    return FreeTradeZones(by_id, kb)


@cache
def load_free_trade_zones() -> FreeTradeZones:
    text = (
        resources.files("piplkit.assess.law")
        .joinpath("data/free_trade_zones.yaml")
        .read_text("utf-8")
    )
    return build_zones(yaml.safe_load(text), load_knowledge_base())
