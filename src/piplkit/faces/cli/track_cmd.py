"""``piplkit track``: turn regulatory update newsletters into development records.

``track ingest`` prints one JSON object per development (or a table); ``track score`` compares
the output on documents with hand-labelled gold JSONL. ``ingest --store`` and the ``list``,
``review`` and ``impact`` commands work on the register database
(:mod:`piplkit.faces.cli.track_db_cmd`).
"""

from __future__ import annotations

import copy
import gc
import json
import sys
from collections.abc import Iterator
from contextlib import closing
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from typer.core import TyperGroup

from piplkit.faces.cli.errors import fail, stderr, warn
from piplkit.faces.cli.register_common import DbOption
from piplkit.track import Development, ParsedDocument
from piplkit.track.batch import Ingested, ingest_files
from piplkit.track.dedupe import dedupe
from piplkit.track.linking import proposals
from piplkit.track.scoring import (
    FIELDS,
    Score,
    by_layout,
    read_jsonl,
    read_manifest,
    score_items,
)

#: the commands :mod:`piplkit.faces.cli.track_db_cmd` adds, listed first as they always were
_DB_COMMANDS = ("list", "review", "impact")


class _TrackGroup(TyperGroup):
    """The ``track`` group, whose register commands are built only when one of them is run or
    listed: their module imports the register stack (SQLAlchemy, Alembic, the models), half
    a second of every ``piplkit track ingest`` otherwise."""

    def list_commands(self, ctx: Any) -> list[str]:
        names = super().list_commands(ctx)
        return [*_DB_COMMANDS, *(n for n in names if n not in _DB_COMMANDS)]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name in _DB_COMMANDS and cmd_name not in self.commands:
            self.commands.update(_db_commands())
        return super().get_command(ctx, cmd_name)


@cache
def _db_commands() -> dict[str, Any]:
    """The click commands of ``track list|review|impact``, with plain value names."""
    from piplkit.faces.cli.help_format import plain_metavars
    from piplkit.faces.cli.track_db_cmd import attach

    group = typer.Typer()
    attach(group)
    return dict(plain_metavars(typer.main.get_command(group)).commands)


track_app = typer.Typer(
    name="track",
    cls=_TrackGroup,
    help="Track regulatory updates: split newsletters into developments with structured fields.",
    no_args_is_help=True,
)


class OutputFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"
    json = "json"


def register(app: typer.Typer) -> None:
    app.add_typer(track_app, name="track")


@track_app.command("ingest")
def ingest_cmd(
    files: Annotated[
        list[Path], typer.Argument(help="Update documents (.txt, .md, .html, .pdf, .docx).")
    ],
    output: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            help="jsonl (one development per line), table, or json (per document, with the "
            "text recognised as not developments).",
        ),
    ] = OutputFormat.jsonl,
    show_skipped: Annotated[
        bool,
        typer.Option(
            "--skipped", help="jsonl: also print what was not a development, with the reason."
        ),
    ] = False,
    propose: Annotated[
        bool,
        typer.Option("--proposals", help="Also print proposed new instrument records (JSONL)."),
    ] = False,
    keep: Annotated[
        bool,
        typer.Option("--store", help="Also store the developments in the register (idempotent)."),
    ] = False,
    db: DbOption = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            min=0,
            help="Worker processes (0: one per CPU); the output is the same. Batches under "
            "0.2 MB run in one process.",
        ),
    ] = 1,
) -> None:
    """Split update documents into developments and extract their fields, offline.

    A development reported by several of the documents is printed once, with the other
    documents in ``also_in`` (``--store`` keeps each document's own record).
    """
    all_devs: list[Development] = []
    parsed: list[tuple[Path, bytes, ParsedDocument, list[Development]]] = []
    failed = 0
    # (read, split, extracted and linked in worker processes when --jobs asks and the batch is
    # big enough; the results come back in input order, so what is printed does not change)
    with closing(ingest_files([str(f) for f in files], jobs)) as results:
        for path, result in zip(files, _frozen_after_first(results), strict=True):
            _report_one(path, result, parsed, all_devs)
            failed += result.doc is None or not result.devs
    merged = dedupe([copy.deepcopy(d) for d in all_devs]) if len(parsed) > 1 else all_devs
    if output is OutputFormat.jsonl:
        for dev in merged:
            sys.stdout.write(json.dumps(dev.to_dict(), ensure_ascii=False) + "\n")
        if show_skipped:
            for path, _, doc, _ in parsed:
                for entry in doc.skipped:
                    line = {"skipped": {"document": str(path), **entry.to_dict()}}
                    sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    elif output is OutputFormat.json:
        report = [_document_json(path, doc, devs) for path, _, doc, devs in parsed]
        if len(parsed) > 1:
            report.append({"merged": [d.to_dict() for d in merged]})
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        _table(merged)
        _skipped_table(parsed)
    if propose:
        for proposal in proposals(all_devs):
            sys.stdout.write(json.dumps({"proposal": proposal}, ensure_ascii=False) + "\n")
    if keep and parsed:
        from piplkit.faces.cli.track_db_cmd import store

        store(db, [p for p in parsed if p[3]])
    if failed:
        raise typer.Exit(1)



def _frozen_after_first(results: Iterator[Ingested]) -> Iterator[Ingested]:
    """``results``, with the collector told after the first document to leave alone what is
    loaded by then (``gc.freeze``).

    The first document loads the tracker's vocabularies, compiled patterns and its reader: about
    80,000 objects that live as long as the process. Each full collection walks all of them
    (35-41 ms), and whichever later document triggers one pays for it, about 4% of HTML and PDF
    ingestion. Frozen, they are never walked again; the documents' own garbage is still
    collected. This is the application's choice for a batch command, so it is made here and not
    in the tracker. With ``--jobs``, the workers are forked after the first document and inherit
    the frozen generation (which also spares their copy-on-write pages).
    """
    first = True
    for result in results:
        yield result
        if first:
            first = False
            gc.freeze()

