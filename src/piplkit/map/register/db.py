"""Where the register lives and how it is brought to the current schema.

The URL comes from the caller, else ``PIPLKIT_DATABASE_URL``, else ``piplkit.db`` in the current
directory. Migrations ship inside the package and run through Alembic's API, so an installed wheel
can create or upgrade a register without an ``alembic.ini``.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

from piplkit.map.register.errors import RegisterError

ENV_URL = "PIPLKIT_DATABASE_URL"
DEFAULT_FILE = "piplkit.db"


def database_url(url: str | None = None) -> str:
    """The register's SQLAlchemy URL (explicit, environment, or ./piplkit.db)."""
    if url:
        return url
    env = os.environ.get(ENV_URL, "").strip()
    if env:
        return env
    return f"sqlite:///{Path.cwd() / DEFAULT_FILE}"


def display_url(url: str) -> str:
    """The URL with any password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparsable database URL>"


def make_engine(url: str) -> Engine:
    """An engine with foreign keys enforced on SQLite and a wait instead of 'database is locked'."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise RegisterError(f"not a database URL: {url!r}") from None
    kwargs: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        kwargs["connect_args"] = {"timeout": 30}
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).parent
            if not folder.is_dir():
                raise RegisterError(f"folder {folder} for the register database does not exist")
    try:
        engine = create_engine(url, **kwargs)
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        raise RegisterError(f"no database driver for {display_url(url)}: {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    """Enforce foreign keys, and let SQLAlchemy (not the driver) open transactions.

    Python's sqlite3 module does not open a transaction before DDL, so without this each
    ``CREATE TABLE`` of a migration would commit on its own: slow, and not atomic.
    """
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def alembic_config() -> Config:
    """Alembic configuration pointing at the migrations packaged with piplkit."""
    cfg = Config()
    location = resources.files("piplkit.map.register") / "migrations"
    cfg.set_main_option("script_location", str(location))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "piplkit ships at least one migration"
    return head


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except OperationalError as exc:
        raise RegisterError(f"cannot open {display_url(str(engine.url))}: {exc.orig}") from None


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade to ``revision`` in one transaction (where the backend has transactional DDL)."""
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    except OperationalError as exc:
        raise RegisterError(f"cannot migrate {display_url(str(engine.url))}: {exc.orig}") from None


def ensure_schema(engine: Engine) -> bool:
    """Migrate when the database is not at the head revision; True when it migrated."""
    if current_revision(engine) == head_revision():
        return False
    migrate(engine)
    return True
