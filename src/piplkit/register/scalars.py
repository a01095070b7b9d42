"""Numbers, flags and instants as every input schema takes them.

pydantic's lax mode turns ``true`` into 1 and ``1`` into ``True``: a JSON boolean sent as a count,
or a number sent as a yes/no, is a client bug that should be refused, not stored. Web forms post
strings, so strings keep being converted ("5", "true"); only the JSON type confusions are refused.

Ranges are those the storage and the date arithmetic can hold: counts fit the 32-bit INTEGER
columns (PostgreSQL), and instants lie between 1900 and 2999, so that converting to UTC and
adding a deadline of hours or working days can never overflow Python's date range (a 500 before).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field
from pydantic_core import PydanticCustomError

from piplkit.register.errors import InvalidInputError

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


def whole(*, ge: int = 0, le: int = MAX_COUNT) -> Any:
    """An integer type between ``ge`` and ``le`` that refuses JSON booleans."""
    return Annotated[int, Field(ge=ge, le=le), BeforeValidator(_not_boolean)]


Count = whole()
Fraction = Annotated[float, Field(ge=0, le=1), BeforeValidator(_not_boolean)]
Flag = Annotated[bool, BeforeValidator(_not_number)]


def _in_range(value: dt.datetime) -> dt.datetime:
    comparable = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if not EARLIEST <= comparable < LATEST:
        raise PydanticCustomError(
            "datetime_range",
            "must lie between the years {first} and {last}",
            {"first": 1900, "last": 2999},
        )
    return value


Instant = Annotated[dt.datetime, AfterValidator(_in_range)]


def check_instant(value: dt.datetime, field: str) -> dt.datetime:
    """:data:`Instant`'s rule for core functions called without a model; errors name ``field``."""
    try:
        return _in_range(value)
    except PydanticCustomError as exc:
        raise InvalidInputError(f"{field}: {exc.message()}") from None
