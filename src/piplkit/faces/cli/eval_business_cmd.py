"""``piplkit eval business``: the business-table set for the column classifier.

``generate`` writes realistic exports of 17 Chinese business domains with a gold PI type per
column; ``score`` classifies them through ``piplkit scan`` (sampling mode) and prints column
type accuracy, sensitivity accuracy and non-PI columns reported as PI, with breakdowns.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from piplkit.faces.cli.errors import fail, stderr
from piplkit.faces.cli.options import AsOfOption, parse_as_of


def business_group() -> typer.Typer:
    group = typer.Typer(
        help="Business-table set (17 domains, CSV/XLSX/Parquet) and the column-classifier score.",
        no_args_is_help=True,
    )
    group.command("generate")(generate)
    group.command("score")(score)
    return group


def generate(
    out_dir: Annotated[Path, typer.Argument(help="Folder to write the set into (created).")],
    seed: Annotated[int, typer.Option("--seed", help="Same seed, same bytes.")] = 20261204,
    rows: Annotated[
        int | None,
        typer.Option("--rows", min=1, max=100_000, help="Rows per table (default 200–800)."),
    ] = None,
    domain: Annotated[
        list[str] | None,
        typer.Option("--domain", help="Only this domain (repeatable), e.g. hospital, bank."),
    ] = None,
) -> None:
    """Write the tables and manifest.json (gold type, header style, format per column)."""
    from piplkit.discover.evaluation.business import (
        BusinessOptions,
        BusinessSetError,
        generate_business,
    )

    options = BusinessOptions(seed=seed, rows=rows, domains=tuple(domain) if domain else None)
    try:
        manifest = generate_business(out_dir, options)
    except BusinessSetError as exc:
        fail(str(exc))
    columns = sum(len(t["columns"]) for t in manifest["tables"])
    stderr.print(
        f"piplkit eval business generate: {out_dir}: {len(manifest['tables']):,} tables, "
        f"{columns:,} columns, {len(manifest['domains']):,} domains (seed {manifest['seed']})"
    )


def score(
    data_dir: Annotated[Path, typer.Argument(help="A folder written by `eval business generate`.")],
    as_of: AsOfOption = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the full report (no values) here.")
    ] = None,
    errors: Annotated[int, typer.Option("--errors", min=0, help="Errors to print.")] = 40,
    check_floors: Annotated[
        bool, typer.Option("--check-floors", help="Exit 1 when a quality floor is missed.")
    ] = False,
) -> None:
    """Classify every table with the scanner and score it against the gold."""
    from piplkit.discover.evaluation.business import BusinessSetError
    from piplkit.discover.evaluation.business.report import format_business_report
    from piplkit.discover.evaluation.business.score import score_business

    evaluation_date = parse_as_of(as_of)
    try:
        report = score_business(data_dir, as_of=evaluation_date)
    except BusinessSetError as exc:
        fail(str(exc))
    typer.echo(format_business_report(report, errors=errors))
    if json_out is not None:
        try:
            json_out.write_text(
                json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
        except OSError as exc:
            fail(f"{json_out}: cannot write ({exc.strerror})")
    if check_floors and report["floors_failed"]:
        stderr.print("floors missed: " + "; ".join(report["floors_failed"]))
        raise typer.Exit(1)
