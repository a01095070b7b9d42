"""Organisation settings the law leaves to the handler, stored (and audited) in the register.

The one that matters most: the target for answering rights requests. PIPL and the NDSMR say
"timely" (及时) without a number, so piplkit never invents one; an organisation sets its own
target here and every deadline computed from it says that it is the organisation's target.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from piplkit.map.register.errors import InvalidInputError
from piplkit.respond.models import RespondSetting

DSR_TARGET = "dsr.target_working_days"
#: The organisation's custom PI types: ``{"source": name, "text": the types file}`` (validated
#: by the caller with ``piplkit.discover.scan.custom_types`` before it is stored).
CUSTOM_TYPES = "catalogue.custom_types"
#: Largest types file stored in the register.
MAX_TYPES_TEXT = 1_000_000
#: Settings the CLI and API may change, with how each value is checked.
KNOWN = {DSR_TARGET: "int 1..60", CUSTOM_TYPES: "a types file"}


def get_setting(session: Session, name: str) -> Any:
    row = session.scalar(select(RespondSetting).where(RespondSetting.name == name))
    return None if row is None else row.value.get("value")


def set_setting(session: Session, name: str, value: Any) -> None:
    if name not in KNOWN:
        raise InvalidInputError(f"unknown setting {name!r}; known: {', '.join(KNOWN)}")
    if name == DSR_TARGET and (
        isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 60
    ):
        raise InvalidInputError(f"{name}: a whole number of working days from 1 to 60")
    if name == CUSTOM_TYPES and value is not None and not _types_value(value):
        raise InvalidInputError(
            f"{name}: a mapping with `source` and `text` (at most {MAX_TYPES_TEXT:,} characters)"
        )
    row = session.scalar(select(RespondSetting).where(RespondSetting.name == name))
    if row is None:
        session.add(RespondSetting(name=name, value={"value": value}))
    else:
        row.value = {"value": value}
    session.flush()


def dsr_target(session: Session) -> int | None:
    value = get_setting(session, DSR_TARGET)
    return int(value) if isinstance(value, int) else None


def _types_value(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and set(value) == {"source", "text"}
        and isinstance(value["source"], str)
        and isinstance(value["text"], str)
        and len(value["text"]) <= MAX_TYPES_TEXT
    )


def custom_types_text(session: Session) -> tuple[str, str] | None:
    """``(source, text)`` of the types file stored in the register, or None."""
    value = get_setting(session, CUSTOM_TYPES)
    return (value["source"], value["text"]) if value and _types_value(value) else None
