"""What every command that opens the register shares: the --db option, opening, output.

Kept apart from ``register_cmd`` so that command modules attached to ``piplkit register``
(``security_cmd``) and the other register-backed groups use it without importing each other.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from piplkit.faces.cli.errors import fail

if TYPE_CHECKING:
    from piplkit.map.register.store import Register

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
    """Open the register (migrating it when needed); register errors end the command cleanly.

    A command that fails never leaves a register behind as a side effect: a SQLite file this
    call created is removed again when the command ends in an error (issue 19: a ``dsr submit``
    without a key used to leave ``piplkit.db`` in the current folder).
    """
    # the register stack (SQLAlchemy, Alembic, the models: about half a second of start-up) is
    # imported when a register is opened, not when a command module that offers --db is loaded
    from piplkit.faces.cli.options import install_register_types
    from piplkit.map.register import RegisterError, open_register

    fresh = _new_sqlite_file(db)
    try:
        reg = open_register(db)
    except RegisterError as exc:
        _remove(fresh)
        fail(str(exc))
    install_register_types(reg)
    failed = True
    try:
        yield reg
        failed = False
    except RegisterError as exc:
        fail(str(exc))
    except typer.Exit as exc:
        failed = exc.exit_code != 0
        raise
    finally:
        reg.dispose()
        if failed:
            _remove(fresh)


def _new_sqlite_file(db: str | None) -> Path | None:
    """The SQLite file ``db`` names when it does not exist yet, else None."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from piplkit.map.register.db import database_url

    try:
        parsed = make_url(database_url(db))
    except ArgumentError:
        return None
    name = parsed.database
    if parsed.get_backend_name() != "sqlite" or not name or name == ":memory:":
        return None
    path = Path(name)
    return None if path.exists() else path


def _remove(path: Path | None) -> None:
    if path is None:
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{option}: {value!r} is not a date in the form YYYY-MM-DD")
