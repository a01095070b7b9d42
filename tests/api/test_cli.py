"""``piplkit user`` and ``piplkit register double-list`` from the command line."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select
from tests.register.helpers import populate
from typer.testing import CliRunner

from piplkit.faces.cli.app import app
from piplkit.map.register.models import AuditEvent
from piplkit.map.register.store import open_register
from piplkit.platform.auth.models import ApiToken, User
from piplkit.platform.auth.service import digest, resolve_token

runner = CliRunner()


def test_user_add_and_token(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'p.db'}"
    r = runner.invoke(
        app,
        ["user", "add", "alice", "--role", "editor", "--password-stdin", "--db", db],
        input="a long password\n",
    )
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["user", "add", "alice", "--no-password", "--db", db])
    assert r.exit_code != 0
    assert "already exists" in r.output
    r = runner.invoke(app, ["user", "add", "bob", "--password-stdin", "--db", db], input="short\n")
    assert "at least 8" in r.output
    r = runner.invoke(app, ["user", "token", "create", "alice", "--db", db])
    assert r.exit_code == 0
    token = r.stdout.strip().splitlines()[0]
    reg = open_register(db)
    try:
        with reg.read() as s:
            user = s.scalars(select(User).where(User.name == "alice")).one()
            assert user.password_hash and user.password_hash.startswith("$argon2id$")
            stored = s.scalars(select(ApiToken.token_hash)).all()
            assert stored == [digest(token)]  # only the digest is kept
            assert resolve_token(s, token).name == "alice"  # type: ignore[union-attr]
            trail = " ".join(str(e.changes) for e in s.scalars(select(AuditEvent)))
            assert user.password_hash not in trail
            assert digest(token) not in trail
    finally:
        reg.dispose()


def test_double_list_xlsx(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'p.db'}"
    reg = open_register(db)
    populate(reg)
    reg.dispose()
    out = tmp_path / "dl.xlsx"
    r = runner.invoke(app, ["register", "double-list", str(out), "--db", db])
    assert r.exit_code == 0, r.output
    book = load_workbook(out)
    assert book.sheetnames == ["已收集个人信息清单", "与第三方共享个人信息清单"]
    shared = list(book["与第三方共享个人信息清单"].values)
    assert shared[1][0] == "Example GmbH"
    r = runner.invoke(app, ["register", "double-list", str(tmp_path / "x.csv"), "--db", db])
    assert r.exit_code != 0
    assert ".xlsx" in r.output
