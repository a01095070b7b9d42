"""Numbers, flags and instants as every input schema takes them.

pydantic's lax mode turns ``true`` into 1, ``1`` into ``True`` and ``1.5`` into a moment of 1970:
a JSON boolean sent as a count, a number sent as a yes/no or as a date is a client bug that
should be refused, not stored. Web forms post strings, so strings keep being converted ("5",
"true", "2026-01-02"); only the JSON type confusions are refused.

Ranges are those the storage and the date arithmetic can hold: counts fit the 32-bit INTEGER
columns (PostgreSQL), and instants lie between 1900 and 2999, so that converting to UTC and
adding a deadline of hours or working days can never overflow Python's date range (a 500 before).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from annotated_types import Ge, GroupedMetadata, Le
from pydantic import AfterValidator, BeforeValidator, Field
from pydantic_core import PydanticCustomError

#: Counts are stored in 32-bit INTEGER columns (PostgreSQL).
MAX_COUNT = 2_147_483_647
EARLIEST = dt.datetime(1900, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(3000, 1, 1, tzinfo=dt.UTC)


def _not_boolean(value: Any) -> Any:
    if isinstance(value, bool):
        raise PydanticCustomError("number_type", "Input should be a number, not true or false")
    return value


def _not_number(value: Any) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise PydanticCustomError("bool_type", "Input should be true or false, not a number")
    return value


@dataclass(frozen=True)
class WholeRule(GroupedMetadata):
    """Bounds and the refusal of JSON booleans as one piece of ``Annotated`` metadata, so that
    ``Annotated[int, whole(le=60)]`` still reads as ``int`` to a type checker."""

    ge: int = 0
    le: int = MAX_COUNT

    def __iter__(self) -> Iterator[object]:
        yield Ge(self.ge)
        yield Le(self.le)
        yield BeforeValidator(_not_boolean)


def whole(*, ge: int = 0, le: int = MAX_COUNT) -> WholeRule:
    """The metadata of an integer between ``ge`` and ``le`` that refuses JSON booleans."""
    return WholeRule(ge, le)


Count = Annotated[int, whole()]
Fraction = Annotated[float, Field(ge=0, le=1), BeforeValidator(_not_boolean)]
Flag = Annotated[bool, BeforeValidator(_not_number)]


def in_range(value: dt.datetime) -> dt.datetime:
    """``value`` unchanged, or a validation error when it lies outside 1900-2999."""
    comparable = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if not EARLIEST <= comparable < LATEST:
        raise PydanticCustomError(
            "datetime_range",
            "must lie between the years {first} and {last}",
            {"first": 1900, "last": 2999},
        )
    return value


_NUMBER = re.compile(r"\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*")


def _iso_only(value: Any) -> Any:
    """Refuse numbers (and numbers written as text, as in a query): pydantic would read them as
    seconds since 1970."""
    if isinstance(value, int | float) or (isinstance(value, str) and _NUMBER.fullmatch(value)):
        raise PydanticCustomError(
            "datetime_type", "Input should be a date or date-time in ISO 8601 form, not a number"
        )
    return value


#: A date or date-time written as ISO 8601 text (or given as a Python value), never a number.
Day = Annotated[dt.date, BeforeValidator(_iso_only)]
Stamp = Annotated[dt.datetime, BeforeValidator(_iso_only)]
#: A date-time that the deadline arithmetic can hold.
Instant = Annotated[dt.datetime, BeforeValidator(_iso_only), AfterValidator(in_range)]
