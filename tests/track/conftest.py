"""Paths to the track test data: shipped newsletters and gold labels, plus the development set."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests import skips
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
    """The development newsletters; they are not shipped, so the tests skip without them.

    They are a law firm's published newsletters with no licence that allows redistribution, so
    they stay outside the repository (the shipped, self-written ones are in ``tests/data/track``).
    """
    files = sorted(SEEDS.glob("*.txt"))
    if not files:
        pytest.skip(
            skips.reason(
                "tracker development set",
                f"third-party newsletters (not redistributable) not found in {SEEDS}",
                "PIPLKIT_TRACK_SEEDS=/path/to/seeds ./dev test",
            )
        )
    return files
