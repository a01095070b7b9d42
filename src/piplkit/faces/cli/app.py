"""The ``piplkit`` command: one Typer app, one module per command group.

Command modules import what their commands need (SQLAlchemy, Arrow, the NER model …), which
adds up to more than a second. ``main`` therefore imports only the module of the command being
run; ``piplkit --help`` and anything unknown get the full app. Importing ``app`` from here (as
the tests do) also builds the full app, on first use.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterable

import typer

from piplkit.faces.cli.help_format import plain_metavars

HELP = "Discover, protect, map and assess personal information under Chinese law."

#: Command or group name -> the module of ``piplkit.faces.cli`` whose ``register(app)`` adds it.
COMMANDS: dict[str, str] = {
    "detect": "detect_cmd",
    "scan": "scan_cmd",
    "demo": "demo_cmd",
    "track": "track_cmd",
    "assess": "assess_cmd",
    "eval": "eval_cmd",
    "deid": "deid_cmd",
    "register": "register_cmd",
    "ledger": "ledger_cmd",
    "calendar": "calendar_cmd",
    "spark": "spark_cmd",
    "user": "user_cmd",
    "serve": "serve_cmd",
    "types": "types_cmd",
    "dsr": "respond_cmd",
    "consent": "respond_cmd",
    "incident": "respond_cmd",
    "audit": "respond_cmd",
    "app": "app_cmd",
}
#: Every command module, in the order their commands are listed by ``piplkit --help``.
COMMAND_MODULES: tuple[str, ...] = tuple(dict.fromkeys(COMMANDS.values()))


def build_app(modules: Iterable[str] = COMMAND_MODULES) -> typer.Typer:
    """A ``piplkit`` app holding the commands of ``modules``."""
    cli = typer.Typer(
        name="piplkit",
        help=HELP,
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )

    @cli.callback()
    def _root() -> None:
        # A callback keeps the app a command group even when it holds a single command, so
        # that `piplkit detect FILE` parses the same with one module loaded as with all.
        pass

    for name in modules:
        importlib.import_module(f"piplkit.faces.cli.{name}").register(cli)
    return cli


def __getattr__(name: str) -> typer.Typer:
    if name == "app":
        full = build_app()
        globals()["app"] = full
        return full
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    first = next((a for a in sys.argv[1:] if not a.startswith("-")), None)
    module = COMMANDS.get(first or "")
    cli = build_app((module,) if module else COMMAND_MODULES)
    plain_metavars(typer.main.get_command(cli))(prog_name="piplkit")
