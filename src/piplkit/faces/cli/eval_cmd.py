"""``piplkit eval``: generate the synthetic evaluation set and score the detector on it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from piplkit.faces.cli.errors import fail, stderr
from piplkit.faces.cli.eval_business_cmd import business_group
from piplkit.faces.cli.options import AsOfOption, parse_as_of


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        help="Evaluation set (synthetic, seeded) and scorer for PI detection.",
        no_args_is_help=True,
    )
    group.command("generate")(generate)
    group.command("score")(score)
    group.add_typer(business_group(), name="business")
    app.add_typer(group, name="eval")


def generate(
    out_dir: Annotated[Path, typer.Argument(help="Folder to write the set into (created).")],
    seed: Annotated[int, typer.Option("--seed", help="Seed; the same seed gives the same set.")] = (
        20241105
    ),
    sentences: Annotated[int, typer.Option("--sentences", min=0)] = 2240,
    negatives: Annotated[int, typer.Option("--negatives", min=0)] = 640,
    tables: Annotated[int, typer.Option("--tables", min=0)] = 12,
    rows: Annotated[int, typer.Option("--rows", min=1, help="Rows per table.")] = 200,
    carriers: Annotated[
        Path | None,
        typer.Option(
            "--carriers",
            help="UTF-8 file of carrier templates (domain<TAB>template a line) to use instead "
            "of the built-in ones, e.g. held-out sentences.",
        ),
    ] = None,
) -> None:
    """Write labelled sentences, hard negatives and CSV tables (UTF-8 and GB18030) to OUT_DIR."""
    from piplkit.discover.evaluation.dataset import GenerateOptions
    from piplkit.discover.evaluation.dataset import generate as generate_set
    from piplkit.discover.evaluation.sentences import TemplateError, load_carriers

    custom = None
    if carriers is not None:
        if not carriers.is_file():
            fail(f"{carriers}: no such file")
        try:
            custom = load_carriers(carriers)
        except (TemplateError, UnicodeDecodeError) as exc:
            fail(f"{carriers}: {exc}")
    options = GenerateOptions(
        seed=seed,
        sentences=sentences,
        negatives=negatives,
        tables=tables,
        rows=rows,
        carriers=custom,
    )
    try:
        manifest = generate_set(out_dir, options)
    except OSError as exc:
        fail(f"{out_dir}: cannot write ({exc.strerror})")
    stderr.print(
        f"piplkit eval generate: {out_dir}: {manifest['sentences']:,} sentences, "
        f"{manifest['negatives']:,} hard-negative sentences, {manifest['tables']:,} tables "
        f"(seed {manifest['seed']})"
    )


def score(
    data_dir: Annotated[Path, typer.Argument(help="A folder written by `piplkit eval generate`.")],
    as_of: AsOfOption = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the full report (masked) here.")
    ] = None,
    errors: Annotated[int, typer.Option("--errors", min=0, help="Errors to print.")] = 40,
    no_tables: Annotated[
        bool, typer.Option("--no-tables", help="Skip the table column-classification score.")
    ] = False,
    check_floors: Annotated[
        bool, typer.Option("--check-floors", help="Exit 1 when a quality floor is missed.")
    ] = False,
) -> None:
    """Score the detector span-exactly per type, and the scan column classifier per column."""
    from piplkit.discover.evaluation.dataset import DatasetError
    from piplkit.discover.evaluation.run import evaluate, format_report
    from piplkit.discover.evaluation.tablescore import TableScoreError

    evaluation_date = parse_as_of(as_of)
    try:
        report = evaluate(data_dir, as_of=evaluation_date, tables=not no_tables)
    except (DatasetError, TableScoreError) as exc:
        fail(str(exc))
    typer.echo(format_report(report, errors=errors))
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
