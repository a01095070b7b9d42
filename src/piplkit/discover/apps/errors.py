"""Errors of the app check: one line that names the file and what is wrong with it."""

from __future__ import annotations


class AppCheckError(ValueError):
    """The input cannot be checked (not an APK, corrupt, over a limit, unreadable policy)."""


class ApkError(AppCheckError):
    """The APK cannot be read; the message names the file and the part that failed."""


class PolicyError(AppCheckError):
    """The privacy policy cannot be read."""


def shown(name: str, limit: int = 80) -> str:
    """An attacker-chosen member or class name made fit for a one-line message."""
    clean = "".join(ch if ch.isprintable() else "?" for ch in name)
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"
