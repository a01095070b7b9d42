"""``piplkit user token list|create|revoke``, ``user passwd`` and the password policy at the CLI."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from piplkit.faces.cli.app import app
from piplkit.map.register.store import open_register
from piplkit.platform.auth.service import resolve_token

runner = CliRunner()
STRONG = "plum-orbit-cascade-71\n"


def _alive(db: str, raw: str) -> bool:
    reg = open_register(db)
    try:
        with reg.read() as s:
            return resolve_token(s, raw) is not None
    finally:
        reg.dispose()


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'p.db'}"
    r = runner.invoke(app, ["user", "add", "alice", "--password-stdin", "--db", url], input=STRONG)
    assert r.exit_code == 0, r.output
    return url


def _create(db: str, *extra: str) -> tuple[str, int]:
    r = runner.invoke(app, ["user", "token", "create", "alice", *extra, "--db", db])
    assert r.exit_code == 0, r.output
    raw = r.stdout.strip().splitlines()[0]
    found = re.search(r"Token #(\d+) for 'alice', expires \d{4}-\d\d-\d\d", r.output)
    assert found, r.output
    return raw, int(found.group(1))


def test_create_list_and_revoke(db: str) -> None:
    ci, ci_id = _create(db, "--label", "ci", "--expires-days", "7")
    laptop, _ = _create(db, "--label", "laptop")
    r = runner.invoke(app, ["user", "token", "list", "--db", db])
    assert r.exit_code == 0
    assert "ci" in r.output and "laptop" in r.output and "active" in r.output
    assert ci not in r.output and laptop not in r.output
    r = runner.invoke(app, ["user", "token", "revoke", str(ci_id), "--db", db])
    assert r.exit_code == 0 and f"token #{ci_id} of 'alice' revoked" in r.output
    assert not _alive(db, ci) and _alive(db, laptop)
    r = runner.invoke(app, ["user", "token", "list", "alice", "--db", db])
    assert "revoked" in r.output
    r = runner.invoke(app, ["user", "token", "revoke", "999", "--db", db])
    assert r.exit_code != 0 and "no API token #999" in r.output
    r = runner.invoke(app, ["user", "token", "list", "nobody", "--db", db])
    assert r.exit_code != 0 and "no user named 'nobody'" in r.output


def test_lifetime_policy_from_the_environment(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PIPLKIT_TOKEN_MAX_DAYS", "30")
    r = runner.invoke(app, ["user", "token", "create", "alice", "--expires-days", "31", "--db", db])
    assert r.exit_code != 0
    assert "at most 30" in r.output
    _create(db, "--expires-days", "30")
    monkeypatch.setenv("PIPLKIT_TOKEN_DAYS", "60")
    r = runner.invoke(app, ["user", "token", "create", "alice", "--db", db])
    assert r.exit_code != 0
    assert "PIPLKIT_TOKEN_DAYS" in r.output
    monkeypatch.setenv("PIPLKIT_TOKEN_DAYS", "ninety")
    r = runner.invoke(app, ["user", "token", "create", "alice", "--db", db])
    assert r.exit_code != 0 and "not a whole number" in r.output


def test_passwd_revokes_tokens_and_refuses_weak_passwords(db: str) -> None:
    raw, _ = _create(db)
    for weak in ("password", "aaaaaaaa", "alice1234"):
        r = runner.invoke(
            app, ["user", "passwd", "alice", "--password-stdin", "--db", db], input=weak + "\n"
        )
        assert r.exit_code != 0, weak
        assert "too easy to guess" in r.output and "密码太容易被猜中" in r.output
        assert "Traceback" not in r.output
    assert _alive(db, raw)  # refused changes change nothing
    r = runner.invoke(
        app,
        ["user", "passwd", "alice", "--password-stdin", "--db", db],
        input="new-plum-orbit-cascade-72\n",
    )
    assert r.exit_code == 0, r.output
    assert "API tokens revoked" in r.output
    assert not _alive(db, raw)
    r = runner.invoke(
        app, ["user", "add", "bob", "--password-stdin", "--db", db], input="12345678\n"
    )
    assert r.exit_code != 0 and "most common passwords" in r.output
