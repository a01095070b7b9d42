"""User-defined PI types from plain dicts (a ``--types-file`` entry, a server setting).

An organisation's own kinds of information (a loyalty card number, an employee badge id) get
the same fields as built-in types, so detect, scan, deid and the register treat them alike.
Errors are one line naming the entry and the field, never a traceback, because the input comes
from a user's file. A custom type's sensitivity is the organisation's own classification:
``verified`` stays false unless it quotes words and names a source, as for built-ins.

Two ways to give sensitivity:

- shorthand: ``sensitive: true`` (with optional ``since``, ``citations``, ``verified``,
  ``quote``, ``sources``); without ``since`` the reading applies at every date;
- the built-in form: ``sensitivity:`` a list of dated entries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from typing import Any

from pydantic import ValidationError

from piplkit.assess.law.pi_models import CatalogueError, Category, PIType, SensitivityEntry

__all__ = ["CUSTOM_FIELDS", "build_custom_type"]

_SHORTHAND = ("sensitive", "since", "citations", "verified", "quote", "sources")
#: Every field a custom entry may carry (detection fields belong to the caller's ``ignore``).
CUSTOM_FIELDS = frozenset(
    {
        "id",
        "name_zh",
        "name_en",
        "category",
        "is_pi",
        "sensitivity",
        "other_readings",
        "pipl_art28_category",
        "notes",
        *_SHORTHAND,
    }
)
#: Without ``since``, a custom reading applies from the earliest date Python knows.
ALWAYS = dt.date.min


def _loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _one_line(exc: ValidationError, *, rename: Mapping[str, str] | None = None) -> str:
    parts = []
    for err in exc.errors():
        field = _loc(tuple(err["loc"]))
        if rename:
            for old, new in rename.items():
                if field == old or field.startswith(old + ".") or field.startswith(old + "["):
                    field = new + field[len(old) :]
        parts.append(f"field {field!r}: {err['msg']}" if field else str(err["msg"]))
    return "; ".join(parts)


def build_custom_type(
    raw: Mapping[str, Any],
    categories: Mapping[str, Category],
    *,
    where: str | None = None,
    ignore: Collection[str] = (),
) -> PIType:
    """Validate one custom entry; ``ignore`` names fields the caller handles itself."""
    if not isinstance(raw, Mapping):
        raise CatalogueError(f"{where or 'custom PI type'}: an entry must be a mapping")
    type_id = raw.get("id")
    label = f"custom PI type {type_id!r}" if isinstance(type_id, str) else "custom PI type"
    label = f"{where}: {label}" if where else label

    def fail(msg: str) -> CatalogueError:
        return CatalogueError(f"{label}: {msg}")

    unknown = sorted(set(raw) - CUSTOM_FIELDS - set(ignore))
    if unknown:
        raise fail(f"unknown field {unknown[0]!r} (allowed: {', '.join(sorted(CUSTOM_FIELDS))})")
    if not isinstance(type_id, str):
        raise fail("field 'id': required, a snake_case string")
    for name in ("name_zh", "name_en"):
        if name in raw and not isinstance(raw[name], str):
            raise fail(f"field {name!r}: must be a string")
    name_zh = raw.get("name_zh") or raw.get("name_en")
    name_en = raw.get("name_en") or raw.get("name_zh")
    if not name_zh:
        raise fail("field 'name_zh': give name_zh or name_en")
    category_id = raw.get("category")
    if not isinstance(category_id, str) or category_id not in categories:
        raise fail(
            f"field 'category': unknown category {category_id!r} (known: {', '.join(categories)})"
        )
    category = categories[category_id]
    sensitivity = _sensitivity(raw, fail)
    body = {
        "id": type_id,
        "name_zh": name_zh,
        "name_en": name_en,
        "is_pi": raw.get("is_pi", category.is_pi),
        "category": category_id,
        "category_zh": category.name_zh,
        "category_en": category.name_en,
        "sensitivity": sensitivity,
        "other_readings": raw.get("other_readings", ()),
        "pipl_art28_category": raw.get("pipl_art28_category"),
        "notes": raw.get("notes"),
        "custom": True,
    }
    try:
        t = PIType.model_validate(body)
    except ValidationError as exc:
        raise fail(_one_line(exc)) from None
    if t.is_pi != category.is_pi:
        raise fail(f"field 'is_pi': category {category_id!r} has is_pi={category.is_pi}")
    return t


def _sensitivity(raw: Mapping[str, Any], fail: Any) -> Any:
    has_short = "sensitive" in raw
    if "sensitivity" in raw:
        if has_short:
            raise fail("field 'sensitive': give either 'sensitive' or 'sensitivity', not both")
        if any(k in raw for k in _SHORTHAND):
            extra = next(k for k in _SHORTHAND if k in raw)
            raise fail(f"field {extra!r}: belongs in the entries of 'sensitivity'")
        return raw["sensitivity"]
    if not has_short:
        raise fail("field 'sensitive': required (true or false), or a 'sensitivity' list")
    if not isinstance(raw["sensitive"], bool):
        raise fail("field 'sensitive': must be true or false")
    entry = {k: raw[k] for k in _SHORTHAND if k in raw}
    entry.setdefault("since", ALWAYS)
    entry.setdefault("verified", False)
    try:
        return [SensitivityEntry.model_validate(entry)]
    except ValidationError as exc:
        raise fail(_one_line(exc)) from None
