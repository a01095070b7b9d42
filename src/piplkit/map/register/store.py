"""Opening a register and running units of work against it.

``Register.write(actor)`` is the only way to change data: one transaction per call, committed
when the block ends and rolled back entirely on any error, so a failed import leaves the register
as it was. ``Register.read()`` gives a session for queries. Interfaces (CLI, REST, web) hold a
``Register`` and call repository functions inside these blocks.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from piplkit.map.register import audit, chain
from piplkit.map.register.db import database_url, display_url, ensure_schema, make_engine
from piplkit.map.register.errors import ConflictError, RegisterError


class RegisterSession(Session):
    """Session class whose flushes are audited."""


audit.install(RegisterSession)
chain.install()


def default_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli:unknown"


class Register:
    """A register database: engine, schema check and transactional sessions."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, class_=RegisterSession, expire_on_commit=False)

    @property
    def url(self) -> str:
        return display_url(self.engine.url.render_as_string(hide_password=False))

    @contextmanager
    def write(self, actor: str | None = None) -> Iterator[Session]:
        """One transaction: commit on success, roll back everything on any exception."""
        session = self._sessions()
        session.info["actor"] = actor or default_actor()
        try:
            yield session
            session.commit()
        except IntegrityError as exc:
            session.rollback()
            raise ConflictError(_integrity_message(exc)) from None
        except DBAPIError as exc:
            session.rollback()
            raise RegisterError(f"database error: {exc.orig}") from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
        finally:
            session.close()  # ends the transaction; loaded objects stay readable

    def dispose(self) -> None:
        self.engine.dispose()


def _integrity_message(exc: IntegrityError) -> str:
    text = str(exc.orig).splitlines()[0] if exc.orig is not None else str(exc)
    return f"the change conflicts with the register ({text})"


def open_register(url: str | None = None, *, migrate: bool = True) -> Register:
    """Open (and by default create or upgrade) the register at ``url``."""
    engine = make_engine(database_url(url))
    if migrate:
        try:
            ensure_schema(engine)
        except RegisterError:
            engine.dispose()
            raise
    return Register(engine)
