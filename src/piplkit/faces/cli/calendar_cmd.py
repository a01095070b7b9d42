"""``piplkit calendar``: every dated duty of the register on a date, as a table, JSON or iCalendar.

Thin: reads the register's facts, asks the pure core (``piplkit.map.agenda``) for the calendar and
prints or writes it. An output file is written whole or not at all (temporary file + rename).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from piplkit.faces.cli.errors import fail
from piplkit.faces.cli.options import AsOfOption, parse_as_of

stdout = Console(highlight=False)

_STATUS = {
    "overdue": ("OVERDUE", "逾期", "bold red"),
    "due_today": ("due today", "今日到期", "bold yellow"),
    "open": ("open", "待办", "yellow"),
    "passed": ("passed", "已届满", "magenta"),
    "window_open": ("window open", "可申请", "cyan"),
    "due_soon": ("due soon", "即将到期", "yellow"),
    "upcoming": ("upcoming", "待到期", ""),
    "undated": ("no date", "无日期", "dim"),
}


def register(root: typer.Typer) -> None:
    root.command("calendar")(calendar_cmd)


def calendar_cmd(
    as_of: AsOfOption = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json or ics.")] = "table",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file (default: stdout).")
    ] = None,
    organisation: Annotated[
        str | None, typer.Option("--organisation", help="Only this organisation's duties.")
    ] = None,
    system: Annotated[
        str | None, typer.Option("--system", help="Only this system's duties.")
    ] = None,
    family: Annotated[
        list[str] | None,
        typer.Option(
            "--family", help="Only these families (mlps, cii, data, transfer, pipl, dsr, incident)."
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option("--until", help="Leave out dates after this one (overdue always shown)."),
    ] = None,
    lang: Annotated[
        str, typer.Option("--lang", help="en (default) or zh titles, rules and notes (table, ics).")
    ] = "en",
    db: Annotated[
        str | None,
        typer.Option("--db", help="Register database URL (default: ./piplkit.db).", metavar="URL"),
    ] = None,
) -> None:
    """Every dated duty piplkit computes from the register on a date: MLPS filing, tests and
    rectification, CII tests, important-data reports, transfer filings and expiries, PI officer
    report, audits, facial recognition filing, open rights requests and incident clocks."""
    from piplkit.faces.cli.register_cmd import opened
    from piplkit.map.agenda import compute_calendar
    from piplkit.map.agenda.entry import FAMILIES
    from piplkit.map.agenda.ics import to_ics
    from piplkit.platform.service.calendar_facts import calendar_facts

    day = parse_as_of(as_of)
    if fmt not in ("table", "json", "ics"):
        fail(f"--format: {fmt!r} is not table, json or ics")
    if lang not in ("en", "zh"):
        fail(f"--lang: {lang!r} is not en or zh")
    families = tuple(family or ())
    unknown = [f for f in families if f not in FAMILIES]
    if unknown:
        fail(f"--family: {', '.join(unknown)} (known: {', '.join(FAMILIES)})")
    limit = parse_as_of(until) if until is not None else None
    with opened(db) as reg, reg.read() as session:
        if organisation is not None:
            from piplkit.map.register.repository import organisations

            organisations.get(session, organisation)
        if system is not None:
            from piplkit.map.register.repository import systems

            systems.get(session, system)
        facts = calendar_facts(session, day)
    calendar = compute_calendar(facts, day).filtered(
        organisation=organisation, system=system, families=families, until=limit
    )
    if fmt == "ics":
        _emit(to_ics(calendar, lang=lang), output, newline="")
    elif fmt == "json":
        _emit(json.dumps(calendar.to_dict(), ensure_ascii=False, indent=2) + "\n", output)
    elif output is not None:
        fail("--output is for --format json or ics; the table is printed")
    else:
        _table(calendar, lang)


def _emit(text: str, output: Path | None, newline: str | None = None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    from piplkit.protect.deid.io.atomic import DeidIOError, atomic_output

    try:
        with atomic_output(output) as tmp:
            tmp.write_text(text, encoding="utf-8", newline=newline)
    except (DeidIOError, OSError) as exc:
        fail(f"{output}: cannot write ({getattr(exc, 'strerror', None) or exc})")
    typer.echo(f"calendar written: {output}", err=True)


def _table(calendar: Any, lang: str) -> None:
    if not calendar.entries:
        stdout.print(f"nothing due (as of {calendar.as_of})")
        return
    zh = lang == "zh"
    table = Table(
        "状态" if zh else "status",
        "日期" if zh else "date",
        "事项" if zh else "duty",
        "对象" if zh else "for",
        "规则" if zh else "rule",
        "依据" if zh else "source",
        title=f"{'合规日历' if zh else 'compliance calendar'} — {calendar.as_of}",
    )
    for e in calendar.entries:
        status = e.status(calendar.as_of)
        en, cn, style = _STATUS[status]
        when = e.due_at.strftime("%Y-%m-%d %H:%M") if e.due_at else (e.due or "")
        if e.kind == "standing" and e.since:
            when = f"{'自' if zh else 'since'} {e.since}"
        source = e.source.label + ("" if e.verified else " (unverified)")
        table.add_row(
            f"[{style}]{cn if zh else en}[/]" if style else (cn if zh else en),
            f"{when}{'*' if e.provisional else ''}",
            e.title_zh if zh else e.title,
            f"{e.subject.type} {e.subject.name}",
            e.rule_in(lang) + (f" — {e.note_in(lang)}" if e.note else ""),
            source,
        )
    stdout.print(table)
    counts = ", ".join(f"{n:,} {_STATUS[s][1 if zh else 0]}" for s, n in calendar.counts().items())
    stdout.print(counts)
    if any(e.provisional for e in calendar.entries):
        stdout.print("* nominal last day in a year whose holiday schedule is not yet published")
    if calendar.unverified:
        unverified = len(calendar.unverified)
        stdout.print(f"[dim]unverified readings: {unverified:,} (see --format json)[/]")
