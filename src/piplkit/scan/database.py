"""Databases through SQLAlchemy: every table of every user schema becomes a :class:`Table`.

Connections are read-only (SQLite opened with ``mode=ro``, PostgreSQL sessions with
``default_transaction_read_only``), so a scan can never change the data. Sampling reads
``LIMIT n`` rows; a full scan streams every row with ``yield_per``. Binary columns are not read
as text. Messages carry the URL with its password masked.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from piplkit.scan.safety import mask_url
from piplkit.scan.tables import BATCH_ROWS, ReadError, Row, Table, to_cell, unique_headers

_SYSTEM_SCHEMAS = {"information_schema", "pg_catalog"}


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean psycopg 3, the driver piplkit installs."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
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
            "connect_timeout": 10,
        }
    try:
        engine = sa.create_engine(parsed, **kwargs)
        with engine.connect():
            pass
    except NoSuchModuleError:
        raise ReadError(f"unsupported database driver {parsed.drivername!r}") from None
    except SQLAlchemyError as exc:
        raise ReadError(f"cannot connect: {reason(exc)}") from None
    return engine


def reason(exc: SQLAlchemyError) -> str:
    """First line of the driver's message (never the SQL or its parameters)."""
    orig = getattr(exc, "orig", None)
    text = str(orig) if orig is not None else str(exc)
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return first.split("[SQL:")[0].strip()


def list_tables(engine: Engine, display_url: str) -> list[Table]:
    try:
        inspector = sa.inspect(engine)
        if engine.dialect.name == "sqlite":
            schemas: list[str | None] = [None]
        else:
            schemas = [s for s in inspector.get_schema_names() if not _is_system(s)]
        default = inspector.default_schema_name
        tables: list[Table] = []
        for schema in schemas:
            for name in sorted(inspector.get_table_names(schema=schema)):
                columns = inspector.get_columns(name, schema=schema)
                tables.append(_table(engine, display_url, schema, name, columns, default))
    except SQLAlchemyError as exc:
        raise ReadError(f"cannot list tables: {reason(exc)}") from None
    return tables


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
    binary = {c["name"] for c in columns if isinstance(c["type"], sa.LargeBinary)}
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


def _row(values: Any, names: list[str], readable: list[str]) -> Row:
    by_name = dict(zip(readable, values, strict=True))
    return [to_cell(by_name.get(n)) for n in names]


def display(url: str) -> str:
    return mask_url(normalise_url(url))
