"""Paths to the track test data: shipped newsletters and gold labels, plus the development set."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.register.conftest import db_url  # noqa: F401  (SQLite and PostgreSQL registers)

DATA = Path(__file__).resolve().parents[1] / "data" / "track"
GOLD = DATA / "gold"
DOCS = DATA / "docs"
# The development set lives in the team's shared folder beside the repository (CI lays a copy
# there too); it is not copied into the repository.
_DEFAULT_SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
SEEDS = Path(os.environ.get("PIPLKIT_TRACK_SEEDS", _DEFAULT_SEEDS))


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    """The development newsletters; they are not shipped, so the tests skip without them."""
    files = sorted(SEEDS.glob("*.txt"))
    if not files:
        pytest.skip(f"development set not found in {SEEDS} (set PIPLKIT_TRACK_SEEDS)")
    return files
