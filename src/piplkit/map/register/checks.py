"""The input rules of :mod:`piplkit.inputs` for values that reach a core function without a
pydantic model (web form posts, CLI options): the value unchanged, or a register error naming the
field, which every face shows as one line or a 4xx."""

from __future__ import annotations

import datetime as dt

from pydantic_core import PydanticCustomError

from piplkit.inputs.scalars import in_range
from piplkit.inputs.text import multi_line, single_line
from piplkit.map.register.errors import InvalidInputError


def check(value: str, field: str, *, multiline: bool) -> str:
    """The control-character rule (tab and line breaks allowed when ``multiline``)."""
    try:
        return multi_line(value) if multiline else single_line(value)
    except PydanticCustomError as exc:
        raise InvalidInputError(f"{field}: {exc.message()}") from None


def check_instant(value: dt.datetime, field: str) -> dt.datetime:
    """:data:`piplkit.inputs.scalars.Instant`'s range (years 1900-2999)."""
    try:
        return in_range(value)
    except PydanticCustomError as exc:
        raise InvalidInputError(f"{field}: {exc.message()}") from None
