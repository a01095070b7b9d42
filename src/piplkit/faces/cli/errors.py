"""How the CLI reports a user error: one clear line on stderr and a non-zero exit, no traceback."""

from __future__ import annotations

from typing import NoReturn

import typer
from rich.console import Console
from rich.markup import escape

stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def fail(message: str, code: int = 2) -> NoReturn:
    stderr.print(f"[bold red]error:[/] {escape(message)}")
    raise typer.Exit(code)


def warn(message: str) -> None:
    stderr.print(f"[yellow]warning:[/] {escape(message)}")
