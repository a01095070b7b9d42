"""Alembic environment: uses the connection piplkit hands over, or a URL for the alembic CLI."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from piplkit.map.register.db import database_url, make_engine
from piplkit.map.register.schema import full_metadata

target_metadata = full_metadata()


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.config.get_main_option("sqlalchemy.url") or database_url()
    with make_engine(url).begin() as conn:
        _run(conn)


if context.is_offline_mode():
    raise SystemExit("piplkit migrations run online only (piplkit register init)")
run_migrations_online()
