"""``piplkit app``: check a mobile app's APK (and privacy policy) against PIPL and the 2021
necessary-scope Provisions; list the 39 app types; write the demo app used in docs/apps.md.

Everything wrong with the input (not a zip, a corrupt member, a manifest that does not parse,
a file over a size cap, an unreadable policy) ends in one ``error:`` line naming the file and
the part that failed — never a traceback.
"""

from __future__ import annotations

import io
import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from piplkit.faces.cli.errors import fail

app = typer.Typer(help="Mobile apps: check an APK and its privacy policy.", no_args_is_help=True)
stdout = Console(highlight=False, soft_wrap=True)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="app")


class OutFormat(StrEnum):
    table = "table"
    json = "json"
    html = "html"
    pdf = "pdf"
    docx = "docx"


class Lang(StrEnum):
    zh = "zh"
    en = "en"


SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan", "info": "dim"}


def _table(data: dict[str, Any], out: Console) -> None:
    a = data["app"]
    out.print(f"[bold]{escape(a['label'] or a['package'])}[/] {escape(a['package'])} "
              f"{escape(a['version_name'] or '-')} · target SDK {a['target_sdk'] or '-'} · "
              f"{a['classes']:,} classes in {a['dex_files']:,} dex file(s)")
    if data["app_type"]:
        out.print(f"type: {escape(data['app_type']['name'])}")
    perms = data["permissions"]
    dangerous = [p["name"].rsplit(".", 1)[-1] for p in perms if p["protection"] == "dangerous"]
    out.print(f"permissions: {len(perms):,} ({len(dangerous):,} dangerous: "
              f"{escape(', '.join(dangerous) or '-')})")
    out.print(f"SDKs: {len(data['sdks']):,}")
    for s in data["sdks"]:
        out.print("  - " + escape(f"{s['name']} ({s['category']}, {s['country']})"))
    out.print("PI the app can collect: " + escape(", ".join(p["name"] for p in data["pi"]) or "-"))
    if data["policy"] is None:
        out.print("policy: not given")
    summary = ", ".join(f"{n:,} {sev}" for sev, n in data["summary"].items() if n)
    out.print(f"\n[bold]findings[/] ({summary or 'none'})")
    for f in data["findings"]:
        style = SEVERITY_STYLE[f["severity"]]
        out.print(f"  [{style}]{f['severity']:<6}[/] {escape(f['title'])}")
        cites = "; ".join(f"{c['instrument']} {c['article']}" for c in f["citations"])
        if cites:
            out.print(f"         [dim]{escape(cites)}[/]")
    out.print("\n[bold]manual checks[/] (runtime behaviour static analysis cannot see)")
    for c in data["manual_checks"]:
        out.print(f"  - {escape(c['check'])}")
        out.print(f"    [dim]how: {escape(c['how'])}[/]")
    for w in data["warnings"]:
        out.print(f"[yellow]warning:[/] {escape(w)}")


@app.command("check")
def check(
    apk: Annotated[Path, typer.Argument(help="The APK file.", metavar="APP.apk")],
    policy: Annotated[Path | None, typer.Option(
        "--policy", help="The privacy policy (.html, .txt, .md, .pdf or .docx).")] = None,
    app_type: Annotated[str | None, typer.Option(
        "--type", help="One of the 39 app types (id, number or Chinese name; `piplkit app types`)."
    )] = None,
    fmt: Annotated[OutFormat, typer.Option("--format", help="Output format.")] = OutFormat.table,
    lang: Annotated[Lang, typer.Option("--lang", help="Report language.")] = Lang.zh,
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="Write here (required for html/pdf/docx).")] = None,
    db: Annotated[str | None, typer.Option(
        "--db", metavar="URL",
        help="Also compare the SDKs with this register's third-party sharing list.")] = None,
) -> None:
    """Check APP.apk: permissions, SDKs, PI beyond the necessary scope, the privacy policy."""
    from piplkit.platform.service.app_check import AppCheckError, run_check, sharing_list
    from piplkit.platform.service.app_check import app_type as resolve_type

    if fmt in (OutFormat.html, OutFormat.pdf, OutFormat.docx) and output is None:
        fail(f"--format {fmt.value} needs -o FILE")
    if not apk.is_file():
        fail(f"{apk}: no such file")
    if policy is not None and not policy.is_file():
        fail(f"--policy {policy}: no such file")
    try:
        kind = resolve_type(app_type, "--type") if app_type is not None else None
    except AppCheckError as exc:
        fail(str(exc))
    declared = None
    if db is not None:
        from piplkit.faces.cli.register_cmd import opened

        with opened(db) as reg, reg.read() as session:
            declared = sharing_list(session)
    try:
        report = run_check(apk, policy=policy, kind=kind, declared=declared)
    except AppCheckError as exc:
        fail(str(exc))
    if fmt in (OutFormat.html, OutFormat.pdf, OutFormat.docx):
        assert output is not None
        _write_document(report, fmt, lang.value, output)
        return
    data = report.to_dict(lang.value)
    if fmt is OutFormat.json:
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        if output is None:
            typer.echo(text, nl=False)
        else:
            _write_text(output, text)
        return
    if output is None:
        _table(data, stdout)
    else:
        buffer = io.StringIO()
        _table(data, Console(file=buffer, highlight=False, soft_wrap=True, no_color=True))
        _write_text(output, buffer.getvalue())


def _write_text(path: Path, text: str) -> None:
    _write_bytes(path, text.encode("utf-8"))
    typer.echo(f"report written: {path}", err=True)


def _write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path`` and rename it into place (never half a file)."""
    import contextlib
    import os
    import tempfile

    parent = path.parent if str(path.parent) else Path(".")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        fail(f"{path}: cannot write ({exc.strerror or exc})")


def _write_document(report: Any, fmt: OutFormat, lang: str, path: Path) -> None:
    from piplkit.assess.documents import ReportError
    from piplkit.platform.service.app_check import render_report

    if path.suffix.lower().lstrip(".") != fmt.value and not (
        fmt is OutFormat.html and path.suffix.lower() == ".htm"
    ):
        fail(f"{path}: --format {fmt.value} needs a .{fmt.value} file name")
    try:
        data = render_report(report, fmt.value, lang)  # type: ignore[arg-type]
    except ReportError as exc:
        fail(str(exc))
    _write_bytes(path, data)
    typer.echo(f"report written: {path} ({fmt.value}, {lang})", err=True)


@app.command("types")
def types(lang: Annotated[Lang, typer.Option("--lang")] = Lang.zh) -> None:
    """The 39 app types of the 2021 Provisions and their necessary PI."""
    from piplkit.assess.law.app_scope import load_app_scope

    for t in load_app_scope().types:
        necessary = ", ".join(sorted(t.necessary_types())) or "-"
        stdout.print(f"{t.number:>2} {t.id:<24} {escape(t.name(lang.value))}: {necessary}")


@app.command("sample")
def sample(
    directory: Annotated[Path, typer.Argument(help="Where to write citymap.apk and its policy.")]
    = Path("."),
) -> None:
    """Write the demo app (citymap.apk) and its privacy policy, as used in docs/apps.md."""
    from piplkit.discover.samples.app_demo import write_demo

    try:
        apk, policy = write_demo(directory)
    except OSError as exc:
        fail(f"{directory}: cannot write ({exc.strerror or exc})")
    stdout.print(f"written: {apk} and {policy}")

