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
    "track_cmd",
    "assess_cmd",
    "eval_cmd",
    "deid_cmd",
    "register_cmd",
    "ledger_cmd",
    "spark_cmd",
    "user_cmd",
    "serve_cmd",
    "respond_cmd",
)

for _name in COMMAND_MODULES:
    importlib.import_module(f"piplkit.cli.{_name}").register(app)


def main() -> None:
    app()
