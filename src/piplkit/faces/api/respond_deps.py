"""What the respond endpoints share: a few parsers of query values.

The HMAC key they hash identifiers with comes from :mod:`piplkit.platform.service.keys`.
"""

from __future__ import annotations

import datetime as dt

from piplkit.map.register.errors import InvalidInputError


def aware(value: dt.datetime | None, name: str) -> dt.datetime | None:
    """A time-zone-aware instant, or a 422 naming the field."""
    if value is not None and value.tzinfo is None:
        raise InvalidInputError(f"{name}: needs a time zone, e.g. 2025-09-30T10:00:00+08:00")
    return value
