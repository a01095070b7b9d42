"""Options and parsers shared by several commands."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer

from piplkit.cli.errors import fail

AsOfOption = Annotated[
    str | None,
    typer.Option("--as-of", help="Evaluation date YYYY-MM-DD (default: today).", metavar="DATE"),
]


def parse_as_of(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"--as-of: {value!r} is not a date in the form YYYY-MM-DD")


def parse_types(value: str | None) -> list[str] | None:
    if value is None:
        return None
    types = [t.strip() for t in value.split(",") if t.strip()]
    if not types:
        fail("--types: give at least one PI type id")
    return types
