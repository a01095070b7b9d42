"""Register fixtures: every storage test runs on SQLite and, when configured, PostgreSQL.

PostgreSQL comes from ``PIPLKIT_TEST_POSTGRES_URL`` (``.ci/run`` starts one); each test gets
its own schema (via ``search_path``), dropped afterwards, so tests never see each other's rows.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from tests import skips

from piplkit.map.register.store import Register, open_register

PG_ENV = "PIPLKIT_TEST_POSTGRES_URL"
TEST_KEY = b"test-ledger-key-0123456789abcdef"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('reg') / 'piplkit.db'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(skips.postgres(PG_ENV))
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def reg(db_url: str) -> Iterator[Register]:
    register = open_register(db_url)
    try:
        yield register
    finally:
        register.dispose()
