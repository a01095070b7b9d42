"""``piplkit assess PROFILE``: which transfer routes and obligations apply on a date, and why.

Thin interface: read the profile file, call :func:`piplkit.rules.evaluate`, format the result.
"""

from __future__ import annotations

import datetime as dt
import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from piplkit.cli.errors import fail, warn
from piplkit.law.kb import load_knowledge_base
from piplkit.rules import Assessment, Profile, ProfileError, diff, evaluate, parse_profile

ROUTE_LABELS = {
    "security_assessment": "security assessment (CAC)",
    "standard_contract_or_certification": "standard contract or certification",
    "exempt": "exempt",
    "not_applicable": "not applicable",
}


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"
    MD = "md"


class ReportLang(StrEnum):
    ZH = "zh"
    EN = "en"


def _write_report(path: Path, profile: Profile, result: Assessment, lang: ReportLang) -> None:
    """Write the PIPIA report; imported lazily so plain assessments never load renderers."""
    from piplkit.documents import ReportError, build_report, write_report

    try:
        fmt = write_report(path, build_report(profile, result, lang.value))
    except ReportError as exc:
        fail(f"--report: {exc}")
    typer.echo(f"report written: {path} ({fmt}, {lang.value}, as of {result.as_of})", err=True)


def _check_report_path(path: Path) -> None:
    """Fail before evaluating when the report file name cannot work."""
    from piplkit.documents.writer import FORMATS

    if path.suffix.lower() not in FORMATS:
        fail(
            f"--report: {path}: unsupported report format {path.suffix or '(no suffix)'!r}; "
            f"use one of {', '.join(sorted(FORMATS))}"
        )
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        fail(f"--report: {path}: directory {parent} does not exist")


def _cite(c: dict[str, str]) -> str:
    short = load_knowledge_base().instrument(c["instrument"]).short
    return f"{short} {c['article']}"


def _parse_date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"{option}: {value!r} is not a date (use YYYY-MM-DD)")


def _load(path: Path) -> Any:
    if not path.is_file():
        fail(f"{path}: no such file")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"{path}: cannot read ({exc.__class__.__name__})")
    fmt = "json" if path.suffix.lower() == ".json" else "yaml"
    try:
        return parse_profile(text, fmt)
    except ProfileError as exc:
        fail(f"{path}: {exc}")


def _markdown(data: dict[str, Any], explain: bool) -> str:
    lines = [f"# PIPL assessment — {data['handler']}", "", f"**As of:** {data['as_of']}", ""]
    lines += ["## Cross-border transfers", ""]
    if not data["transfers"]:
        lines.append("No transfers in the profile.")
    for t in data["transfers"]:
        lines.append(f"### {t['name']} → {t['recipient_country']}: {ROUTE_LABELS[t['route']]}")
        lines.append("")
        lines.append("Citations: " + "; ".join(_cite(c) for c in t["citations"]))
        lines += [f"- {r}" for r in t["reasons"]]
        for d in t["deadlines"]:
            due = (
                f" — due {d['due']}" + (" (approx.)" if d["approximate"] else "")
                if d["due"]
                else ""
            )
            lines.append(f"- Deadline: {d['what']}: {d['rule']}{due} ({_cite(d['citation'])})")
        lines.append("")
    lines += [
        "## Obligations",
        "",
        "| id | obligation | citations | triggered by | due |",
        "|---|---|---|---|---|",
    ]
    for o in data["obligations"]:
        cites = "; ".join(_cite(c) for c in o["citations"])
        lines.append(
            f"| {o['id']} | {o['title']} | {cites} | {', '.join(o['triggered_by'])} "
            f"| {o['due'] or ''} |"
        )
    lines += ["", "## Unverified", ""]
    lines += [
        f"- {u['subject']} ({u['instrument']} {u['article']}): {u['note']}"
        for u in data["unverified"]
    ]
    if not data["unverified"]:
        lines.append("None.")
    if explain:
        lines += ["", "## Rule trace", ""]
        for s in data["trace"]:
            lines.append(f"- `{s['rule']}` — {s['outcome']}: {s['detail']}")
            lines += [f"  - fact {k} = {v}" for k, v in s["facts"].items()]
            for p in s["parameters"]:
                lines.append(
                    f"  - {p['id']} = {p['value']} ({p['instrument']} {p['article']}, "
                    f"period {p['period']}, verified={p['verified']})"
                )
    if "diff" in data:
        lines += [
            "",
            "## Changes",
            "",
            "```json",
            json.dumps(data["diff"], indent=2, ensure_ascii=False),
            "```",
        ]
    return "\n".join(lines) + "\n"


