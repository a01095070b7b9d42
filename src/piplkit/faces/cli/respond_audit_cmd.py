"""``piplkit audit``: the hash-chained audit trail: verify, log, head.

Thin: parsing options and printing; the behaviour is in ``piplkit.respond`` (the same functions
the REST API calls). Output shows masked previews and keyed hashes, never identifiers.
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from piplkit.faces.cli.register_cmd import DbOption, opened
from piplkit.faces.cli.respond_common import (
    JsonOption,
    print_json,
    stdout,
)

app = typer.Typer(help="The hash-chained audit trail: verify, log, head.", no_args_is_help=True)


@app.command("verify")
def audit_verify(
    anchor: Annotated[
        list[str] | None,
        typer.Option("--anchor", help="ID:HASH copied earlier from `audit head`; repeat."),
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Check the hash chain; name every edited, deleted or reordered entry (exit 1 if any)."""
    from piplkit.platform.service.audit import parse_anchor, report_dict, verify_chain

    with opened(db) as reg:
        anchors = [parse_anchor(a, "--anchor") for a in anchor or []]
        with reg.read() as session:
            report = verify_chain(session, anchors)
    if as_json:
        print_json(report_dict(report))
    elif report.ok:
        stdout.print(
            f"audit chain intact: {report.entries:,} entries, "
            f"head {report.head.last_hash[:16] if report.head else '—'}"
        )
    else:
        for p in report.problems:
            stdout.print(f"[red]{p.kind}[/]: {p.message}")
        stdout.print(f"{len(report.problems):,} problem(s) in {report.entries:,} entries")
    if not report.ok:
        raise typer.Exit(1)


@app.command("head")
def audit_head(db: DbOption = None) -> None:
    """Print ID:HASH of the last entry, to keep outside the database as an anchor."""
    from piplkit.respond.verify import chain_head

    with opened(db) as reg, reg.read() as session:
        head = chain_head(session)
    stdout.print(f"{head.last_id}:{head.last_hash}")


@app.command("log")
def audit_log_cmd(
    entity: Annotated[
        str | None, typer.Option("--entity", help="e.g. dsr_request, consent_record, dataset.")
    ] = None,
    key: Annotated[str | None, typer.Option("--key", help="Entity key (its name or id).")] = None,
    limit: Annotated[int, typer.Option("--limit")] = 50,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """The latest audit entries, newest first."""
    from piplkit.respond.verify import audit_log, entry_dict

    with opened(db) as reg, reg.read() as session:
        rows = [
            entry_dict(e) for e in audit_log(session, entity=entity, entity_key=key, limit=limit)
        ]
    if as_json:
        print_json(rows)
        return
    table = Table("id", "at", "actor", "action", "entity", "key", "hash")
    for r in rows:
        table.add_row(
            str(r["id"]),
            r["at"][:19].replace("T", " "),
            r["actor"],
            r["action"],
            r["entity"],
            r["key"] or "",
            (r["hash"] or "")[:12],
        )
    stdout.print(table)
