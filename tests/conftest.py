"""Shared fixtures: a fixed evaluation date so that ages and minors are reproducible."""

from __future__ import annotations

from datetime import date

import pytest

AS_OF = date(2026, 11, 25)


@pytest.fixture(scope="session")
def as_of() -> date:
    return AS_OF
