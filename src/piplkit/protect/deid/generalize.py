"""Generalisation: replace a value by a coarser one that many people share.

Dates become a year, a month or an age band (any common writing, :mod:`piplkit.protect.deid.dates`);
addresses become their province, city or district (from the detector's own parse when a span was
found, else from ``cpca``); IP addresses become their network; coordinates are rounded to a grid
(:mod:`piplkit.protect.deid.geo`); numbers are banded (:mod:`piplkit.protect.deid.numbers`);
categorical values
become their class (:mod:`piplkit.protect.deid.categories`). A value that cannot be generalised (an
unparsable date, an address with no recognisable division, a measurement with a note in it)
returns ``None`` and the caller suppresses it: a value the policy said to coarsen is never let
through unchanged. Each level reads its input itself, so it also checks it.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from piplkit.discover.detect.ner.lexicon import lexicon
from piplkit.protect.deid.categories import generalize_category
from piplkit.protect.deid.dates import DateParts, date_parts
from piplkit.protect.deid.dates import parse_date as parse_date
from piplkit.protect.deid.geo import generalize_coordinates
from piplkit.protect.deid.numbers import generalize_magnitude, generalize_number, generalize_ranges
from piplkit.protect.deid.policy import DATE_LEVELS, GeneralizeRule

_PLACEHOLDER = "市辖区"


def generalize(
    value: Any,
    rule: GeneralizeRule,
    *,
    type_id: str | None,
    as_of: dt.date,
    attributes: Mapping[str, Any] | None = None,
) -> str | None:
    """The generalised text of ``value``, or ``None`` when it cannot be generalised."""
    attributes = attributes or {}
    to = rule.to
    if to in DATE_LEVELS:
        born = _birth_date(value, type_id, attributes)
        return None if born is None else generalize_date_parts(born, rule, as_of)
    if to == "round":
        return generalize_number(value, rule.step)
    if to == "range":
        return generalize_ranges(value, rule.step)
    if to == "magnitude":
        return generalize_magnitude(value)
    if to == "grid":
        return generalize_coordinates(value, rule.digits)
    text = value if isinstance(value, str) else str(value)
    if to == "category":
        return generalize_category(text, type_id)
    if to == "province" and type_id == "cn_resident_id":
        return _id_province(text)
    if to in ("province", "city", "district"):
        return generalize_place(text, to, attributes)
    if to == "network":
        return generalize_ip(text, rule)
    return None


def generalize_date(born: dt.date, rule: GeneralizeRule, as_of: dt.date) -> str:
    """A full date at the rule's level."""
    result = generalize_date_parts(DateParts(born.year, born.month, born.day), rule, as_of)
    assert result is not None  # a full date serves every level
    return result


def generalize_date_parts(born: DateParts, rule: GeneralizeRule, as_of: dt.date) -> str | None:
    """The rule's level of a date, or ``None`` when the parts given do not determine it (a
    year-only date has no month; its age band is known only when both possible ages fall in one
    band)."""
    if rule.to == "year":
        return f"{born.year:04d}"
    if rule.to == "year_month":
        return None if born.month is None else f"{born.year:04d}-{born.month:02d}"
    youngest, oldest = born.age_range(as_of)
    low = max(0, youngest) // rule.band * rule.band
    if max(0, oldest) // rule.band * rule.band != low:
        return None
    return f"{low}-{low + rule.band - 1}"


def _birth_date(value: Any, type_id: str | None, attributes: Mapping[str, Any]) -> DateParts | None:
    if "birth_date" in attributes:
        born = dt.date.fromisoformat(attributes["birth_date"])
        return DateParts(born.year, born.month, born.day)
    if type_id == "cn_resident_id":
        if not isinstance(value, str):
            return None
        compact = re.sub(r"\s", "", value)
        if len(compact) == 18:
            digits = compact[6:14]
        elif len(compact) == 15:
            digits = "19" + compact[6:12]
        else:
            return None
        parts = date_parts(digits) if digits.isdigit() else None
        return parts if parts is not None and parts.day is not None else None
    return date_parts(value)


def _id_province(value: str) -> str | None:
    code = value.strip()[:2]
    division = lexicon().by_code.get(code + "0000") if code.isdigit() else None
    return division.name if division else None


def generalize_place(text: str, level: str, attributes: Mapping[str, Any]) -> str | None:
    if attributes.get("province"):
        parts = (attributes.get("province"), attributes.get("city"), attributes.get("district"))
    else:
        parts = _cpca_parts(text)
    province, city, district = (str(p) if p and p != _PLACEHOLDER else None for p in parts)
    if province is None:
        return None
    if level == "province":
        return province
    # Municipalities (北京市) have no separate city level.
    head = province if city is None or city == province else province + city
    if level == "city":
        return head
    return head + district if district else head


@lru_cache(maxsize=65536)
def _cpca_parts(text: str) -> tuple[str | None, str | None, str | None]:
    import cpca  # loaded on first address only: it reads its gazetteer into pandas

    row = cpca.transform([text]).iloc[0]

    def clean(v: Any) -> str | None:
        return v if isinstance(v, str) and v else None

    return clean(row["省"]), clean(row["市"]), clean(row["区"])


def generalize_ip(text: str, rule: GeneralizeRule) -> str | None:
    try:
        address = ipaddress.ip_address(text.strip())
    except ValueError:
        return None
    prefix = rule.ipv4_prefix if address.version == 4 else rule.ipv6_prefix
    return str(ipaddress.ip_network(f"{address}/{prefix}", strict=False))
