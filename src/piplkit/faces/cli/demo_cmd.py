"""``piplkit demo``: generate the bundled sample folder and scan it, end to end."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from piplkit.discover.scan import ScanOptions, scan
from piplkit.discover.scan.render_html import render_html
from piplkit.discover.scan.render_table import render
from piplkit.faces.cli.errors import fail, stderr
from piplkit.faces.cli.options import AsOfOption, parse_as_of


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)


def demo(
    directory: Annotated[Path, typer.Argument(help="Folder to create the sample files in.")] = Path(
        "piplkit-demo"
    ),
    rows: Annotated[int, typer.Option("--rows", min=10, max=1_000_000)] = 500,
    as_of: AsOfOption = None,
    serve: Annotated[
        bool, typer.Option("--serve", help="Start the web UI on 127.0.0.1:8000 afterwards.")
    ] = False,
) -> None:
    """Create sample business files holding synthetic Chinese PI, scan them, write reports."""
    from piplkit.discover.samples.generate import generate_samples

    evaluation_date = parse_as_of(as_of)
    data = directory / "data"
    stderr.print(f"Generating sample files in {data}/ …")
    paths = generate_samples(data, rows=rows)
    database = next(p for p in paths if p.suffix == ".db")
    files = [str(p) for p in paths if p != database]
    targets = [*files, f"sqlite:///{database.resolve()}"]
    stderr.print(f"Scanning {len(files):,} files and the SQLite database {database.name} …")
    report = scan(targets, ScanOptions(as_of=evaluation_date))

    render(report, Console(highlight=False))
    (directory / "report.json").write_text(
        json.dumps(report.to_json_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    html = directory / "report.html"
    html.write_text(render_html(report), encoding="utf-8")
    from piplkit.faces.cli.demo_register import load_demo_register
    from piplkit.map.register import RegisterError

    try:
        demo_reg = load_demo_register(directory, report.to_json_dict(), evaluation_date)
    except RegisterError as exc:
        fail(f"loading the demo register: {exc}")
    respond = _seed_respond(directory, demo_reg.url, evaluation_date, as_of is not None)
    key_file = directory / "ledger.key"
    stderr.print(
        f"\nRegister: {demo_reg.datasets:,} datasets in {directory / 'piplkit.db'}; "
        f"web login [bold]{demo_reg.admin}[/] / [bold]{demo_reg.password}[/] (printed once).\n"
        f"{respond}\n"
        f"{_calendar_hint(demo_reg.url, evaluation_date)}\n"
        f"Start the web UI:  PIPLKIT_HMAC_KEY=$(cat {key_file}) piplkit serve --db "
        f"{demo_reg.url}   → http://127.0.0.1:8000/ "
        f"(compliance calendar: http://127.0.0.1:8000/calendar?as_of={evaluation_date})",
        soft_wrap=True,
    )
    stderr.print(
        f"\nReports written: {html} (open it in a browser) and {directory / 'report.json'}.\n"
        f"Evaluated as of {evaluation_date.isoformat()}. Try next:\n"
        f"  piplkit detect - <<< '联系人张伟，手机13812345678'\n"
        f"  piplkit assess src/piplkit/discover/samples/profiles/example.yaml --explain\n"
        f"  piplkit calendar --db {demo_reg.url} --as-of {evaluation_date} --lang zh",
        soft_wrap=True,
    )
    if serve:
        import os

        from piplkit.faces.cli.serve_cmd import serve as run_server

        # the key the demo's requests and consents were hashed with, so look-ups match
        os.environ.setdefault("PIPLKIT_HMAC_KEY", key_file.read_text("utf-8").strip())
        run_server(db=demo_reg.url)


def _calendar_hint(url: str, day: dt.date) -> str:
    """What the demo's compliance calendar holds on ``day``: the line that points to it."""
    from piplkit.faces.cli.register_cmd import opened
    from piplkit.map.agenda import compute_calendar
    from piplkit.platform.service.calendar_facts import calendar_facts

    with opened(url) as reg, reg.read() as session:
        cal = compute_calendar(calendar_facts(session, day), day)
    families: dict[str, int] = {}
    for e in cal.entries:
        families[e.family] = families.get(e.family, 0) + 1
    overdue = cal.counts().get("overdue", 0)
    shown = ", ".join(
        f"{label} {families[f]}"
        for f, label in (("mlps", "MLPS"), ("cii", "CII"), ("data", "important data"))
        if families.get(f)
    )
    return (
        f"Compliance calendar: {len(cal.entries):,} duties as of {day} ({overdue:,} overdue; "
        f"{shown or 'no MLPS, CII or important-data duties'}) on /calendar and in "
        "piplkit calendar."
    )


def _seed_respond(directory: Path, url: str, day: dt.date, pinned: bool) -> str:
    """Rights requests, consents and incidents dated from the run day (``--as-of``: 10:00 in
    Beijing that day); returns the line that says what the pages will show."""
    from piplkit.assess.law.calendar import CHINA_TZ
    from piplkit.faces.cli.demo_respond import add_respond_facts
    from piplkit.faces.cli.register_cmd import INITIAL_DSR_TARGET
    from piplkit.map.register import RegisterError, open_register

    now = dt.datetime.now(dt.UTC)
    if pinned and day != now.astimezone(CHINA_TZ).date():
        now = dt.datetime.combine(day, dt.time(10), CHINA_TZ)
    key = (directory / "ledger.key").read_bytes().strip()
    reg = open_register(url)
    try:
        r = add_respond_facts(reg, key, now, default_target=INITIAL_DSR_TARGET)
    except RegisterError as exc:
        fail(f"adding the demo's rights requests, consents and incidents: {exc}")
    finally:
        reg.dispose()
    target = (
        f"the organisation's target of {r.target_working_days} working days"
        if r.target_working_days
        else "no organisation target"
    )
    line = (
        f"Rights requests: {r.requests:,} ({r.overdue:,} overdue, {r.due_soon:,} due within "
        f"3 days on {day.isoformat()}; deadlines in Chinese working days, {target}); "
        f"consents: {r.consents:,} ({r.withdrawn:,} withdrawn); "
        f"incidents: {r.incidents:,} ({r.open_incidents:,} open)"
        + ("" if r.seeded else " — kept from an earlier run")
    )
    return line + (f"\n[yellow]note:[/] {r.note}" if r.note else "")
