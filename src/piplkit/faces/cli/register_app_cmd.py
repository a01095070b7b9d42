"""``piplkit register import-app REPORT.json``: the app check's draft double list into the register.

A module of its own so that register_cmd stays one screenful per job; ``register_cmd``
attaches its command to the ``register`` group (this module never imports ``register_cmd``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from piplkit.faces.cli.register_common import DbOption, opened


def attach(app: typer.Typer) -> None:
    """Add ``import-app`` to the ``register`` group."""
    app.command("import-app")(import_app_cmd)


def import_app_cmd(
    report: Annotated[Path, typer.Argument(
        help="JSON from `piplkit app check APP.apk --format json -o REPORT.json`.")],
    organisation: Annotated[str | None, typer.Option(
        "--organisation", help="The organisation that runs the app (must exist).")] = None,
    system: Annotated[str | None, typer.Option(
        "--system", help="System name for the app (default: `App <name>`).")] = None,
    db: DbOption = None,
) -> None:
    """Add the app's collected-PI list and third-party sharing list to the register.

    Re-importing (a new version) updates PI types and keeps what people confirmed; SDKs no
    longer in the app are listed as stale, never deleted.
    """
    from piplkit.map.register.app_import import load_app_report
    from piplkit.platform.service.app_check import import_report

    with opened(db) as reg:
        parsed = load_app_report(report)
        with reg.write() as session:
            s = import_report(session, parsed, organisation=organisation, system=system,
                              source=report.name)
    typer.echo(
        f"{s.system} / {s.dataset}: {len(s.activities_created):,} activities created, "
        f"{len(s.activities_updated):,} updated; {len(s.transfers_created):,} transfer(s) created, "
        f"{len(s.transfers_updated):,} updated"
    )
    for name in s.stale_transfers:
        typer.echo(f"stale: {name} (SDK no longer found in the app; review and remove by hand)")
