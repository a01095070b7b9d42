"""What every command that opens the register shares: the --db option, opening, output.

Kept apart from ``register_cmd`` so that command modules attached to ``piplkit register``
(``security_cmd``) and the other register-backed groups use it without importing each other.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Annotated

import typer
from rich.console import Console

from piplkit.cli.errors import fail
from piplkit.cli.options import install_register_types
from piplkit.register import RegisterError, open_register
from piplkit.register.store import Register

stdout = Console(highlight=False)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Register database URL (default: $PIPLKIT_DATABASE_URL or ./piplkit.db).",
        metavar="URL",
    ),
]

@contextmanager
def opened(db: str | None) -> Iterator[Register]:
    """Open the register (migrating it when needed); register errors end the command cleanly."""
    try:
        reg = open_register(db)
    except RegisterError as exc:
        fail(str(exc))
    install_register_types(reg)
    try:
        yield reg
    except RegisterError as exc:
        fail(str(exc))
    finally:
        reg.dispose()


def parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{option}: {value!r} is not a date in the form YYYY-MM-DD")
