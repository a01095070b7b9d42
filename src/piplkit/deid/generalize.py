"""Generalisation: replace a value by a coarser one that many people share.

Dates become a year, a month or an age band; addresses become their province, city or district
(from the detector's own parse when a span was found, else from ``cpca``); IP addresses become
their network; numbers are bucketed. A value that cannot be generalised (an unparsable date, an
address with no recognisable division) returns ``None`` and the caller suppresses it: a value
the policy said to coarsen is never let through unchanged.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import math
import re
from functools import lru_cache
from typing import Any

from piplkit.deid.policy import DATE_LEVELS, GeneralizeRule
from piplkit.detect.ner.lexicon import lexicon

_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_PLACEHOLDER = "市辖区"


def generalize(
    value: Any,
    rule: GeneralizeRule,
    *,
    type_id: str | None,
    as_of: dt.date,
    attributes: dict[str, Any] | None = None,
) -> str | None:
    """The generalised text of ``value``, or ``None`` when it cannot be generalised."""
    attributes = attributes or {}
    if rule.to in DATE_LEVELS:
        born = _birth_date(value, type_id, attributes)
        return None if born is None else generalize_date(born, rule, as_of)
    text = value if isinstance(value, str) else str(value)
    if rule.to == "province" and type_id == "cn_resident_id":
        return _id_province(text)
    if rule.to in ("province", "city", "district"):
        return generalize_place(text, rule.to, attributes)
    if rule.to == "network":
        return generalize_ip(text, rule)
    if rule.to == "round":
        return generalize_number(value, rule.step)
    return None


def generalize_date(born: dt.date, rule: GeneralizeRule, as_of: dt.date) -> str:
    if rule.to == "year":
        return f"{born.year:04d}"
    if rule.to == "year_month":
        return f"{born.year:04d}-{born.month:02d}"
    age = as_of.year - born.year - ((as_of.month, as_of.day) < (born.month, born.day))
    low = max(0, age) // rule.band * rule.band
    return f"{low}-{low + rule.band - 1}"


def parse_date(value: Any) -> dt.date | None:
    """A date from a date/datetime object or text in ISO, ``YYYYMMDD`` or ``YYYY年M月D日`` form."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    for pattern in _DATE_PATTERNS:
        m = pattern.match(text)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
    return None


def _birth_date(value: Any, type_id: str | None, attributes: dict[str, Any]) -> dt.date | None:
    if "birth_date" in attributes:
        return dt.date.fromisoformat(attributes["birth_date"])
    if type_id == "cn_resident_id" and isinstance(value, str):
        compact = re.sub(r"\s", "", value)
        if len(compact) == 18:
            return parse_date(compact[6:14])
        if len(compact) == 15:
            return parse_date("19" + compact[6:12])
        return None
    return parse_date(value)


def _id_province(value: str) -> str | None:
    code = value.strip()[:2]
    division = lexicon().by_code.get(code + "0000") if code.isdigit() else None
    return division.name if division else None


def generalize_place(text: str, level: str, attributes: dict[str, Any]) -> str | None:
    if attributes.get("province"):
        parts = (attributes.get("province"), attributes.get("city"), attributes.get("district"))
    else:
        parts = _cpca_parts(text)
    province, city, district = (p if p and p != _PLACEHOLDER else None for p in parts)
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


def generalize_number(value: Any, step: float) -> str | None:
    try:
        number = float(value) if not isinstance(value, bool) else math.nan
    except (TypeError, ValueError):
        return None
    if not math.isfinite(number):
        return None
    low = math.floor(number / step) * step
    high = low + step
    if float(step).is_integer() and float(low).is_integer():
        return f"{int(low)}-{int(high) - 1}"
    return f"[{low:g}, {high:g})"
