"""Options and parsers shared by several commands."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from piplkit.faces.cli.errors import fail, warn

if TYPE_CHECKING:
    from piplkit.discover.scan.custom_types import CustomTypes
    from piplkit.map.register.store import Register

AsOfOption = Annotated[
    str | None,
    typer.Option("--as-of", help="Evaluation date YYYY-MM-DD (default: today).", metavar="DATE"),
]


def parse_as_of(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"--as-of: {value!r} is not a date in the form YYYY-MM-DD")


def parse_types(value: str | None) -> list[str] | None:
    if value is None:
        return None
    types = [t.strip() for t in value.split(",") if t.strip()]
    if not types:
        fail("--types: give at least one PI type id")
    return types


TypesFileOption = Annotated[
    Path | None,
    typer.Option(
        "--types-file",
        help="YAML file of custom PI types (id, names, pattern or vocabulary, checks, header "
        "words); see docs/custom-types.md.",
        metavar="FILE",
    ),
]


def install_types_file(path: Path | None) -> CustomTypes | None:
    """Load and install a ``--types-file`` for this process; a clear error when it is unusable."""
    if path is None:
        return None
    from piplkit.discover.scan.custom_types import CustomTypeError, install, load_types_file

    try:
        custom = load_types_file(path)
        install(custom)
    except CustomTypeError as exc:
        fail(f"--types-file: {exc}")
    return custom


def install_register_types(reg: Register) -> None:
    """Install the custom types kept in the register (``piplkit types set``), if any; a file that
    no longer validates is reported and skipped, so the register stays usable."""
    from piplkit.respond.settings import custom_types_text

    with reg.read() as session:
        stored = custom_types_text(session)
    if stored is None:
        return
    from piplkit.discover.scan.custom_types import CustomTypeError, install_text

    try:
        install_text(stored[1], f"register: {stored[0]}")
    except CustomTypeError as exc:
        warn(f"custom types kept in the register were not loaded: {exc}")
