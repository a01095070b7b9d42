"""Key material for keyed pseudonyms: from a key file or the ``PIPLKIT_HMAC_KEY`` variable.

The key is what keeps pseudonyms from being reversed by hashing every phone number (there are
only about 10^9 of them): without it a pseudonym is a plain hash and trivially re-identifiable.
The same key gives the same pseudonyms in every file and every run, so joins survive; a key is
never printed, logged or written into a report.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from piplkit.protect.deid.policy import Policy

ENV_VAR = "PIPLKIT_HMAC_KEY"
#: Shortest key accepted: 128 bits, so that brute force over keys is out of reach.
MIN_KEY_BYTES = 16


class KeyMaterialError(ValueError):
    """No usable key; the message says where a key was looked for (never the key)."""


def load_key(key_file: Path | None, environ: Mapping[str, str] | None = None) -> bytes:
    """The HMAC key: the key file's bytes (trailing newline dropped) or the environment value.

    A key file, when given, wins over the environment.
    """
    env = os.environ if environ is None else environ
    if key_file is not None:
        try:
            key = key_file.read_bytes().rstrip(b"\r\n")
        except FileNotFoundError:
            raise KeyMaterialError(f"{key_file}: no such key file") from None
        except OSError as exc:
            raise KeyMaterialError(
                f"{key_file}: cannot read the key file ({exc.strerror})"
            ) from None
        source = str(key_file)
    elif env.get(ENV_VAR):
        key = env[ENV_VAR].encode("utf-8")
        source = ENV_VAR
    else:
        raise KeyMaterialError(
            f"the policy pseudonymizes values but no key was given: set {ENV_VAR} or pass "
            "--key-file (at least 16 bytes, e.g. `openssl rand -hex 32 > deid.key`)"
        )
    if len(key) < MIN_KEY_BYTES:
        raise KeyMaterialError(
            f"{source}: key is {len(key)} bytes; at least {MIN_KEY_BYTES} are needed"
        )
    return key


def policy_key(
    policy: Policy, key_file: Path | None, environ: Mapping[str, str] | None = None
) -> bytes | None:
    """The key a run of ``policy`` uses: loaded whenever the policy pseudonymises and a key is
    given (file or environment), required when a rule refuses per-run keys, else ``None`` (the
    de-identifier then makes a per-run key, see :func:`resolve_key`)."""
    if not policy.pseudonymizes:
        return None
    env = os.environ if environ is None else environ
    if policy.needs_key or key_file is not None or env.get(ENV_VAR):
        return load_key(key_file, env)
    return None


#: Said in the change report when pseudonyms were made under a per-run key.
PER_RUN_WARNING = (
    "no key was given: pseudonyms were made under a random key for this run only; they join "
    f"within this output but not with other runs (set {ENV_VAR} or pass --key-file to join)"
)


def resolve_key(
    key: bytes | None, *, pseudonymizes: bool, needs_key: bool
) -> tuple[bytes | None, bool]:
    """The key to pseudonymise under, and whether it is a random per-run key.

    Without a key, a policy whose pseudonym rules all allow it (``missing_key: per_run``) gets
    32 random bytes that are never stored or shown, so its pseudonyms cannot be reversed by
    hashing candidate values; a policy with a rule that refuses gets :class:`KeyMaterialError`.
    """
    if key is not None or not pseudonymizes:
        return key, False
    if needs_key:
        raise KeyMaterialError("the policy pseudonymizes values but no key was given")
    return secrets.token_bytes(32), True
