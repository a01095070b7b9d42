"""Is this cell a valid value of its column's PI type? Asked of every cell of a typed column.

The answer comes from the type's own recognizer (check digits, numbering plans, region codes,
dates): a cell is valid when the recognizer's pattern matches all of it but surrounding spaces and
its validator accepts the value (the context words a recognizer weighs in running text do not
matter for a cell whose column already says what it is). Recognizers without a pattern are asked
for a finding that covers the whole cell. It decides two
things: the report's count of cells that did not validate, and whether an operator that relies
on a valid value's shape (a mask keeping the last four digits of a phone) may keep what it keeps.
Types without a recognizer, and the name/address model types (too slow per cell, and a name has
no check digit to fail), are not checked: ``None``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from piplkit.discover.detect.recognizer import AnalysisContext, PatternRecognizer, Recognizer
from piplkit.discover.detect.registry import MODEL_TYPES, Registry, default_registry

#: Longest cell checked; a longer one is not a single identifier of any type.
MAX_CHECKED_CHARS = 512
#: Fewer cells than this are checked one by one (a column pass has a fixed cost).
_MIN_BATCH = 16


#: How a type's cells are checked: a pattern's ``fullmatch`` and the validator, or ``None`` for a
#: recognizer without a pattern (asked through ``analyze``).
_Check = tuple[Callable[[str], "re.Match[str] | None"], bool, Callable[..., object]] | None


class CellValidator:
    """Whole-cell validation with one recognizer per type, built on first use."""

    def __init__(self, as_of: dt.date, registry: Registry | None = None) -> None:
        self._registry = registry or default_registry()
        self._context = AnalysisContext(as_of=as_of)
        self._recognizers: dict[str, tuple[Recognizer, _Check] | None] = {}

    def checks(self, type_id: str | None) -> bool:
        """Whether cells of ``type_id`` can be checked."""
        return type_id is not None and self._recognizer(type_id) is not None

    def is_valid(self, type_id: str, text: str) -> bool | None:
        """``True``/``False`` for a checked type, ``None`` when the type is not checked."""
        found = (
            self._recognizers[type_id]
            if type_id in self._recognizers
            else self._recognizer(type_id)
        )
        if found is None:
            return None
        if not text or text[0].isspace() or text[-1].isspace():
            text = text.strip()
            if not text:
                return False
        if len(text) > MAX_CHECKED_CHARS:
            return False
        recognizer, check = found
        if check is not None:
            fullmatch, has_value_group, validate = check
            m = fullmatch(text)
            if m is not None and (not has_value_group or m.span("v") == (0, len(text))):
                return validate(text, self._context) is not None
            if not has_value_group:
                return False
        findings = recognizer.analyze(text, self._context)
        return any(f.start == 0 and f.end == len(text) for f in findings)

    def are_valid(self, type_id: str, texts: Sequence[str]) -> list[bool | None]:
        """:meth:`is_valid` for many cells of one column at once.

        Types with a column validator (``detect.vectorized``: resident IDs, mobiles, bank cards,
        e-mail, IPv4, USCC — held equal to their recognizers by the detector's tests) are checked
        in one Arrow/NumPy pass, several times faster than cell by cell.
        """
        import pyarrow as pa

        from piplkit.discover.detect.vectorized import (
            VALIDATORS,  # NumPy/Arrow: loaded for batches only
        )

        column_check = VALIDATORS.get(type_id)
        if column_check is None or len(texts) < _MIN_BATCH or self._recognizer(type_id) is None:
            return [self.is_valid(type_id, t) for t in texts]
        stripped = [t.strip() for t in texts]
        checkable = [0 < len(t) <= MAX_CHECKED_CHARS for t in stripped]
        array = pa.array([t if ok else "" for t, ok in zip(stripped, checkable, strict=True)])
        valid, _ = column_check(array, self._context.as_of)
        return [bool(v) and ok for v, ok in zip(valid.tolist(), checkable, strict=True)]

    def _recognizer(self, type_id: str) -> tuple[Recognizer, _Check] | None:
        if type_id not in self._recognizers:
            built: tuple[Recognizer, _Check] | None = None
            if type_id not in MODEL_TYPES and type_id in self._registry.type_ids:
                recognizer = self._registry.build([type_id])[0]
                check: _Check = None
                if isinstance(recognizer, PatternRecognizer):
                    regex = recognizer.regex()
                    check = (regex.fullmatch, "v" in regex.groupindex, recognizer.validate)
                built = (recognizer, check)
            self._recognizers[type_id] = built
        return self._recognizers[type_id]
