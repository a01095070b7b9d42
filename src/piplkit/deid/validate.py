"""Is this cell a valid value of its column's PI type? Asked of every cell of a typed column.

The answer comes from the type's own recognizer (check digits, numbering plans, region codes,
dates): a cell is valid when one finding covers all of it but surrounding spaces. It decides two
things: the report's count of cells that did not validate, and whether an operator that relies
on a valid value's shape (a mask keeping the last four digits of a phone) may keep what it keeps.
Types without a recognizer, and the name/address model types (too slow per cell, and a name has
no check digit to fail), are not checked: ``None``.
"""

from __future__ import annotations

import datetime as dt

from piplkit.detect.recognizer import AnalysisContext, Recognizer
from piplkit.detect.registry import MODEL_TYPES, Registry, default_registry

#: Longest cell checked; a longer one is not a single identifier of any type.
MAX_CHECKED_CHARS = 512


class CellValidator:
    """Whole-cell validation with one recognizer per type, built on first use."""

    def __init__(self, as_of: dt.date, registry: Registry | None = None) -> None:
        self._registry = registry or default_registry()
        self._context = AnalysisContext(as_of=as_of)
        self._recognizers: dict[str, Recognizer | None] = {}

    def checks(self, type_id: str | None) -> bool:
        """Whether cells of ``type_id`` can be checked."""
        return type_id is not None and self._recognizer(type_id) is not None

    def is_valid(self, type_id: str, text: str) -> bool | None:
        """``True``/``False`` for a checked type, ``None`` when the type is not checked."""
        recognizer = self._recognizer(type_id)
        if recognizer is None:
            return None
        start = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        if end - start > MAX_CHECKED_CHARS or end <= start:
            return False
        body = text[start:end]
        if recognizer.quick_reject(body):
            return False
        findings = recognizer.analyze(body, self._context)
        return any(f.start == 0 and f.end == len(body) for f in findings)

    def _recognizer(self, type_id: str) -> Recognizer | None:
        if type_id not in self._recognizers:
            built: Recognizer | None = None
            if type_id not in MODEL_TYPES and type_id in self._registry.type_ids:
                built = self._registry.build([type_id])[0]
            self._recognizers[type_id] = built
        return self._recognizers[type_id]
