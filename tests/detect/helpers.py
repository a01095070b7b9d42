"""Small helpers for detector tests: run one recognizer type over text and read back the spans."""

from __future__ import annotations

from datetime import date
from functools import cache

from piplkit.discover.detect import Detector
from piplkit.discover.detect.registry import BUILTIN_MODULES, MODEL_TYPES

AS_OF = date(2026, 11, 25)
IDENTIFIER_TYPES = tuple(t for t in BUILTIN_MODULES if t not in MODEL_TYPES)


@cache
def detector(*types: str) -> Detector:
    return Detector(types or None, as_of=AS_OF)


def spans(text: str, *types: str) -> list[tuple[str, str]]:
    """(type, covered text) of every finding — test-only, on synthetic values."""
    return [(f.type, text[f.start : f.end]) for f in detector(*types).detect(text)]


def found_types(text: str, *types: str) -> list[str]:
    return [f.type for f in detector(*types).detect(text)]
