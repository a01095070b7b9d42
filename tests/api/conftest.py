"""API tests run on SQLite and, with PIPLKIT_TEST_POSTGRES_URL, on PostgreSQL too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.api.helpers import Served, served
from tests.register.conftest import db_url  # noqa: F401  (the SQLite/PostgreSQL fixture)


@pytest.fixture
def api(db_url: str) -> Iterator[Served]:  # noqa: F811
    with served(db_url) as env:
        yield env
