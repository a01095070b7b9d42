"""``piplkit track``: turn regulatory update newsletters into development records.

``track ingest`` prints one JSON object per development (or a table); ``track score`` compares
the output on documents with hand-labelled gold JSONL. ``ingest --store`` and the ``list``,
``review`` and ``impact`` commands work on the register database (:mod:`piplkit.cli.track_db_cmd`).
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from piplkit.cli.errors import fail, stderr, warn
from piplkit.cli.register_cmd import DbOption
from piplkit.cli.track_db_cmd import attach, store
from piplkit.track import TrackInputError, ingest
from piplkit.track.linking import link_developments, proposals
from piplkit.track.scoring import FIELDS, Score, read_jsonl, score_items

track_app = typer.Typer(
    name="track",
    help="Track regulatory updates: split newsletters into developments with structured fields.",
    no_args_is_help=True,
)


class OutputFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


def register(app: typer.Typer) -> None:
    app.add_typer(track_app, name="track")


attach(track_app)


def _read(path: Path) -> bytes:
    if not path.is_file():
        fail(f"{path}: no such file")
    try:
        return path.read_bytes()
    except OSError as exc:
        fail(f"{path}: cannot be read ({exc.strerror})")


@track_app.command("ingest")
def ingest_cmd(
    files: Annotated[list[Path], typer.Argument(help="Update documents (.txt, .md, .html).")],
    output: Annotated[
        OutputFormat, typer.Option("--format", help="jsonl (one development per line) or table.")
    ] = OutputFormat.jsonl,
    propose: Annotated[
        bool,
        typer.Option("--proposals", help="Also print proposed new instrument records (JSONL)."),
    ] = False,
    keep: Annotated[
        bool,
        typer.Option("--store", help="Also store the developments in the register (idempotent)."),
    ] = False,
    db: DbOption = None,
) -> None:
    """Split update documents into developments and extract their fields, offline."""
    all_devs = []
    parsed = []
    failed = 0
    for path in files:
        if not path.is_file():
            stderr.print(f"[bold red]error:[/] {path}: no such file")
            failed += 1
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            stderr.print(f"[bold red]error:[/] {path}: cannot be read ({exc.strerror})")
            failed += 1
            continue
        try:
            doc, devs = ingest(data, str(path))
        except TrackInputError as exc:
            stderr.print(f"[bold red]error:[/] {exc}")
            failed += 1
            continue
        for message in doc.warnings:
            warn(f"{path}: {message}")
        if not devs:
            failed += 1
            continue
        link_developments(devs)
        for dev in devs:
            for message in dev.warnings:
                warn(f"{path}: item {dev.title[:60]!r}: {message}")
        all_devs.extend(devs)
        parsed.append((path, data, doc, devs))
        stderr.print(f"{path}: {len(devs)} developments ({doc.layout}, {len(doc.sources)} sources)")
    if output is OutputFormat.jsonl:
        for dev in all_devs:
            sys.stdout.write(json.dumps(dev.to_dict(), ensure_ascii=False) + "\n")
    else:
        _table(all_devs)
    if propose:
        for proposal in proposals(all_devs):
            sys.stdout.write(json.dumps({"proposal": proposal}, ensure_ascii=False) + "\n")
    if keep and parsed:
        store(db, parsed)
    if failed:
        raise typer.Exit(1)


def _table(devs: list) -> None:  # type: ignore[type-arg]
    table = Table(show_lines=False)
    for column in ("date", "kind", "title", "authorities", "instruments", "penalty (CNY)"):
        table.add_column(column, overflow="fold")
    for dev in devs:
        instruments = "; ".join(f"{i.name} [{i.stage}]" for i in dev.instruments)
        table.add_row(
            dev.date or "",
            dev.kind,
            dev.title,
            ", ".join(dev.authorities),
            instruments,
            "" if dev.penalty_cny is None else f"{dev.penalty_cny:,}",
        )
    Console(width=200).print(table)


@track_app.command("score")
def score_cmd(
    gold_dir: Annotated[
        Path, typer.Argument(help="Directory of gold JSONL, one per document stem.")
    ],
    files: Annotated[list[Path], typer.Argument(help="The documents the gold files label.")],
    errors: Annotated[bool, typer.Option("--errors", help="List every wrong field.")] = False,
) -> None:
    """Score the tracker against gold labels: item P/R/F1 by title, per-field accuracy."""
    if not gold_dir.is_dir():
        fail(f"{gold_dir}: not a directory")
    total = Score()
    per_doc = {}
    for path in files:
        gold_path = gold_dir / f"{path.stem}.jsonl"
        if not gold_path.is_file():
            fail(f"{path}: no gold file {gold_path}")
        try:
            gold = read_jsonl(gold_path)
        except ValueError as exc:
            fail(str(exc))
        try:
            _, devs = ingest(_read(path), str(path))
        except TrackInputError as exc:
            fail(str(exc))
        result = score_items(gold, [d.to_dict() for d in devs], path.name)
        per_doc[path.name] = result.to_dict()
        total.add(result)
    report = {"documents": per_doc, "total": total.to_dict()}
    if errors:
        report["errors"] = total.errors
    sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    t = total.to_dict()
    fields = ", ".join(f"{n} {t['fields'][n]:.2f}" for n in FIELDS)
    stderr.print(
        f"items P={t['items']['precision']:.3f} R={t['items']['recall']:.3f} "
        f"F1={t['items']['f1']:.3f}; field accuracy {t['field_accuracy']:.3f} ({fields})"
    )
