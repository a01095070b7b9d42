"""``piplkit track list|review|impact`` and ``ingest --store``: developments in the register.

Thin interface over :mod:`piplkit.track.storage.repository` (storage, review) and
:mod:`piplkit.track.impact` (obligations touched). Attached to the ``track`` group by
:mod:`piplkit.faces.cli.track_cmd`.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from piplkit.faces.cli.errors import fail, stderr
from piplkit.faces.cli.register_cmd import DbOption, opened
from piplkit.map.register.errors import RegisterError
from piplkit.track.impact import impact
from piplkit.track.model import Development, ParsedDocument
from piplkit.track.storage.models import DevelopmentKind, ReviewState, TrackReview
from piplkit.track.storage.repository import (
    DevelopmentFilter,
    decide,
    development_dict,
    list_developments,
    reviews,
    store_document,
)


class ListFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"


class ImpactFormat(StrEnum):
    table = "table"
    json = "json"


def parse_date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"{option}: {value!r} is not a date (use YYYY-MM-DD)")


def store(
    db: str | None, parsed: Sequence[tuple[Path, bytes, ParsedDocument, list[Development]]]
) -> None:
    """Store ingested documents in one transaction and say what was new."""
    with opened(db) as reg, reg.write() as session:
        for path, data, doc, devs in parsed:
            result = store_document(session, data, path.name, doc, devs)
            stderr.print(
                f"{escape(str(path))}: stored {result.added:,} new developments "
                f"({result.existing:,} already stored), {len(result.reviews):,} new review items"
            )


def list_cmd(
    since: Annotated[str | None, typer.Option("--since", help="From date YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="To date YYYY-MM-DD.")] = None,
    kind: Annotated[DevelopmentKind | None, typer.Option("--kind", help="Only this kind.")] = None,
    authority: Annotated[
        str | None, typer.Option("--authority", help="Only developments naming this body (CAC).")
    ] = None,
    instrument: Annotated[
        str | None, typer.Option("--instrument", help="Only those linked to this instrument id.")
    ] = None,
    output: Annotated[ListFormat, typer.Option("--format", help="table or jsonl.")] = (
        ListFormat.table
    ),
    db: DbOption = None,
) -> None:
    """List stored developments, newest first."""
    filt = DevelopmentFilter(
        since=parse_date(since, "--since"),
        until=parse_date(until, "--until"),
        kind=kind.value if kind else None,
        authority=authority,
        instrument=instrument,
    )
    with opened(db) as reg, reg.read() as session:
        rows = [development_dict(r) for r in list_developments(session, filt)]
    if output is ListFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    table = Table()
    for column in ("date", "kind", "title", "authorities", "instruments", "id"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(
            row["date"] or "",
            row["kind"],
            escape(row["title"]),
            escape(", ".join(row["authorities"])),
            ", ".join(row["instrument_ids"]),
            row["id"],
        )
    Console(width=200).print(table)
    stderr.print(f"{len(rows):,} developments")


def _review_line(item: TrackReview) -> dict[str, Any]:
    data = item.proposal
    what = (
        f"{item.instrument_id}: {data.get('status')} on {data.get('date')}"
        if item.kind.value == "status_event"
        else f"new instrument {item.instrument_id}: {data.get('title')}"
    )
    return {
        "id": item.id,
        "kind": item.kind.value,
        "state": item.state.value,
        "change": what,
        "development": item.development.title if item.development else None,
        "evidence": len(data.get("evidence", [])),
    }


def review_cmd(
    accept: Annotated[
        list[int] | None, typer.Option("--accept", help="Accept (apply) this review item id.")
    ] = None,
    reject: Annotated[
        list[int] | None, typer.Option("--reject", help="Reject this review item id.")
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help="Why (kept in the trail).")] = None,
    all_states: Annotated[
        bool, typer.Option("--all", help="List decided items too, not only pending ones.")
    ] = False,
    output: Annotated[ListFormat, typer.Option("--format", help="table or jsonl.")] = (
        ListFormat.table
    ),
    db: DbOption = None,
) -> None:
    """List pending status updates and instrument proposals; accept or reject them by id."""
    accept, reject = accept or [], reject or []
    both = set(accept) & set(reject)
    if both:
        fail(f"item {min(both)} is given to both --accept and --reject")
    with opened(db) as reg:
        if accept or reject:
            with reg.write() as session:
                actor = str(session.info["actor"])
                for item_id in accept:
                    decide(session, item_id, True, actor, note)
                for item_id in reject:
                    decide(session, item_id, False, actor, note)
            stderr.print(f"accepted {len(accept):,}, rejected {len(reject):,}")
            return
        with reg.read() as session:
            items = [
                _review_line(i)
                for i in reviews(session, None if all_states else ReviewState.PENDING)
            ]
    if output is ListFormat.jsonl:
        for item in items:
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
        return
    table = Table()
    for column in ("id", "state", "change", "development", "evidence"):
        table.add_column(column, overflow="fold")
    for item in items:
        table.add_row(
            str(item["id"]),
            item["state"],
            escape(item["change"]),
            escape(item["development"] or ""),
            str(item["evidence"]),
        )
    Console(width=200).print(table)
    stderr.print(f"{len(items):,} review items")


def _assessment(profile: Path | None, db: str | None, as_of: dt.date) -> Any:
    """The assessment of a profile file, else of the register's facts."""
    from piplkit.assess.rules import ProfileError, evaluate, parse_profile

    if profile is not None:
        if not profile.is_file():
            fail(f"{profile}: no such file")
        try:
            text = profile.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            fail(f"{profile}: cannot read ({exc.__class__.__name__})")
        try:
            fmt: Literal["json", "yaml"] = "json" if profile.suffix.lower() == ".json" else "yaml"
            return evaluate(parse_profile(text, fmt), as_of)
        except ProfileError as exc:
            fail(f"{profile}: {exc}")
    from piplkit.map.register.overview import assess_register

    with opened(db) as reg, reg.read() as session:
        try:
            return assess_register(session, as_of)
        except RegisterError as exc:
            fail(str(exc))


