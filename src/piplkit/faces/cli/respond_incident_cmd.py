"""``piplkit incident``: incidents: grade, deadlines in hours, report content.

Thin: parsing options and printing; the behaviour is in ``piplkit.respond`` (the same functions
the REST API calls). Output shows masked previews and keyed hashes, never identifiers.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any

import typer

from piplkit.faces.cli.register_cmd import DbOption, opened
from piplkit.faces.cli.respond_common import (
    JsonOption,
    instant,
    list_table,
    load_json,
    print_json,
    stdout,
)

app = typer.Typer(
    help="Incidents: grade, deadlines in hours, report content.", no_args_is_help=True
)


@app.command("record")
def incident_record(
    file: Annotated[
        Path, typer.Argument(help="Incident JSON (see docs/respond.md), or - for stdin.")
    ],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Record and grade an incident; print its deadlines."""
    from piplkit.respond import incidents

    payload = load_json(file)
    with opened(db) as reg, reg.write() as session:
        incident, created = incidents.record_incident(session, payload)
        data = incidents.to_dict(incident)
    if as_json:
        print_json({**data, "created": created})
        return
    _print_incident(data)


def _print_incident(data: dict[str, Any]) -> None:
    stdout.print(f"{data['incident_id']}: {data['grade_zh']} — {data['grading']}")
    for d in data["deadlines"]:
        due = d["due_at"] or ("immediately" if d["hours"] is None else "—")
        stdout.print(
            f"  {d['duty']} → {d['recipient_zh']}: {due} [{d['status']}] "
            f"({d['citation']}; {d['note']})"
        )


@app.command("update")
def incident_update(
    incident_id: str,
    file: Annotated[Path, typer.Argument(help="JSON object of changes, or - for stdin.")],
    db: DbOption = None,
) -> None:
    """Record what became known later (counts, grade, when each duty was done)."""
    from piplkit.respond import incidents

    changes = load_json(file)
    for name in incidents.TIMESTAMPS:
        if isinstance(changes.get(name), str):
            changes[name] = instant(changes[name], name)
    with opened(db) as reg, reg.write() as session:
        data = incidents.to_dict(incidents.update_incident(session, incident_id, changes))
    _print_incident(data)


@app.command("show")
def incident_show(incident_id: str, db: DbOption = None, as_json: JsonOption = False) -> None:
    """Grade and deadline status of one incident."""
    from piplkit.respond import incidents

    with opened(db) as reg, reg.read() as session:
        data = incidents.to_dict(incidents.get(session, incident_id))
    print_json(data) if as_json else _print_incident(data)


@app.command("list")
def incident_list(
    db: DbOption = None,
    open_only: Annotated[bool, typer.Option("--open", help="Only incidents not closed.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Incidents with their grade and next deadline (the web list's columns)."""
    from piplkit.platform.service.respond_entities import INCIDENT, next_duty
    from piplkit.respond import incidents

    now = dt.datetime.now(dt.UTC)
    with opened(db) as reg, reg.read() as session:
        found = incidents.list_incidents(session, open_only=open_only)
        rows = [INCIDENT.serialize(i, now) for i in found]
    if as_json:
        print_json(rows)
        return
    stdout.print(list_table(INCIDENT.table, [{**r, "next": next_duty(r, now)} for r in rows]))


@app.command("report")
def incident_report(
    incident_id: str,
    organisation: Annotated[
        str | None, typer.Option("--organisation", help="事发单位名称.")
    ] = None,
    db: DbOption = None,
) -> None:
    """The report form content in Chinese (JSON)."""
    from piplkit.respond import incidents

    with opened(db) as reg, reg.read() as session:
        form = incidents.report_form(incidents.get(session, incident_id), organisation=organisation)
    print_json(form)
