"""What a de-identification run changed: counts per column, PI type and operator, never values."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

#: Column name used for plain text files (no columns).
TEXT_COLUMN = "(text)"
#: Pseudo-operator: a value that could not be generalised and was suppressed instead.
FALLBACK = "suppress_fallback"
#: Pseudo-operator: a typed (numeric) cell that held PI and was set to null to keep its type.
NULLED = "nulled"
#: Suffix of an operator applied in its fallback form to a cell that did not validate as its
#: column's type (``mask_fallback``: a shorter mask that keeps no end).
FALLBACK_SUFFIX = "_fallback"


@dataclass(slots=True)
class ChangeReport:
    source: str = ""
    target: str = ""
    format: str = ""
    rows: int = 0
    cells_changed: int = 0
    #: (column, PI type or "-" for an untyped column rule, operator) -> count.
    changes: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    #: (column, PI type) -> cells of a typed column that are not valid values of the type.
    invalid: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: column -> (PI type, confidence) for columns typed by the column classifier.
    classified: dict[str, tuple[str, float]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def record(self, column: str, type_id: str | None, op: str, n: int = 1) -> None:
        self.changes[(column, type_id or "-", op)] += n

    def warn_once(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def invalid_by_column(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for (column, type_id), n in sorted(self.invalid.items()):
            out.setdefault(column, {})[type_id] = n
        return out

    def by_type(self) -> dict[str, dict[str, int]]:
        out: dict[str, Counter[str]] = {}
        for (_, type_id, op), n in self.changes.items():
            out.setdefault(type_id, Counter())[op] += n
        return {t: dict(sorted(c.items())) for t, c in sorted(out.items())}

    def by_column(self) -> dict[str, dict[str, dict[str, int]]]:
        out: dict[str, dict[str, dict[str, int]]] = {}
        for (column, type_id, op), n in sorted(self.changes.items()):
            out.setdefault(column, {}).setdefault(type_id, {})[op] = n
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "format": self.format,
            "rows": self.rows,
            "cells_changed": self.cells_changed,
            "values_changed": sum(n for (_, _, op), n in self.changes.items() if op != "keep"),
            "by_type": self.by_type(),
            "by_column": self.by_column(),
            "classified_columns": {
                column: {"type": type_id, "confidence": confidence}
                for column, (type_id, confidence) in sorted(self.classified.items())
            },
            "invalid_cells": self.invalid_by_column(),
            "warnings": list(self.warnings),
        }
