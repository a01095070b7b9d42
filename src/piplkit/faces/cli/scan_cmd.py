"""``piplkit scan``: find personal information in files, folders and databases."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

from piplkit.discover.scan import ScanOptions, ScanReport, scan
from piplkit.discover.scan.options import DEFAULT_SAMPLE_ROWS
from piplkit.faces.cli.errors import fail, stderr, warn
from piplkit.faces.cli.options import (
    AsOfOption,
    TypesFileOption,
    install_types_file,
    parse_as_of,
    parse_types,
)

FORMATS = ("table", "json", "html")


class _RichProgress:
    """A progress bar on stderr for long scans; the scanner reports bytes or rows."""

    def __init__(self, console: Console) -> None:
        self._bar = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            DownloadColumn(),
            TimeRemainingColumn(),
            console=console,
            transient=True,
        )
        self._task: int | None = None

    def __enter__(self) -> _RichProgress:
        self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.stop()

    def start(self, label: str, total: int | None) -> None:
        self.finish()
        name = label if len(label) <= 40 else "…" + label[-39:]
        self._task = self._bar.add_task(name, total=total)

    def advance(self, amount: int) -> None:
        if self._task is not None:
            self._bar.advance(self._task, amount)  # type: ignore[arg-type]

    def finish(self) -> None:
        if self._task is not None:
            self._bar.remove_task(self._task)  # type: ignore[arg-type]
            self._task = None


def _run(targets: list[str], options: ScanOptions) -> ScanReport:
    if stderr.is_terminal:
        with _RichProgress(stderr) as progress:
            return scan(targets, options, progress)
    return scan(targets, options)


def render_report(report: ScanReport, fmt: str, output: Path | None) -> None:
    if fmt == "json":
        text = json.dumps(report.to_json_dict(), ensure_ascii=False, indent=2) + "\n"
    elif fmt == "html":
        from piplkit.discover.scan.render_html import render_html

        text = render_html(report)
    else:
        from piplkit.discover.scan.render_table import render

        if output is None:
            render(report, Console(highlight=False))
            return
        console = Console(record=True, width=140, file=open(os.devnull, "w"))  # noqa: SIM115
        render(report, console)
        text = console.export_text()
    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror or type(exc).__name__}")
    stderr.print(f"report written to {output}")


def scan_command(
    targets: Annotated[
        list[str],
        typer.Argument(help="Files, folders, or database URLs (sqlite:///x.db, postgresql://…)."),
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or html.")] = "table",
    as_of: AsOfOption = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report here.")
    ] = None,
    sample: Annotated[
        int, typer.Option("--sample", min=1, help="Rows sampled per table.")
    ] = DEFAULT_SAMPLE_ROWS,
    full: Annotated[
        bool, typer.Option("--full", help="Read every row (slower; uses every core).")
    ] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Processes for --full.")] = max(
        1, os.cpu_count() or 1
    ),
    types: Annotated[
        str | None,
        typer.Option("--types", help="Comma-separated PI type ids to look for (default: all)."),
    ] = None,
    types_file: TypesFileOption = None,
) -> None:
    """Scan files and databases for personal information and report it by column and type."""
    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    install_types_file(types_file)
    when = parse_as_of(as_of)
    chosen = parse_types(types)
    type_ids = tuple(chosen) if chosen else None
    options = ScanOptions(as_of=when, sample_rows=sample, full=full, jobs=jobs, types=type_ids)
    try:
        report = _run(targets, options)
    except KeyError as exc:  # unknown type id from --types
        fail(str(exc.args[0]) if exc.args else "unknown PI type id")
    except MemoryError:
        fail("out of memory while scanning; scan the files one by one, or without --full", 1)
    if fmt != "table" or output is not None:
        for error in report.summary.errors:
            warn(error.message)
    render_report(report, fmt, output)
    if not report.files:
        stderr.print("[bold red]error:[/] nothing could be scanned")
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("scan")(scan_command)
