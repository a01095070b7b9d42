"""``piplkit deid``: de-identify a file by a policy, and measure re-identification risk.

``piplkit deid IN OUT`` is short for ``piplkit deid apply IN OUT``; ``piplkit deid risk`` and
``piplkit deid policy`` are the other subcommands. All logic lives in :mod:`piplkit.protect.deid`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from typer.core import TyperGroup

from piplkit.discover.scan.encoding import EncodingError, sniff_file
from piplkit.faces.cli.errors import fail, stderr, warn
from piplkit.faces.cli.options import AsOfOption, TypesFileOption, install_types_file, parse_as_of
from piplkit.protect.deid import (
    Deidentifier,
    KeyMaterialError,
    PolicyError,
    assess,
    load_policy,
    policy_key,
)
from piplkit.protect.deid.io import TEXT_FORMATS, DeidIOError, deidentify_file, format_of, same_file
from piplkit.protect.deid.io.columns import load_columns
from piplkit.protect.deid.policy import KNOWN_TYPES, ColumnRule, default_policy_text
from piplkit.protect.deid.report import ChangeReport
from piplkit.protect.deid.risk import RiskReport

DEFAULT_COMMAND = "apply"


class _DefaultGroup(TyperGroup):
    """A group whose first argument, when it is not a subcommand, goes to ``apply``."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = [DEFAULT_COMMAND, *args]
        return super().parse_args(ctx, args)


