"""``piplkit user``: accounts for the web UI and the REST API (roles, passwords, API tokens).

Thin: reads the password (prompt or stdin), calls :mod:`piplkit.platform.auth` inside one register
transaction and prints the outcome. A new API token is printed once; only its digest is kept.
Token lifetimes follow ``$PIPLKIT_TOKEN_DAYS`` (default lifetime) and ``$PIPLKIT_TOKEN_MAX_DAYS``
(the longest allowed), which ``piplkit serve`` reads too.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from piplkit.faces.cli.errors import fail
from piplkit.faces.cli.register_cmd import DbOption, opened
from piplkit.map.register.errors import InvalidInputError
from piplkit.platform.auth import service
from piplkit.platform.auth.models import Role
from piplkit.platform.auth.passwords import password_problem
from piplkit.platform.auth.tokens import TokenInfo, TokenPolicy

TOKEN_DAYS_ENV = "PIPLKIT_TOKEN_DAYS"
TOKEN_MAX_DAYS_ENV = "PIPLKIT_TOKEN_MAX_DAYS"

stdout = Console(highlight=False)

app = typer.Typer(
    help="Users of the web UI and REST API: add, list, passwords, API tokens.",
    no_args_is_help=True,
)


token_app = typer.Typer(
    help="API tokens: list them, create one (printed once), revoke one.", no_args_is_help=True
)
app.add_typer(token_app, name="token")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="user")


def _env_days(name: str) -> int | None:
    text = os.environ.get(name, "").strip()
    if not text:
        return None
    if not text.isdigit():
        fail(f"${name}: {text!r} is not a whole number of days")
    return int(text)


def token_policy() -> TokenPolicy:
    """Token lifetimes from the environment (unset: 90 days by default, at most 365)."""
    try:
        return TokenPolicy.of_days(_env_days(TOKEN_DAYS_ENV), _env_days(TOKEN_MAX_DAYS_ENV))
    except InvalidInputError as exc:
        fail(f"${TOKEN_DAYS_ENV} / ${TOKEN_MAX_DAYS_ENV}: {exc}")


def _read_password(from_stdin: bool, name: str) -> str:
    """The new password for ``name``, refused at once when the policy objects to it."""
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            fail("--password-stdin: nothing on standard input")
        value = line.rstrip("\r\n")
    else:
        value = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    problem = password_problem(value, [name])
    if problem is not None:
        fail(str(problem))
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
    password = None if no_password else _read_password(password_stdin, name)
    with opened(db) as reg, reg.write() as session:
        service.add_user(session, name, role, password)
    stdout.print(f"user {name!r} added with role {role.value}")


@app.command("passwd")
def passwd(
    name: Annotated[str, typer.Argument(help="User name.")],
    password_stdin: Annotated[bool, typer.Option("--password-stdin")] = False,
    db: DbOption = None,
) -> None:
    """Set a user's password (signs out their browsers and revokes their API tokens)."""
    password = _read_password(password_stdin, name)
    with opened(db) as reg, reg.write() as session:
        service.set_password(session, name, password)
    stdout.print(f"password of {name!r} changed; their sessions ended and API tokens revoked")


@app.command("list")
def list_cmd(db: DbOption = None) -> None:
    """List users with their role and number of working API tokens."""
    with opened(db) as reg, reg.read() as session:
        rows = [
            (u.name, u.role.value, "yes" if u.active else "no", f"{service.live_token_count(u):,}")
            for u in service.list_users(session)
        ]
    if not rows:
        stdout.print("no users (add one: piplkit user add NAME --role admin)")
        return
    table = Table("name", "role", "active", "tokens", title=f"users ({len(rows):,})")
    for row in rows:
        table.add_row(*row)
    stdout.print(table)


@app.command("remove")
def remove(name: Annotated[str, typer.Argument(help="User name.")], db: DbOption = None) -> None:
    """Remove a user with their tokens and sessions (the last admin cannot be removed)."""
    with opened(db) as reg, reg.write() as session:
        service.remove_user(session, name)
    stdout.print(f"user {name!r} removed")


@token_app.command("create")
def token_create(
    name: Annotated[str, typer.Argument(help="User the token acts as.")],
    label: Annotated[str | None, typer.Option("--label", help="What the token is for.")] = None,
    expires_days: Annotated[
        int | None,
        typer.Option(
            "--expires-days",
            min=1,
            help=f"Lifetime in days (default ${TOKEN_DAYS_ENV} or 90; at most "
            f"${TOKEN_MAX_DAYS_ENV} or 365).",
        ),
    ] = None,
    scope: Annotated[
        str,
        typer.Option(
            "--scope",
            help="full (all the user's role allows) or calendar:read (the calendar and its "
            ".ics feed only; may sit in a calendar program's URL whatever the user's role).",
        ),
    ] = "full",
    db: DbOption = None,
) -> None:
    """Create an API token; it is printed once (store it now, piplkit keeps only its hash)."""
    policy = token_policy()
    with opened(db) as reg, reg.write() as session:
        raw, info = service.create_token(
            session, name, label=label, days=expires_days, policy=policy, scope=scope
        )
    typer.echo(raw)
    expires = info.expires_at.strftime("%Y-%m-%d %H:%M UTC") if info.expires_at else "never"
    typer.echo(
        f"Token #{info.id} for {name!r}, expires {expires}, scope {info.scope.value}. It is "
        "shown only once; send it as 'Authorization: Bearer <token>'"
        + (" or put it in the /calendar.ics?token= URL." if info.scope.value != "full" else "."),
        err=True,
    )


def _when(value: object) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else ""  # type: ignore[attr-defined]


def _token_row(info: TokenInfo) -> tuple[str, ...]:
    return (
        str(info.id),
        info.user,
        info.label or "",
        info.scope.value,
        _when(info.created_at),
        _when(info.expires_at) or "never",
        _when(info.last_used_at) or "not yet",
        info.state.value + (f" {_when(info.revoked_at)}" if info.revoked_at else ""),
    )


@token_app.command("list")
def token_list(
    user: Annotated[str | None, typer.Argument(help="Only this user's tokens.")] = None,
    db: DbOption = None,
) -> None:
    """List API tokens, newest first (revoked and expired ones too, marked so)."""
    with opened(db) as reg, reg.read() as session:
        rows = [_token_row(i) for i in service.list_tokens(session, None, user=user)]
    if not rows:
        stdout.print("no API tokens (create one: piplkit user token create NAME)")
        return
    table = Table(
        "id",
        "user",
        "label",
        "scope",
        "created",
        "expires",
        "last used",
        "state",
        title=f"API tokens ({len(rows):,})",
    )
    for row in rows:
        table.add_row(*(escape(cell) for cell in row))
    stdout.print(table)


@token_app.command("revoke")
def token_revoke(
    token_id: Annotated[int, typer.Argument(help="The token's id (see 'token list').")],
    db: DbOption = None,
) -> None:
    """Revoke one API token: it stops working at once and stays listed as revoked."""
    with opened(db) as reg, reg.write() as session:
        info = service.revoke_token(session, token_id, None)
    stdout.print(f"token #{info.id} of {info.user!r} revoked")
