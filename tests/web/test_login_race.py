"""Parallel password guessing: the throttle counts an attempt before the password is checked.

120 wrong guesses arrive at once at every path that checks a password (the sign-in form, the
account page's password change). The argon2 hasher is wrapped to count real verifications: at
most ``login_failure_limit`` may run per window, whatever the interleaving, on SQLite and (with
PIPLKIT_TEST_POSTGRES_URL) PostgreSQL. Served by a real uvicorn so requests truly overlap.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from tests.api.helpers import SETTINGS, Served, served
from tests.register.conftest import db_url  # noqa: F401  (the SQLite/PostgreSQL fixture)
from tests.web.live import live_server

from piplkit.platform.auth import passwords

GUESSES = 120
LIMIT = 10


class CountingHasher:
    """Delegates to the real argon2 hasher and counts ``verify`` calls (thread-safe)."""

    def __init__(self, real: Any) -> None:
        self._real = real
        self._lock = threading.Lock()
        self.verifications = 0

    def verify(self, stored: str, password: str) -> bool:
        with self._lock:
            self.verifications += 1
        return bool(self._real.verify(stored, password))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> CountingHasher:
    hasher = CountingHasher(passwords._hasher)
    monkeypatch.setattr(passwords, "_hasher", hasher)
    return hasher


@pytest.fixture
def live(db_url: str) -> Iterator[tuple[Served, str]]:  # noqa: F811
    settings = dataclasses.replace(
        SETTINGS, login_failure_limit=LIMIT, login_failure_window=dt.timedelta(minutes=15)
    )
    with served(db_url, settings) as env, live_server(env.client.app) as url:  # type: ignore[arg-type]
        yield env, url


def _field(html: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]+)"', html)
    assert found, f"form has a {name} field"
    return found.group(1)


def _fire(requests: list[tuple[str, dict[str, str], dict[str, str]]]) -> list[int]:
    """POST all requests at once, one thread and connection each, released together by a
    barrier; returns their status codes. (Threads, not asyncio: the browser tests' event loop
    may be running in this thread.)"""
    barrier = threading.Barrier(len(requests))

    def one(url: str, data: dict[str, str], cookies: dict[str, str]) -> int:
        with httpx.Client(timeout=120) as client:
            barrier.wait()
            r = client.post(url, data=data, headers={"cookie": _cookie(cookies)})
        if r.status_code == 429:
            assert int(r.headers["retry-after"]) > 0
        return r.status_code

    with ThreadPoolExecutor(max_workers=len(requests)) as pool:
        return list(pool.map(lambda req: one(*req), requests))


def _cookie(values: dict[str, str]) -> str:
    return "; ".join(f"{k}={v}" for k, v in values.items())


def test_parallel_wrong_sign_ins_check_at_most_the_limit(
    live: tuple[Served, str], counting: CountingHasher
) -> None:
    _env, url = live
    page = httpx.get(url + "/login")
    nonce = page.cookies["piplkit_login_csrf"]
    assert _field(page.text, "csrf") == nonce
    guess = {"csrf": nonce, "name": "admin", "password": "not-the-password", "next": "/"}
    codes = _fire([(url + "/login", guess, {"piplkit_login_csrf": nonce})] * GUESSES)
    assert counting.verifications <= LIMIT, f"{counting.verifications} password checks ran"
    assert codes.count(401) == counting.verifications
    assert codes.count(429) == GUESSES - counting.verifications
    assert counting.verifications == LIMIT  # the limit is reached, not undercut


def test_parallel_wrong_current_passwords_check_at_most_the_limit(
    live: tuple[Served, str], counting: CountingHasher
) -> None:
    """Changing one's password asks for the current one: guessing it there is throttled too,
    and shares the count with the sign-in form."""
    env, url = live
    session = env.sign_in("editor")
    page = httpx.get(url + "/account", cookies={"piplkit_session": session})
    assert page.status_code == 200
    csrf = _field(page.text, "csrf")
    change = {
        "csrf": csrf,
        "current": "not-the-password",
        "new": "plum-orbit-cascade-71",
        "confirm": "plum-orbit-cascade-71",
    }
    codes = _fire([(url + "/account/password", change, {"piplkit_session": session})] * GUESSES)
    assert counting.verifications <= LIMIT, f"{counting.verifications} password checks ran"
    assert codes.count(401) == counting.verifications == LIMIT
    assert codes.count(429) == GUESSES - LIMIT
    # the same address has now used its attempts: the sign-in form waits too
    page = httpx.get(url + "/login")
    nonce = page.cookies["piplkit_login_csrf"]
    r = httpx.post(
        url + "/login",
        data={"csrf": nonce, "name": "viewer", "password": "whatever-it-is"},
        cookies={"piplkit_login_csrf": nonce},
    )
    assert r.status_code == 429
    assert counting.verifications <= LIMIT