def _table(console: Console, result: Assessment, data: dict[str, Any], explain: bool) -> None:
    console.print(f"[bold]{data['handler']}[/] — as of [bold]{data['as_of']}[/]")
    tt = Table(title="Cross-border transfers", show_lines=True)
    for col in ("transfer", "route", "citations", "reasons", "deadlines"):
        tt.add_column(col)
    for t in data["transfers"]:
        tt.add_row(
            f"{t['name']} → {t['recipient_country']}",
            ROUTE_LABELS[t["route"]],
            "\n".join(_cite(c) for c in t["citations"]),
            "\n".join(t["reasons"]),
            "\n".join(
                f"{d['what']}: {d['rule']}" + (f" → {d['due']}" if d["due"] else "")
                for d in t["deadlines"]
            ),
        )
    console.print(tt)
    ot = Table(title="Obligations", show_lines=True)
    for col in ("id", "obligation", "citations", "triggered by", "due"):
        ot.add_column(col)
    for o in data["obligations"]:
        ot.add_row(
            o["id"],
            o["title"],
            "\n".join(_cite(c) for c in o["citations"]),
            "\n".join(o["triggered_by"]),
            o["due"] or "",
        )
    console.print(ot)
    if data["unverified"]:
        console.print("[yellow]Unverified (check the official text before relying on these):[/]")
        for u in data["unverified"]:
            console.print(
                f"  - {u['subject']} ({u['instrument']} {u['article']}): {u['note']}", markup=False
            )
    if explain:
        console.print("[bold]Rule trace[/]")
        for s in data["trace"]:
            console.print(f"  {s['rule']}: {s['outcome']} — {s['detail']}", markup=False)
            for k, v in s["facts"].items():
                console.print(f"      fact {k} = {v}", markup=False)
            for p in s["parameters"]:
                console.print(
                    f"      {p['id']} = {p['value']} [{p['instrument']} {p['article']}, "
                    f"{p['period']}, verified={p['verified']}]",
                    markup=False,
                )
    if "diff" in data:
        console.print("[bold]Changes[/]")
        console.print_json(json.dumps(data["diff"], ensure_ascii=False))


def _from_register(db: str | None, organisation: str | None) -> Profile:
    """The profile the register's facts and transfer ledger make (counts as actually exported)."""
    from piplkit.cli.register_cmd import opened
    from piplkit.register.facts import register_profile
    from piplkit.rules import profile_from_data

    with opened(db) as reg, reg.read() as session:
        facts = register_profile(session, organisation)
    try:
        return profile_from_data(facts)
    except ProfileError as exc:
        fail(f"register facts: {exc}")


def assess(
    profile: Annotated[
        Path | None, typer.Argument(help="Profile file (YAML or JSON); omit with --from-register.")
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Date to assess (YYYY-MM-DD); default today.")
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.TABLE,
    explain: Annotated[bool, typer.Option("--explain", help="Show the rule trace.")] = False,
    diff_against: Annotated[
        str | None,
        typer.Option("--diff-against", help="Also assess this date and show what changes."),
    ] = None,
    report: Annotated[
        Path | None,
        typer.Option(
            "--report",
            help="Also write a PIPIA report (with a standard contract filing checklist): "
            "FILE.html, FILE.pdf or FILE.docx.",
            dir_okay=False,
        ),
    ] = None,
    lang: Annotated[
        ReportLang, typer.Option("--lang", help="Language of the --report document.")
    ] = ReportLang.ZH,
    from_register: Annotated[
        bool,
        typer.Option(
            "--from-register",
            help="Assess the register's facts; transfer volumes come from the export ledger.",
        ),
    ] = False,
    db: Annotated[
        str | None,
        typer.Option("--db", help="Register database URL (with --from-register).", metavar="URL"),
    ] = None,
    organisation: Annotated[
        str | None,
        typer.Option("--organisation", help="Organisation in the register (with --from-register)."),
    ] = None,
) -> None:
    """Assess transfer routes and obligations for a processing profile on a date."""
    if (profile is None) == (not from_register):
        fail("give a PROFILE file or --from-register (not both)")
    if report is not None:
        _check_report_path(report)
    elif lang != ReportLang.ZH:
        warn("--lang only applies to --report; ignored")
    day = _parse_date(as_of, "--as-of") or dt.date.today()
    other = _parse_date(diff_against, "--diff-against")
    parsed = _from_register(db, organisation) if profile is None else _load(profile)
    try:
        result = evaluate(parsed, day)
    except ProfileError as exc:
        fail(f"--as-of: {exc.message}")
    baseline = None
    if other is not None:
        try:
            baseline = evaluate(parsed, other)
        except ProfileError as exc:
            fail(f"--diff-against: {exc.message}")
    data = result.to_dict(explain=explain)
    if baseline is not None:
        data["diff"] = (
            diff(baseline, result) if baseline.as_of <= result.as_of else diff(result, baseline)
        )
    if fmt == Format.JSON:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif fmt == Format.MD:
        typer.echo(_markdown(data, explain), nl=False)
    else:
        _table(Console(width=160), result, data, explain)
    if report is not None:
        _write_report(report, parsed, result, lang)


def register(app: typer.Typer) -> None:
    app.command("assess")(assess)
