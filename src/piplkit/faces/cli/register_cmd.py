"""``piplkit register``: create, fill, export and import the register of processing.

Thin: each command parses options, opens the register, calls one core function inside a
transaction and prints the outcome. Register errors become one line on stderr.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from piplkit.faces.cli.errors import fail
from piplkit.faces.cli.register_add import add_command
from piplkit.faces.cli.register_app_cmd import attach as attach_app_import
from piplkit.faces.cli.register_common import DbOption, opened, stdout
from piplkit.faces.cli.security_cmd import attach as attach_security
from piplkit.map.register.db import database_url, display_url
from piplkit.map.register.exchange import dumps, export_register, import_register, load_document
from piplkit.map.register.repository import REPOSITORIES
from piplkit.map.register.ropa import export_ropa
from piplkit.map.register.scan_import import import_scan, load_report
from piplkit.platform.service.entities import DESCRIPTORS, EntityDescriptor

FormatOption = Annotated[str, typer.Option("--format", help="table or json.")]

app = typer.Typer(
    help="The register of processing: systems, datasets, activities, recipients, transfers.",
    no_args_is_help=True,
)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="register")


@app.command("init")
def init(db: DbOption = None) -> None:
    """Create the register database, or upgrade it to this piplkit's schema."""
    from piplkit.assess.rules.response_deadlines import request_deadline
    from piplkit.respond import settings

    url = database_url(db)
    with opened(url) as reg:
        with reg.read() as session:
            counts = {key: repo.count(session) for key, repo in REPOSITORIES.items()}
            target = settings.dsr_target(session)
        newly_set = target is None
        if newly_set:
            target = INITIAL_DSR_TARGET
            with reg.write() as session:
                settings.set_setting(session, settings.DSR_TARGET, target)
    stdout.print(f"register ready: {display_url(url)}")
    stdout.print(", ".join(f"{key}: {n:,}" for key, n in counts.items()))
    # the wording and citations come from the law data, as for every request's deadline
    note = request_deadline(dt.datetime.now(dt.UTC), target).note
    origin = "set now as a starting point" if newly_set else "already set"
    stdout.print(
        f"rights requests: {note} ({origin}; change it with "
        "`piplkit dsr config --target-working-days N`)",
        soft_wrap=True,
    )


#: The target ``register init`` sets when the organisation has none: 15 working days stay within
#: the 30 days GB/T 35273-2020 §8.7 suggests even across the Spring Festival and National Day
#: breaks. It is the organisation's choice, labelled so everywhere, never presented as law.
INITIAL_DSR_TARGET = 15


