"""The ``piplkit`` command: one Typer app, one module per command group."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="piplkit",
    help="Discover, protect, map and assess personal information under Chinese law.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

#: Modules of ``piplkit.cli`` that each define ``register(app)``.
COMMAND_MODULES = (
    "detect_cmd",
    "scan_cmd",
    "demo_cmd",
)

for _name in COMMAND_MODULES:
    importlib.import_module(f"piplkit.cli.{_name}").register(app)


def main() -> None:
    app()
