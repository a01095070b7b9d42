"""Database scans through SQLAlchemy: real SQLite always, real PostgreSQL when configured.

PostgreSQL tests need ``PIPLKIT_TEST_POSTGRES_URL`` (a database the tests may create tables in);
they are skipped otherwise.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from tests.scan.helpers import AS_OF, people_rows

from piplkit.scan import ScanOptions, scan
from piplkit.scan.database import normalise_url

OPTIONS = ScanOptions(as_of=AS_OF, sample_rows=50)


def fill(engine: sa.Engine, schema: str | None = None, prefix: str = "") -> None:
    meta = sa.MetaData(schema=schema)
    customers = sa.Table(
        f"{prefix}customers",
        meta,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sfzh", sa.String(18)),
        sa.Column("姓名", sa.String(40)),
        sa.Column("mobile", sa.String(20)),
        sa.Column("order_no", sa.String(18)),
        sa.Column("note", sa.Text),
        sa.Column("photo", sa.LargeBinary),
    )
    sa.Table(f"{prefix}empty_log", meta, sa.Column("id", sa.Integer, primary_key=True))
    meta.create_all(engine)
    rows = people_rows(120, minors_every=6)
    with engine.begin() as conn:
        conn.execute(
            customers.insert(),
            [
                {
                    "sfzh": r[0],
                    "姓名": r[1],
                    "mobile": r[2],
                    "order_no": r[3],
                    "note": r[6],
                    "photo": b"\x00",
                }
                for r in rows
            ],
        )


def check(report, table: str, minors: int) -> None:  # type: ignore[no-untyped-def]
    by_table = {f.table: f for f in report.files}
    f = by_table[table]
    got = {c.name: c.pi_type for c in f.columns}
    assert got == {
        "id": None,
        "sfzh": "cn_resident_id",
        "姓名": "person_name",
        "mobile": "cn_mobile",
        "order_no": None,
        "note": None,
        "photo": None,
    }
    assert f.rows == 120
    assert f.minors == minors  # counts in what was read: 9 in the first 50 rows, 20 in all
    assert any("photo" in w for w in f.warnings)
    note = next(c for c in f.columns if c.name == "note")
    assert note.findings_by_type["cn_mobile"] == (24 if minors == 20 else 10)


def test_sqlite_sample_and_full(tmp_path: Path) -> None:
    db = tmp_path / "app.db"
    engine = sa.create_engine(f"sqlite:///{db}")
    fill(engine)
    engine.dispose()
    before = db.read_bytes()
    sample = scan([f"sqlite:///{db}"], OPTIONS)
    check(sample, "customers", 9)
    assert {f.table for f in sample.files} == {"customers", "empty_log"}
    assert sample.files[0].kind == "sqlite"
    full = scan([f"sqlite:///{db}"], ScanOptions(as_of=AS_OF, sample_rows=50, full=True))
    check(full, "customers", 20)
    sfzh = next(c for c in full.files[0].columns if c.name == "sfzh")
    assert sfzh.sampled == 120
    assert db.read_bytes() == before, "a scan never writes to the database"


def test_url_rewriting() -> None:
    assert normalise_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("sqlite:///x.db") == "sqlite:///x.db"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    url = os.environ.get("PIPLKIT_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("PIPLKIT_TEST_POSTGRES_URL is not set")
    engine = sa.create_engine(normalise_url(url))
    schema = f"scan_{uuid.uuid4().hex[:8]}"
    with engine.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        fill(engine, schema)
        yield url
    finally:
        with engine.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


@pytest.mark.postgres
def test_postgres_every_schema_and_table(postgres_url: str) -> None:
    schema = None
    for full in (False, True):
        report = scan([postgres_url], ScanOptions(as_of=AS_OF, sample_rows=50, full=full))
        tables = [f.table for f in report.files if f.table and f.table.endswith(".customers")]
        assert tables, report.summary.errors
        schema = tables[0].split(".")[0]
        check(report, f"{schema}.customers", 20 if full else 9)
        assert report.files[0].kind == "postgresql"
        assert "***" in report.files[0].path or "@" not in report.files[0].path
    assert schema


@pytest.mark.postgres
def test_postgres_wrong_password_is_one_masked_error(postgres_url: str) -> None:
    url = sa.engine.make_url(normalise_url(postgres_url)).set(password="definitely-wrong")
    report = scan([url.render_as_string(hide_password=False)], OPTIONS)
    [error] = report.summary.errors
    assert "definitely-wrong" not in error.message + error.path
    assert "cannot connect" in error.message