def impact_cmd(
    since: Annotated[str, typer.Option("--since", help="Developments from this date.")],
    profile: Annotated[
        Path | None, typer.Option("--profile", help="Profile file (YAML/JSON) to assess.")
    ] = None,
    from_register: Annotated[
        bool, typer.Option("--from-register", help="Assess the register's facts instead.")
    ] = False,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Assessment date (default today).")
    ] = None,
    output: Annotated[ImpactFormat, typer.Option("--format", help="table or json.")] = (
        ImpactFormat.table
    ),
    db: DbOption = None,
) -> None:
    """Which obligations of the organisation's assessment new developments touch."""
    if (profile is None) == (not from_register):
        fail("give exactly one of --profile FILE or --from-register")
    day = parse_date(since, "--since")
    result = _assessment(profile, db, parse_date(as_of, "--as-of") or dt.date.today())
    with opened(db) as reg, reg.read() as session:
        devs = [development_dict(r) for r in list_developments(session, DevelopmentFilter(day))]
    touched = impact(result, devs)
    if output is ImpactFormat.json:
        out = {"since": since, "as_of": result.as_of.isoformat(), "developments": len(devs)}
        out["touched"] = [t.to_dict() for t in touched]
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        return
    console = Console(width=200, highlight=False)
    for t in touched:
        console.print(
            f"[bold]{t.kind} {escape(t.id)}[/] — {escape(t.title)} ({', '.join(t.instruments)})"
        )
        for d in t.to_dict()["developments"]:
            console.print(
                f"  {d['date'] or '????-??-??'} [{d['kind']}] {escape(d['title'])} "
                f"({', '.join(d['instrument_ids'])})"
            )
    stderr.print(
        f"{len(touched):,} obligations/routes touched by {len(devs):,} developments since {since}"
    )


def attach(app: typer.Typer) -> None:
    app.command("list")(list_cmd)
    app.command("review")(review_cmd)
    app.command("impact")(impact_cmd)
