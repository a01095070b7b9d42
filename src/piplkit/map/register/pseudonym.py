"""Keyed hashes of identifiers: how the ledger counts people without keeping who they are.

HMAC-SHA256 with a key held outside the database turns a normalised identifier into a stable
pseudonym: the same person hashes the same in every batch (so distinct counts add up across
batches), while someone with the database alone cannot test guesses against it. The database
keeps only a fingerprint of the key, so a batch hashed with another key is refused instead of
silently counting everyone twice.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import unicodedata
from pathlib import Path

from piplkit.map.register.errors import RegisterError

ENV_KEY = "PIPLKIT_HMAC_KEY"
MIN_KEY_BYTES = 16
_FINGERPRINT_LABEL = b"piplkit ledger key fingerprint v1"
_SEPARATORS = re.compile(r"[\s\-()（）]+")
_CN_MOBILE_PREFIX = re.compile(r"^(?:\+86|0086|86)(1[3-9]\d{9})$")

KEY_HELP = (
    f"set {ENV_KEY} or pass --key-file FILE; create a key once with "
    '`python -c "import secrets; print(secrets.token_hex(32))" > ledger.key` '
    "and keep it outside the database (losing it means new batches cannot be matched "
    "with earlier ones)"
)


class LedgerKeyError(RegisterError):
    """The HMAC key is missing, too short or not the key the ledger was started with."""


def load_key(key_file: Path | None = None) -> bytes:
    """The HMAC key from ``key_file`` or the environment; a clear error when there is none."""
    if key_file is not None:
        try:
            raw = key_file.read_bytes().strip()
        except OSError as exc:
            raise LedgerKeyError(f"cannot read key file {key_file}: {exc.strerror}") from None
        source = f"key file {key_file}"
    else:
        value = os.environ.get(ENV_KEY, "").strip()
        if not value:
            raise LedgerKeyError(
                "no HMAC key (it hashes the identifiers of rights requests, consents and the"
                f" transfer ledger): {KEY_HELP}"
            )
        raw = value.encode("utf-8")
        source = ENV_KEY
    if len(raw) < MIN_KEY_BYTES:
        raise LedgerKeyError(
            f"the HMAC key in {source} is too short ({len(raw)} bytes; need at least "
            f"{MIN_KEY_BYTES}): {KEY_HELP}"
        )
    return raw


def key_fingerprint(key: bytes) -> str:
    """A value that identifies the key without revealing it (an HMAC of a fixed label)."""
    return hmac.new(key, _FINGERPRINT_LABEL, hashlib.sha256).hexdigest()


def normalise_identifier(value: str | None) -> str | None:
    """One spelling per identifier: NFKC, no spaces/dashes/brackets, case-folded, no +86.

    ``" 1101 0519 4912 31002x "`` and ``"11010519491231002X"`` normalise alike, as do
    ``"+86 138-1234-5678"`` and ``"13812345678"``. Empty values give None.
    """
    if value is None:
        return None
    text = unicodedata.normalize("NFKC", value)
    text = _SEPARATORS.sub("", text).casefold()
    if not text:
        return None
    mobile = _CN_MOBILE_PREFIX.match(text)
    return mobile.group(1) if mobile else text


def subject_hash(key: bytes, normalised: str) -> str:
    return hmac.new(key, normalised.encode("utf-8"), hashlib.sha256).hexdigest()
