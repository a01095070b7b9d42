"""What the respond endpoints (API and web) share: the HMAC key and a few parsers.

The key that turns identifiers into keyed hashes lives outside the database
(``PIPLKIT_HMAC_KEY`` or ``app.state.hmac_key`` set by whoever builds the app). Without it the
server cannot take requests or consents, and says so with 503 rather than a bare 500.
"""

from __future__ import annotations

import datetime as dt

from fastapi import HTTPException, Request

from piplkit.register.errors import InvalidInputError
from piplkit.register.pseudonym import LedgerKeyError, load_key


def hmac_key(request: Request) -> bytes:
    """The server's HMAC key (app state first, then the environment), or 503."""
    key = getattr(request.app.state, "hmac_key", None)
    if isinstance(key, bytes):
        return key
    try:
        return load_key()
    except LedgerKeyError as exc:
        raise HTTPException(
            503, f"the server cannot hash identifiers: {exc}; restart it with the key set"
        ) from None


def anchor(value: str) -> tuple[int, str]:
    """``ID:SHA256HEX`` as copied from ``piplkit audit head``."""
    entry, _, digest = value.partition(":")
    if not entry.isdigit() or len(digest) != 64:
        raise InvalidInputError("anchor: expected ID:SHA256HEX (from `piplkit audit head`)")
    return int(entry), digest.lower()


def aware(value: dt.datetime | None, name: str) -> dt.datetime | None:
    """A time-zone-aware instant, or a 422 naming the field."""
    if value is not None and value.tzinfo is None:
        raise InvalidInputError(f"{name}: needs a time zone, e.g. 2025-09-30T10:00:00+08:00")
    return value