deid_app = typer.Typer(
    cls=_DefaultGroup,
    help="De-identify files by a policy (mask, pseudonymize, generalize, suppress) and measure "
    "re-identification risk. `piplkit deid IN OUT` is `piplkit deid apply IN OUT`.",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    app.add_typer(deid_app, name="deid")


@deid_app.command("apply")
def apply(
    source: Annotated[Path, typer.Argument(help="Input file (never modified).")],
    target: Annotated[Path, typer.Argument(help="Output file (written whole, or not at all).")],
    policy: Annotated[
        Path | None, typer.Option("--policy", help="Policy YAML (default: the bundled policy).")
    ] = None,
    key_file: Annotated[
        Path | None,
        typer.Option("--key-file", help="HMAC key file for pseudonyms (else $PIPLKIT_HMAC_KEY)."),
    ] = None,
    columns_as: Annotated[
        list[str] | None,
        typer.Option(
            "--columns-as",
            help="COLUMN=TYPE: treat a column as holding one PI type (or 'detect', 'keep'); "
            "repeat or separate with commas.",
        ),
    ] = None,
    fmt: Annotated[
        str | None, typer.Option("--format", help="text, csv, tsv, jsonl, xlsx or parquet.")
    ] = None,
    encoding: Annotated[
        str | None, typer.Option("--encoding", help="Input encoding (default: sniffed).")
    ] = None,
    report_path: Annotated[
        Path | None, typer.Option("--report", help="Also write the change report as JSON here.")
    ] = None,
    as_of: AsOfOption = None,
    types_file: TypesFileOption = None,
) -> None:
    """De-identify IN into OUT by a policy; print what was changed (counts, never values)."""
    evaluation_date = parse_as_of(as_of)
    install_types_file(types_file)
    kind = fmt or format_of(source)
    if kind is None:
        fail(f"{source}: unknown file type {source.suffix!r}; name it with --format")
    if fmt is None and format_of(target) not in (None, kind):
        fail(f"{target}: output must be the same format as the input ({kind})")
    if same_file(source, target):
        fail(f"{target}: the output must not be the input file")
    try:
        rules = load_policy(policy)
        extra = parse_columns_as(columns_as or [])
        rules = rules.with_columns(extra) if extra else rules
        key = policy_key(rules, key_file)
        deidentifier = Deidentifier(rules, key=key, as_of=evaluation_date, report=ChangeReport())
    except (PolicyError, KeyMaterialError) as exc:
        fail(str(exc))
    text_encoding = encoding or (_sniff(source) if kind in TEXT_FORMATS else "utf-8")
    try:
        report = deidentify_file(source, target, deidentifier, fmt=kind, encoding=text_encoding)
    except DeidIOError as exc:
        fail(str(exc))
    print_change_report(report)
    if report_path is not None:
        write_json(report_path, report.to_dict())
    for message in report.warnings:
        warn(message)


def parse_columns_as(items: list[str]) -> dict[str, ColumnRule]:
    """``COL=TYPE`` pairs into column rules; raises PolicyError naming a bad pair."""
    out: dict[str, ColumnRule] = {}
    for item in (p for chunk in items for p in chunk.split(",")):
        column, sep, kind = item.partition("=")
        column, kind = column.strip(), kind.strip()
        if not sep or not column or not kind:
            raise PolicyError(f"--columns-as: {item!r} is not COLUMN=TYPE")
        if kind in ("detect", "keep", "suppress"):
            out[column] = ColumnRule.model_validate({"op": kind})
        elif kind in KNOWN_TYPES:
            out[column] = ColumnRule(type=kind)
        else:
            raise PolicyError(
                f"--columns-as: unknown type {kind!r} for column {column}; use a PI type id "
                f"({', '.join(sorted(KNOWN_TYPES))}), detect, keep or suppress"
            )
    return out


@deid_app.command("risk")
def risk(
    source: Annotated[Path, typer.Argument(help="A table: CSV, TSV, JSONL, XLSX or Parquet.")],
    qi: Annotated[str, typer.Option("--qi", help="Quasi-identifier columns, comma-separated.")],
    sensitive: Annotated[
        str | None, typer.Option("--sensitive", help="Sensitive column for l-diversity.")
    ] = None,
    k: Annotated[int, typer.Option("--k", min=1, help="Target k (smallest class size).")] = 5,
    l_target: Annotated[
        int | None, typer.Option("--l", min=1, help="Target l (default 2 with --sensitive).")
    ] = None,
    fmt: Annotated[str | None, typer.Option("--format")] = None,
    encoding: Annotated[str | None, typer.Option("--encoding")] = None,
    json_path: Annotated[
        Path | None, typer.Option("--json", help="Also write the risk report as JSON here.")
    ] = None,
) -> None:
    """k-anonymity and l-diversity of a table over its quasi-identifier columns.

    Classes below the target are listed with masked values and row numbers (data rows from 1).
    Exits with status 1 when the table misses the target, so scripts can gate a release on it.
    """
    columns = [c.strip() for c in qi.split(",") if c.strip()]
    if not columns:
        fail("--qi: name at least one column")
    if sensitive in columns:
        fail(f"--sensitive: {sensitive} is also a quasi-identifier")
    kind = fmt or format_of(source)
    if kind is None:
        fail(f"{source}: unknown file type {source.suffix!r}; name it with --format")
    text_encoding = encoding or (_sniff(source) if kind in TEXT_FORMATS else "utf-8")
    wanted = [*columns, *([sensitive] if sensitive else [])]
    try:
        table = load_columns(source, wanted, fmt=kind, encoding=text_encoding)
        result = assess(table, columns, k=k, sensitive=sensitive, l_target=l_target)
    except DeidIOError as exc:
        fail(str(exc))
    except (KeyError, ValueError) as exc:
        fail(str(exc.args[0]) if exc.args else str(exc))
    _print_risk(source, result)
    if json_path is not None:
        write_json(json_path, result.to_dict())
    if not result.satisfies_k or result.satisfies_l is False:
        raise typer.Exit(1)


@deid_app.command("policy")
def show_policy() -> None:
    """Print the bundled default policy (a starting point for your own)."""
    typer.echo(default_policy_text(), nl=False)


def _sniff(source: Path) -> str:
    if not source.is_file():
        fail(f"{source}: no such file")
    try:
        return sniff_file(source)
    except EncodingError as exc:
        fail(f"{source}: {exc}")
    except OSError as exc:
        fail(f"{source}: cannot be read ({exc.strerror})")


def write_json(path: Path, payload: dict[str, Any]) -> None:
    try:
        path.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        fail(f"{path}: cannot write the report ({exc.strerror})")


def print_change_report(report: ChangeReport) -> None:
    console = Console(stderr=True, highlight=False)
    table = Table(title=f"piplkit deid: {report.source} → {report.target} ({report.format})")
    for name in ("column", "PI type", "operator", "count"):
        table.add_column(name, justify="right" if name == "count" else "left")
    for (column, type_id, op), n in sorted(report.changes.items()):
        table.add_row(column, type_id, op, f"{n:,}")
    console.print(table)
    stderr.print(
        f"{report.rows:,} rows, {report.cells_changed:,} cells changed, "
        f"{sum(n for (_, _, op), n in report.changes.items() if op != 'keep'):,} values changed"
    )
    if report.classified:
        typed = ", ".join(f"{c} ({t})" for c, (t, _) in sorted(report.classified.items()))
        stderr.print(f"columns typed by the classifier: {typed}")
    if report.invalid:
        counts = ", ".join(f"{c} ({t}) {n:,}" for (c, t), n in sorted(report.invalid.items()))
        stderr.print(f"cells that are not valid values of their column's type: {counts}")


def _print_risk(source: Path, result: RiskReport) -> None:
    console = Console(highlight=False)
    verdict = "meets" if result.satisfies_k else "MISSES"
    console.print(
        f"{source}: {result.records:,} records, {result.classes:,} equivalence classes over "
        f"{', '.join(result.quasi_identifiers)}"
    )
    console.print(
        f"k-anonymity: k = {result.k_achieved} ({verdict} target {result.k_target}); "
        f"{result.classes_below_k:,} classes / {result.records_below_k:,} records below target"
    )
    if result.sensitive is not None:
        l_verdict = "meets" if result.satisfies_l else "MISSES"
        console.print(
            f"l-diversity of {result.sensitive}: l = {result.l_achieved} ({l_verdict} target "
            f"{result.l_target}); {result.classes_below_l:,} classes below target"
        )
    console.print(
        f"re-identification risk (prosecutor): max {result.max_risk:.3f}, "
        f"average {result.average_risk:.3f}"
    )
    if not result.violations:
        return
    table = Table(title="classes below target (values masked)")
    for name in (*result.quasi_identifiers, "size", "distinct sensitive", "rows"):
        table.add_column(name)
    for c in result.violations:
        rows = ", ".join(str(r) for r in c.rows[:10]) + (" …" if len(c.rows) > 10 else "")
        sens = "" if c.distinct_sensitive is None else str(c.distinct_sensitive)
        table.add_row(*(c.values[q] for q in result.quasi_identifiers), str(c.size), sens, rows)
    console.print(table)
