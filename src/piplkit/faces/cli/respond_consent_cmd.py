"""``piplkit consent``: the consent ledger: record, withdraw, check with proof.

Thin: parsing options and printing; the behaviour is in ``piplkit.respond`` (the same functions
the REST API calls). Output shows masked previews and keyed hashes, never identifiers.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from piplkit.faces.cli.errors import fail
from piplkit.faces.cli.register_cmd import DbOption, opened
from piplkit.faces.cli.respond_common import (
    KeyOption,
    instant,
    load_json,
    print_json,
    stdout,
)
from piplkit.platform.service.keys import load_key

app = typer.Typer(help="Consent ledger: record, withdraw, check with proof.", no_args_is_help=True)


@app.command("notice-hash")
def consent_notice_hash(
    notice: Annotated[Path, typer.Argument(help="The notice text file.")],
) -> None:
    """Print the SHA-256 that identifies a notice version."""
    from piplkit.respond.consent import notice_hash

    try:
        stdout.print(notice_hash(notice.read_text("utf-8")))
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"{notice}: cannot read as UTF-8 text ({exc})")


@app.command("record")
def consent_record(
    file: Annotated[
        Path, typer.Argument(help="Consent JSON (see docs/respond.md), or - for stdin.")
    ],
    key_file: KeyOption = None,
    db: DbOption = None,
) -> None:
    """Record a consent (idempotent by consent_id)."""
    from piplkit.respond.consent import record_consent

    payload = load_json(file)
    with opened(db) as reg:
        key = load_key(key_file)
        with reg.write() as session:
            record, created = record_consent(session, payload, key=key)
            name, masked = record.name, record.identifier_masked
    stdout.print(f"{name} {'recorded' if created else 'already recorded'} for {masked}")


@app.command("withdraw")
def consent_withdraw(
    identifier_type: Annotated[str, typer.Option("--id-type")],
    identifier: Annotated[str, typer.Option("--id")],
    purpose: Annotated[
        list[str] | None, typer.Option("--purpose", help="Only these purposes; repeat.")
    ] = None,
    key_file: KeyOption = None,
    db: DbOption = None,
) -> None:
    """Withdraw consents now (effective at once)."""
    from piplkit.respond.consent import withdraw

    with opened(db) as reg:
        key = load_key(key_file)
        with reg.write() as session:
            names = [
                r.name
                for r in withdraw(session, identifier_type, identifier, key=key, purposes=purpose)
            ]
    stdout.print(f"withdrawn: {', '.join(names)}")


@app.command("check")
def consent_check(
    identifier_type: Annotated[str, typer.Option("--id-type")],
    identifier: Annotated[str, typer.Option("--id")],
    category: Annotated[str, typer.Option("--category", help="PI category, e.g. cn_mobile.")],
    purpose: Annotated[str, typer.Option("--purpose")],
    at: Annotated[
        str | None, typer.Option("--at", help="ISO date-time with zone (default: now).")
    ] = None,
    key_file: KeyOption = None,
    db: DbOption = None,
) -> None:
    """May we process CATEGORY for PURPOSE at AT? Prints the proof; exit 1 when not."""
    from piplkit.respond.consent import may_process
    from piplkit.respond.identifiers import identify

    when = instant(at, "--at") or dt.datetime.now(dt.UTC)
    with opened(db) as reg:
        key = load_key(key_file)
        subject = identify(identifier_type, identifier, key=key)
        with reg.read() as session:
            decision = may_process(
                session, subject_hash=subject.hash, category=category, purpose=purpose, at=when
            )
    print_json(decision.to_dict())
    if not decision.allowed:
        raise typer.Exit(1)
