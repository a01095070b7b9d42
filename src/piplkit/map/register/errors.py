"""Errors the register raises: one message a person can act on, naming what is wrong."""

from __future__ import annotations


class RegisterError(Exception):
    """Any register failure the interfaces show as one line (CLI) or a 4xx (API)."""


class NotFoundError(RegisterError):
    """A named entity does not exist."""


class ConflictError(RegisterError):
    """A write collides with what is there (duplicate name, entity still referenced)."""


class InvalidInputError(RegisterError):
    """Input (a file, a field, a JSON document) is malformed; the message names where."""
