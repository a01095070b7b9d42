"""Bilingual labels for PI types in rendered reports, from the PI catalogue."""

from __future__ import annotations

from piplkit.law.pi_types import load_catalogue

MINOR_LABEL = ("未满十四周岁未成年人信息", "PI of minors under 14")


def type_label(type_id: str) -> tuple[str, str]:
    """``(中文, English)`` name of a type id; unknown ids label themselves."""
    if type_id == "minor_under_14":
        return MINOR_LABEL
    entry = load_catalogue().types.get(type_id)
    return (entry.name_zh, entry.name_en) if entry else (type_id, type_id)
