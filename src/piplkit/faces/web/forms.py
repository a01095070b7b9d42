"""Form fields → register schema input, and validation errors → messages next to fields.

Forms send strings; empty means "not set". Validation is the register's own pydantic schema,
so the web accepts exactly what the API and CLI accept; only the messages are localised.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from piplkit.platform.service.i18n import Lang, translate

_MESSAGE_KEYS = {
    "missing": "err.missing",
    "string_too_short": "err.missing",
    "string_too_long": "err.too_long",
    "string_pattern_mismatch": "err.pattern",
    "int_parsing": "err.number",
    "int_type": "err.number",
    "greater_than_equal": "err.number",
    "enum": "err.choice",
    "literal_error": "err.choice",
    "control_character": "err.control",
    "personal_information": "err.pi_reference",
}


def blank_to_none(form: dict[str, str], fields: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for field in fields:
        value = form.get(field, "").strip()
        out[field] = value if value else None
    return out


def field_errors(exc: ValidationError, lang: Lang) -> dict[str, str]:
    """First message per top-level field, localised where the error kind is known."""
    errors: dict[str, str] = {}
    for err in exc.errors():
        loc = err.get("loc", ())
        field = str(loc[0]) if loc else "_form"
        if field in errors:
            continue
        kind = str(err.get("type", ""))
        if err.get("input") is None and kind.endswith("_type"):
            kind = "missing"  # an empty form field arrives as None
        key = _MESSAGE_KEYS.get(kind)
        errors[field] = translate(lang, key) if key else str(err.get("msg", ""))
    return errors


def validate_form(
    schema: type[BaseModel], data: dict[str, Any], lang: Lang
) -> tuple[BaseModel | None, dict[str, str]]:
    try:
        return schema.model_validate(data), {}
    except ValidationError as exc:
        return None, field_errors(exc, lang)
