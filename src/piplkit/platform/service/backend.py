"""The register as the server holds it: read sessions, and write sessions with an actor.

SQLite allows one writer at a time and reports ``database is locked`` when two transactions
race to upgrade their locks, so on SQLite the server serialises its own writes with a lock
and switches the file to WAL mode (readers then never wait for the writer). PostgreSQL needs
neither.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any, Protocol

from sqlalchemy.orm import Session

from piplkit.map.register.store import Register
from piplkit.platform.auth.service import Principal


class Backend:
    def __init__(self, register: Register) -> None:
        self.register = register
        self.is_sqlite = register.engine.dialect.name == "sqlite"
        self._lock: AbstractContextManager[object] = (
            threading.Lock() if self.is_sqlite else nullcontext()
        )
        if self.is_sqlite and register.engine.url.database not in (None, "", ":memory:"):
            raw = register.engine.raw_connection()  # outside SQLAlchemy's BEGIN
            try:
                raw.cursor().execute("PRAGMA journal_mode=WAL")
            finally:
                raw.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.register.read() as session:
            yield session

    @contextmanager
    def write(self, actor: str) -> Iterator[Session]:
        """One audited transaction; ``actor`` is e.g. ``api:alice`` or ``web:alice``."""
        with self._lock, self.register.write(actor) as session:
            yield session


def actor(channel: str, principal: Principal) -> str:
    """The audit trail's name for a caller: the face it came through and who it is."""
    return f"{channel}:{principal.name}"


class HasApp(Protocol):
    """Anything that reaches the server application (an HTTP request of the API or the web)."""

    @property
    def app(self) -> Any: ...


def backend(request: HasApp) -> Backend:
    """The server's :class:`Backend`, set on the application's state when the app was built."""
    found: Backend = request.app.state.backend
    return found
