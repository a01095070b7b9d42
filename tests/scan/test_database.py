"""Database scans through SQLAlchemy: real SQLite always, real PostgreSQL and MariaDB when set.

PostgreSQL tests need ``PIPLKIT_TEST_POSTGRES_URL`` (a database the tests may create schemas in),
MySQL/MariaDB tests ``PIPLKIT_TEST_MYSQL_URL`` (a user who may create databases); ``./dev test``
starts both servers where their binaries exist, and the tests skip with the fix otherwise.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from tests import skips
from tests.scan.helpers import AS_OF, people_rows

from piplkit.discover.scan import ScanOptions, scan
from piplkit.discover.scan.database import connect, is_database_url, list_tables, normalise_url
from piplkit.discover.scan.tables import ReadError

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
    assert normalise_url("mysql://u:p@h/db") == "mysql+pymysql://u:p@h/db"
    assert normalise_url("mariadb://u@h/db") == "mariadb+pymysql://u@h/db"
    assert normalise_url("mysql+mysqldb://u@h/db") == "mysql+mysqldb://u@h/db"


def test_database_urls_of_every_dialect_are_recognised() -> None:
    for url in (
        "mysql+pymysql://u:p@h/db",
        "mariadb://u@h/db",
        "MySQL://u@h/db",
        "mssql+pymssql://u@h/db",
        "oracle+oracledb://u@h/?service_name=x",
    ):
        assert is_database_url(url), url
    assert not is_database_url("customers.csv")
    assert not is_database_url("https://example.org/x.csv")


def test_missing_driver_is_a_one_line_fix_without_the_password() -> None:
    """mysqlclient (``mysql+mysqldb``) is not installed: say which package, never a traceback."""
    report = scan(["mysql+mysqldb://scanner:s3cret-pw@127.0.0.1:1/shop"], OPTIONS)
    [error] = report.summary.errors
    assert "pip install mysqlclient" in error.message
    assert "s3cret-pw" not in error.message + error.path and "***" in error.path
    with pytest.raises(ReadError, match="pip install pymssql"):
        connect("mssql+pymssql://u:p@127.0.0.1:1/db")


def test_refused_connection_is_one_masked_error() -> None:
    port = _closed_port()
    report = scan([f"mysql://scanner:s3cret-pw@127.0.0.1:{port}/shop"], OPTIONS)
    [error] = report.summary.errors
    assert "cannot connect" in error.message and "refused" in error.message.lower()
    assert "s3cret-pw" not in error.message + error.path


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def postgres_url() -> Iterator[str]:
    url = os.environ.get("PIPLKIT_TEST_POSTGRES_URL")
    if not url:
        pytest.skip(skips.postgres())
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


@pytest.fixture
def mysql_url() -> Iterator[str]:
    """A fresh utf8mb4 database on the MySQL/MariaDB server, filled as the others, then dropped."""
    base = os.environ.get("PIPLKIT_TEST_MYSQL_URL")
    if not base:
        pytest.skip(skips.mariadb())
    admin = sa.create_engine(base)
    name = f"scan_{uuid.uuid4().hex[:8]}"
    with admin.begin() as conn:
        conn.execute(sa.text(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4"))
    url = sa.engine.make_url(base).set(database=name).render_as_string(hide_password=False)
    engine = sa.create_engine(url)
    try:
        fill(engine)
        engine.dispose()
        yield url
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(sa.text(f"DROP DATABASE `{name}`"))
        admin.dispose()


def _scheme(url: str, scheme: str) -> str:
    """The same URL with another scheme and no query (so the utf8mb4 default is exercised)."""
    parsed = sa.engine.make_url(url)
    return parsed.set(drivername=scheme, query={}).render_as_string(hide_password=False)


@pytest.mark.mysql
@pytest.mark.parametrize(("scheme", "kind"), [("mysql", "mysql"), ("mariadb+pymysql", "mariadb")])
def test_mysql_sample_and_full(mysql_url: str, scheme: str, kind: str) -> None:
    url = _scheme(mysql_url, scheme)
    for full in (False, True):
        report = scan([url], ScanOptions(as_of=AS_OF, sample_rows=50, full=full))
        assert not report.summary.errors, report.summary.errors
        assert {f.table for f in report.files} == {"customers", "empty_log"}
        check(report, "customers", 20 if full else 9)
        assert report.files[0].kind == kind
        assert "piplkit:***@" in report.files[0].path


@pytest.mark.mysql
def test_mysql_streams_rows_through_an_unbuffered_cursor(mysql_url: str) -> None:
    """A full read must not load a whole table into memory: PyMySQL's SSCursor streams it."""
    from pymysql.cursors import SSCursor

    engine = connect(mysql_url)
    cursors: list[type] = []
    sa.event.listen(engine, "before_cursor_execute", lambda c, cur, *a: cursors.append(type(cur)))
    try:
        table = next(t for t in list_tables(engine, "db") if t.name == "customers")
        cursors.clear()
        batches = list(table.read(None))
        assert sum(len(b) for b in batches) == 120
        assert cursors and all(issubclass(c, SSCursor) for c in cursors), cursors
    finally:
        engine.dispose()


@pytest.mark.mysql
def test_mysql_scan_sessions_are_read_only(mysql_url: str) -> None:
    engine = connect(mysql_url)
    try:
        with engine.connect() as conn, pytest.raises(sa.exc.DBAPIError, match="READ ONLY"):
            conn.execute(sa.text("DELETE FROM customers"))
    finally:
        engine.dispose()
    check_engine = sa.create_engine(mysql_url)
    with check_engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM customers")).scalar() == 120
    check_engine.dispose()


@pytest.mark.mysql
def test_mysql_without_a_database_scans_every_user_database(mysql_url: str) -> None:
    name = sa.engine.make_url(mysql_url).database
    no_database = sa.engine.make_url(mysql_url)._replace(database=None)  # .set(None) keeps it
    url = no_database.render_as_string(hide_password=False)
    assert "scan_" not in url
    report = scan([url], OPTIONS)
    tables = {f.table for f in report.files}
    assert {f"{name}.customers", f"{name}.empty_log"} <= tables
    system = ("mysql.", "sys.", "information_schema.", "performance_schema.")
    assert not [t for t in tables if t and t.startswith(system)]


@pytest.mark.mysql
def test_mysql_wrong_password_is_one_masked_error(mysql_url: str) -> None:
    url = sa.engine.make_url(mysql_url).set(password="definitely-wrong")
    report = scan([url.render_as_string(hide_password=False)], OPTIONS)
    [error] = report.summary.errors
    assert "definitely-wrong" not in error.message + error.path
    assert "cannot connect" in error.message and "Access denied" in error.message
