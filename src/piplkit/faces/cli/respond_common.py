"""What the respond command groups share: options and JSON helpers.

The commands live one group per module (``respond_dsr_cmd``, ``respond_consent_cmd``,
``respond_incident_cmd``, ``respond_audit_cmd``), each with its Typer app ``app``;
``respond_cmd`` adds the four to the ``piplkit`` app. The list tables are laid out from the
respond descriptors (``platform/service/respond_entities.py``), as the web list pages are.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from piplkit.assess.law.calendar import CHINA_TZ
from piplkit.faces.cli.errors import fail

if TYPE_CHECKING:
    from collections.abc import Sequence

    from piplkit.platform.service.respond_entities import RespondColumn

stdout = Console(highlight=False)
KeyOption = Annotated[
    Path | None,
    typer.Option("--key-file", help="File holding the HMAC key (default: $PIPLKIT_HMAC_KEY)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def instant(value: str | None, name: str) -> dt.datetime | None:
    if value is None:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        fail(f"{name}: not an ISO date-time (e.g. 2025-09-30T10:00:00+08:00)")
    if parsed.tzinfo is None:
        fail(f"{name}: needs a time zone (e.g. +08:00)")
    return parsed


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def load_json(path: Path) -> dict[str, Any]:
    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text("utf-8")
    except OSError as exc:
        fail(f"{path}: {exc.strerror}")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        fail(f"{path}: not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})")
    if not isinstance(data, dict):
        fail(f"{path}: the top level must be a JSON object")
    return data


def china_time(value: dt.datetime | str | None) -> str:
    """An instant as a person in China reads it: ``2026-12-05 04:58:24 +08:00``.

    Stored instants are UTC; naive ones (SQLite drops the zone) are read as UTC.
    """
    if value is None or value == "":
        return "—"
    at = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return at.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M:%S +08:00")


def list_table(columns: Sequence[RespondColumn], rows: list[dict[str, Any]]) -> Table:
    """The descriptor's table columns, laid out by how each is shown: the record id (what the
    next command needs) never shrinks or wraps; a time is narrow, its time below its date; a
    title, a grade and the next duty wrap (Chinese, without spaces, folds), so that the table
    fits 80 columns."""
    table = Table()
    for c in columns:
        heading = c.heading or c.key
        if c.show == "id":
            widest = max((len(r[c.key]) for r in rows), default=7)
            table.add_column(heading, no_wrap=True, min_width=widest)
        elif c.show == "time":
            table.add_column(heading, min_width=10)
        elif c.show == "date":
            table.add_column(heading, no_wrap=True)
        elif c.show in {"text", "grade"}:
            table.add_column(heading, min_width=8, overflow="fold")
        elif c.show == "next_duty":
            table.add_column(heading, min_width=10)
        else:
            table.add_column(heading, no_wrap=True, min_width=8)
    for r in rows:
        table.add_row(*[_cell(c, r[c.key]) for c in columns])
    return table


def _cell(column: RespondColumn, value: Any) -> str:
    if column.show == "time":
        return china_time(value)[:16]  # China time, to the minute
    if column.show == "date":
        return str(value or "—")
    if column.show == "next_duty":  # the next deadline: hours left or late, and the duty
        if value is None:
            return "—"
        left = value["left"]
        when = f"{left:.1f} h left" if left >= 0 else f"{-left:.1f} h late"
        return f"{when}: {value['duty']}"
    return str(value)
