"""A failed command leaves no register behind (issue 19 item 7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from piplkit.faces.cli.app import app

SUBMIT = ["dsr", "submit", "--kind", "access", "--id-type", "cn_mobile", "--id", "13812345678"]


def test_submit_without_a_key_creates_no_register(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PIPLKIT_HMAC_KEY", raising=False)
    monkeypatch.delenv("PIPLKIT_DATABASE_URL", raising=False)
    res = CliRunner().invoke(app, SUBMIT)
    assert res.exit_code == 2
    assert "no HMAC key" in res.output and "rights requests" in res.output
    assert list(tmp_path.iterdir()) == []


def test_a_successful_first_write_creates_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PIPLKIT_HMAC_KEY", "k" * 32)
    monkeypatch.delenv("PIPLKIT_DATABASE_URL", raising=False)
    res = CliRunner().invoke(app, SUBMIT)
    assert res.exit_code == 0, res.output
    assert (tmp_path / "piplkit.db").is_file()


def test_a_failure_keeps_an_existing_register(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PIPLKIT_DATABASE_URL", raising=False)
    assert CliRunner().invoke(app, ["register", "init"]).exit_code == 0
    monkeypatch.delenv("PIPLKIT_HMAC_KEY", raising=False)
    assert CliRunner().invoke(app, SUBMIT).exit_code == 2
    assert (tmp_path / "piplkit.db").is_file()
