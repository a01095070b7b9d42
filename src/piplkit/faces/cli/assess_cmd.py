"""``piplkit assess PROFILE``: which transfer routes and obligations apply on a date, and why.

Thin interface: read the profile file, call :func:`piplkit.assess.rules.evaluate`, format the
result.
"""

from __future__ import annotations

import datetime as dt
import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from rich.console import Console
from rich.table import Table

from piplkit.assess.law.kb import load_knowledge_base
from piplkit.assess.rules import Assessment, Profile, ProfileError, diff, evaluate, parse_profile
from piplkit.faces.cli.errors import fail, warn

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


class PackFormat(StrEnum):
    DOCX = "docx"
    HTML = "html"
    PDF = "pdf"


#: supplementary terms are a contract appendix: a megabyte is far beyond any real one
MAX_TERMS_BYTES = 1_000_000
KIND_WORDS = {"latest": "due by", "earliest": "from", "event": "on"}


def _due(d: dict[str, Any]) -> str:
    if not d["due"]:
        return ""
    approx = " (approx.)" if d["approximate"] else ""
    return f" — {KIND_WORDS.get(d.get('kind', 'latest'), 'due')} {d['due']}{approx}"


def _plan_lines(plan: dict[str, Any]) -> list[str]:
    lines = [
        f"- Plan {plan['year']} ({plan['basis']}): {plan['individuals']:,} individuals, "
        f"handler-wide {plan['aggregate_individuals']:,} → {ROUTE_LABELS[plan['route']]}"
    ]
    for c in plan["crossings"]:
        when = f"~{c['projected_on']}" if c["projected_on"] else "date unknown"
        lines.append(
            f"  - reaches {c['value']:,} {c['counted'].replace('_', ' ')} {when} → "
            f"{ROUTE_LABELS[c['route_after']]} ({_cite(c['citation'])})"
        )
    for d in plan["deadlines"]:
        lines.append(f"  - {d['what']}: {d['rule']}{_due(d)} ({_cite(d['citation'])})")
    return lines


def _write_report(path: Path, profile: Profile, result: Assessment, lang: ReportLang) -> None:
    """Write the PIPIA report; imported lazily so plain assessments never load renderers."""
    from piplkit.assess.documents import ReportError, build_report, write_report

    try:
        fmt = write_report(path, build_report(profile, result, lang.value))
    except ReportError as exc:
        fail(f"--report: {exc}")
    typer.echo(f"report written: {path} ({fmt}, {lang.value}, as of {result.as_of})", err=True)


def _read_terms(values: list[str]) -> dict[str, str]:
    """``TRANSFER=FILE`` pairs of supplementary terms, read as UTF-8 text (bounded size)."""
    out: dict[str, str] = {}
    for value in values:
        name, sep, file = value.partition("=")
        if not sep or not name.strip() or not file.strip():
            fail(f"--supplementary-terms: use TRANSFER=FILE (got {value!r})")
        path = Path(file)
        if not path.is_file():
            fail(f"--supplementary-terms: {file}: no such file")
        if path.stat().st_size > MAX_TERMS_BYTES:
            fail(f"--supplementary-terms: {file}: larger than {MAX_TERMS_BYTES:,} bytes")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            fail(f"--supplementary-terms: {file}: cannot read ({exc.__class__.__name__})")
        if name in out:
            fail(f"--supplementary-terms: transfer {name!r} given twice")
        out[name] = text
    return out


def _check_pack_dir(path: Path) -> None:
    if path.exists() and not path.is_dir():
        fail(f"--filing-pack: {path}: not a directory")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        fail(f"--filing-pack: {path}: directory {parent} does not exist")


def _write_pack(
    directory: Path,
    profile: Profile,
    result: Assessment,
    lang: ReportLang,
    fmt: PackFormat,
    terms: dict[str, str],
) -> None:
    """Write every document the transfers' routes call for, one file each, atomically."""
    from piplkit.assess.documents import ReportError, write_report
    from piplkit.assess.documents.filing import TermsError, build_filing_pack

    try:
        pack = build_filing_pack(profile, result, lang.value, supplementary_terms=terms)
    except (TermsError, ValueError) as exc:
        fail(f"--filing-pack: {exc}")
    directory.mkdir(exist_ok=True)
    for stem, report in pack:
        try:
            write_report(directory / f"{stem}.{fmt.value}", report)
        except ReportError as exc:
            fail(f"--filing-pack: {exc}")
    typer.echo(
        f"filing pack written: {len(pack):,} document(s) in {directory} ({fmt.value}, "
        f"{lang.value}, as of {result.as_of})",
        err=True,
    )


def _check_report_path(path: Path) -> None:
    """Fail before evaluating when the report file name cannot work."""
    from piplkit.assess.documents.writer import FORMATS

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
    fmt: Literal["json", "yaml"] = "json" if path.suffix.lower() == ".json" else "yaml"
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
            lines.append(f"- Deadline: {d['what']}: {d['rule']}{_due(d)} ({_cite(d['citation'])})")
        if t.get("plan"):
            lines += _plan_lines(t["plan"])
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
        deadlines = [f"{d['what']}: {d['rule']}{_due(d)}" for d in t["deadlines"]]
        if t.get("plan"):
            deadlines += _plan_lines(t["plan"])
        tt.add_row(
            f"{t['name']} → {t['recipient_country']}",
            ROUTE_LABELS[t["route"]],
            "\n".join(_cite(c) for c in t["citations"]),
            "\n".join(t["reasons"]),
            "\n".join(deadlines),
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
    from piplkit.assess.rules import profile_from_data
    from piplkit.faces.cli.register_cmd import opened
    from piplkit.map.register.facts import register_profile

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
        ReportLang,
        typer.Option("--lang", help="Language of the --report and --filing-pack documents."),
    ] = ReportLang.ZH,
    filing_pack: Annotated[
        Path | None,
        typer.Option(
            "--filing-pack",
            help="Also write each transfer's filing documents into DIR (export PIPIA, standard "
            "contract Appendix I, assessment checklist).",
            metavar="DIR",
        ),
    ] = None,
    pack_format: Annotated[
        PackFormat, typer.Option("--pack-format", help="Format of the --filing-pack documents.")
    ] = PackFormat.DOCX,
    supplementary_terms: Annotated[
        list[str] | None,
        typer.Option(
            "--supplementary-terms",
            help="TRANSFER=FILE: screen a transfer's supplementary terms (Appendix II) in the "
            "filing pack. Repeatable.",
            metavar="TRANSFER=FILE",
        ),
    ] = None,
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
    elif lang != ReportLang.ZH and filing_pack is None:
        warn("--lang only applies to --report and --filing-pack; ignored")
    if filing_pack is not None:
        _check_pack_dir(filing_pack)
    elif supplementary_terms:
        warn("--supplementary-terms only applies to --filing-pack; ignored")
    terms = _read_terms(supplementary_terms or []) if filing_pack is not None else {}
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
    if filing_pack is not None:
        _write_pack(filing_pack, parsed, result, lang, pack_format, terms)


def register(app: typer.Typer) -> None:
    app.command("assess")(assess)
