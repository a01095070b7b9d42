"""Unverified notes speak as a lawyer would (issue 19 item 12): "not yet confirmed against the
official text", never that an article was "read from recollection"."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "src" / "piplkit"
FILES = sorted(p for p in DATA.rglob("*.yaml") if "/data/" in p.as_posix())


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_note_claims_recollection(path: Path) -> None:
    text = path.read_text("utf-8").lower()
    for phrase in ("recollection", "from memory", "凭记忆"):
        assert phrase not in text, f"{path.name}: says {phrase!r}"
