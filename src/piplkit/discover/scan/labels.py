"""Bilingual labels for PI types in rendered reports, from the PI catalogue."""

from __future__ import annotations

from collections.abc import Mapping

from piplkit.assess.law.pi_types import load_catalogue

MINOR_LABEL = ("未满十四周岁未成年人信息", "PI of minors under 14")
#: A column with no PI type of its own whose values hold PI: notes, messages, mixed values.
FREE_TEXT_LABEL = ("自由文本", "free text")
#: What else a typed column's values hold (a stray IPv6 address in an IPv4 column).
ALSO_LABEL = ("另含", "also")


def count(n: int) -> str:
    """A count as a person reads it: ``12,480`` (reports, terminal tables; never JSON)."""
    return f"{n:,}"


def findings_summary(findings: Mapping[str, int]) -> str:
    """``address×14, person_name×2``: the PI types found inside a column's values, most
    frequent first, by type id (no space before the count: a table cell wraps between
    entries, never inside one)."""
    ranked = sorted(((n, t) for t, n in findings.items() if n), key=lambda p: (-p[0], p[1]))
    return ", ".join(f"{t}×{count(n)}" for n, t in ranked)


def type_label(type_id: str) -> tuple[str, str]:
    """``(中文, English)`` name of a type id; unknown ids label themselves."""
    if type_id == "minor_under_14":
        return MINOR_LABEL
    entry = load_catalogue().types.get(type_id)
    return (entry.name_zh, entry.name_en) if entry else (type_id, type_id)


def category_label(category_id: str) -> tuple[str, str]:
    """``(中文, English)`` name of a PI catalogue category (GB/T 35273-2020 Annex A)."""
    entry = load_catalogue().categories.get(category_id)
    return (entry.name_zh, entry.name_en) if entry else (category_id, category_id)


def grade_label(grade_id: str | None) -> tuple[str, str]:
    """``(中文, English)`` name of a data grade (GB/T 43697-2024); ``None`` has no grade."""
    if grade_id is None:
        return ("未分级", "no grade")
    from piplkit.assess.law.data_grading import load_grading

    entry = load_grading().grades.get(grade_id)  # type: ignore[call-overload]
    return (entry.name_zh, entry.name_en) if entry else (grade_id, grade_id)


BASIS_LABELS = {
    "determination": ("确定", "determined"),
    "at_least": ("至少", "at least"),
    "provisional": ("待定", "provisional"),
    "undefined": ("无分级制度", "no grading system on that date"),
}
