"""``piplkit ledger``: record export batches of a transfer and show distinct counts per year.

Thin: the counting (keyed hashes, distinct individuals per calendar year) is in
``piplkit.map.register.ledger``; this module parses options and prints counts, never identifiers.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from piplkit.faces.cli.errors import fail, warn
from piplkit.faces.cli.register_cmd import DbOption, opened
from piplkit.map.register.ledger import add_batch
from piplkit.map.register.ledger_report import batches, volumes
from piplkit.map.register.repository import as_utc
from piplkit.platform.service.keys import load_key

stdout = Console(highlight=False)

app = typer.Typer(
    help="Transfer ledger: distinct individuals exported per transfer and calendar year.",
    no_args_is_help=True,
)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="ledger")


@app.command("add")
def add(
    file: Annotated[
        Path, typer.Argument(help="The exported file: CSV, TSV, XLSX, JSON(L), Parquet.")
    ],
    transfer: Annotated[str, typer.Option("--transfer", help="Transfer name in the register.")],
    id_column: Annotated[
        str | None,
        typer.Option(
            "--id-column",
            help="Column identifying the person (default: the register's identifier column).",
        ),
    ] = None,
    sensitive_column: Annotated[
        list[str] | None,
        typer.Option(
            "--sensitive-column",
            help="A value here makes the person a sensitive-PI individual; repeat.",
        ),
    ] = None,
    year: Annotated[
        int | None, typer.Option("--year", help="Calendar year of the export (default: this year).")
    ] = None,
    key_file: Annotated[
        Path | None,
        typer.Option("--key-file", help="File holding the HMAC key (default: $PIPLKIT_HMAC_KEY)."),
    ] = None,
    register_sensitivity: Annotated[
        bool,
        typer.Option(
            "--register-sensitivity/--no-register-sensitivity",
            help="Also treat columns the register marks sensitive as sensitive.",
        ),
    ] = True,
    db: DbOption = None,
) -> None:
    """Record one export batch: count distinct (and sensitive-PI) individuals by keyed hash."""
    if not file.is_file():
        fail(f"{file}: no such file")
    with opened(db) as reg:
        key = load_key(key_file)
        with reg.write() as session:
            result = add_batch(
                session,
                transfer,
                file,
                key=key,
                id_column=id_column,
                sensitive_columns=sensitive_column or [],
                year=year,
                use_register_sensitivity=register_sensitivity,
            )
    for message in result.warnings:
        warn(f"{file}: {message}")
    if result.rows_without_id:
        warn(f"{file}: {result.rows_without_id:,} row(s) have no value in {result.id_column!r}")
    sensitive = ", ".join(result.sensitive_columns) or "none"
    stdout.print(
        f"batch {result.batch_id} of {result.transfer!r} ({result.year}): {result.rows:,} row(s), "
        f"{result.individuals:,} individual(s) by {result.id_column!r}, "
        f"{result.new_individuals:,} new this year, "
        f"{result.sensitive_individuals:,} with sensitive PI (columns: {sensitive})"
    )
    stdout.print(
        f"{result.year} total for {result.transfer!r}: {result.year_individuals:,} individual(s), "
        f"{result.year_sensitive_individuals:,} with sensitive PI"
    )


@app.command("show")
def show(
    transfer: Annotated[str | None, typer.Option("--transfer", help="Only this transfer.")] = None,
    show_batches: Annotated[bool, typer.Option("--batches", help="List each batch too.")] = False,
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    db: DbOption = None,
) -> None:
    """Distinct individuals per transfer and calendar year (what `assess` uses)."""
    if fmt not in ("table", "json"):
        fail(f"--format: {fmt!r} is not table or json")
    with opened(db) as reg, reg.read() as session:
        rows = volumes(session, transfer)
        batch_rows = batches(session, transfer) if show_batches or fmt == "json" else []
        batch_data = [
            {
                "id": b.id,
                "transfer": b.transfer.name,
                "year": b.year,
                "recorded_at": as_utc(b.recorded_at).isoformat(),  # type: ignore[union-attr]
                "source": b.source_name,
                "id_column": b.id_column,
                "rows": b.rows,
                "individuals": b.individuals,
                "new_individuals": b.new_individuals,
                "sensitive_individuals": b.sensitive_individuals,
                "actor": b.actor,
            }
            for b in batch_rows
        ]
    if fmt == "json":
        payload = {
            "volumes": [
                {
                    "transfer": r.transfer,
                    "year": r.year,
                    "individuals": r.individuals,
                    "sensitive_individuals": r.sensitive_individuals,
                    "batches": r.batches,
                }
                for r in rows
            ],
            "batches": batch_data,
        }
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return
    if not rows:
        stdout.print("the ledger has no batches yet (piplkit ledger add --transfer NAME FILE)")
        return
    table = Table("transfer", "year", "individuals", "sensitive-PI individuals", "batches")
    for r in rows:
        table.add_row(
            r.transfer,
            str(r.year),
            f"{r.individuals:,}",
            f"{r.sensitive_individuals:,}",
            f"{r.batches:,}",
        )
    stdout.print(table)
    if show_batches:
        detail = Table(
            "batch", "transfer", "year", "recorded", "file", "rows", "individuals", "new"
        )
        for b in batch_data:
            detail.add_row(
                str(b["id"]),
                str(b["transfer"]),
                str(b["year"]),
                str(b["recorded_at"])[:19],
                str(b["source"]),
                str(b["rows"]),
                str(b["individuals"]),
                str(b["new_individuals"]),
            )
        stdout.print(detail)
