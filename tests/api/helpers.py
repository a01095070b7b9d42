"""A served register for API and web tests: sample content, one user per role, their tokens."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

from fastapi.testclient import TestClient
from tests.register.helpers import populate

from piplkit.faces.api import Settings
from piplkit.faces.server import create_app
from piplkit.map.register.store import Register, open_register
from piplkit.platform.auth import service
from piplkit.platform.auth.passwords import hash_password

ROLES = ("viewer", "editor", "admin")
PASSWORD = "correct-horse-battery"
SETTINGS = Settings(max_body_bytes=64 * 1024, max_upload_bytes=256 * 1024)


@dataclass
class Served:
    reg: Register
    client: TestClient
    tokens: dict[str, str]

    def auth(self, role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}

    def sign_in(self, role: str) -> str:
        """A browser session for ``role``'s user, set on the client; returns the cookie value."""
        with self.reg.write("test") as s:
            raw = service.start_web_session(s, role)
        self.client.cookies.set("piplkit_session", raw)
        return raw


@cache
def password_hash() -> str:
    return hash_password(PASSWORD)


@contextmanager
def served(url: str, settings: Settings = SETTINGS, **client_args: object) -> Iterator[Served]:
    reg = open_register(url)
    try:
        populate(reg)
        tokens = {}
        with reg.write("test") as s:
            for role in ROLES:
                user = service.add_user(s, role, role)
                user.password_hash = password_hash()  # one argon2 hash for all tests: fast
                tokens[role] = service.issue_token(s, role)
        app = create_app(reg, settings)
        with TestClient(app, follow_redirects=False, **client_args) as client:  # type: ignore[arg-type]
            yield Served(reg, client, tokens)
    finally:
        reg.dispose()
