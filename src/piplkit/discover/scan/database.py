"""Databases through SQLAlchemy: every table of every user schema becomes a :class:`Table`.

Dialects: SQLite, PostgreSQL (psycopg 3) and MySQL/MariaDB (PyMySQL) are installed with piplkit
and tested against real servers; any other SQLAlchemy dialect works once its driver is installed
(``mssql+pymssql``, ``oracle+oracledb`` …), scanning the schema the URL logs into.

Connections are read-only (SQLite opened with ``mode=ro``, PostgreSQL sessions with
``default_transaction_read_only``, MySQL sessions ``SET SESSION TRANSACTION READ ONLY``), so a
scan can never change the data. Sampling reads ``LIMIT n`` rows; a full scan streams every row
through a server-side cursor (``stream_results`` + ``yield_per``; PyMySQL's unbuffered
``SSCursor``), so memory stays bounded whatever the table size. Binary columns are not read as
text. Messages carry the URL with its password masked.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from piplkit.discover.scan.safety import mask_url
from piplkit.discover.scan.tables import BATCH_ROWS, ReadError, Row, Table, to_cell, unique_headers

#: URL schemes (before any ``+driver``) that name a database rather than a file.
DIALECTS = frozenset({"sqlite", "postgresql", "postgres", "mysql", "mariadb", "mssql", "oracle"})
#: Schemes whose bare form gets the driver piplkit installs.
_DEFAULT_DRIVERS = {
    "postgresql": "postgresql+psycopg",
    "postgres": "postgresql+psycopg",
    "mysql": "mysql+pymysql",
    "mariadb": "mariadb+pymysql",
}
#: PyPI package of a SQLAlchemy driver, for the message when it is missing.
_DRIVER_PACKAGES = {
    "psycopg": "psycopg[binary]",
    "psycopg2": "psycopg2-binary",
    "pymysql": "pymysql",
    "mysqldb": "mysqlclient",
    "mysqlconnector": "mysql-connector-python",
    "mariadbconnector": "mariadb",
    "pymssql": "pymssql",
    "pytds": "python-tds sqlalchemy-pytds",
    "pyodbc": "pyodbc",
    "oracledb": "oracledb",
    "cx_oracle": "cx_Oracle",
}
_SYSTEM_SCHEMAS = {"information_schema", "pg_catalog"}
_MYSQL_SYSTEM_SCHEMAS = {"information_schema", "performance_schema", "mysql", "sys"}
_CONNECT_TIMEOUT_S = 10


def is_database_url(target: str) -> bool:
    return "://" in target and target.split("://", 1)[0].split("+")[0].lower() in DIALECTS


def normalise_url(url: str) -> str:
    """A bare ``postgresql://``/``mysql://``/``mariadb://`` gets the driver piplkit installs."""
    scheme, sep, rest = url.partition("://")
    if sep and scheme.lower() in _DEFAULT_DRIVERS:
        return f"{_DEFAULT_DRIVERS[scheme.lower()]}://{rest}"
    return url


def connect(url: str) -> Engine:
    """A read-only engine for ``url``; raises :class:`ReadError` when it cannot connect."""
    url = normalise_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ReadError("not a valid database URL") from None
    kwargs: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if not database or database == ":memory:" or not Path(database).is_file():
            raise ReadError("no such SQLite database file")
        parsed = parsed.set(database=f"file:{database}", query={"mode": "ro", "uri": "true"})
    elif parsed.get_backend_name() == "postgresql":
        kwargs["connect_args"] = {
            "options": "-c default_transaction_read_only=on",
            "connect_timeout": _CONNECT_TIMEOUT_S,
        }
    elif _is_mysql(parsed):
        if "charset" not in parsed.query:  # Chinese text needs 4-byte UTF-8, not latin1/utf8mb3
            parsed = parsed.update_query_dict({"charset": "utf8mb4"})
        kwargs["connect_args"] = {"connect_timeout": _CONNECT_TIMEOUT_S}
    try:
        engine = sa.create_engine(parsed, **kwargs)
    except NoSuchModuleError:
        raise ReadError(f"unsupported database driver {parsed.drivername!r}") from None
    except ImportError:
        raise ReadError(_missing_driver(parsed)) from None
    if _is_mysql(parsed):
        event.listen(engine, "connect", _mysql_read_only)
    try:
        with engine.connect():
            pass
    except SQLAlchemyError as exc:
        engine.dispose()
        raise ReadError(f"cannot connect: {reason(exc)}") from None
    return engine


