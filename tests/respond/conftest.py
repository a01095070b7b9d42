"""Respond fixtures: the register's SQLite/PostgreSQL ``db_url`` and ``reg``, plus a ledger key."""

from __future__ import annotations

import pytest
from tests.register.conftest import db_url, reg  # noqa: F401  (fixtures shared with the register)

KEY = b"respond-test-key-0123456789abcdef"


@pytest.fixture
def key() -> bytes:
    return KEY
