"""The HMAC key a server hashes identifiers with (requests, consents, the transfer ledger).

The key lives outside the database: ``app.state.hmac_key`` when whoever built the application
set one, otherwise ``PIPLKIT_HMAC_KEY``. The command line passes ``--key-file`` to
:func:`load_key`. Without a key the server cannot take requests or consents; it raises
:class:`KeyUnavailableError`, which the HTTP faces answer with 503 rather than a bare 500.
"""

from __future__ import annotations

from piplkit.map.register.pseudonym import LedgerKeyError, load_key
from piplkit.platform.service.backend import HasApp

__all__ = ["KeyUnavailableError", "LedgerKeyError", "hmac_key", "load_key"]


class KeyUnavailableError(Exception):
    """The server has no usable HMAC key; the message says how to give it one."""


def hmac_key(request: HasApp) -> bytes:
    """The server's HMAC key (application state first, then the environment)."""
    key = getattr(request.app.state, "hmac_key", None)
    if isinstance(key, bytes):
        return key
    try:
        return load_key()
    except LedgerKeyError as exc:
        raise KeyUnavailableError(
            f"the server cannot hash identifiers: {exc}; restart it with the key set"
        ) from None