def _report_one(
    path: Path,
    result: Ingested,
    parsed: list[tuple[Path, bytes, ParsedDocument, list[Development]]],
    all_devs: list[Development],
) -> None:
    """Say on stderr what one document gave (or its error) and keep it for the output."""
    if result.doc is None:
        stderr.print(f"[bold red]error:[/] {escape(result.error or str(path))}")
        return
    doc, devs, data = result.doc, result.devs, result.data
    for message in doc.warnings:
        warn(f"{path}: {message}")
    if not devs:
        parsed.append((path, data, doc, devs))
        return
    for dev in devs:
        for message in dev.warnings:
            warn(f"{path}: item {dev.title[:60]!r}: {message}")
    all_devs.extend(devs)
    parsed.append((path, data, doc, devs))
    stderr.print(
        escape(
            f"{path}: {len(devs):,} developments ({doc.layout}, {doc.structure}, "
            f"{len(doc.sources):,} sources); {sum(s.blocks for s in doc.skipped):,} blocks "
            "were not developments"
        )
    )
    for entry in doc.skipped:
        times = f" (x{entry.blocks:,})" if entry.blocks > 1 else ""
        stderr.print(escape(f"  skipped: {entry.reason}{times}: {entry.text[:70]!r}"))


def _document_json(path: Path, doc: ParsedDocument, devs: list[Development]) -> dict[str, Any]:
    return {
        "document": str(path),
        "layout": doc.layout,
        "structure": doc.structure,
        "title": doc.title,
        "published": doc.published,
        "developments": [d.to_dict() for d in devs],
        "skipped": [s.to_dict() for s in doc.skipped],
        "warnings": list(doc.warnings),
    }


def _table(devs: list[Development]) -> None:
    table = Table(title="Developments", show_lines=False)
    for column in ("date", "kind", "title", "authorities", "instruments", "penalty (CNY)"):
        table.add_column(column, overflow="fold")
    for dev in devs:
        instruments = "; ".join(f"{i.name} [{i.stage}]" for i in dev.instruments)
        table.add_row(
            dev.date or "",
            dev.kind,
            escape(dev.title),
            escape(", ".join(dev.authorities)),
            escape(instruments),
            "" if dev.penalty_cny is None else f"{dev.penalty_cny:,}",
        )
    Console(width=200).print(table)


def _skipped_table(parsed: list[tuple[Path, Any, ParsedDocument, list[Development]]]) -> None:
    table = Table(title="Not developments", show_lines=False)
    for column in ("document", "reason", "blocks", "text"):
        table.add_column(column, overflow="fold")
    for path, _, doc, _ in parsed:
        for entry in doc.skipped:
            table.add_row(
                escape(path.name), escape(entry.reason), str(entry.blocks), escape(entry.text)
            )
    Console(width=200).print(table)


@track_app.command("score")
def score_cmd(
    gold_dir: Annotated[
        Path, typer.Argument(help="Directory of gold JSONL, one per document stem.")
    ],
    files: Annotated[list[Path], typer.Argument(help="The documents the gold files label.")],
    errors: Annotated[bool, typer.Option("--errors", help="List every wrong field.")] = False,
    manifest: Annotated[
        Path | None,
        typer.Option("--manifest", help="YAML naming each document's layout: per-layout scores."),
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=0, help="Worker processes (as track ingest).")
    ] = 1,
) -> None:
    """Score the tracker against gold labels: item P/R/F1 by title, per-field accuracy."""
    if not gold_dir.is_dir():
        fail(f"{gold_dir}: not a directory")
    layouts: dict[str, dict[str, str]] = {}
    if manifest is not None:
        try:
            layouts = read_manifest(manifest)
        except ValueError as exc:
            fail(str(exc))
    total = Score()
    per_doc = {}
    scores: dict[str, Score] = {}
    with closing(ingest_files([str(f) for f in files], jobs, link=False)) as results:
        for path, result in zip(files, _frozen_after_first(results), strict=True):
            gold_path = gold_dir / f"{path.stem}.jsonl"
            if not gold_path.is_file():
                fail(f"{path}: no gold file {gold_path}")
            try:
                gold = read_jsonl(gold_path)
            except ValueError as exc:
                fail(str(exc))
            if result.doc is None:
                fail(result.error or str(path))
            scored = score_items(gold, [d.to_dict() for d in result.devs], path.name)
            per_doc[path.name] = scored.to_dict()
            scores[path.name] = scored
            total.add(scored)
    report: dict[str, Any] = {"documents": per_doc, "total": total.to_dict()}
    if manifest is not None:
        report["layouts"] = by_layout(scores, layouts)
    if errors:
        report["errors"] = total.errors
    sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    for group, row in report.get("layouts", {}).items():
        stderr.print(
            f"{group}: items F1={row['f1']:.3f} field accuracy {row['field_accuracy']:.3f} "
            f"({row['matched']:,}/{row['gold']:,} gold items, {len(row['documents']):,} documents)"
        )
    t = total.to_dict()
    fields = ", ".join(f"{n} {t['fields'][n]:.2f}" for n in FIELDS)
    stderr.print(
        f"items P={t['items']['precision']:.3f} R={t['items']['recall']:.3f} "
        f"F1={t['items']['f1']:.3f}; field accuracy {t['field_accuracy']:.3f} ({fields})"
    )