@app.command("import-scan")
def import_scan_cmd(
    report: Annotated[Path, typer.Argument(help="JSON from `piplkit scan --format json`.")],
    system: Annotated[
        str | None, typer.Option("--system", help="Attach the datasets to this system.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Turn a scan report into datasets and columns (re-importing updates, never duplicates)."""
    with opened(db) as reg:
        parsed = load_report(report)
        with reg.write() as session:
            summary = import_scan(session, parsed, system=system, source=report.name)
    stdout.print(
        f"{len(summary.created):,} dataset(s) created, {len(summary.updated):,} updated; "
        f"{summary.columns:,} column(s), {summary.pi_columns:,} with PI"
    )


@app.command("export")
def export_cmd(
    output: Annotated[str, typer.Argument(help="Output JSON file, or - for stdout.")] = "-",
    db: DbOption = None,
) -> None:
    """Write the whole register (and its ledger) as one JSON document."""
    with opened(db) as reg, reg.read() as session:
        text = dumps(export_register(session))
    if output == "-":
        sys.stdout.write(text)
        return
    Path(output).write_text(text, encoding="utf-8")
    stdout.print(f"register exported to {output}")


@app.command("import")
def import_cmd(
    source: Annotated[Path, typer.Argument(help="A JSON file from `piplkit register export`.")],
    replace: Annotated[
        bool, typer.Option("--replace", help="Replace a non-empty register's content.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Load a register export; all or nothing (an error leaves the register unchanged)."""
    with opened(db) as reg:
        doc = load_document(source)
        with reg.write() as session:
            counts = import_register(session, doc, replace=replace)
    stdout.print("imported " + ", ".join(f"{n:,} {k}" for k, n in counts.items()))


@app.command("ropa")
def ropa_cmd(
    output: Annotated[Path, typer.Argument(help="Output file: .xlsx (3 sheets) or .csv.")],
    lang: Annotated[str, typer.Option("--lang", help="zh (default) or en.")] = "zh",
    db: DbOption = None,
) -> None:
    """Export the record of processing activities (RoPA)."""
    if lang not in ("zh", "en"):
        fail(f"--lang: {lang!r} is not zh or en")
    with opened(db) as reg, reg.read() as session:
        rows = export_ropa(session, output, lang=lang)  # type: ignore[arg-type]
    stdout.print(f"RoPA with {rows:,} processing activit{'y' if rows == 1 else 'ies'} → {output}")


@app.command("double-list")
def double_list_cmd(
    output: Annotated[Path, typer.Argument(help="Output .xlsx file (two sheets).")],
    organisation: Annotated[
        str | None,
        typer.Option("--organisation", help="Whose list (needed when there are several)."),
    ] = None,
    lang: Annotated[str, typer.Option("--lang", help="zh (default) or en.")] = "zh",
    db: DbOption = None,
) -> None:
    """Export the app "double list": PI collected and PI shared with third parties."""
    from piplkit.map.register.double_list import build_double_list, write_double_list

    if lang not in ("zh", "en"):
        fail(f"--lang: {lang!r} is not zh or en")
    if output.suffix.lower() != ".xlsx":
        fail(f"{output}: the double list is written as .xlsx")
    with opened(db) as reg, reg.read() as session:
        name = organisation or _sole_organisation(session)
        doc = build_double_list(session, name, lang)  # type: ignore[arg-type]
    write_double_list(doc, output)
    stdout.print(
        f"double list of {doc.organisation}: {len(doc.collected):,} collected, "
        f"{len(doc.shared):,} shared → {output}"
    )


def _sole_organisation(session: Any) -> str:
    names = [o.name for o in REPOSITORIES["organisation"].list(session)]
    if len(names) != 1:
        fail(
            "name the organisation with --organisation"
            + (f" (one of: {', '.join(names)})" if names else " (the register has none)")
        )
    return names[0]


# --- entity groups --------------------------------------------------------------------------


def _print_list(entity: EntityDescriptor, items: list[Any], fmt: str) -> None:
    """Every field as JSON (the API's shape), or the descriptor's summary columns as a table."""
    repo = entity.repo
    dumped = [entity.serialize(obj) for obj in items]
    if fmt == "json":
        sys.stdout.write(json.dumps(dumped, ensure_ascii=False, indent=2) + "\n")
        return
    if fmt != "table":
        fail(f"--format: {fmt!r} is not table or json")
    if not dumped:
        stdout.print(f"no {repo.label_plural}")
        return
    fields = entity.summary
    table = Table(*fields, title=f"{repo.label_plural} ({len(dumped):,})")
    for row in dumped:
        table.add_row(*[_cell(row[f]) for f in fields])
    stdout.print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(v["name"] if isinstance(v, dict) else str(v) for v in value)
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"  # a count (rows, individuals), as every count is printed
    return str(value)


def _entity_group(key: str, name: str, add: Callable[..., None]) -> typer.Typer:
    """A ``register <entity>`` group with add (given), list and remove."""
    entity = DESCRIPTORS[key]
    repo = entity.repo
    group = typer.Typer(
        help=f"{repo.label_plural.capitalize()} in the register.", no_args_is_help=True
    )
    group.command("add")(add)

    @group.command("list")
    def list_cmd(
        fmt: FormatOption = "table",
        offset: Annotated[int, typer.Option("--offset", min=0)] = 0,
        limit: Annotated[int | None, typer.Option("--limit", min=1)] = None,
        db: DbOption = None,
    ) -> None:
        with opened(db) as reg, reg.read() as session:
            _print_list(entity, repo.list(session, offset=offset, limit=limit), fmt)

    list_cmd.__doc__ = f"List {repo.label_plural}."

    @group.command("remove")
    def remove_cmd(
        entity: Annotated[str, typer.Argument(help="Name.")],
        db: DbOption = None,
    ) -> None:
        with opened(db) as reg, reg.write() as session:
            repo.delete(session, entity)
        stdout.print(f"{repo.label} {entity!r} removed")

    remove_cmd.__doc__ = f"Remove a {repo.label}."
    app.add_typer(group, name=name)
    return group


for _key, _entity in DESCRIPTORS.items():
    _entity_group(_key, _key, add_command(_entity))
# MLPS, CII, important-data and record commands (a module of their own, same group)
attach_security(app)
attach_app_import(app)
