"""``piplkit types``: custom PI types — check a types file, keep one in the register.

A types file given with ``--types-file`` applies to one command. Kept in the register
(``piplkit types set``), it applies to every command that opens the register (``serve``,
``register …``) so the web UI, the API's scan upload, the RoPA and the double list all know the
organisation's own types. See docs/custom-types.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from piplkit.faces.cli.errors import fail, stderr
from piplkit.faces.cli.register_cmd import DbOption, opened

if TYPE_CHECKING:  # imported lazily at run time: `piplkit types` stays quick to start
    from piplkit.discover.scan.custom_types import CustomTypes

app = typer.Typer(help="Custom PI types: check a types file, keep one in the register.")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="types")


FileArgument = Annotated[
    Path, typer.Argument(help="A types file (YAML); see docs/custom-types.md.")
]


def _load(path: Path) -> CustomTypes:
    from piplkit.discover.scan.custom_types import CustomTypeError, load_types_file

    try:
        return load_types_file(path)
    except CustomTypeError as exc:
        fail(str(exc))


def _print(custom: CustomTypes) -> None:
    for spec, entry in zip(custom.specs, custom.entries, strict=True):
        sensitive = "sensitive" if entry.sensitive else "not sensitive"
        value = "vocabulary" if spec.vocabulary else f"pattern {spec.pattern}"
        check = f", check {spec.validator}" if spec.validator else ""
        names = f"{entry.name_zh} / {entry.name_en}"
        typer.echo(f"{spec.id}	{names}	{entry.category}	{sensitive}	{value}{check}")


@app.command("check")
def check(path: FileArgument) -> None:
    """Validate a types file and list its types (nothing is stored)."""
    custom = _load(path)
    _print(custom)
    stderr.print(f"{path}: {len(custom.specs):,} custom type(s), valid")


@app.command("set")
def set_types(path: FileArgument, db: DbOption = None) -> None:
    """Keep a types file in the register (replacing the one kept before)."""
    from piplkit.respond.settings import CUSTOM_TYPES, set_setting

    custom = _load(path)
    with opened(db) as reg, reg.write("cli") as session:
        set_setting(session, CUSTOM_TYPES, {"source": path.name, "text": custom.text})
    stderr.print(f"kept {len(custom.specs):,} custom type(s) from {path.name} in the register")


@app.command("show")
def show(db: DbOption = None) -> None:
    """List the custom types kept in the register."""
    from piplkit.discover.scan.custom_types import CustomTypeError, parse_types_text
    from piplkit.respond.settings import custom_types_text

    with opened(db) as reg, reg.read() as session:
        stored = custom_types_text(session)
    if stored is None:
        stderr.print("no custom types in the register")
        return
    try:
        _print(parse_types_text(stored[1], stored[0]))
    except CustomTypeError as exc:
        fail(f"the register's types file no longer validates: {exc}")


@app.command("clear")
def clear(db: DbOption = None) -> None:
    """Remove the custom types kept in the register."""
    from piplkit.respond.settings import CUSTOM_TYPES, set_setting

    with opened(db) as reg, reg.write("cli") as session:
        set_setting(session, CUSTOM_TYPES, None)
    stderr.print("custom types removed from the register")