def _is_mysql(url: URL) -> bool:
    return url.get_backend_name() in ("mysql", "mariadb")


def _mysql_read_only(dbapi_connection: Any, _record: Any) -> None:
    """Every MySQL/MariaDB session of a scan refuses writes (MySQL 5.6.5+, MariaDB 10.0+)."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("SET SESSION TRANSACTION READ ONLY")
    finally:
        cursor.close()


def _missing_driver(url: URL) -> str:
    """The one-line fix when the Python driver of a dialect is not installed."""
    try:
        driver = url.get_driver_name()
    except Exception:  # the dialect module itself could not load
        driver = url.drivername
    package = _DRIVER_PACKAGES.get(driver.lower(), driver)
    return (
        f"the database driver {driver!r} for {url.get_backend_name()} is not installed: "
        f"pip install {package}"
    )


def reason(exc: SQLAlchemyError) -> str:
    """First line of the driver's message (never the SQL or its parameters)."""
    orig = getattr(exc, "orig", None)
    text = str(orig) if orig is not None else str(exc)
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return first.split("[SQL:")[0].strip()


def list_tables(engine: Engine, display_url: str) -> list[Table]:
    try:
        inspector = sa.inspect(engine)
        schemas = _schemas(engine, inspector)
        default = inspector.default_schema_name
        tables: list[Table] = []
        for schema in schemas:
            for name in sorted(inspector.get_table_names(schema=schema)):
                columns = inspector.get_columns(name, schema=schema)
                tables.append(_table(engine, display_url, schema, name, columns, default))
    except SQLAlchemyError as exc:
        raise ReadError(f"cannot list tables: {reason(exc)}") from None
    return tables


def _schemas(engine: Engine, inspector: Any) -> list[str | None]:
    """The schemas a scan covers (None is the connection's default schema).

    PostgreSQL: every user schema of the database. MySQL/MariaDB: the database named in the URL,
    or every non-system database the user can see when the URL names none. Other dialects: the
    default schema only, since their catalogues list many system schemas.
    """
    dialect = engine.dialect.name
    if dialect == "postgresql":
        return [s for s in inspector.get_schema_names() if not _is_system(s)]
    if dialect in ("mysql", "mariadb") and not engine.url.database:
        names = inspector.get_schema_names()
        return [s for s in names if s.lower() not in _MYSQL_SYSTEM_SCHEMAS]
    return [None]


def _is_system(schema: str) -> bool:
    return schema in _SYSTEM_SCHEMAS or schema.startswith("pg_")


def _table(
    engine: Engine,
    display_url: str,
    schema: str | None,
    name: str,
    columns: list[Any],
    default: str | None,
) -> Table:
    names = [c["name"] for c in columns]
    label = name if schema in (None, default) else f"{schema}.{name}"
    binary = {c["name"] for c in columns if isinstance(c["type"], _BINARY_TYPES)}
    readable = [n for n in names if n not in binary]
    selectable = sa.table(name, *[sa.column(n) for n in readable], schema=schema)

    def read(limit: int | None) -> Iterator[list[Row]]:
        stmt = sa.select(*[selectable.c[n] for n in readable]) if readable else None
        if stmt is None:
            return
        if limit is not None:
            stmt = stmt.limit(limit)
        try:
            with engine.connect() as conn:
                result = conn.execution_options(stream_results=True, yield_per=BATCH_ROWS).execute(
                    stmt
                )
                for part in result.partitions():
                    yield [_row(r, names, readable) for r in part]
        except SQLAlchemyError as exc:
            raise ReadError(f"cannot read table {label}: {reason(exc)}") from None

    def count() -> int:
        try:
            with engine.connect() as conn:
                return int(
                    conn.execute(sa.select(sa.func.count()).select_from(selectable)).scalar_one()
                )
        except SQLAlchemyError as exc:
            raise ReadError(f"cannot count rows of table {label}: {reason(exc)}") from None

    table = Table(display_url, engine.dialect.name, unique_headers(names), read, name=label)
    table.count_rows = count
    if binary:
        table.warnings.append(f"binary column(s) not scanned: {', '.join(sorted(binary))}")
    return table


_BINARY_TYPES = (sa.LargeBinary, sa.BINARY, sa.VARBINARY)


def _row(values: Any, names: list[str], readable: list[str]) -> Row:
    by_name = dict(zip(readable, values, strict=True))
    return [to_cell(by_name.get(n)) for n in names]


def display(url: str) -> str:
    return mask_url(normalise_url(url))
