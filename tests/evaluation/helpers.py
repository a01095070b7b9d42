"""Markers for evaluation tests that need the real detector or the scan package."""

from __future__ import annotations

import importlib

import pytest


def importable(*modules: str) -> bool:
    try:
        for name in modules:
            importlib.import_module(name)
    except ImportError:
        return False
    return True


def detector_ready() -> bool:
    """Every bundled recognizer imports (``default_registry`` imports them all)."""
    try:
        from piplkit.discover.detect import default_registry

        default_registry()
    except ImportError:
        return False
    return True


needs_detector = pytest.mark.skipif(not detector_ready(), reason="recognizer modules missing")
needs_scan = pytest.mark.skipif(
    not importable("piplkit.discover.scan"), reason="scan package missing"
)
