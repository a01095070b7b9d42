"""How the scanner tells its caller how far it got (the CLI draws a bar; the core draws nothing)."""

from __future__ import annotations

from typing import Protocol


class ScanProgress(Protocol):
    def start(self, label: str, total: int | None) -> None:
        """A unit of work (file, table) starts; ``total`` in bytes or rows, None if unknown."""

    def advance(self, amount: int) -> None:
        """``amount`` more bytes or rows are done."""

    def finish(self) -> None:
        """The current unit is done."""


class NoProgress:
    def start(self, label: str, total: int | None) -> None:
        pass

    def advance(self, amount: int) -> None:
        pass

    def finish(self) -> None:
        pass
