"""``piplkit user``: accounts for the web UI and the REST API (roles, passwords, API tokens).

Thin: reads the password (prompt or stdin), calls :mod:`piplkit.auth` inside one register
transaction and prints the outcome. A new API token is printed once; only its digest is kept.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from piplkit.auth import service
from piplkit.auth.models import Role
from piplkit.cli.errors import fail
from piplkit.cli.register_cmd import DbOption, opened

stdout = Console(highlight=False)

app = typer.Typer(
    help="Users of the web UI and REST API: add, list, passwords, API tokens.",
    no_args_is_help=True,
)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="user")


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            fail("--password-stdin: nothing on standard input")
        return line.rstrip("\r\n")
    value: str = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    return value


@app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="User name (unique).")],
    role: Annotated[Role, typer.Option("--role", help="admin, editor or viewer.")] = Role.VIEWER,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
    no_password: Annotated[
        bool,
        typer.Option("--no-password", help="API-token-only account (cannot log in to the web)."),
    ] = False,
    db: DbOption = None,
) -> None:
    """Add a user; the password is prompted for unless --password-stdin or --no-password."""
    password = None if no_password else _read_password(password_stdin)
    with opened(db) as reg, reg.write() as session:
        service.add_user(session, name, role, password)
    stdout.print(f"user {name!r} added with role {role.value}")


@app.command("token")
def token(
    name: Annotated[str, typer.Argument(help="User the token acts as.")],
    label: Annotated[str | None, typer.Option("--label", help="What the token is for.")] = None,
    expires_days: Annotated[
        int | None, typer.Option("--expires-days", min=1, help="Expire after this many days.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Create an API token; it is printed once (store it now, piplkit keeps only its hash)."""
    expires = dt.datetime.now(dt.UTC) + dt.timedelta(days=expires_days) if expires_days else None
    with opened(db) as reg, reg.write() as session:
        raw = service.issue_token(session, name, label=label, expires_at=expires)
    typer.echo(raw)
    typer.echo(
        "This token is shown only once. Send it as 'Authorization: Bearer <token>'.", err=True
    )


@app.command("passwd")
def passwd(
    name: Annotated[str, typer.Argument(help="User name.")],
    password_stdin: Annotated[bool, typer.Option("--password-stdin")] = False,
    db: DbOption = None,
) -> None:
    """Set a user's password (signs out their browser sessions)."""
    password = _read_password(password_stdin)
    with opened(db) as reg, reg.write() as session:
        service.set_password(session, name, password)
    stdout.print(f"password of {name!r} changed")


@app.command("list")
def list_cmd(db: DbOption = None) -> None:
    """List users with their role and number of API tokens."""
    with opened(db) as reg, reg.read() as session:
        rows = [
            (u.name, u.role.value, "yes" if u.active else "no", str(len(u.tokens)))
            for u in service.list_users(session)
        ]
    if not rows:
        stdout.print("no users (add one: piplkit user add NAME --role admin)")
        return
    table = Table("name", "role", "active", "tokens", title=f"users ({len(rows)})")
    for row in rows:
        table.add_row(*row)
    stdout.print(table)


@app.command("remove")
def remove(name: Annotated[str, typer.Argument(help="User name.")], db: DbOption = None) -> None:
    """Remove a user with their tokens and sessions (the last admin cannot be removed)."""
    with opened(db) as reg, reg.write() as session:
        service.remove_user(session, name)
    stdout.print(f"user {name!r} removed")
